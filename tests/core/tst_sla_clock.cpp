// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tickets/slaclock.h"
#include "tst_tickets_fixture.h"

#include <QRandomGenerator>

using namespace innkeep;
using namespace innkeep::test;

namespace {

using S = TicketStatus;

SlaPolicy policy(int ackMinutes, int resolveMinutes, int dueSoonMinutes = 0)
{
    SlaPolicy p;
    p.severity = TicketSeverity::High;
    p.acknowledgeMinutes = ackMinutes;
    p.resolveMinutes = resolveMinutes;
    p.dueSoonMinutes = dueSoonMinutes;
    return p;
}

SlaPolicy withQuiet(SlaPolicy p, int startHour, int endHour, const char *zone = "")
{
    p.quietStartMinute = startHour * 60;
    p.quietEndMinute = endHour * 60;
    p.timeZone = zone;
    return p;
}

const qint64 T0 = ms(2026, 6, 15, 10); // a Monday, 10:00 UTC

} // namespace

TEST_CASE("SLA: without quiet hours the due times are creation plus the policy")
{
    const SlaPolicy p = policy(15, 120, 10);
    const SlaReading r = SlaClock::evaluate(p, T0, {}, T0);
    CHECK(r.acknowledge.state == SlaState::Running);
    CHECK(r.acknowledge.dueAtMs == T0 + 15 * MinuteMs);
    CHECK(r.acknowledge.dueSoonAtMs == T0 + 5 * MinuteMs);
    CHECK(r.resolve.dueAtMs == T0 + 120 * MinuteMs);
    CHECK(r.resolve.dueSoonAtMs == T0 + 110 * MinuteMs);
    CHECK(r.dueAtMs() == T0 + 15 * MinuteMs);
    CHECK(r.dueSoonAtMs() == T0 + 5 * MinuteMs);
    CHECK(r.resolve.remainingMs() == 120 * MinuteMs);
    CHECK_FALSE(r.quietNow);
}

TEST_CASE("SLA: due-soon and overdue boundaries are exact to the millisecond")
{
    const SlaPolicy p = policy(15, 120, 10);
    auto ack = [&](qint64 now) { return SlaClock::evaluate(p, T0, {}, now).acknowledge; };
    CHECK(ack(T0 + 5 * MinuteMs - 1).state == SlaState::Running);
    CHECK(ack(T0 + 5 * MinuteMs).state == SlaState::DueSoon);  // threshold left exactly
    CHECK(ack(T0 + 15 * MinuteMs).state == SlaState::DueSoon); // due now, not yet over
    CHECK(ack(T0 + 15 * MinuteMs).remainingMs() == 0);
    CHECK(ack(T0 + 15 * MinuteMs + 1).state == SlaState::Overdue); // one ms past due
    CHECK(ack(T0 + 15 * MinuteMs + 1).remainingMs() == -1);
    CHECK(ack(T0 + 15 * MinuteMs + 1).dueAtMs == T0 + 15 * MinuteMs); // stays the instant it was due

    SECTION("a zero threshold makes a target due-soon only at its due instant")
    {
        const SlaPolicy q = policy(15, 120, 0);
        CHECK(SlaClock::evaluate(q, T0, {}, T0 + 15 * MinuteMs - 1).acknowledge.state == SlaState::Running);
        CHECK(SlaClock::evaluate(q, T0, {}, T0 + 15 * MinuteMs).acknowledge.state == SlaState::DueSoon);
    }
}

TEST_CASE("SLA: acknowledging on the due instant is met, one ms later is breached")
{
    const SlaPolicy p = policy(15, 120);
    const qint64 due = T0 + 15 * MinuteMs;
    auto met = SlaClock::evaluate(p, T0, {{due, S::Acknowledged}}, due + HourMs);
    CHECK(met.acknowledge.state == SlaState::Met);
    CHECK(met.acknowledge.achievedAtMs == due);
    CHECK_FALSE(met.acknowledge.dueAtMs.has_value());
    auto late = SlaClock::evaluate(p, T0, {{due + 1, S::Acknowledged}}, due + HourMs);
    CHECK(late.acknowledge.state == SlaState::Breached);
    CHECK(late.acknowledge.elapsedMs == 15 * MinuteMs + 1);

    SECTION("starting work or resolving straight from New also acknowledges")
    {
        CHECK(SlaClock::evaluate(p, T0, {{T0 + MinuteMs, S::InProgress}}, T0 + HourMs).acknowledge.state
              == SlaState::Met);
        auto fixed = SlaClock::evaluate(p, T0, {{T0 + MinuteMs, S::Resolved}}, T0 + HourMs);
        CHECK(fixed.acknowledge.state == SlaState::Met);
        CHECK(fixed.resolve.state == SlaState::Met);
        CHECK(fixed.resolve.elapsedMs == MinuteMs);
        CHECK_FALSE(fixed.dueAtMs().has_value());
    }
}

