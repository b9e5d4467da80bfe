// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/ticketdemo.h"
#include "house/openvenue.h"
#include "tickets/ticketservice.h"
#include "tst_tickets_fixture.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSignalSpy>

using namespace innkeep;
using namespace innkeep::test;

namespace {

using S = TicketStatus;

ComplaintTicket make(TicketService &service, TicketSeverity severity, const QString &department = {},
                     qint64 guestId = 0, qint64 stayId = 0)
{
    NewTicket input;
    input.room = QStringLiteral("101");
    input.category = QStringLiteral("housekeeping");
    input.severity = severity;
    input.department = department;
    input.guestId = guestId;
    input.stayId = stayId;
    input.description = QStringLiteral("Towels missing");
    auto created = service.create(input);
    REQUIRE(created);
    return *created;
}

QStringList uuids(const QList<ComplaintTicket> &tickets)
{
    QStringList list;
    for (const auto &t : tickets)
        list << t.uuid;
    return list;
}

} // namespace

TEST_CASE("The queue sorts by urgency and filters in SQL")
{
    TempDatabase t;
    TicketService service(t.db());
    // Critical: ack 5 min, resolve 30. High: 15/120. Medium: 60/480. Low: 240/2880.
    const ComplaintTicket low = make(service, TicketSeverity::Low, QStringLiteral("housekeeping"));
    const ComplaintTicket high = make(service, TicketSeverity::High, QStringLiteral("maintenance"));
    const ComplaintTicket medium = make(service, TicketSeverity::Medium, QStringLiteral("housekeeping"));
    t.clock().advance(10 * MinuteMs);
    const ComplaintTicket critical = make(service, TicketSeverity::Critical, QStringLiteral("front-office"));
    const ComplaintTicket waiting = make(service, TicketSeverity::Critical);
    REQUIRE(service.move(waiting.uuid, S::Acknowledged));
    REQUIRE(service.move(waiting.uuid, S::WaitingGuest));
    const ComplaintTicket done = make(service, TicketSeverity::High);
    REQUIRE(service.resolve(done.uuid, QStringLiteral("Brought towels")));
    // now = start + 10 min: `critical` due at +15 (due soon), `high` due at +15 (due soon since +0),
    // `medium` at +60, `low` at +240, `waiting` paused.
    t.clock().advance(6 * MinuteMs); // +16: critical and high overdue

    const qint64 now = t.clock().nowMs();
    auto all = TicketRepository(t.db()).queue({}, now);
    REQUIRE(all);
    CHECK(uuids(*all) == QStringList{critical.uuid, high.uuid, medium.uuid, low.uuid, waiting.uuid});

    TicketQuery q;
    q.overdueOnly = true;
    CHECK(uuids(*TicketRepository(t.db()).queue(q, now))
          == QStringList{critical.uuid, high.uuid}); // same due: severity
    q = {};
    q.severities = {TicketSeverity::Low, TicketSeverity::Medium};
    CHECK(uuids(*TicketRepository(t.db()).queue(q, now)) == QStringList{medium.uuid, low.uuid});
    q = {};
    q.departments = {QStringLiteral("housekeeping")};
    CHECK(uuids(*TicketRepository(t.db()).queue(q, now)) == QStringList{medium.uuid, low.uuid});
    q = {};
    q.statuses = {S::WaitingGuest, S::Resolved};
    CHECK(uuids(*TicketRepository(t.db()).queue(q, now)) == QStringList{waiting.uuid, done.uuid});
    q = {};
    q.dueWithinMs = HourMs;
    CHECK(uuids(*TicketRepository(t.db()).queue(q, now))
          == QStringList{critical.uuid, high.uuid, medium.uuid});
    q = {};
    q.limit = 2;
    q.offset = 2;
    CHECK(uuids(*TicketRepository(t.db()).queue(q, now)) == QStringList{medium.uuid, low.uuid});

    SECTION("due-soon: inside the threshold but not past due")
    {
        // medium and low: the threshold equals the time to acknowledge -> due soon from creation on.
        TicketQuery soon;
        soon.dueSoonOnly = true;
        CHECK(uuids(*TicketRepository(t.db()).queue(soon, now)) == QStringList{medium.uuid, low.uuid});
        auto counts = TicketRepository(t.db()).counts(now);
        REQUIRE(counts);
        CHECK(counts->open == 5);
        CHECK(counts->overdue == 2);
        CHECK(counts->dueSoon == 2);
    }
    SECTION("exactly at the due instant a ticket is due-soon, one ms later overdue")
    {
        const qint64 due = *critical.dueAt;
        TicketQuery overdue;
        overdue.overdueOnly = true;
        CHECK_FALSE(uuids(*TicketRepository(t.db()).queue(overdue, due)).contains(critical.uuid));
        TicketQuery soon;
        soon.dueSoonOnly = true;
        CHECK(uuids(*TicketRepository(t.db()).queue(soon, due)).contains(critical.uuid));
        CHECK(uuids(*TicketRepository(t.db()).queue(overdue, due + 1)).contains(critical.uuid));
    }
}

