// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketseverity.h"

#include <QCoreApplication>

#include <array>

namespace innkeep {

namespace {

constexpr std::array<const char *, 4> Tokens{"low", "medium", "high", "critical"};
constexpr std::array<const char *, 4> Labels{
    QT_TRANSLATE_NOOP("TicketSeverity", "Low"), QT_TRANSLATE_NOOP("TicketSeverity", "Medium"),
    QT_TRANSLATE_NOOP("TicketSeverity", "High"), QT_TRANSLATE_NOOP("TicketSeverity", "Critical")};

} // namespace

QString ticketSeverityToken(TicketSeverity severity)
{
    return QString::fromLatin1(Tokens.at(size_t(severity)));
}

std::optional<TicketSeverity> ticketSeverityFromToken(const QString &token)
{
    for (size_t i = 0; i < Tokens.size(); ++i) {
        if (token == QLatin1String(Tokens.at(i)))
            return TicketSeverity(i);
    }
    return std::nullopt;
}

QString ticketSeverityLabel(TicketSeverity severity)
{
    return QCoreApplication::translate("TicketSeverity", Labels.at(size_t(severity)));
}

} // namespace innkeep
