// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tickets/complaintticket.h"

#include <QList>

#include <optional>

namespace innkeep {

// A page of the ticket queue. Empty lists mean "any". Sorted by urgency: overdue first (most
// overdue on top), then by nearest due time, then tickets with no running clock; ties by
// severity (critical first) and age.
struct TicketQuery
{
    QList<TicketStatus> statuses;       // empty: every open status (not resolved, not closed)
    QList<TicketSeverity> severities;
    QStringList departments;
    QStringList assignees;
    qint64 guestId = 0;                 // 0: any guest
    bool overdueOnly = false;           // due_at < now
    bool dueSoonOnly = false;           // due-soon but not yet overdue
    std::optional<qint64> dueWithinMs;  // due (or overdue) before now + this
    int limit = 100;
    int offset = 0;
};

// Shift handover (docs/tickets.md). The first three lists are disjoint and hold open tickets
// only; each is sorted by urgency.
struct HandoverReport
{
    qint64 generatedAt = 0;
    qint64 sinceMs = 0;   // start of the shift
    qint64 horizonMs = 0; // "due within": generatedAt + N hours
    QList<ComplaintTicket> overdue;
    QList<ComplaintTicket> dueWithin;     // not overdue, due before horizonMs
    QList<ComplaintTicket> otherOpen;     // open, neither of the above (includes paused)
    QList<ComplaintTicket> resolvedSince; // resolved (or closed) at or after sinceMs
};

// For a status bar.
struct TicketCounts
{
    int open = 0;
    int overdue = 0;
    int dueSoon = 0;
};

} // namespace innkeep