TEST_CASE("The queue sorts by a column the desk chose, urgency breaking ties")
{
    TempDatabase t;
    TicketService service(t.db());
    const ComplaintTicket low = make(service, TicketSeverity::Low); // category housekeeping
    t.clock().advance(MinuteMs);
    const ComplaintTicket critical = make(service, TicketSeverity::Critical);
    t.clock().advance(MinuteMs);
    const ComplaintTicket medium = make(service, TicketSeverity::Medium);
    REQUIRE(service.move(medium.uuid, S::Acknowledged));
    REQUIRE(service.reclassify(critical.uuid, TicketSeverity::Critical, QStringLiteral("noise")));
    REQUIRE(service.reclassify(medium.uuid, TicketSeverity::Medium, QStringLiteral("billing")));
    const qint64 now = t.clock().nowMs();
    auto order = [&](TicketQuery::SortBy by, bool descending) {
        TicketQuery q;
        q.sortBy = by;
        q.descending = descending;
        return uuids(*TicketRepository(t.db()).queue(q, now));
    };
    CHECK(order(TicketQuery::SortBy::Severity, false) == QStringList{critical.uuid, medium.uuid, low.uuid});
    CHECK(order(TicketQuery::SortBy::Severity, true) == QStringList{low.uuid, medium.uuid, critical.uuid});
    CHECK(order(TicketQuery::SortBy::Logged, false) == QStringList{low.uuid, critical.uuid, medium.uuid});
    CHECK(order(TicketQuery::SortBy::Logged, true) == QStringList{medium.uuid, critical.uuid, low.uuid});
    CHECK(order(TicketQuery::SortBy::Status, true).constFirst() == medium.uuid); // acknowledged after new
    // Categories in the venue's order (housekeeping 1, noise 3, billing 6).
    CHECK(order(TicketQuery::SortBy::Category, false) == QStringList{low.uuid, critical.uuid, medium.uuid});
    // Urgency reversed: the calmest first.
    CHECK(order(TicketQuery::SortBy::Urgency, true).constLast() == critical.uuid);
    CHECK(order(TicketQuery::SortBy::Urgency, false).constFirst() == critical.uuid);
}

TEST_CASE("A guest's tickets, open complaints and last stay's unresolved complaint (for guest alerts)")
{
    TempDatabase t;
    TicketService service(t.db());
    const qint64 guest = addGuest(t.db(), QStringLiteral("Giorgi"), QStringLiteral("Kapanadze"));
    const qint64 other = addGuest(t.db(), QStringLiteral("Marie"), QStringLiteral("Dubois"));
    const qint64 oldStay = addStay(t.db(), guest, QDate(2026, 3, 1), QDate(2026, 3, 4));
    const qint64 lastStay = addStay(t.db(), guest, QDate(2026, 5, 10), QDate(2026, 5, 12));
    const qint64 currentStay = addStay(t.db(), guest, QDate(2026, 6, 14), QDate(2026, 6, 20));

    const ComplaintTicket ancient =
        make(service, TicketSeverity::Low, {}, 0, oldStay); // open, but an older stay
    const ComplaintTicket lostOne = make(service, TicketSeverity::Medium, {}, 0, lastStay);
    REQUIRE(service.resolve(lostOne.uuid, QStringLiteral("Refunded")));
    REQUIRE(service.setOutcome(lostOne.uuid, TicketOutcome::Lost));
    const ComplaintTicket recovered = make(service, TicketSeverity::Medium, {}, 0, lastStay);
    REQUIRE(service.resolve(recovered.uuid, QStringLiteral("Fixed")));
    REQUIRE(service.setOutcome(recovered.uuid, TicketOutcome::Recovered));
    const ComplaintTicket stillOpen = make(service, TicketSeverity::High, {}, 0, lastStay);
    t.clock().advance(MinuteMs);
    const ComplaintTicket now = make(service, TicketSeverity::Critical, {}, guest, currentStay);
    make(service, TicketSeverity::Critical, {}, other);

    auto all = TicketRepository(t.db()).forGuest(guest);
    REQUIRE(all);
    CHECK(all->size() == 5);
    CHECK(all->first().uuid == now.uuid); // newest first

    auto open = TicketRepository(t.db()).openTicketsForGuest(guest);
    REQUIRE(open);
    CHECK(uuids(*open) == QStringList{now.uuid, stillOpen.uuid, ancient.uuid});

    auto unresolved = TicketRepository(t.db()).lastStayUnresolved(guest, QDate(2026, 6, 15));
    REQUIRE(unresolved);
    CHECK(uuids(*unresolved) == QStringList{lostOne.uuid, stillOpen.uuid});
    CHECK(TicketRepository(t.db()).lastStayUnresolved(other, QDate(2026, 6, 15))->isEmpty());
}

