// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"

#include <QCommandLineParser>
#include <QList>
#include <QString>

#include <optional>
#include <type_traits>

namespace innkeep::cli {

// Reading a command's options and arguments the same way in every command group. A `parse`
// function takes the option's name and one value, and returns Result<T> with errors naming the
// option (as TicketConsoleFormat's parsers do).

void addValueOption(QCommandLineParser &parser, const QString &name, const QString &help,
                    const QString &valueName);

// The record id a command takes as its one positional argument, or a usage error whose field is
// `field` ("ticket", "feedback"). `positional` is the command's expectPositional(parser, 1).
[[nodiscard]] Result<QString> positionalId(const QCommandLineParser &parser, const Status &positional,
                                           const QString &field);

// The option's value parsed, nothing when it is not given, or the parse error.
template<typename Parse>
[[nodiscard]] auto optionalValue(const QCommandLineParser &parser, const QString &option, Parse parse)
    -> Result<std::optional<typename std::invoke_result_t<Parse, QString, QString>::value_type>>
{
    if (!parser.isSet(option))
        return std::nullopt;
    auto parsed = parse(option, parser.value(option));
    if (!parsed)
        return std::unexpected(parsed.error());
    return *parsed;
}

// Every value of a repeatable option that also takes comma-separated lists ("--status new,closed
// --status resolved"), each parsed, or the first parse error.
template<typename Parse>
[[nodiscard]] auto listValues(const QCommandLineParser &parser, const QString &option, Parse parse)
    -> Result<QList<typename std::invoke_result_t<Parse, QString, QString>::value_type>>
{
    QList<typename std::invoke_result_t<Parse, QString, QString>::value_type> values;
    for (const QString &value : parser.values(option)) {
        for (const QString &token : value.split(u',', Qt::SkipEmptyParts)) {
            auto parsed = parse(option, token);
            if (!parsed)
                return std::unexpected(parsed.error());
            values.append(*parsed);
        }
    }
    return values;
}

} // namespace innkeep::cli
