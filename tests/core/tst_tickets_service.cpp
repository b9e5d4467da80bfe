// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "guests/guestservice.h"
#include "staff/staffservice.h"
#include "storage/changelog.h"
#include "storage/transaction.h"
#include "tickets/ticketservice.h"
#include "tickets/ticketsettingsservice.h"
#include "tst_tickets_fixture.h"

#include <QSignalSpy>

using namespace innkeep;
using namespace innkeep::test;

namespace {

using S = TicketStatus;

NewTicket complaint(const QString &room = QStringLiteral("204"))
{
    NewTicket input;
    input.room = room;
    input.category = QStringLiteral("maintenance");
    input.severity = TicketSeverity::Medium;
    input.description = QStringLiteral("Shower drain blocked");
    return input;
}

qint64 searchHits(Database &db, const QString &match, const QString &kind)
{
    Statement q(db,
                QStringLiteral("SELECT count(*) FROM search_index WHERE search_index MATCH ? AND kind = ?"));
    return q.bind(match, kind).scalar()->toLongLong();
}

} // namespace

TEST_CASE("Creating a ticket copies the SLA policy, stores due times, logs, indexes and notifies")
{
    TempDatabase t;
    t.db().setStaff(QStringLiteral("Anna"));
    REQUIRE(StaffService(t.db()).add(QStringLiteral("Lukas"))); // an assignee is on the staff list
    const qint64 guest = addGuest(t.db(), QStringLiteral("Արամ"), QStringLiteral("Petrosyan"));
    const qint64 stay = addStay(t.db(), guest, QDate(2026, 6, 14), QDate(2026, 6, 18), QStringLiteral("305"));
    TicketService service(t.db());
    QSignalSpy added(&service, &TicketService::added);
    QSignalSpy changed(&service, &TicketService::changed);

    NewTicket input = complaint(QStringLiteral("305"));
    input.stayId = stay; // the guest comes with the stay
    input.department = QStringLiteral("maintenance");
    input.assignee = QStringLiteral("Lukas");
    auto created = service.create(input);
    REQUIRE(created.has_value());
    const ComplaintTicket &ticket = *created;
    const qint64 now = fixedNow().toMSecsSinceEpoch();
    CHECK(ticket.status == S::New);
    CHECK(ticket.guestId == guest);
    CHECK(ticket.guestUuid == uuidOf(t.db(), QStringLiteral("guests"), guest));
    CHECK(ticket.stayUuid == uuidOf(t.db(), QStringLiteral("stays"), stay));
    CHECK(ticket.createdBy == QStringLiteral("Anna"));
    CHECK(ticket.sla == SlaPolicy::defaultFor(TicketSeverity::Medium));
    CHECK(ticket.acknowledgeDueAt == now + 60 * MinuteMs);
    CHECK(ticket.resolveDueAt == now + 480 * MinuteMs);
    CHECK(ticket.dueAt == now + 60 * MinuteMs);
    CHECK(ticket.dueSoonAt == now);

    auto stored = service.ticket(ticket.uuid);
    REQUIRE(stored);
    CHECK(stored->guestName == QStringLiteral("Արամ Petrosyan"));
    CHECK(stored->dueAt == ticket.dueAt);
    CHECK(stored->department == QStringLiteral("maintenance"));

    auto log = ChangeLog(t.db()).forRow(ticket.uuid);
    REQUIRE(log);
    REQUIRE(log->size() == 1);
    CHECK(log->first().field == QStringLiteral("*"));
    CHECK(log->first().staff == QStringLiteral("Anna"));
    CHECK(log->first().guestUuid == ticket.guestUuid);
    CHECK(ChangeLog(t.db()).forGuest(ticket.guestUuid)->size() == 2); // the ticket and its created event

    CHECK(searchHits(t.db(), QStringLiteral("drain"), QStringLiteral("ticket")) == 1);
    CHECK(searchHits(t.db(), QStringLiteral("Petrosyan"), QStringLiteral("ticket")) == 1);
    Statement doc(t.db(), QStringLiteral("SELECT ref FROM search_index WHERE rowid = ?"));
    CHECK(doc.bind(ticket.id * 4 + 1).scalar()->toString() == ticket.uuid);

    REQUIRE(added.size() == 1);
    CHECK(added.first().at(0).toString() == ticket.uuid);
    CHECK(added.first().at(1).toString() == ticket.guestUuid);
    CHECK(changed.isEmpty());
}

