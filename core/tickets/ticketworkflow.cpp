// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketworkflow.h"

#include <array>

namespace innkeep {

namespace {

using S = TicketStatus;
constexpr std::array<TicketWorkflow::Transition, 19> Table{{
    {S::New, S::Acknowledged, "acknowledge"},
    {S::New, S::InProgress, "start"},
    {S::New, S::Resolved, "resolve"}, // fixed on the spot
    {S::Acknowledged, S::InProgress, "start"},
    {S::Acknowledged, S::WaitingGuest, "wait-guest"},
    {S::Acknowledged, S::WaitingDepartment, "wait-department"},
    {S::Acknowledged, S::Resolved, "resolve"},
    {S::InProgress, S::WaitingGuest, "wait-guest"},
    {S::InProgress, S::WaitingDepartment, "wait-department"},
    {S::InProgress, S::Resolved, "resolve"},
    {S::WaitingGuest, S::InProgress, "resume"},
    {S::WaitingGuest, S::WaitingDepartment, "wait-department"},
    {S::WaitingGuest, S::Resolved, "resolve"},
    {S::WaitingDepartment, S::InProgress, "resume"},
    {S::WaitingDepartment, S::WaitingGuest, "wait-guest"},
    {S::WaitingDepartment, S::Resolved, "resolve"},
    {S::Resolved, S::Closed, "close"},
    {S::Resolved, S::InProgress, "reopen"},
    {S::Closed, S::InProgress, "reopen"},
}};

} // namespace

std::span<const TicketWorkflow::Transition> TicketWorkflow::transitions()
{
    return Table;
}

bool TicketWorkflow::allows(TicketStatus from, TicketStatus to)
{
    for (const Transition &t : transitions()) {
        if (t.from == from && t.to == to)
            return true;
    }
    return false;
}

Status TicketWorkflow::check(TicketStatus from, TicketStatus to)
{
    if (allows(from, to))
        return {};
    if (from == to)
        return fail(Error::Code::Conflict, tr("The ticket is already %1.").arg(ticketStatusLabel(from)),
                    QStringLiteral("status"));
    return fail(Error::Code::Conflict,
                tr("A ticket cannot move from %1 to %2.").arg(ticketStatusLabel(from), ticketStatusLabel(to)),
                QStringLiteral("status"));
}

QList<TicketStatus> TicketWorkflow::nextStatuses(TicketStatus from)
{
    QList<TicketStatus> next;
    for (const Transition &t : transitions()) {
        if (t.from == from)
            next.append(t.to);
    }
    return next;
}

bool TicketWorkflow::isReopen(TicketStatus from, TicketStatus to)
{
    return !isOpen(from) && isOpen(to);
}

} // namespace innkeep
