// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandoptions.h"

#include "ticketconsoleformat.h"

namespace innkeep::cli {

void addValueOption(QCommandLineParser &parser, const QString &name, const QString &help,
                    const QString &valueName)
{
    parser.addOption(QCommandLineOption(name, help, valueName));
}

Result<QString> positionalId(const QCommandLineParser &parser, const Status &positional, const QString &field)
{
    if (!positional)
        return std::unexpected(positional.error());
    auto id = TicketConsoleFormat::uuid(QStringLiteral("id"), parser.positionalArguments().constFirst());
    if (!id) {
        Error error = id.error();
        error.field = field;
        return std::unexpected(error);
    }
    return id;
}

} // namespace innkeep::cli