TEST_CASE("Bad tickets are refused with the field named and nothing written")
{
    TempDatabase t;
    const qint64 guest = addGuest(t.db(), QStringLiteral("Nino"), QStringLiteral("Beridze"));
    const qint64 other = addGuest(t.db(), QStringLiteral("Hans"), QStringLiteral("Müller"));
    const qint64 stay = addStay(t.db(), other, QDate(2026, 6, 14), QDate(2026, 6, 16));
    TicketService service(t.db());
    const auto before = footprint(t);

    NewTicket input = complaint();
    QString field;
    SECTION("no description")
    {
        input.description = QStringLiteral("   ");
        field = QStringLiteral("description");
    }
    SECTION("unknown category")
    {
        input.category = QStringLiteral("ghosts");
        field = QStringLiteral("category");
    }
    SECTION("unknown department")
    {
        input.department = QStringLiteral("spa");
        field = QStringLiteral("department");
    }
    SECTION("unknown guest")
    {
        input.guestUuid = newUuid();
        field = QStringLiteral("guest");
    }
    SECTION("a stay of another guest")
    {
        input.guestId = guest;
        input.stayId = stay;
        field = QStringLiteral("stay");
    }
    SECTION("neither guest nor room")
    {
        input.room.clear();
        field = QStringLiteral("guest");
    }
    auto created = service.create(input);
    REQUIRE_FALSE(created);
    CHECK(created.error().field == field);
    CHECK_FALSE(created.error().message.isEmpty());
    CHECK(footprint(t) == before);
}

TEST_CASE("A changed SLA policy applies to new tickets, open ones keep theirs")
{
    TempDatabase t;
    TicketService service(t.db());
    TicketSettingsService settings(t.db());
    auto old = service.create(complaint());
    REQUIRE(old);

    SlaPolicy stricter = SlaPolicy::defaultFor(TicketSeverity::Medium);
    stricter.acknowledgeMinutes = 10;
    stricter.resolveMinutes = 60;
    stricter.quietStartMinute = 23 * 60;
    stricter.quietEndMinute = 7 * 60;
    REQUIRE(settings.setPolicy(stricter));
    CHECK(*TicketSettingsRepository(t.db()).policy(TicketSeverity::Medium) == stricter);
    CHECK(
        ChangeLog(t.db()).forRow(*TicketSettingsRepository(t.db()).policyUuid(TicketSeverity::Medium))->size()
        == 4);

    auto fresh = service.create(complaint());
    REQUIRE(fresh);
    CHECK(fresh->sla == stricter);
    CHECK(fresh->dueAt == t.clock().nowMs() + 10 * MinuteMs);

    // The old ticket moves on under its own copy.
    t.clock().advance(30 * MinuteMs);
    auto moved = service.move(old->uuid, S::InProgress);
    REQUIRE(moved);
    CHECK(moved->sla == SlaPolicy::defaultFor(TicketSeverity::Medium));
    CHECK(moved->resolveDueAt == old->createdAt + 480 * MinuteMs);
    auto reading = service.sla(*moved);
    REQUIRE(reading);
    CHECK(reading->acknowledge.state == SlaState::Met);

    SECTION("an invalid policy is refused")
    {
        SlaPolicy bad = stricter;
        bad.resolveMinutes = 5;
        const auto before = footprint(t);
        CHECK_FALSE(settings.setPolicy(bad));
        CHECK(footprint(t) == before);
    }
}

TEST_CASE("Stored due times follow the status: paused while waiting, shifted after")
{
    TempDatabase t;
    TicketService service(t.db());
    auto ticket = service.create(complaint());
    REQUIRE(ticket);
    const qint64 start = t.clock().nowMs();
    t.clock().advance(10 * MinuteMs);
    auto ack = service.acknowledge(ticket->uuid);
    REQUIRE(ack);
    CHECK_FALSE(ack->acknowledgeDueAt);
    CHECK(ack->dueAt == start + 480 * MinuteMs);
    t.clock().advance(50 * MinuteMs);
    auto waiting = service.move(ticket->uuid, S::WaitingGuest, QStringLiteral("Guest at the pool"));
    REQUIRE(waiting);
    CHECK_FALSE(waiting->dueAt);
    CHECK_FALSE(waiting->dueSoonAt);
    t.clock().advance(3 * HourMs);
    auto resumed = service.move(ticket->uuid, S::InProgress);
    REQUIRE(resumed);
    CHECK(resumed->dueAt == start + 480 * MinuteMs + 3 * HourMs);
    t.clock().advance(HourMs);
    auto resolved = service.resolve(ticket->uuid, QStringLiteral("Drain cleared"));
    REQUIRE(resolved);
    CHECK_FALSE(resolved->dueAt);
    auto reading = service.sla(*resolved);
    REQUIRE(reading);
    CHECK(reading->resolve.state == SlaState::Met);
    CHECK(reading->resolve.elapsedMs == 2 * HourMs);
}

