// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The day's To do list (docs/reminders.md) on a manual clock: each kind of reminder, done and
// snoozed, and reminders that go away by themselves.
#include "house/openvenue.h"
#include "reminders/reminderkey.h"
#include "reminders/reminderlist.h"
#include "reminders/reminderservice.h"
#include "storage/changelog.h"
#include "storage/statement.h"
#include "tempdatabase.h"

#include <QTimeZone>

using namespace innkeep;
using namespace innkeep::test;
using namespace Qt::StringLiterals;

namespace {

// TempDatabase starts at 2026-06-15 10:00 UTC, and the tests run with TZ=UTC.
const QDate Today(2026, 6, 15);

struct Venue
{
    TempDatabase t;
    OpenVenue venue{t.db()};

    QString guest(const QString &family, const QDate &birthday = {}, const QDate &anniversary = {},
                  int vip = 0)
    {
        Guest g;
        g.givenName = u"Nare"_s;
        g.familyName = family;
        g.birthday = birthday;
        g.anniversary = anniversary;
        g.vipLevel = vip;
        auto added = venue.guests().add(g);
        REQUIRE_OK(added);
        return added->uuid;
    }
    QString stay(const QString &guest, const QDate &arrival, const QDate &departure,
                 StayStatus status = StayStatus::Booked, const QString &room = {})
    {
        Stay s;
        s.guestUuid = guest;
        s.arrival = arrival;
        s.departure = departure;
        s.status = status;
        s.room = room;
        auto added = venue.stays().add(s);
        REQUIRE_OK(added);
        return added->uuid;
    }
    // Two stays a year and more ago: a loyal guest by stays.
    void pastStays(const QString &guest)
    {
        stay(guest, QDate(2024, 3, 1), QDate(2024, 3, 4), StayStatus::CheckedOut);
        stay(guest, QDate(2025, 3, 1), QDate(2025, 3, 4), StayStatus::CheckedOut);
    }
    void setting(const QString &key, const QString &value)
    {
        REQUIRE_OK(venue.settings().setValue(key, value));
    }
    QList<Reminder> on(const QDate &day)
    {
        auto list = ReminderList(t.db()).forDay(day);
        REQUIRE_OK(list);
        return *list;
    }
    QList<Reminder> today() { return on(Today); }
    ReminderService service() { return ReminderService(t.db()); }
};

QList<Reminder> ofKind(const QList<Reminder> &list, ReminderKind kind)
{
    QList<Reminder> found;
    for (const Reminder &r : list) {
        if (r.kind == kind)
            found.append(r);
    }
    return found;
}

QStringList keys(const QList<Reminder> &list)
{
    QStringList found;
    for (const Reminder &r : list)
        found.append(r.key);
    return found;
}

QDateTime at(const QDate &day, int hour)
{
    return QDateTime(day, QTime(hour, 0), QTimeZone::utc());
}

} // namespace

