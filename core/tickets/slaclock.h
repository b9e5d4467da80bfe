// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tickets/slapolicy.h"
#include "tickets/ticketstatus.h"

#include <QList>
#include <QString>

#include <optional>

namespace innkeep {

// What one SLA target (acknowledge or resolve) looks like at an instant.
enum class SlaState {
    Running,  // the clock runs and more than the due-soon threshold is left
    DueSoon,  // the clock runs and the threshold or less is left (due time not yet passed)
    Overdue,  // not achieved and the due time has passed (also while paused after passing it)
    Paused,   // not achieved, clock stopped (waiting on guest / department), due time not passed
    Met,      // achieved at or before the due time
    Breached, // achieved after the due time
};
[[nodiscard]] QString slaStateToken(SlaState state); // running, due-soon, overdue, paused, met, breached

struct SlaTarget
{
    SlaState state = SlaState::Running;
    qint64 budgetMs = 0;  // business time allowed
    qint64 elapsedMs = 0; // business time used so far (up to achievement or now)
    // Wall-clock due instant: projected while running, when it passed if overdue, none while
    // paused (before passing it) or once achieved.
    std::optional<qint64> dueAtMs;
    std::optional<qint64> dueSoonAtMs; // when it turns due-soon, while running
    std::optional<qint64> achievedAtMs;
    [[nodiscard]] qint64 remainingMs() const { return budgetMs - elapsedMs; }
    [[nodiscard]] bool pending() const { return !achievedAtMs.has_value(); }
};

// The one SLA figure a ticket shows (queue, detail, handover, CLI): which deadline counts now,
// its state and the signed time left. See docs/sla-clock.md, "Headline".
struct SlaHeadline
{
    enum class Target { Acknowledge, Resolve };
    Target target = Target::Resolve;
    // Running ("on time"), DueSoon, Overdue, Paused, Met or Breached.
    SlaState state = SlaState::Met;
    // The deadline that counts: equals SlaReading::dueAtMs(), the queue's sort key (tickets.due_at).
    // None while paused before the deadline and once met or breached.
    std::optional<qint64> dueAtMs;
    // Signed: wall time from now to dueAtMs (negative once overdue); business time left while
    // paused; none once met or breached.
    std::optional<qint64> leftMs;
};

struct SlaReading
{
    SlaTarget acknowledge;
    SlaTarget resolve;
    qint64 atMs = 0;       // the instant the reading was taken at ("now")
    bool quietNow = false; // the clock stands still right now because of quiet hours
    // The earliest due / due-soon instant of the targets that have one: what tickets.due_at and
    // tickets.due_soon_at store, so "overdue" is due_at < now in SQL.
    [[nodiscard]] std::optional<qint64> dueAtMs() const;
    [[nodiscard]] std::optional<qint64> dueSoonAtMs() const;
    // The pending target with the earliest deadline (acknowledge on a tie), so a New ticket past its
    // acknowledge deadline is overdue counted from that deadline; else a paused target; else the
    // resolve target's met or breached. Time left is counted from atMs.
    [[nodiscard]] SlaHeadline headline() const;
};

// One entry of a ticket's status history.
struct StatusChange
{
    qint64 atMs = 0;
    TicketStatus status = TicketStatus::New;
};

// The SLA arithmetic as pure functions of (policy, history, now) (docs/sla-clock.md).
// The acknowledge clock runs while New; the resolve clock while New, Acknowledged or In progress
// (paused while waiting, stopped while resolved or closed); neither runs inside quiet hours.
class SlaClock final
{
public:
    // `history` holds the status changes after creation in time order; changes after `nowMs`
    // are ignored.
    [[nodiscard]] static SlaReading evaluate(const SlaPolicy &policy, qint64 createdAtMs,
                                             const QList<StatusChange> &history, qint64 nowMs);
    // Business time in [fromMs, toMs): wall time minus the quiet hours inside it.
    [[nodiscard]] static qint64 businessMsBetween(const SlaPolicy &policy, qint64 fromMs, qint64 toMs);
    // The earliest instant at which `businessMs` of business time has passed since `fromMs`.
    [[nodiscard]] static qint64 addBusinessMs(const SlaPolicy &policy, qint64 fromMs, qint64 businessMs);
    [[nodiscard]] static bool inQuietHours(const SlaPolicy &policy, qint64 atMs);
};

} // namespace innkeep
