// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/changelog.h"
#include "tickets/ticketservice.h"
#include "tickets/ticketworkflow.h"
#include "tst_tickets_fixture.h"

using namespace innkeep;
using namespace innkeep::test;

namespace {

using S = TicketStatus;
const QList<S> AllStatuses{S::New,      S::Acknowledged, S::InProgress, S::WaitingGuest, S::WaitingDepartment,
                           S::Resolved, S::Closed};

// The path the service takes a new ticket along to reach `target`.
QList<S> pathTo(S target)
{
    switch (target) {
    case S::New: return {};
    case S::Acknowledged: return {S::Acknowledged};
    case S::InProgress: return {S::Acknowledged, S::InProgress};
    case S::WaitingGuest: return {S::Acknowledged, S::WaitingGuest};
    case S::WaitingDepartment: return {S::Acknowledged, S::WaitingDepartment};
    case S::Resolved: return {S::Acknowledged, S::InProgress, S::Resolved};
    case S::Closed: return {S::Acknowledged, S::InProgress, S::Resolved, S::Closed};
    }
    return {};
}

ComplaintTicket newTicket(TicketService &service, TempDatabase &t)
{
    NewTicket input;
    input.room = QStringLiteral("204");
    input.category = QStringLiteral("noise");
    input.severity = TicketSeverity::High;
    input.description = QStringLiteral("Party next door");
    auto created = service.create(input);
    REQUIRE(created.has_value());
    (void)t;
    return *created;
}

} // namespace

TEST_CASE("Workflow table: exactly the documented moves are allowed")
{
    const QList<std::pair<S, S>> expected{
        {S::New, S::Acknowledged},
        {S::New, S::InProgress},
        {S::New, S::Resolved},
        {S::Acknowledged, S::InProgress},
        {S::Acknowledged, S::WaitingGuest},
        {S::Acknowledged, S::WaitingDepartment},
        {S::Acknowledged, S::Resolved},
        {S::InProgress, S::WaitingGuest},
        {S::InProgress, S::WaitingDepartment},
        {S::InProgress, S::Resolved},
        {S::WaitingGuest, S::InProgress},
        {S::WaitingGuest, S::WaitingDepartment},
        {S::WaitingGuest, S::Resolved},
        {S::WaitingDepartment, S::InProgress},
        {S::WaitingDepartment, S::WaitingGuest},
        {S::WaitingDepartment, S::Resolved},
        {S::Resolved, S::Closed},
        {S::Resolved, S::InProgress},
        {S::Closed, S::InProgress},
    };
    CHECK(TicketWorkflow::transitions().size() == size_t(expected.size()));
    for (S from : AllStatuses) {
        for (S to : AllStatuses) {
            INFO(ticketStatusToken(from).toStdString() << " -> " << ticketStatusToken(to).toStdString());
            CHECK(TicketWorkflow::allows(from, to) == expected.contains(std::pair(from, to)));
        }
    }
    CHECK(TicketWorkflow::isReopen(S::Closed, S::InProgress));
    CHECK(TicketWorkflow::isReopen(S::Resolved, S::InProgress));
    CHECK_FALSE(TicketWorkflow::isReopen(S::Resolved, S::Closed));
    CHECK(TicketWorkflow::nextStatuses(S::Closed) == QList<S>{S::InProgress});
}

TEST_CASE("Workflow: a refused move names both states")
{
    auto refused = TicketWorkflow::check(S::Closed, S::WaitingGuest);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == Error::Code::Conflict);
    CHECK(refused.error().message.contains(QStringLiteral("Closed")));
    CHECK(refused.error().message.contains(QStringLiteral("Waiting on guest")));
    auto same = TicketWorkflow::check(S::New, S::New);
    REQUIRE_FALSE(same);
    CHECK(same.error().message.contains(QStringLiteral("New")));
}

