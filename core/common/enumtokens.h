// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace innkeep {

// One row of an enum's table: the value, its stable token (files, CLI, database) and its
// translatable label (QT_TRANSLATE_NOOP in the table, translated when shown).
template<typename Enum>
struct EnumToken
{
    Enum value;
    const char *token;
    const char *text;
};

template<typename Enum, std::size_t N>
[[nodiscard]] QString tokenOf(const EnumToken<Enum> (&table)[N], Enum value)
{
    for (const auto &row : table) {
        if (row.value == value)
            return QString::fromLatin1(row.token);
    }
    return {};
}

// Case-insensitive by default (typed input); stored and command-line tokens that must match
// exactly pass Qt::CaseSensitive.
template<typename Enum, std::size_t N>
[[nodiscard]] std::optional<Enum> valueOf(const EnumToken<Enum> (&table)[N], const QString &token,
                                          Qt::CaseSensitivity cs = Qt::CaseInsensitive)
{
    for (const auto &row : table) {
        if (token.compare(QLatin1String(row.token), cs) == 0)
            return row.value;
    }
    return std::nullopt;
}

template<typename Enum, std::size_t N>
[[nodiscard]] QString labelOf(const EnumToken<Enum> (&table)[N], Enum value, const char *context)
{
    for (const auto &row : table) {
        if (row.value == value)
            return QCoreApplication::translate(context, row.text);
    }
    return {};
}

} // namespace innkeep