TEST_CASE("SLA: the resolve clock pauses while waiting on the guest or a department")
{
    const SlaPolicy p = policy(15, 120, 30);
    const QList<StatusChange> history{{T0 + 10 * MinuteMs, S::Acknowledged},
                                      {T0 + 20 * MinuteMs, S::InProgress},
                                      {T0 + 60 * MinuteMs, S::WaitingGuest},
                                      {T0 + 3 * HourMs, S::WaitingDepartment},
                                      {T0 + 5 * HourMs, S::InProgress}};
    SECTION("while waiting: paused, no due time, remaining time frozen")
    {
        for (qint64 now : {T0 + 61 * MinuteMs, T0 + 4 * HourMs, T0 + 5 * HourMs - 1}) {
            const SlaReading r = SlaClock::evaluate(p, T0, history, now);
            CHECK(r.resolve.state == SlaState::Paused);
            CHECK_FALSE(r.resolve.dueAtMs.has_value());
            CHECK_FALSE(r.dueAtMs().has_value());
            CHECK(r.resolve.remainingMs() == 60 * MinuteMs);
            CHECK(r.acknowledge.state == SlaState::Met);
        }
    }
    SECTION("after resuming: due time moves by the four paused hours")
    {
        const SlaReading r = SlaClock::evaluate(p, T0, history, T0 + 5 * HourMs);
        CHECK(r.resolve.state == SlaState::Running);
        CHECK(r.resolve.dueAtMs == T0 + 6 * HourMs);
        CHECK(r.resolve.dueSoonAtMs == T0 + 5 * HourMs + 30 * MinuteMs);
        CHECK(SlaClock::evaluate(p, T0, history, T0 + 6 * HourMs + 1).resolve.state == SlaState::Overdue);
    }
    SECTION("resolved after resuming within budget is met")
    {
        auto done = history;
        done.append({T0 + 6 * HourMs, S::Resolved});
        const SlaReading r = SlaClock::evaluate(p, T0, done, T0 + 9 * HourMs);
        CHECK(r.resolve.state == SlaState::Met);
        CHECK(r.resolve.elapsedMs == 120 * MinuteMs);
    }
}

TEST_CASE("SLA: a target already overdue stays overdue while paused")
{
    const SlaPolicy p = policy(15, 60);
    const QList<StatusChange> history{{T0 + 5 * MinuteMs, S::InProgress},
                                      {T0 + 90 * MinuteMs, S::WaitingGuest}};
    const SlaReading r = SlaClock::evaluate(p, T0, history, T0 + 10 * HourMs);
    CHECK(r.resolve.state == SlaState::Overdue);
    CHECK(r.resolve.dueAtMs == T0 + 60 * MinuteMs);
    CHECK(r.resolve.remainingMs() == -30 * MinuteMs);

    SECTION("pausing exactly on the due instant is not overdue; resuming makes it overdue at once")
    {
        const QList<StatusChange> edge{{T0 + 5 * MinuteMs, S::InProgress},
                                       {T0 + 60 * MinuteMs, S::WaitingGuest}};
        const SlaReading paused = SlaClock::evaluate(p, T0, edge, T0 + 2 * HourMs);
        CHECK(paused.resolve.state == SlaState::Paused);
        CHECK(paused.resolve.remainingMs() == 0);
        auto resumed = edge;
        resumed.append({T0 + 3 * HourMs, S::InProgress});
        CHECK(SlaClock::evaluate(p, T0, resumed, T0 + 3 * HourMs).resolve.state == SlaState::DueSoon);
        CHECK(SlaClock::evaluate(p, T0, resumed, T0 + 3 * HourMs + 1).resolve.state == SlaState::Overdue);
    }
}

TEST_CASE("SLA: reopening resumes the resolve clock where it stopped")
{
    const SlaPolicy p = policy(15, 120);
    QList<StatusChange> history{{T0 + 10 * MinuteMs, S::InProgress}, {T0 + 70 * MinuteMs, S::Resolved}};
    CHECK(SlaClock::evaluate(p, T0, history, T0 + 5 * HourMs).resolve.state == SlaState::Met);
    history.append({T0 + 24 * HourMs, S::Closed});
    history.append({T0 + 48 * HourMs, S::InProgress}); // reopened two days later
    const SlaReading r = SlaClock::evaluate(p, T0, history, T0 + 48 * HourMs);
    CHECK(r.resolve.state == SlaState::Running);
    CHECK(r.resolve.elapsedMs == 70 * MinuteMs);
    CHECK(r.resolve.dueAtMs == T0 + 48 * HourMs + 50 * MinuteMs);
    CHECK(r.acknowledge.state == SlaState::Met); // acknowledged once, for good
}