TEST_CASE("Reminders: birthdays and anniversaries of guests in house or arriving within 7 days", "[reminders]")
{
    Venue v;
    const QString inHouse = v.guest(u"Hakobyan"_s, QDate(1990, 6, 15));
    const QString inHouseStay =
        v.stay(inHouse, QDate(2026, 6, 13), QDate(2026, 6, 18), StayStatus::InHouse, u"12"_s);
    const QString arriving = v.guest(u"Beridze"_s, QDate(1985, 6, 20), QDate(2010, 6, 21));
    v.stay(arriving, QDate(2026, 6, 19), QDate(2026, 6, 23));
    // Too far ahead, after the stay, before the stay, a cancelled stay, no stay at all.
    v.stay(v.guest(u"Later"_s, QDate(1980, 6, 25)), QDate(2026, 6, 24), QDate(2026, 6, 27));
    v.stay(v.guest(u"After"_s, QDate(1980, 6, 19)), QDate(2026, 6, 14), QDate(2026, 6, 17),
           StayStatus::InHouse);
    v.stay(v.guest(u"Before"_s, QDate(1980, 6, 16)), QDate(2026, 6, 18), QDate(2026, 6, 20));
    v.stay(v.guest(u"Cancelled"_s, QDate(1980, 6, 16)), QDate(2026, 6, 15), QDate(2026, 6, 18),
           StayStatus::Cancelled);
    v.guest(u"Home"_s, QDate(1980, 6, 15));

    const QList<Reminder> list = v.today();
    const QList<Reminder> birthdays = ofKind(list, ReminderKind::Birthday);
    REQUIRE(birthdays.size() == 2);
    CHECK(birthdays.at(0).key == u"birthday:"_s + inHouse + u":2026"_s);
    CHECK(birthdays.at(0).guestUuid == inHouse);
    CHECK(birthdays.at(0).guestName == u"Nare Hakobyan"_s);
    CHECK(birthdays.at(0).recordUuid == inHouseStay);
    CHECK(birthdays.at(0).day == Today);
    CHECK(birthdays.at(0).urgency == ReminderUrgency::Today);
    CHECK(birthdays.at(0).action == ReminderAction::OpenGuest);
    CHECK(birthdays.at(0).text.contains(u"today"_s));
    CHECK(birthdays.at(0).text.contains(u"room 12"_s));
    CHECK(birthdays.at(1).key == u"birthday:"_s + arriving + u":2026"_s);
    CHECK(birthdays.at(1).day == QDate(2026, 6, 20));
    CHECK(birthdays.at(1).urgency == ReminderUrgency::Soon);

    const QList<Reminder> anniversaries = ofKind(list, ReminderKind::Anniversary);
    REQUIRE(anniversaries.size() == 1);
    CHECK(anniversaries.at(0).key == u"anniversary:"_s + arriving + u":2026"_s);
    CHECK(anniversaries.at(0).day == QDate(2026, 6, 21));
    // None of them is loyal: no greetings either.
    CHECK(ofKind(list, ReminderKind::Greeting).isEmpty());
}

TEST_CASE("Reminders: a 29 February birthday comes on 28 February in other years", "[reminders]")
{
    Venue v;
    const QString leap = v.guest(u"Leap"_s, QDate(2000, 2, 29));
    v.stay(leap, QDate(2027, 2, 26), QDate(2027, 3, 2), StayStatus::Booked);
    v.stay(leap, QDate(2028, 2, 26), QDate(2028, 3, 2), StayStatus::Booked);

    auto birthdays = ofKind(v.on(QDate(2027, 2, 27)), ReminderKind::Birthday);
    REQUIRE(birthdays.size() == 1);
    CHECK(birthdays.at(0).day == QDate(2027, 2, 28));
    CHECK(birthdays.at(0).key == u"birthday:"_s + leap + u":2027"_s);
    CHECK(ofKind(v.on(QDate(2027, 3, 1)), ReminderKind::Birthday).isEmpty());

    // In a leap year it is the 29th again.
    birthdays = ofKind(v.on(QDate(2028, 2, 28)), ReminderKind::Birthday);
    REQUIRE(birthdays.size() == 1);
    CHECK(birthdays.at(0).day == QDate(2028, 2, 29));
    CHECK(birthdays.at(0).key == u"birthday:"_s + leap + u":2028"_s);
}

