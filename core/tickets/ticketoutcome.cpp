// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketoutcome.h"

namespace innkeep {

QString ticketOutcomeToken(TicketOutcome outcome)
{
    switch (outcome) {
    case TicketOutcome::None: return {};
    case TicketOutcome::Recovered: return QStringLiteral("recovered");
    case TicketOutcome::Lost: return QStringLiteral("lost");
    }
    return {};
}

std::optional<TicketOutcome> ticketOutcomeFromToken(const QString &token)
{
    if (token.isEmpty())
        return TicketOutcome::None;
    if (token == u"recovered")
        return TicketOutcome::Recovered;
    if (token == u"lost")
        return TicketOutcome::Lost;
    return std::nullopt;
}

} // namespace innkeep