TEST_CASE("SLA: quiet hours spanning midnight stop the clock")
{
    const SlaPolicy p = withQuiet(policy(30, 120, 30), 23, 7);
    SECTION("a ticket logged at 22:00 with two hours to resolve is due at 08:00 the next day")
    {
        const qint64 created = ms(2026, 6, 15, 22);
        const SlaReading r = SlaClock::evaluate(p, created, {}, created);
        CHECK(r.acknowledge.dueAtMs == ms(2026, 6, 15, 22, 30));
        CHECK(r.resolve.dueAtMs == ms(2026, 6, 16, 8));
        CHECK(r.resolve.dueSoonAtMs == ms(2026, 6, 16, 7, 30));
        // During the night nothing moves.
        const SlaReading night =
            SlaClock::evaluate(p, created, {{created + MinuteMs, S::InProgress}}, ms(2026, 6, 16, 3));
        CHECK(night.quietNow);
        CHECK(night.resolve.elapsedMs == 60 * MinuteMs);
        CHECK(night.resolve.state == SlaState::Running);
        CHECK(SlaClock::evaluate(p, created, {{created + MinuteMs, S::InProgress}}, ms(2026, 6, 16, 7, 30))
                  .resolve.state
              == SlaState::DueSoon);
    }
    SECTION("a ticket logged inside quiet hours starts its clock at 07:00")
    {
        const qint64 created = ms(2026, 6, 16, 1, 30);
        const SlaReading r = SlaClock::evaluate(p, created, {}, created);
        CHECK(r.acknowledge.dueAtMs == ms(2026, 6, 16, 7, 30));
        CHECK(r.resolve.dueAtMs == ms(2026, 6, 16, 9));
        CHECK(r.quietNow);
        CHECK(r.acknowledge.remainingMs() == 30 * MinuteMs);
        CHECK(r.acknowledge.state == SlaState::DueSoon); // the threshold equals the whole 30 minutes
    }
    SECTION("a due instant falling on the start of quiet hours is 23:00, overdue during the night")
    {
        const qint64 created = ms(2026, 6, 15, 21);
        const SlaReading r =
            SlaClock::evaluate(p, created, {{created + MinuteMs, S::InProgress}}, created + MinuteMs);
        CHECK(r.resolve.dueAtMs == ms(2026, 6, 15, 23));
        const SlaReading night =
            SlaClock::evaluate(p, created, {{created + MinuteMs, S::InProgress}}, ms(2026, 6, 16, 2));
        CHECK(night.resolve.state == SlaState::Overdue);
        CHECK(night.resolve.remainingMs() == 0);
        // Resolving during that night is after the due instant: breached.
        const SlaReading done = SlaClock::evaluate(
            p, created, {{created + MinuteMs, S::InProgress}, {ms(2026, 6, 16, 2), S::Resolved}},
            ms(2026, 6, 16, 9));
        CHECK(done.resolve.state == SlaState::Breached);
    }
    SECTION("business time over several nights")
    {
        CHECK(SlaClock::businessMsBetween(p, ms(2026, 6, 15, 22), ms(2026, 6, 18, 8))
              == (1 + 16 + 16 + 1) * HourMs);
        CHECK(SlaClock::addBusinessMs(p, ms(2026, 6, 15, 22), 34 * HourMs) == ms(2026, 6, 18, 8));
        CHECK(SlaClock::businessMsBetween(p, ms(2026, 6, 16, 0), ms(2026, 6, 16, 6)) == 0);
        CHECK(SlaClock::addBusinessMs(p, ms(2026, 6, 16, 0), 0) == ms(2026, 6, 16, 0));
    }
}

