// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketseverity.h"

#include "common/enumtokens.h"

namespace innkeep {

namespace {

constexpr EnumToken<TicketSeverity> Names[] = {
    {TicketSeverity::Low, "low", QT_TRANSLATE_NOOP("TicketSeverity", "Low")},
    {TicketSeverity::Medium, "medium", QT_TRANSLATE_NOOP("TicketSeverity", "Medium")},
    {TicketSeverity::High, "high", QT_TRANSLATE_NOOP("TicketSeverity", "High")},
    {TicketSeverity::Critical, "critical", QT_TRANSLATE_NOOP("TicketSeverity", "Critical")},
};

} // namespace

QString ticketSeverityToken(TicketSeverity severity)
{
    return tokenOf(Names, severity);
}

std::optional<TicketSeverity> ticketSeverityFromToken(const QString &token)
{
    return valueOf(Names, token, Qt::CaseSensitive);
}

QString ticketSeverityLabel(TicketSeverity severity)
{
    return labelOf(Names, severity, "TicketSeverity");
}

} // namespace innkeep