TEST_CASE("Reminders: a birthday greeting for loyal guests who are not staying", "[reminders]")
{
    Venue v;
    const QString regular = v.guest(u"Regular"_s, QDate(1970, 6, 15));
    v.pastStays(regular);
    const QString vip = v.guest(u"Vip"_s, QDate(1971, 6, 15), {}, 2);
    const QString tiered = v.guest(u"Tiered"_s, {}, QDate(2001, 6, 15));
    REQUIRE_OK(
        execute(v.t.db(), u"INSERT INTO loyalty_tier_changes(uuid, guest_id, tier, previous, changed_on, "
                          u"reason, created_at) SELECT 'c1', id, 'Gold', '', '2026-01-01', 'test', 0 "
                          u"FROM guests WHERE uuid = '"_s
                              + tiered + u"'"_s));
    const QString once = v.guest(u"Once"_s, QDate(1972, 6, 15));
    v.stay(once, QDate(2025, 3, 1), QDate(2025, 3, 4), StayStatus::CheckedOut);
    const QString blocked = v.guest(u"Blocked"_s, QDate(1973, 6, 15));
    v.pastStays(blocked);
    {
        auto g = v.venue.guests().find(blocked);
        REQUIRE_OK(g);
        g->blocked = true;
        g->blockedReason = u"unpaid bill"_s;
        REQUIRE_OK(v.venue.guests().update(*g));
    }
    // Loyal and in house on the birthday: the in-house reminder, not a greeting.
    const QString staying = v.guest(u"Staying"_s, QDate(1974, 6, 15));
    v.pastStays(staying);
    v.stay(staying, QDate(2026, 6, 14), QDate(2026, 6, 16), StayStatus::InHouse);
    // Loyal, birthday in two days.
    const QString soon = v.guest(u"Soon"_s, QDate(1975, 6, 17));
    v.pastStays(soon);

    QList<Reminder> greetings = ofKind(v.today(), ReminderKind::Greeting);
    CHECK(keys(greetings)
          == QStringList{u"greeting:"_s + regular + u":birthday-2026"_s,
                         u"greeting:"_s + tiered + u":anniversary-2026"_s,
                         u"greeting:"_s + vip + u":birthday-2026"_s});
    for (const Reminder &r : greetings) {
        CHECK(r.action == ReminderAction::SendGreeting);
        CHECK(r.urgency == ReminderUrgency::Today);
    }
    CHECK(greetings.at(1).text.contains(u"Gold"_s));
    CHECK(keys(ofKind(v.today(), ReminderKind::Birthday))
          == QStringList{u"birthday:"_s + staying + u":2026"_s});

    // Greeting days ahead: the birthday in two days comes in now.
    v.setting(ReminderRules::GreetingDaysKey, u"3"_s);
    greetings = ofKind(v.today(), ReminderKind::Greeting);
    REQUIRE(greetings.size() == 4);
    CHECK(greetings.last().key == u"greeting:"_s + soon + u":birthday-2026"_s);
    CHECK(greetings.last().urgency == ReminderUrgency::Soon);
    CHECK(greetings.last().day == QDate(2026, 6, 17));
}

