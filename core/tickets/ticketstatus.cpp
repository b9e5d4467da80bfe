// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketstatus.h"

#include "common/enumtokens.h"

namespace innkeep {

namespace {

constexpr EnumToken<TicketStatus> Names[] = {
    {TicketStatus::New, "new", QT_TRANSLATE_NOOP("TicketStatus", "New")},
    {TicketStatus::Acknowledged, "acknowledged", QT_TRANSLATE_NOOP("TicketStatus", "Acknowledged")},
    {TicketStatus::InProgress, "in-progress", QT_TRANSLATE_NOOP("TicketStatus", "In progress")},
    {TicketStatus::WaitingGuest, "waiting-guest", QT_TRANSLATE_NOOP("TicketStatus", "Waiting on guest")},
    {TicketStatus::WaitingDepartment, "waiting-department",
     QT_TRANSLATE_NOOP("TicketStatus", "Waiting on department")},
    {TicketStatus::Resolved, "resolved", QT_TRANSLATE_NOOP("TicketStatus", "Resolved")},
    {TicketStatus::Closed, "closed", QT_TRANSLATE_NOOP("TicketStatus", "Closed")},
};

} // namespace

QString ticketStatusToken(TicketStatus status)
{
    return tokenOf(Names, status);
}

std::optional<TicketStatus> ticketStatusFromToken(const QString &token)
{
    return valueOf(Names, token, Qt::CaseSensitive);
}

QString ticketStatusLabel(TicketStatus status)
{
    return labelOf(Names, status, "TicketStatus");
}

} // namespace innkeep
