// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tickets/complaintticket.h"

#include <QList>

#include <optional>

namespace innkeep {

// A page of the ticket queue. Empty lists mean "any". Sorted by urgency unless told otherwise:
// overdue first (most overdue on top), then by nearest due time, then tickets with no running
// clock; ties by severity (critical first) and age. Another order keeps urgency for its ties.
struct TicketQuery
{
    enum class SortBy { Urgency, Severity, Status, Guest, Room, Category, Description, Assignee, Logged };

    QList<TicketStatus> statuses; // empty: every open status (not resolved, not closed)
    QList<TicketSeverity> severities;
    QStringList departments;
    QStringList assignees;
    qint64 guestId = 0;                // 0: any guest
    bool overdueOnly = false;          // due_at < now
    bool dueSoonOnly = false;          // due-soon but not yet overdue
    std::optional<qint64> dueWithinMs; // due (or overdue) before now + this
    SortBy sortBy = SortBy::Urgency;
    bool descending = false; // Severity: critical first when not descending; Logged: oldest first
    int limit = 100;
    int offset = 0;
};

// Shift handover (docs/tickets.md). The first three lists are disjoint and hold open tickets
// only; each is sorted by urgency. Each list holds at most `sectionLimit` tickets (the most
// urgent, or the latest resolved); the totals count the whole section, so a report can say
// "and 312 more" (moreOf()).
struct HandoverReport
{
    static constexpr int DefaultSectionLimit = 200;

    qint64 generatedAt = 0;
    qint64 sinceMs = 0;   // start of the shift
    qint64 horizonMs = 0; // "due within": generatedAt + N hours
    int sectionLimit = DefaultSectionLimit;
    QList<ComplaintTicket> overdue;
    QList<ComplaintTicket> dueWithin;     // not overdue, due before horizonMs
    QList<ComplaintTicket> otherOpen;     // open, neither of the above (includes paused)
    QList<ComplaintTicket> resolvedSince; // resolved (or closed) at or after sinceMs, newest first
    int overdueTotal = 0;
    int dueWithinTotal = 0;
    int otherOpenTotal = 0;
    int resolvedSinceTotal = 0;

    // Tickets of a section that are counted in `total` but not listed.
    [[nodiscard]] static int moreOf(const QList<ComplaintTicket> &section, int total)
    {
        return total > section.size() ? total - int(section.size()) : 0;
    }
};

// For a status bar.
struct TicketCounts
{
    int open = 0;
    int overdue = 0;
    int dueSoon = 0;
};

} // namespace innkeep