TEST_CASE("Reminders: a resolved complaint without a follow-up is due after the hours set, and goes when "
          "the follow-up is logged",
          "[reminders]")
{
    Venue v;
    const QString guest = v.guest(u"Complainer"_s);
    NewTicket input;
    input.guestUuid = guest;
    input.description = u"The shower is cold"_s;
    auto ticket = v.venue.tickets().create(input);
    REQUIRE_OK(ticket);
    REQUIRE_OK(v.venue.tickets().resolve(ticket->uuid, u"Boiler fixed"_s));
    NewTicket other;
    other.room = u"5"_s;
    other.description = u"Noise from the bar"_s;
    auto closed = v.venue.tickets().create(other);
    REQUIRE_OK(closed);
    REQUIRE_OK(v.venue.tickets().resolve(closed->uuid));
    REQUIRE_OK(v.venue.tickets().close(closed->uuid, u"Asked the bar to close at 23:00"_s));

    v.t.clock().set(at(Today, 10).addSecs(23 * 3600));
    CHECK(ofKind(v.on(QDate(2026, 6, 16)), ReminderKind::FollowUp).isEmpty());
    v.t.clock().set(at(Today, 10).addSecs(24 * 3600));
    QList<Reminder> due = ofKind(v.on(QDate(2026, 6, 16)), ReminderKind::FollowUp);
    REQUIRE(due.size() == 1);
    CHECK(due.at(0).key == u"follow-up:"_s + ticket->uuid);
    CHECK(due.at(0).recordUuid == ticket->uuid);
    CHECK(due.at(0).guestUuid == guest);
    CHECK(due.at(0).action == ReminderAction::FollowUpTicket);
    CHECK(due.at(0).urgency == ReminderUrgency::Now);
    CHECK(due.at(0).day == QDate(2026, 6, 16));
    CHECK(due.at(0).text.contains(u"The shower is cold"_s));

    // A venue that follows up after two days.
    v.setting(ReminderRules::FollowUpHoursKey, u"48"_s);
    CHECK(ofKind(v.on(QDate(2026, 6, 16)), ReminderKind::FollowUp).isEmpty());
    v.setting(ReminderRules::FollowUpHoursKey, u"24"_s);

    // Weeks later it has gone cold and leaves the list (look-back days).
    CHECK(ofKind(v.on(QDate(2026, 8, 1)), ReminderKind::FollowUp).isEmpty());

    FollowUp call;
    call.channel = FollowUp::Channel::Phone;
    call.reaction = u"Happy now"_s;
    REQUIRE_OK(v.venue.tickets().recordFollowUp(ticket->uuid, call));
    CHECK(ofKind(v.on(QDate(2026, 6, 16)), ReminderKind::FollowUp).isEmpty());
}

TEST_CASE("Reminders: win-back for loyal guests away for the months set", "[reminders]")
{
    Venue v;
    // Left 2025-06-10: twelve months on 2026-06-10, five days ago.
    const QString lapsed = v.guest(u"Lapsed"_s);
    v.stay(lapsed, QDate(2024, 5, 1), QDate(2024, 5, 3), StayStatus::CheckedOut);
    const QString lastStay = v.stay(lapsed, QDate(2025, 6, 7), QDate(2025, 6, 10), StayStatus::CheckedOut);
    const QString once = v.guest(u"Once"_s);
    v.stay(once, QDate(2025, 6, 7), QDate(2025, 6, 10), StayStatus::CheckedOut);
    const QString booked = v.guest(u"Booked"_s);
    v.stay(booked, QDate(2024, 5, 1), QDate(2024, 5, 3), StayStatus::CheckedOut);
    v.stay(booked, QDate(2025, 6, 7), QDate(2025, 6, 10), StayStatus::CheckedOut);
    v.stay(booked, QDate(2026, 9, 1), QDate(2026, 9, 3));
    const QString longAgo = v.guest(u"LongAgo"_s);
    v.stay(longAgo, QDate(2024, 5, 1), QDate(2024, 5, 3), StayStatus::CheckedOut);
    v.stay(longAgo, QDate(2025, 3, 9), QDate(2025, 3, 12), StayStatus::CheckedOut);

    QList<Reminder> winBacks = ofKind(v.today(), ReminderKind::WinBack);
    REQUIRE(winBacks.size() == 1);
    CHECK(winBacks.at(0).key == u"win-back:"_s + lapsed + u":"_s + lastStay);
    CHECK(winBacks.at(0).guestUuid == lapsed);
    CHECK(winBacks.at(0).recordUuid == lastStay);
    CHECK(winBacks.at(0).day == QDate(2026, 6, 10));
    CHECK(winBacks.at(0).urgency == ReminderUrgency::Later);
    CHECK(winBacks.at(0).action == ReminderAction::OpenGuest);
    CHECK(winBacks.at(0).text.contains(u"12 months"_s));

    // Fifteen months: LongAgo's absence (left 2025-03-12) reached them on 2026-06-12.
    v.setting(ReminderRules::WinBackMonthsKey, u"15"_s);
    winBacks = ofKind(v.today(), ReminderKind::WinBack);
    REQUIRE(winBacks.size() == 1);
    CHECK(winBacks.at(0).guestUuid == longAgo);

    // Back again: the absence is over, and the next one will be another reminder.
    v.setting(ReminderRules::WinBackMonthsKey, u"12"_s);
    v.stay(lapsed, QDate(2026, 7, 1), QDate(2026, 7, 3));
    CHECK(ofKind(v.today(), ReminderKind::WinBack).isEmpty());
}