TEST_CASE("Compensation is summed per currency and shows on the timeline")
{
    TempDatabase t;
    t.db().setStaff(QStringLiteral("Nino"));
    TicketService service(t.db());
    auto ticket = service.create(complaint());
    REQUIRE(ticket);
    Compensation c;
    c.kind = Compensation::Kind::Discount;
    c.costMinor = 2500;
    c.currency = QStringLiteral("EUR");
    REQUIRE(service.addCompensation(ticket->uuid, c));
    c.kind = Compensation::Kind::Amenity;
    c.costMinor = 1200;
    c.description = QStringLiteral("Bottle of wine");
    REQUIRE(service.addCompensation(ticket->uuid, c));
    c.kind = Compensation::Kind::Refund;
    c.costMinor = 15000;
    c.currency = QStringLiteral("AMD");
    auto refund = service.addCompensation(ticket->uuid, c);
    REQUIRE(refund);
    CHECK(refund->staff == QStringLiteral("Nino"));
    CHECK(refund->atMs == t.clock().nowMs());

    auto totals = TicketRepository(t.db()).compensationTotals(ticket->id);
    REQUIRE(totals);
    CHECK(*totals
          == QList<CompensationTotal>{{QStringLiteral("AMD"), 15000, 1}, {QStringLiteral("EUR"), 3700, 2}});
    CHECK(TicketRepository(t.db()).compensations(ticket->id)->size() == 3);
    auto timeline = TicketRepository(t.db()).timeline(ticket->id);
    REQUIRE(timeline);
    CHECK(timeline->size() == 4);
    CHECK(timeline->last().kind == TicketEvent::Kind::Compensation);
    CHECK(timeline->last().refUuid == refund->uuid);
    CHECK(ChangeLog(t.db()).forRow(refund->uuid)->size() == 1);

    SECTION("negative cost or a bad currency changes nothing")
    {
        const auto before = footprint(t);
        Compensation bad = c;
        bad.costMinor = -1;
        CHECK(service.addCompensation(ticket->uuid, bad).error().field == QStringLiteral("cost"));
        bad = c;
        bad.currency = QStringLiteral("euro");
        CHECK(service.addCompensation(ticket->uuid, bad).error().field == QStringLiteral("currency"));
        CHECK(service.addCompensation(newUuid(), c).error().code == Error::Code::NotFound);
        CHECK(footprint(t) == before);
    }
    SECTION("no compensation sums to nothing")
    {
        auto other = service.create(complaint());
        CHECK(TicketRepository(t.db()).compensationTotals(other->id)->isEmpty());
    }
}