TEST_CASE("Shift handover: overdue, due within N hours, other open, resolved since the shift began")
{
    TempDatabase t;
    TicketService service(t.db());
    const qint64 shiftStart = t.clock().nowMs();
    const ComplaintTicket earlyFix = make(service, TicketSeverity::Low);
    REQUIRE(service.resolve(earlyFix.uuid, QStringLiteral("done")));
    t.clock().advance(MinuteMs);
    const qint64 since = t.clock().nowMs();
    const ComplaintTicket overdue = make(service, TicketSeverity::Critical);
    const ComplaintTicket dueSoon = make(service, TicketSeverity::High);
    REQUIRE(service.acknowledge(dueSoon.uuid)); // resolve due +120 min
    const ComplaintTicket later = make(service, TicketSeverity::Low);
    REQUIRE(service.acknowledge(later.uuid)); // resolve due in two days
    const ComplaintTicket paused = make(service, TicketSeverity::Medium);
    REQUIRE(service.move(paused.uuid, S::Acknowledged));
    REQUIRE(service.move(paused.uuid, S::WaitingDepartment));
    const ComplaintTicket fixed = make(service, TicketSeverity::Medium);
    t.clock().advance(10 * MinuteMs);
    REQUIRE(service.resolve(fixed.uuid, QStringLiteral("Replaced the bulb")));
    const ComplaintTicket closed = make(service, TicketSeverity::Medium);
    REQUIRE(service.resolve(closed.uuid, QStringLiteral("ok")));
    REQUIRE(service.close(closed.uuid));

    auto report = service.handover(since, 2);
    REQUIRE(report);
    CHECK(report->generatedAt == t.clock().nowMs());
    CHECK(report->horizonMs == t.clock().nowMs() + 2 * HourMs);
    CHECK(uuids(report->overdue) == QStringList{overdue.uuid});
    CHECK(uuids(report->dueWithin) == QStringList{dueSoon.uuid});
    CHECK(uuids(report->otherOpen) == QStringList{later.uuid, paused.uuid});
    CHECK(uuids(report->resolvedSince) == QStringList{closed.uuid, fixed.uuid});

    CHECK(report->overdueTotal == 1);
    CHECK(report->dueWithinTotal == 1);
    CHECK(report->otherOpenTotal == 2);
    CHECK(report->resolvedSinceTotal == 2);
    CHECK(report->sectionLimit == HandoverReport::DefaultSectionLimit);
    CHECK(HandoverReport::moreOf(report->otherOpen, report->otherOpenTotal) == 0);

    auto whole = service.handover(shiftStart, 0);
    REQUIRE(whole);
    CHECK(whole->resolvedSince.size() == 3);
    CHECK(whole->dueWithin.isEmpty());
    CHECK(whole->dueWithinTotal == 0);
    CHECK(whole->otherOpenTotal == 3); // due soon moved here: the horizon is now

    SECTION("each section lists at most the limit, the totals count every ticket")
    {
        auto capped = service.handover(shiftStart, 0, 1);
        REQUIRE(capped);
        CHECK(capped->sectionLimit == 1);
        CHECK(uuids(capped->overdue) == QStringList{overdue.uuid});
        CHECK(uuids(capped->otherOpen) == QStringList{dueSoon.uuid}); // the most urgent of the three
        CHECK(capped->otherOpenTotal == 3);
        CHECK(HandoverReport::moreOf(capped->otherOpen, capped->otherOpenTotal) == 2);
        CHECK(capped->resolvedSince.size() == 1);
        CHECK(capped->resolvedSinceTotal == 3);
        CHECK(HandoverReport::moreOf(capped->resolvedSince, capped->resolvedSinceTotal) == 2);
    }
}

