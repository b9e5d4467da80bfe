// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "alerts/guestalerts.h"
#include "guests/guestservice.h"
#include "preferences/preferenceservice.h"
#include "stays/stayservice.h"
#include "tempdatabase.h"
#include "tickets/ticketservice.h"

using namespace innkeep;
using namespace innkeep::test;

namespace {

QString addGuest(TempDatabase &t, QDate birthday = {})
{
    Guest g;
    g.givenName = QStringLiteral("Lusine");
    g.familyName = QStringLiteral("Sargsyan");
    g.birthday = birthday;
    auto added = GuestService(t.db()).add(g);
    REQUIRE(added.has_value());
    return added->uuid;
}

Preference pref(const QString &guest, PreferenceCategory category, const QString &value,
                bool critical = false)
{
    Preference p;
    p.guestUuid = guest;
    p.category = category;
    p.value = value;
    p.critical = critical;
    return p;
}

} // namespace

TEST_CASE("Recording a preference the guest already has confirms it instead of duplicating")
{
    TempDatabase t;
    const QString guest = addGuest(t);
    PreferenceService prefs(t.db());
    auto first = prefs.record(pref(guest, PreferenceCategory::Room, QStringLiteral("High floor")));
    REQUIRE(first.has_value());
    CHECK(first->timesConfirmed == 1);
    CHECK(first->observedOn == QDate(2026, 6, 15));

    t.clock().advance(24 * 3600 * 1000);
    auto again = prefs.record(pref(guest, PreferenceCategory::Room, QStringLiteral("  high FLOOR ")));
    REQUIRE(again.has_value());
    CHECK(again->uuid == first->uuid);
    CHECK(again->timesConfirmed == 2);
    CHECK(again->observedOn == QDate(2026, 6, 16));
    CHECK(t.count(QStringLiteral("preferences")) == 1);

    // Same words in another category are another preference.
    REQUIRE(prefs.record(pref(guest, PreferenceCategory::Other, QStringLiteral("High floor"))).has_value());
    CHECK(t.count(QStringLiteral("preferences")) == 2);
}

TEST_CASE("Preference validation and edits")
{
    TempDatabase t;
    const QString guest = addGuest(t);
    PreferenceService prefs(t.db());
    CHECK(prefs.record(pref(guest, PreferenceCategory::Food, QStringLiteral("  "))).error().field
          == QStringLiteral("value"));
    CHECK(prefs.record(pref(QStringLiteral("no-such-guest"), PreferenceCategory::Food, QStringLiteral("Tea")))
              .error()
              .code
          == Error::Code::NotFound);
    Preference future = pref(guest, PreferenceCategory::Food, QStringLiteral("Tea"));
    future.observedOn = QDate(2027, 1, 1);
    CHECK(prefs.record(future).error().field == QStringLiteral("observed_on"));
    CHECK(t.count(QStringLiteral("preferences")) == 0);

    auto tea = prefs.record(pref(guest, PreferenceCategory::Food, QStringLiteral("Green tea")));
    auto coffee = prefs.record(pref(guest, PreferenceCategory::Food, QStringLiteral("Black coffee")));
    REQUIRE(tea.has_value());
    REQUIRE(coffee.has_value());
    Preference edited = *tea;
    edited.value = QStringLiteral("black coffee");
    CHECK(prefs.update(edited).error().code == Error::Code::Conflict);
    edited.value = QStringLiteral("Mint tea");
    edited.critical = true;
    auto updated = prefs.update(edited);
    REQUIRE(updated.has_value());
    CHECK(prefs.forGuest(guest)->first().value == QStringLiteral("Mint tea")); // critical first
    REQUIRE(prefs.remove(coffee->uuid).has_value());
    CHECK(t.count(QStringLiteral("preferences")) == 1);
}

TEST_CASE("Alerts: blocked, critical preferences and a birthday during the next stay")
{
    TempDatabase t;
    const QString guest = addGuest(t, QDate(1990, 6, 20));
    REQUIRE(PreferenceService(t.db())
                .record(pref(guest, PreferenceCategory::Food, QStringLiteral("Peanut allergy"), true))
                .has_value());
    REQUIRE(PreferenceService(t.db())
                .record(pref(guest, PreferenceCategory::Room, QStringLiteral("Quiet room")))
                .has_value());

    auto alerts = GuestAlerts(t.db()).forGuest(guest);
    REQUIRE(alerts.has_value());
    REQUIRE(alerts->size() == 1);
    CHECK(alerts->first().kind == GuestAlert::Kind::CriticalPreference);
    CHECK(alerts->first().text.contains(QStringLiteral("Peanut allergy")));

    Stay stay;
    stay.guestUuid = guest;
    stay.arrival = QDate(2026, 6, 18);
    stay.departure = QDate(2026, 6, 22);
    REQUIRE(StayService(t.db()).add(stay).has_value());
    Guest g = *GuestService(t.db()).find(guest);
    g.blocked = true;
    g.blockedReason = QStringLiteral("Unpaid invoice");
    REQUIRE(GuestService(t.db()).update(g).has_value());

    alerts = GuestAlerts(t.db()).forGuest(guest);
    REQUIRE(alerts->size() == 3);
    CHECK(alerts->at(0).kind == GuestAlert::Kind::Blocked);
    CHECK(alerts->at(1).kind == GuestAlert::Kind::CriticalPreference);
    CHECK(alerts->at(2).kind == GuestAlert::Kind::BirthdayDuringStay);
}

TEST_CASE("Alerts include the guest's open complaints, and leave once they are resolved")
{
    TempDatabase t;
    const QString guest = addGuest(t);
    NewTicket input;
    input.guestUuid = guest;
    input.category = QStringLiteral("noise");
    input.severity = TicketSeverity::High;
    input.description = QStringLiteral("Loud music from the bar after midnight");
    TicketService tickets(t.db());
    auto ticket = tickets.create(input);
    REQUIRE_OK(ticket);

    auto alerts = GuestAlerts(t.db()).forGuest(guest);
    REQUIRE_OK(alerts);
    REQUIRE(alerts->size() == 1);
    CHECK(alerts->first().kind == GuestAlert::Kind::OpenComplaint);
    CHECK(alerts->first().level == GuestAlert::Level::Critical);
    CHECK(alerts->first().text.contains(QStringLiteral("Loud music")));
    CHECK(alerts->first().refUuid == ticket->uuid);

    REQUIRE_OK(tickets.resolve(ticket->uuid, QStringLiteral("Moved to a quiet room")));
    alerts = GuestAlerts(t.db()).forGuest(guest);
    REQUIRE_OK(alerts);
    CHECK(alerts->isEmpty());
}