TEST_CASE("Closing needs a resolution summary, closing without follow-up is flagged")
{
    TempDatabase t;
    TicketService service(t.db());
    auto a = service.create(complaint());
    auto b = service.create(complaint());
    REQUIRE(a);
    REQUIRE(b);
    for (const auto &ticket : {*a, *b}) {
        REQUIRE(service.move(ticket.uuid, S::InProgress));
        REQUIRE(service.move(ticket.uuid, S::Resolved));
    }

    const auto before = footprint(t);
    auto refused = service.close(a->uuid);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().field == QStringLiteral("resolution_summary"));
    CHECK_FALSE(service.move(a->uuid, S::Closed));
    CHECK(footprint(t) == before);

    SECTION("close with a summary and an outcome, without follow-up: flagged")
    {
        auto closed =
            service.close(a->uuid, QStringLiteral("Plumber fixed the drain"), TicketOutcome::Recovered);
        REQUIRE(closed);
        CHECK(closed->status == S::Closed);
        CHECK(closed->outcome == TicketOutcome::Recovered);
        auto flagged = TicketRepository(t.db()).closedWithoutFollowUp();
        REQUIRE(flagged);
        REQUIRE(flagged->size() == 1);
        CHECK(flagged->first().uuid == a->uuid);
        CHECK(searchHits(t.db(), QStringLiteral("plumber"), QStringLiteral("ticket")) == 1);
    }
    SECTION("with a follow-up first: not flagged")
    {
        FollowUp f;
        f.channel = FollowUp::Channel::Phone;
        f.reaction = QStringLiteral("Happy now");
        f.satisfaction = 5;
        auto recorded = service.recordFollowUp(b->uuid, f);
        REQUIRE(recorded);
        CHECK(recorded->contactedAt == t.clock().nowMs());
        REQUIRE(service.setResolutionSummary(b->uuid, QStringLiteral("Drain cleared")));
        REQUIRE(service.close(b->uuid));
        CHECK(TicketRepository(t.db()).closedWithoutFollowUp()->isEmpty());
        CHECK(TicketRepository(t.db()).followUps(b->id)->first().satisfaction == 5);
        CHECK_FALSE(service.setResolutionSummary(b->uuid, QString()));
    }
    SECTION("an illegal close names the states rather than the summary")
    {
        auto open = service.create(complaint());
        auto error = service.close(open->uuid, QStringLiteral("x")).error();
        CHECK(error.code == Error::Code::Conflict);
        CHECK(error.message.contains(QStringLiteral("New")));
    }
}

TEST_CASE("Follow-up and outcome come after resolution, satisfaction is 1 to 5")
{
    TempDatabase t;
    TicketService service(t.db());
    auto ticket = service.create(complaint());
    REQUIRE(ticket);
    FollowUp f;
    f.satisfaction = 4;
    const auto before = footprint(t);
    CHECK(service.recordFollowUp(ticket->uuid, f).error().code == Error::Code::Conflict);
    CHECK(service.setOutcome(ticket->uuid, TicketOutcome::Lost).error().field == QStringLiteral("outcome"));
    CHECK(footprint(t) == before);

    REQUIRE(service.resolve(ticket->uuid, QStringLiteral("Fixed")));
    f.satisfaction = 6;
    CHECK(service.recordFollowUp(ticket->uuid, f).error().field == QStringLiteral("satisfaction"));
    f.satisfaction = 0;
    CHECK_FALSE(service.recordFollowUp(ticket->uuid, f));
    f.satisfaction.reset();
    CHECK(service.recordFollowUp(ticket->uuid, f));
    auto lost = service.setOutcome(ticket->uuid, TicketOutcome::Lost);
    REQUIRE(lost);
    CHECK(lost->outcome == TicketOutcome::Lost);
    CHECK(TicketRepository(t.db()).timeline(ticket->id)->last().kind == TicketEvent::Kind::Outcome);
}

TEST_CASE("Notes and actions go on the timeline and into the search index")
{
    TempDatabase t;
    t.db().setStaff(QStringLiteral("Lukas"));
    TicketService service(t.db());
    auto ticket = service.create(complaint());
    REQUIRE(ticket);
    t.clock().advance(MinuteMs);
    auto note = service.addNote(ticket->uuid, QStringLiteral("Guest mentioned a wedding anniversary"));
    REQUIRE(note);
    CHECK(note->staff == QStringLiteral("Lukas"));
    CHECK(note->atMs == t.clock().nowMs());
    REQUIRE(service.addAction(ticket->uuid, QStringLiteral("Called the plumber")));
    CHECK(searchHits(t.db(), QStringLiteral("anniversary"), QStringLiteral("ticket")) == 1);
    CHECK(searchHits(t.db(), QStringLiteral("plumb*"), QStringLiteral("ticket")) == 1);
    CHECK(t.count(QStringLiteral("search_index")) == 1);
    CHECK_FALSE(service.addNote(ticket->uuid, QStringLiteral("  ")));

    REQUIRE(StaffService(t.db()).add(QStringLiteral("Giorgi")));
    auto assigned = service.assign(ticket->uuid, QStringLiteral("maintenance"), QStringLiteral("Giorgi"));
    REQUIRE(assigned);
    CHECK(assigned->assignee == QStringLiteral("Giorgi"));
    CHECK(TicketRepository(t.db()).timeline(ticket->id)->last().kind == TicketEvent::Kind::Assignment);
    CHECK(service.assign(ticket->uuid, QStringLiteral("spa"), {}).error().field
          == QStringLiteral("department"));
    const auto log = ChangeLog(t.db()).forRow(ticket->uuid);
    REQUIRE(log);
    bool assigneeLogged = false;
    for (const ChangeEntry &e : *log)
        assigneeLogged |=
            e.field == QStringLiteral("assignee") && e.newValue.toString() == QStringLiteral("Giorgi");
    CHECK(assigneeLogged);
}