TEST_CASE("Reminders: tomorrow's arrivals with critical preferences are to prepare", "[reminders]")
{
    Venue v;
    const QString allergic = v.guest(u"Allergic"_s);
    Preference nuts;
    nuts.guestUuid = allergic;
    nuts.category = PreferenceCategory::Food;
    nuts.value = u"No nuts"_s;
    nuts.detail = u"severe allergy"_s;
    nuts.critical = true;
    REQUIRE_OK(v.venue.preferences().record(nuts));
    Preference pillow;
    pillow.guestUuid = allergic;
    pillow.category = PreferenceCategory::Room;
    pillow.value = u"Firm pillow"_s;
    REQUIRE_OK(v.venue.preferences().record(pillow));
    const QString stay = v.stay(allergic, QDate(2026, 6, 16), QDate(2026, 6, 18), StayStatus::Booked, u"7"_s);
    const QString plain = v.guest(u"Plain"_s);
    v.stay(plain, QDate(2026, 6, 16), QDate(2026, 6, 18));

    QList<Reminder> prepare = ofKind(v.today(), ReminderKind::PreArrival);
    REQUIRE(prepare.size() == 1);
    CHECK(prepare.at(0).key == u"pre-arrival:"_s + stay);
    CHECK(prepare.at(0).recordUuid == stay);
    CHECK(prepare.at(0).guestUuid == allergic);
    CHECK(prepare.at(0).day == QDate(2026, 6, 16));
    CHECK(prepare.at(0).action == ReminderAction::PrepareArrival);
    CHECK(prepare.at(0).text.contains(u"No nuts (severe allergy)"_s));
    CHECK(prepare.at(0).text.contains(u"room 7"_s));
    CHECK_FALSE(prepare.at(0).text.contains(u"Firm pillow"_s));
    // Two days ahead is not yet; on the day, still, until the guest is checked in.
    CHECK(ofKind(v.on(QDate(2026, 6, 14)), ReminderKind::PreArrival).isEmpty());
    CHECK(ofKind(v.on(QDate(2026, 6, 16)), ReminderKind::PreArrival).size() == 1);
}

TEST_CASE("Reminders: feedback that needs attention is to answer until it is answered", "[reminders]")
{
    Venue v;
    const QString guest = v.guest(u"Unhappy"_s);
    NewFeedback low;
    low.guestUuid = guest;
    low.channel = FeedbackChannel::Email;
    low.rating = Rating{1, RatingScale::OneToFive};
    low.text = u"The room was dirty and nobody came."_s;
    low.receivedAt = v.t.clock().nowMs() - 3'600'000;
    auto entry = v.venue.feedback().add(low);
    REQUIRE_OK(entry);
    NewFeedback good = low;
    good.rating = Rating{5, RatingScale::OneToFive};
    good.text = u"Lovely stay, thank you."_s;
    REQUIRE_OK(v.venue.feedback().add(good));

    QList<Reminder> answer = ofKind(v.today(), ReminderKind::FeedbackAnswer);
    REQUIRE(answer.size() == 1);
    CHECK(answer.at(0).key == u"feedback-answer:"_s + entry->uuid);
    CHECK(answer.at(0).recordUuid == entry->uuid);
    CHECK(answer.at(0).guestUuid == guest);
    CHECK(answer.at(0).action == ReminderAction::AnswerFeedback);
    CHECK(answer.at(0).urgency == ReminderUrgency::Now);
    CHECK(answer.at(0).text.contains(u"dirty"_s));

    REQUIRE_OK(v.venue.feedback().respond(entry->uuid, u"We are sorry; the next night is on us."_s));
    CHECK(ofKind(v.today(), ReminderKind::FeedbackAnswer).isEmpty());
}