TEST_CASE("SLA: quiet hours within a day and in the venue's time zone")
{
    SECTION("a lunch break 13:00-14:00 UTC")
    {
        const SlaPolicy p = withQuiet(policy(30, 120), 13, 14);
        CHECK(SlaClock::evaluate(p, ms(2026, 6, 15, 12), {}, ms(2026, 6, 15, 12)).resolve.dueAtMs
              == ms(2026, 6, 15, 15));
        CHECK(SlaClock::inQuietHours(p, ms(2026, 6, 15, 13)));
        CHECK_FALSE(SlaClock::inQuietHours(p, ms(2026, 6, 15, 14)));
    }
    SECTION("23:00-07:00 in Yerevan (UTC+4) is 19:00-03:00 UTC")
    {
        const SlaPolicy p = withQuiet(policy(30, 120), 23, 7, "Asia/Yerevan");
        CHECK(SlaClock::inQuietHours(p, ms(2026, 6, 15, 19)));
        CHECK_FALSE(SlaClock::inQuietHours(p, ms(2026, 6, 15, 18, 59)));
        CHECK(SlaClock::inQuietHours(p, ms(2026, 6, 16, 2, 59)));
        CHECK_FALSE(SlaClock::inQuietHours(p, ms(2026, 6, 16, 3)));
        CHECK(SlaClock::evaluate(p, ms(2026, 6, 15, 18), {}, ms(2026, 6, 15, 18)).resolve.dueAtMs
              == ms(2026, 6, 16, 4));
    }
    SECTION("across a daylight-saving change in Berlin the night is still skipped by local time")
    {
        // 2026-03-29: clocks go from 02:00 to 03:00 CET->CEST. Quiet 23:00-07:00 local is 22:00 UTC
        // (CET) to 05:00 UTC (CEST): seven wall hours that night instead of eight.
        const SlaPolicy p = withQuiet(policy(30, 120), 23, 7, "Europe/Berlin");
        CHECK(SlaClock::businessMsBetween(p, ms(2026, 3, 28, 21), ms(2026, 3, 29, 6)) == 2 * HourMs);
        CHECK(SlaClock::addBusinessMs(p, ms(2026, 3, 28, 21), 2 * HourMs) == ms(2026, 3, 29, 6));
    }
}

TEST_CASE("SLA: addBusinessMs and businessMsBetween agree for many random instants")
{
    QRandomGenerator random(20260615);
    const SlaPolicy policies[] = {policy(5, 30), withQuiet(policy(5, 30), 23, 7),
                                  withQuiet(policy(5, 30), 13, 14),
                                  withQuiet(policy(5, 30), 22, 6, "Asia/Tbilisi")};
    for (const SlaPolicy &p : policies) {
        for (int i = 0; i < 300; ++i) {
            const qint64 from = T0 + random.bounded(qint64(14) * 24 * HourMs);
            const qint64 business = random.bounded(qint64(3) * 24 * HourMs);
            const qint64 due = SlaClock::addBusinessMs(p, from, business);
            INFO("from " << from << " business " << business);
            REQUIRE(due >= from + (p.hasQuietHours() ? 0 : business));
            REQUIRE(SlaClock::businessMsBetween(p, from, due) == business);
            // Earliest: a millisecond less is not enough (unless nothing was asked for).
            if (business > 0)
                REQUIRE(SlaClock::businessMsBetween(p, from, due - 1) == business - 1);
        }
    }
}

TEST_CASE("SLA: changes after now and back-dated changes are handled")
{
    const SlaPolicy p = policy(15, 120);
    // A change recorded in the future (clock skew between devices) is ignored until it happens.
    const SlaReading r = SlaClock::evaluate(p, T0, {{T0 + HourMs, S::Acknowledged}}, T0 + 5 * MinuteMs);
    CHECK(r.acknowledge.state == SlaState::Running);
    // A change stamped before creation counts from creation.
    const SlaReading early = SlaClock::evaluate(p, T0, {{T0 - HourMs, S::Acknowledged}}, T0 + 5 * MinuteMs);
    CHECK(early.acknowledge.state == SlaState::Met);
    CHECK(early.acknowledge.elapsedMs == 0);
}

TEST_CASE("SLA policy validation and its JSON snapshot")
{
    SlaPolicy p = withQuiet(policy(15, 120, 10), 23, 7, "Asia/Yerevan");
    REQUIRE(p.validate());
    auto back = SlaPolicy::fromJson(p.toJson());
    REQUIRE(back.has_value());
    CHECK(*back == p);
    auto plain = SlaPolicy::fromJson(policy(15, 120).toJson());
    REQUIRE(plain);
    CHECK_FALSE(plain->hasQuietHours());

    SlaPolicy bad = p;
    bad.acknowledgeMinutes = 0;
    CHECK(bad.validate().error().field == QStringLiteral("acknowledge_minutes"));
    bad = p;
    bad.resolveMinutes = 10;
    CHECK(bad.validate().error().field == QStringLiteral("resolve_minutes"));
    bad = p;
    bad.quietEndMinute = bad.quietStartMinute;
    CHECK(bad.validate().error().field == QStringLiteral("quiet_hours"));
    bad = p;
    bad.quietEndMinute = 1440;
    CHECK_FALSE(bad.validate());
    bad = p;
    bad.timeZone = "Mars/Olympus";
    CHECK(bad.validate().error().field == QStringLiteral("time_zone"));
    CHECK_FALSE(SlaPolicy::fromJson(QStringLiteral("{}")));
}
