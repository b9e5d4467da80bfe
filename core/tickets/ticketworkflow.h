// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "tickets/ticketstatus.h"

#include <QCoreApplication>
#include <QList>

#include <span>

namespace innkeep {

// The lifecycle in one table: every allowed status change and what the desk calls it.
// Anything not in the table is refused. docs/tickets.md prints the same table.
class TicketWorkflow final
{
    Q_DECLARE_TR_FUNCTIONS(TicketWorkflow)

public:
    struct Transition
    {
        TicketStatus from;
        TicketStatus to;
        const char *action; // "acknowledge", "start", "reopen", ... (untranslated token)
    };

    [[nodiscard]] static std::span<const Transition> transitions();
    [[nodiscard]] static bool allows(TicketStatus from, TicketStatus to);
    // Ok, or a Conflict error naming both states ("... from Closed to Waiting on guest ...").
    [[nodiscard]] static Status check(TicketStatus from, TicketStatus to);
    // The statuses a ticket may move to from here, in table order.
    [[nodiscard]] static QList<TicketStatus> nextStatuses(TicketStatus from);
    // Reopen: a move out of Resolved or Closed back into work.
    [[nodiscard]] static bool isReopen(TicketStatus from, TicketStatus to);
};

} // namespace innkeep
