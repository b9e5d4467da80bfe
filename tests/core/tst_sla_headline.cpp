// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// SlaReading::headline: the one deadline a ticket shows (queue, detail, handover, CLI), on hand-made
// tickets with the instant given, so every state is reached without a database or a wall clock.
#include "tickets/slaclock.h"
#include "tst_tickets_fixture.h"

#include <algorithm>
#include <limits>

using namespace innkeep;
using namespace innkeep::test;

namespace {

using S = TicketStatus;
using Target = SlaHeadline::Target;

// The "high" defaults: 15 min to acknowledge, 2 h to resolve, due soon 10 min before.
SlaPolicy high()
{
    SlaPolicy p;
    p.severity = TicketSeverity::High;
    p.acknowledgeMinutes = 15;
    p.resolveMinutes = 120;
    p.dueSoonMinutes = 10;
    return p;
}

const qint64 T0 = ms(2026, 6, 15, 10); // created 10:00 UTC

SlaHeadline at(const QList<StatusChange> &history, qint64 now)
{
    const SlaReading r = SlaClock::evaluate(high(), T0, history, now);
    const SlaHeadline h = r.headline();
    // The deadline shown is the queue's sort key (tickets.due_at) in every state.
    CHECK(h.dueAtMs == r.dueAtMs());
    return h;
}

} // namespace

TEST_CASE("SLA headline: a New ticket past its acknowledge deadline is overdue from that deadline",
          "[sla][headline]")
{
    // The example: at 14:55 the resolve deadline (12:00) passed 2 h 55 min ago, but the
    // acknowledge deadline (10:15) passed 4 h 40 min ago, and that is the one that counts.
    const SlaHeadline h = at({}, T0 + 4 * HourMs + 55 * MinuteMs);
    CHECK(h.target == Target::Acknowledge);
    CHECK(h.state == SlaState::Overdue);
    CHECK(h.dueAtMs == T0 + 15 * MinuteMs);
    CHECK(h.leftMs == -(4 * HourMs + 40 * MinuteMs));
}

TEST_CASE("SLA headline: on time, due soon and overdue to acknowledge, with signed time left",
          "[sla][headline]")
{
    SlaHeadline h = at({}, T0 + 2 * MinuteMs);
    CHECK(h.target == Target::Acknowledge);
    CHECK(h.state == SlaState::Running);
    CHECK(h.leftMs == 13 * MinuteMs);

    h = at({}, T0 + 5 * MinuteMs); // 10 min left: the threshold
    CHECK(h.state == SlaState::DueSoon);
    CHECK(h.leftMs == 10 * MinuteMs);

    h = at({}, T0 + 15 * MinuteMs); // exactly on the deadline: still due soon, 0 left
    CHECK(h.state == SlaState::DueSoon);
    CHECK(h.leftMs == 0);

    h = at({}, T0 + 15 * MinuteMs + 1);
    CHECK(h.state == SlaState::Overdue);
    CHECK(h.leftMs == -1);
}

TEST_CASE("SLA headline: once acknowledged, the resolve deadline counts", "[sla][headline]")
{
    const QList<StatusChange> acked{{T0 + 5 * MinuteMs, S::Acknowledged}};
    SlaHeadline h = at(acked, T0 + HourMs);
    CHECK(h.target == Target::Resolve);
    CHECK(h.state == SlaState::Running);
    CHECK(h.dueAtMs == T0 + 2 * HourMs);
    CHECK(h.leftMs == HourMs);

    h = at(acked, T0 + 3 * HourMs);
    CHECK(h.target == Target::Resolve);
    CHECK(h.state == SlaState::Overdue);
    CHECK(h.leftMs == -HourMs);

    // Acknowledged late does not keep the ticket overdue once acknowledged: resolve counts.
    const QList<StatusChange> late{{T0 + 20 * MinuteMs, S::Acknowledged}};
    h = at(late, T0 + 30 * MinuteMs);
    CHECK(h.target == Target::Resolve);
    CHECK(h.state == SlaState::Running);
}