TEST_CASE("Several actions in one outer transaction roll back together")
{
    TempDatabase t;
    TicketService service(t.db());
    const auto before = footprint(t);
    {
        auto tx = Transaction::begin(t.db());
        REQUIRE(tx);
        auto ticket = service.create(complaint());
        REQUIRE(ticket);
        REQUIRE(service.addNote(ticket->uuid, QStringLiteral("n")));
        CHECK_FALSE(service.move(ticket->uuid, S::Closed)); // refused inside: the savepoint rolls back
        REQUIRE(service.ticket(ticket->uuid)->status == S::New);
    } // not committed
    CHECK(footprint(t) == before);
}

TEST_CASE("Categories and departments are venue-editable lists")
{
    TempDatabase t;
    TicketSettingsService settings(t.db());
    auto categories = TicketSettingsRepository(t.db()).items(TicketListItem::List::Categories);
    REQUIRE(categories);
    QStringList keys;
    for (const auto &c : *categories)
        keys << c.key;
    CHECK(keys
          == QStringList{QStringLiteral("housekeeping"), QStringLiteral("maintenance"),
                         QStringLiteral("noise"), QStringLiteral("food-beverage"),
                         QStringLiteral("front-office"), QStringLiteral("billing"),
                         QStringLiteral("amenities"), QStringLiteral("other")});
    CHECK(TicketSettingsRepository(t.db()).items(TicketListItem::List::Departments)->size() == 5);

    REQUIRE(settings.addItem(TicketListItem::List::Categories, QStringLiteral("spa"), QStringLiteral("Spa")));
    CHECK(settings.addItem(TicketListItem::List::Categories, QStringLiteral("spa"), QStringLiteral("Spa"))
              .error()
              .code
          == Error::Code::Conflict);
    CHECK(settings.addItem(TicketListItem::List::Categories, QStringLiteral("Spa Area"), QStringLiteral("x"))
              .error()
              .field
          == QStringLiteral("key"));
    TicketService service(t.db());
    NewTicket input = complaint();
    input.category = QStringLiteral("spa");
    REQUIRE(service.create(input));
    REQUIRE(settings.renameItem(TicketListItem::List::Categories, QStringLiteral("spa"),
                                QStringLiteral("Spa & pool")));
    REQUIRE(settings.setArchived(TicketListItem::List::Categories, QStringLiteral("spa"), true));
    CHECK(service.create(input).error().field == QStringLiteral("category"));
    CHECK(TicketSettingsRepository(t.db()).items(TicketListItem::List::Categories)->size() == 8);
    CHECK(TicketSettingsRepository(t.db()).items(TicketListItem::List::Categories, true)->size() == 9);
}

TEST_CASE("Renaming a guest renames them in the search documents of their complaints")
{
    TempDatabase t;
    GuestService guests(t.db());
    Guest draft;
    draft.givenName = QStringLiteral("Aram");
    draft.familyName = QStringLiteral("Petrosyan");
    auto guest = guests.add(draft);
    REQUIRE(guest.has_value());
    NewTicket input = complaint();
    input.guestUuid = guest->uuid;
    REQUIRE(TicketService(t.db()).create(input).has_value());
    CHECK(searchHits(t.db(), QStringLiteral("Petrosyan"), QStringLiteral("ticket")) == 1);

    Guest renamed = *guest;
    renamed.familyName = QStringLiteral("Hakobyan");
    renamed.latinFamilyName.clear(); // filled again from the new name
    REQUIRE(guests.update(renamed).has_value());
    CHECK(searchHits(t.db(), QStringLiteral("Hakobyan"), QStringLiteral("ticket")) == 1);
    CHECK(searchHits(t.db(), QStringLiteral("Petrosyan"), QStringLiteral("ticket")) == 0);
    // The complaint text is untouched.
    CHECK(searchHits(t.db(), QStringLiteral("drain"), QStringLiteral("ticket")) == 1);
}