TEST_CASE("Reminders: done and snoozed per reminder, recorded, and undone", "[reminders]")
{
    Venue v;
    v.t.db().setStaff(u"Ani"_s);
    const QString guest = v.guest(u"Hakobyan"_s, QDate(1990, 6, 15));
    v.stay(guest, QDate(2026, 6, 14), QDate(2026, 6, 20), StayStatus::InHouse);
    NewTicket input;
    input.guestUuid = guest;
    input.description = u"Wi-Fi down"_s;
    auto ticket = v.venue.tickets().create(input);
    REQUIRE_OK(ticket);
    REQUIRE_OK(v.venue.tickets().resolve(ticket->uuid));
    v.t.clock().set(at(Today, 10).addDays(1));
    const QDate day = QDate(2026, 6, 16);
    const QString followUp = u"follow-up:"_s + ticket->uuid;
    const QString birthday = u"birthday:"_s + guest + u":2026"_s;
    REQUIRE(keys(v.on(Today)).contains(birthday));
    REQUIRE(keys(v.on(day)).contains(followUp));

    // Done: gone for good, with who and when in the change log against the guest.
    ReminderService service = v.service();
    auto done = service.markDone(birthday);
    REQUIRE_OK(done);
    CHECK(done->state == ReminderMark::State::Done);
    CHECK(done->staff == u"Ani"_s);
    CHECK(done->guestUuid == guest);
    CHECK_FALSE(keys(v.on(Today)).contains(birthday));
    auto again = service.markDone(birthday);
    REQUIRE_OK(again);
    CHECK(again->uuid == done->uuid);
    auto logged = ChangeLog(v.t.db()).forRow(done->uuid);
    REQUIRE_OK(logged);
    REQUIRE(logged->size() == 1);
    CHECK(logged->at(0).table == ReminderService::Table);
    CHECK(logged->at(0).guestUuid == guest);
    CHECK(logged->at(0).staff == u"Ani"_s);

    // Undo: back on the list.
    REQUIRE_OK(service.reopen(birthday));
    CHECK(keys(v.on(Today)).contains(birthday));
    CHECK(service.reopen(birthday).error().code == Error::Code::NotFound);

    // Snoozed until the 18th: off the list on the 16th and 17th, back on the 18th.
    CHECK(service.snooze(followUp, day).error().field == u"until"_s);
    auto snoozed = service.snooze(followUp, QDate(2026, 6, 18));
    REQUIRE_OK(snoozed);
    CHECK(snoozed->state == ReminderMark::State::Snoozed);
    CHECK(snoozed->snoozedUntil == QDate(2026, 6, 18));
    CHECK_FALSE(keys(v.on(day)).contains(followUp));
    CHECK_FALSE(keys(v.on(QDate(2026, 6, 17))).contains(followUp));
    CHECK(keys(v.on(QDate(2026, 6, 18))).contains(followUp));
    // Then done: the same record, changed.
    auto finished = service.markDone(followUp);
    REQUIRE_OK(finished);
    CHECK(finished->uuid == snoozed->uuid);
    CHECK_FALSE(finished->snoozedUntil.isValid());
    CHECK_FALSE(keys(v.on(QDate(2026, 6, 18))).contains(followUp));
    CHECK(v.t.count(u"reminder_actions"_s) == 1);

    // Keys that are not reminders, or about nothing in the venue.
    CHECK(service.markDone(u"birthday"_s).error().code == Error::Code::InvalidInput);
    CHECK(service.markDone(u"party:"_s + guest).error().field == u"key"_s);
    CHECK(service.markDone(u"birthday:"_s + guest + u":26"_s).error().code == Error::Code::InvalidInput);
    CHECK(service.markDone(u"follow-up:"_s + guest).error().code == Error::Code::NotFound);
}