TEST_CASE("Demo tickets and feedback: every state, outcome, compensation and language")
{
    TempDatabase t;
    QList<qint64> guests;
    QList<qint64> stays;
    for (int i = 0; i < 8; ++i) {
        guests << addGuest(t.db(), QStringLiteral("Guest"), QString::number(i));
        stays << addStay(t.db(), guests.last(), QDate(2026, 6, 1).addDays(i), QDate(2026, 6, 3).addDays(i));
    }
    OpenVenue venue(t.db());
    QSignalSpy ticketsReloaded(&venue.tickets(), &TicketService::manyChanged);
    QSignalSpy feedbackReloaded(&venue.feedback(), &FeedbackService::manyChanged);
    QSignalSpy changed(&venue.tickets(), &TicketService::changed);
    QSignalSpy added(&venue.tickets(), &TicketService::added);
    QRandomGenerator random(42);
    TicketDemoOptions options;
    options.tickets = 60;
    options.feedback = 70;
    auto seeded = seedDemoTickets(t.db(), random, guests, stays, options);
    REQUIRE(seeded);
    CHECK(seeded->tickets == 60);
    CHECK(seeded->feedback == 70);
    // The open pages hear one "reload" each, not a notification per ticket.
    CHECK(ticketsReloaded.size() == 1);
    CHECK(feedbackReloaded.size() == 1);
    CHECK(changed.isEmpty());
    CHECK(added.isEmpty());

    Statement statuses(t.db(), QStringLiteral("SELECT count(DISTINCT status) FROM tickets"));
    CHECK(statuses.scalar()->toInt() == 7);
    Statement outcomes(t.db(),
                       QStringLiteral("SELECT count(DISTINCT outcome) FROM tickets WHERE outcome <> ''"));
    CHECK(outcomes.scalar()->toInt() == 2);
    Statement languages(t.db(), QStringLiteral("SELECT count(DISTINCT language) FROM feedback"));
    CHECK(languages.scalar()->toInt() == 7);
    Statement channels(t.db(), QStringLiteral("SELECT count(DISTINCT channel) FROM feedback"));
    CHECK(channels.scalar()->toInt() == 7);
    CHECK(t.count(QStringLiteral("ticket_compensations")) > 0);
    Statement linked(t.db(),
                     QStringLiteral("SELECT count(*) FROM feedback f JOIN tickets t ON t.feedback_id = f.id "
                                    "AND f.ticket_id = t.id"));
    CHECK(linked.scalar()->toInt() > 0);
    auto counts = TicketRepository(t.db()).counts(t.clock().nowMs());
    REQUIRE(counts);
    CHECK(counts->overdue > 0);
    CHECK(TicketRepository(t.db()).closedWithoutFollowUp()->size() > 0);
    Statement future(t.db(), QStringLiteral("SELECT count(*) FROM ticket_events WHERE at > ?"));
    CHECK(future.bind(t.clock().nowMs()).scalar()->toInt() == 0);

    SECTION("the same seed gives the same demo")
    {
        TempDatabase again;
        QList<qint64> g2;
        QList<qint64> s2;
        for (int i = 0; i < 8; ++i) {
            g2 << addGuest(again.db(), QStringLiteral("Guest"), QString::number(i));
            s2 << addStay(again.db(), g2.last(), QDate(2026, 6, 1).addDays(i), QDate(2026, 6, 3).addDays(i));
        }
        QRandomGenerator same(42);
        REQUIRE(seedDemoTickets(again.db(), same, g2, s2, options));
        Statement a(t.db(), QStringLiteral(
                                "SELECT group_concat(status || severity || created_at, ',') FROM tickets"));
        Statement b(
            again.db(),
            QStringLiteral("SELECT group_concat(status || severity || created_at, ',') FROM tickets"));
        CHECK(a.scalar()->toString() == b.scalar()->toString());
    }
}

TEST_CASE("Demo seeding speed", "[.][bench]")
{
    TempDatabase t;
    QList<qint64> guests;
    QList<qint64> stays;
    for (int i = 0; i < 500; ++i) {
        guests << addGuest(t.db(), QStringLiteral("Guest"), QString::number(i));
        stays << addStay(t.db(), guests.last(), QDate(2026, 1, 1).addDays(i % 150),
                         QDate(2026, 1, 3).addDays(i % 150));
    }
    QRandomGenerator random(7);
    TicketDemoOptions options;
    options.tickets = 10000;
    options.feedback = 10000;
    QElapsedTimer timer;
    timer.start();
    REQUIRE(seedDemoTickets(t.db(), random, guests, stays, options));
    WARN("10k tickets + 10k feedback: " << timer.elapsed() << " ms");
}