TEST_CASE("Reclassifying a complaint brings the new severity's SLA and records what changed")
{
    TempDatabase t;
    t.db().setStaff(QStringLiteral("Anna"));
    TicketService service(t.db());
    auto created = service.create(complaint());
    REQUIRE(created.has_value());
    const qint64 logged = created->createdAt;
    CHECK(created->acknowledgeDueAt == logged + 60 * MinuteMs); // Medium

    t.clock().advance(10 * MinuteMs); // noticed ten minutes later: it is a flood, not a drain
    auto changed = service.reclassify(created->uuid, TicketSeverity::High, QStringLiteral("housekeeping"));
    REQUIRE(changed.has_value());
    CHECK(changed->severity == TicketSeverity::High);
    CHECK(changed->category == QStringLiteral("housekeeping"));
    CHECK(changed->sla == SlaPolicy::defaultFor(TicketSeverity::High));
    // Counted from when it was logged, not from the correction.
    CHECK(changed->acknowledgeDueAt == logged + 15 * MinuteMs);
    CHECK(changed->resolveDueAt == logged + 120 * MinuteMs);
    const ComplaintTicket stored = *service.ticket(created->uuid);
    CHECK(stored.acknowledgeDueAt == changed->acknowledgeDueAt);
    CHECK(stored.dueAt == changed->dueAt);

    auto timeline = TicketRepository(t.db()).timeline(stored.id);
    REQUIRE(timeline.has_value());
    CHECK(timeline->last().kind == TicketEvent::Kind::Action);
    CHECK(timeline->last().body
          == QStringLiteral("Severity Medium → High; Category maintenance → housekeeping"));
    CHECK(timeline->last().staff == QStringLiteral("Anna"));
    auto history = ChangeLog(t.db()).forRow(created->uuid);
    REQUIRE(history.has_value());
    CHECK(std::any_of(history->begin(), history->end(), [](const ChangeEntry &e) {
        return e.field == QStringLiteral("severity") && e.oldValue.toString() == QStringLiteral("medium")
               && e.newValue.toString() == QStringLiteral("high");
    }));

    // An unknown category is refused by name and changes nothing; the same values record nothing.
    const qint64 events = t.count(QStringLiteral("ticket_events"));
    auto refused = service.reclassify(created->uuid, TicketSeverity::Low, QStringLiteral("no-such-thing"));
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().field == QStringLiteral("category"));
    CHECK(service.ticket(created->uuid)->severity == TicketSeverity::High);
    REQUIRE(
        service.reclassify(created->uuid, TicketSeverity::High, QStringLiteral("housekeeping")).has_value());
    CHECK(t.count(QStringLiteral("ticket_events")) == events);
}

TEST_CASE("A follow-up and the ticket's outcome are one core call: both stored or neither")
{
    TempDatabase t;
    TicketService service(t.db());
    auto ticket = service.create(complaint());
    REQUIRE(ticket);
    REQUIRE(service.resolve(ticket->uuid, QStringLiteral("Fixed")));
    FollowUp f;
    f.channel = FollowUp::Channel::Phone;

    // Refused follow-up: the outcome asked for with it is not stored either.
    f.satisfaction = 6;
    const auto before = footprint(t);
    CHECK(service.recordFollowUp(ticket->uuid, f, TicketOutcome::Lost).error().field
          == QStringLiteral("satisfaction"));
    CHECK(footprint(t) == before);
    CHECK(service.ticket(ticket->uuid)->outcome == TicketOutcome::None);

    f.satisfaction = 5;
    auto recorded = service.recordFollowUp(ticket->uuid, f, TicketOutcome::Recovered);
    REQUIRE(recorded);
    CHECK(service.ticket(ticket->uuid)->outcome == TicketOutcome::Recovered);
    CHECK(TicketRepository(t.db()).followUps(ticket->id)->size() == 1);

    // None leaves the outcome as it is.
    REQUIRE(service.recordFollowUp(ticket->uuid, f));
    CHECK(service.ticket(ticket->uuid)->outcome == TicketOutcome::Recovered);
    CHECK(TicketRepository(t.db()).followUps(ticket->id)->size() == 2);
}