TEST_CASE("Status tokens round-trip")
{
    for (S s : AllStatuses)
        CHECK(ticketStatusFromToken(ticketStatusToken(s)) == s);
    CHECK(ticketStatusToken(S::WaitingDepartment) == QStringLiteral("waiting-department"));
    CHECK_FALSE(ticketStatusFromToken(QStringLiteral("open")).has_value());
}

TEST_CASE("Every move through the service: allowed ones are written, refused ones change nothing")
{
    const S from = GENERATE(S::New, S::Acknowledged, S::InProgress, S::WaitingGuest, S::WaitingDepartment,
                            S::Resolved, S::Closed);
    const S to = GENERATE(S::New, S::Acknowledged, S::InProgress, S::WaitingGuest, S::WaitingDepartment,
                          S::Resolved, S::Closed);
    TempDatabase t;
    t.db().setStaff(QStringLiteral("Anna"));
    TicketService service(t.db());
    ComplaintTicket ticket = newTicket(service, t);
    REQUIRE(service.setResolutionSummary(ticket.uuid, QStringLiteral("Moved the guest to a quiet room")));
    for (S step : pathTo(from)) {
        t.clock().advance(MinuteMs);
        REQUIRE(service.move(ticket.uuid, step).has_value());
    }
    REQUIRE(service.ticket(ticket.uuid)->status == from);

    INFO(ticketStatusToken(from).toStdString() << " -> " << ticketStatusToken(to).toStdString());
    const auto before = footprint(t);
    t.clock().advance(MinuteMs);
    t.db().setStaff(QStringLiteral("Davit"));
    auto moved = service.move(ticket.uuid, to, QStringLiteral("why"));
    if (TicketWorkflow::allows(from, to)) {
        REQUIRE(moved.has_value());
        CHECK(moved->status == to);
        CHECK(service.ticket(ticket.uuid)->status == to);
        auto timeline = TicketRepository(t.db()).timeline(ticket.id);
        REQUIRE(timeline);
        const TicketEvent &last = timeline->last();
        CHECK(last.kind == TicketEvent::Kind::Status);
        CHECK(last.fromStatus == from);
        CHECK(last.toStatus == to);
        CHECK(last.staff == QStringLiteral("Davit"));
        CHECK(last.atMs == t.clock().nowMs());
        CHECK(last.body == QStringLiteral("why"));
    } else {
        REQUIRE_FALSE(moved.has_value());
        CHECK(moved.error().code == Error::Code::Conflict);
        CHECK(moved.error().message.contains(ticketStatusLabel(from)));
        CHECK(footprint(t) == before);
    }
}

TEST_CASE("Each status change stamps the ticket: acknowledged, resolved, closed, reopen clears")
{
    TempDatabase t;
    TicketService service(t.db());
    ComplaintTicket ticket = newTicket(service, t);
    const qint64 start = t.clock().nowMs();
    CHECK(ticket.createdAt == start);
    CHECK_FALSE(ticket.acknowledgedAt);
    t.clock().advance(MinuteMs);
    auto started = service.move(ticket.uuid, S::InProgress);
    REQUIRE(started);
    CHECK(started->acknowledgedAt == start + MinuteMs); // starting work acknowledges too
    t.clock().advance(MinuteMs);
    auto resolved = service.resolve(ticket.uuid, QStringLiteral("Spoke to the neighbours"));
    REQUIRE(resolved);
    CHECK(resolved->resolvedAt == start + 2 * MinuteMs);
    CHECK(resolved->resolutionSummary == QStringLiteral("Spoke to the neighbours"));
    t.clock().advance(MinuteMs);
    auto closed = service.close(ticket.uuid);
    REQUIRE(closed);
    CHECK(closed->closedAt == start + 3 * MinuteMs);
    t.clock().advance(MinuteMs);
    auto reopened = service.reopen(ticket.uuid, QStringLiteral("Music again"));
    REQUIRE(reopened);
    CHECK(reopened->status == S::InProgress);
    CHECK_FALSE(reopened->resolvedAt);
    CHECK_FALSE(reopened->closedAt);
    CHECK(reopened->acknowledgedAt == start + MinuteMs);
}