TEST_CASE("Reminders: a year later the birthday is a new reminder", "[reminders]")
{
    Venue v;
    const QString guest = v.guest(u"Yearly"_s, QDate(1990, 6, 15));
    v.stay(guest, QDate(2026, 6, 14), QDate(2026, 6, 16), StayStatus::InHouse);
    v.stay(guest, QDate(2027, 6, 14), QDate(2027, 6, 16), StayStatus::Booked);
    REQUIRE_OK(v.service().markDone(u"birthday:"_s + guest + u":2026"_s));
    CHECK(ofKind(v.today(), ReminderKind::Birthday).isEmpty());

    v.t.clock().set(at(QDate(2027, 6, 10), 9));
    const QList<Reminder> next = ofKind(v.on(QDate(2027, 6, 10)), ReminderKind::Birthday);
    REQUIRE(next.size() == 1);
    CHECK(next.at(0).key == u"birthday:"_s + guest + u":2027"_s);
}

TEST_CASE("Reminders: the most urgent first", "[reminders]")
{
    Venue v;
    const QString lapsed = v.guest(u"Lapsed"_s);
    v.stay(lapsed, QDate(2024, 5, 1), QDate(2024, 5, 3), StayStatus::CheckedOut);
    v.stay(lapsed, QDate(2025, 6, 7), QDate(2025, 6, 10), StayStatus::CheckedOut);
    const QString soon = v.guest(u"Soon"_s, QDate(1990, 6, 18));
    v.stay(soon, QDate(2026, 6, 17), QDate(2026, 6, 19));
    const QString now = v.guest(u"Now"_s, QDate(1990, 6, 15));
    v.stay(now, QDate(2026, 6, 14), QDate(2026, 6, 19), StayStatus::InHouse);
    NewTicket input;
    input.room = u"3"_s;
    input.description = u"Lift stuck"_s;
    auto ticket = v.venue.tickets().create(input);
    REQUIRE_OK(ticket);
    REQUIRE_OK(v.venue.tickets().resolve(ticket->uuid));
    v.t.clock().advance(25 * 3'600'000LL);

    QList<ReminderKind> order;
    for (const Reminder &r : v.on(QDate(2026, 6, 16)))
        order.append(r.kind);
    // On the 16th the birthday of the 15th has passed; the one on the 18th is soon.
    CHECK(order
          == QList<ReminderKind>{ReminderKind::FollowUp, ReminderKind::Birthday, ReminderKind::WinBack});
    order.clear();
    v.t.clock().set(at(Today, 8));
    for (const Reminder &r : v.today())
        order.append(r.kind);
    CHECK(order
          == QList<ReminderKind>{ReminderKind::Birthday, ReminderKind::Birthday, ReminderKind::WinBack});
}

TEST_CASE("Reminders: keys read back as written", "[reminders]")
{
    const QString uuid = u"0b7c8f0e-3f7a-4d59-9d7e-1f2a3b4c5d6e"_s;
    for (const QString &key :
         QStringList{u"birthday:"_s + uuid + u":2026"_s, u"greeting:"_s + uuid + u":anniversary-2027"_s,
                     u"win-back:"_s + uuid + u":"_s + uuid, u"pre-arrival:"_s + uuid,
                     u"feedback-answer:"_s + uuid, u"follow-up:"_s + uuid}) {
        auto parsed = ReminderKey::parse(key);
        REQUIRE_OK(parsed);
        CHECK(parsed->text() == key);
    }
    for (const QString &key :
         QStringList{u"follow-up:"_s + uuid + u":2026"_s, u"greeting:"_s + uuid + u":2026"_s,
                     u"birthday:"_s + uuid, u"birthday:nobody:2026"_s, QString()})
        CHECK_FALSE(ReminderKey::parse(key).has_value());
}