TEST_CASE("SLA headline: waiting pauses with the business time left, and past the deadline it stays overdue",
          "[sla][headline]")
{
    const QList<StatusChange> waiting{{T0 + 5 * MinuteMs, S::Acknowledged},
                                      {T0 + 30 * MinuteMs, S::WaitingGuest}};
    SlaHeadline h = at(waiting, T0 + 10 * HourMs);
    CHECK(h.target == Target::Resolve);
    CHECK(h.state == SlaState::Paused);
    CHECK_FALSE(h.dueAtMs.has_value());
    CHECK(h.leftMs == 90 * MinuteMs);

    const QList<StatusChange> waitedLate{{T0 + 5 * MinuteMs, S::Acknowledged},
                                         {T0 + 3 * HourMs, S::WaitingGuest}};
    h = at(waitedLate, T0 + 4 * HourMs);
    CHECK(h.state == SlaState::Overdue);
    CHECK(h.dueAtMs == T0 + 2 * HourMs);
    CHECK(h.leftMs == -2 * HourMs);
}

TEST_CASE("SLA headline: resolved in time is met, resolved late is breached, with no time left",
          "[sla][headline]")
{
    SlaHeadline h = at({{T0 + 5 * MinuteMs, S::Acknowledged}, {T0 + HourMs, S::Resolved}}, T0 + 5 * HourMs);
    CHECK(h.target == Target::Resolve);
    CHECK(h.state == SlaState::Met);
    CHECK_FALSE(h.dueAtMs.has_value());
    CHECK_FALSE(h.leftMs.has_value());

    // Acknowledged late but resolved in time: the resolve deadline is the one that counts.
    h = at({{T0 + 20 * MinuteMs, S::Acknowledged}, {T0 + HourMs, S::Resolved}}, T0 + 5 * HourMs);
    CHECK(h.state == SlaState::Met);

    h = at({{T0 + 5 * MinuteMs, S::Acknowledged}, {T0 + 3 * HourMs, S::Resolved}}, T0 + 5 * HourMs);
    CHECK(h.state == SlaState::Breached);

    h = at({{T0 + 5 * MinuteMs, S::Acknowledged}, {T0 + HourMs, S::Resolved}, {T0 + 2 * HourMs, S::Closed}},
           T0 + 5 * HourMs);
    CHECK(h.state == SlaState::Met);
}

TEST_CASE("SLA headline: in the queue's urgency order the time left only grows", "[sla][headline]")
{
    // Tickets created at different times, in different statuses, read at one instant; sorted as
    // the queue sorts (due_at IS NULL, due_at), the headline a row shows never goes back.
    const qint64 now = T0 + 6 * HourMs;
    QList<SlaReading> rows;
    const auto add = [&](qint64 created, QList<StatusChange> history) {
        rows.append(SlaClock::evaluate(high(), created, history, now));
    };
    add(T0 + HourMs, {});                                                      // New, ack passed long ago
    add(T0 + 5 * HourMs + 50 * MinuteMs, {});                                  // New, running
    add(T0 + 5 * HourMs, {{T0 + 5 * HourMs + 5 * MinuteMs, S::Acknowledged}}); // resolve running
    add(T0, {{T0 + MinuteMs, S::InProgress}});                                 // resolve overdue 4 h
    add(T0 + 4 * HourMs, {});                                                  // New, ack passed 1 h 45 ago
    add(T0, {{T0 + MinuteMs, S::InProgress}, {T0 + 10 * MinuteMs, S::WaitingDepartment}}); // paused
    add(T0, {{T0 + MinuteMs, S::InProgress}, {T0 + HourMs, S::Resolved}});                 // met
    std::stable_sort(rows.begin(), rows.end(), [](const SlaReading &a, const SlaReading &b) {
        const auto da = a.dueAtMs();
        const auto db = b.dueAtMs();
        if (da.has_value() != db.has_value())
            return da.has_value();
        return da && *da < *db;
    });
    qint64 previous = std::numeric_limits<qint64>::min();
    QList<SlaState> states;
    for (const SlaReading &r : rows) {
        const SlaHeadline h = r.headline();
        states.append(h.state);
        if (!h.dueAtMs)
            continue;
        REQUIRE(h.leftMs.has_value());
        CHECK(*h.leftMs >= previous);
        previous = *h.leftMs;
    }
    CHECK(states
          == QList<SlaState>{SlaState::Overdue, SlaState::Overdue, SlaState::Overdue, SlaState::DueSoon,
                             SlaState::Running, SlaState::Paused, SlaState::Met});
    // The most overdue on top is the New ticket whose acknowledge deadline passed 4 h 45 min ago.
    CHECK(rows.first().headline().target == Target::Acknowledge);
    CHECK(rows.first().headline().leftMs == -(4 * HourMs + 45 * MinuteMs));
}
