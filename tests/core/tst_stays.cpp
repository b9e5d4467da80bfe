// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "guests/guestservice.h"
#include "stays/stayday.h"
#include "stays/stayservice.h"
#include "tempdatabase.h"
#include "venue/venuesettings.h"

using namespace innkeep;
using namespace innkeep::test;

namespace {

QString addGuest(TempDatabase &t, const QString &family)
{
    Guest g;
    g.givenName = QStringLiteral("Tamar");
    g.familyName = family;
    auto added = GuestService(t.db()).add(g);
    REQUIRE(added.has_value());
    return added->uuid;
}

Stay stay(const QString &guest, QDate arrival, QDate departure, qint64 rate,
          StayStatus status = StayStatus::CheckedOut)
{
    Stay s;
    s.guestUuid = guest;
    s.arrival = arrival;
    s.departure = departure;
    s.rateMinor = rate;
    s.status = status;
    s.room = QStringLiteral("204");
    return s;
}

} // namespace

TEST_CASE("Departure before arrival, negative money and unknown guests are refused")
{
    TempDatabase t;
    const QString guest = addGuest(t, QStringLiteral("Kapanadze"));
    StayService stays(t.db());
    CHECK(stays.add(stay(guest, QDate(2026, 5, 10), QDate(2026, 5, 8), 100)).error().field
          == QStringLiteral("departure"));
    CHECK(stays.add(stay(guest, QDate(2026, 5, 10), QDate(2026, 5, 12), -5)).error().field
          == QStringLiteral("rate"));
    CHECK(stays.add(stay(QStringLiteral("nobody"), QDate(2026, 5, 10), QDate(2026, 5, 12), 5)).error().code
          == Error::Code::NotFound);
    Stay party = stay(guest, QDate(2026, 5, 10), QDate(2026, 5, 12), 5);
    party.partySize = 0;
    CHECK(stays.add(party).error().field == QStringLiteral("party_size"));
    CHECK(t.count(QStringLiteral("stays")) == 0);
}

TEST_CASE("Lifetime roll-ups add up stays, nights, spend and recency in SQL")
{
    TempDatabase t; // today is 2026-06-15
    REQUIRE(VenueSettings(t.db()).setCurrency(QStringLiteral("AMD")).has_value());
    const QString guest = addGuest(t, QStringLiteral("Kapanadze"));
    StayService stays(t.db());
    // 3 nights at 45,000.00 AMD, revenue computed from the rate
    auto a = stays.add(stay(guest, QDate(2024, 8, 1), QDate(2024, 8, 4), 4'500'000));
    REQUIRE(a.has_value());
    CHECK(a->revenueMinor == 13'500'000);
    CHECK(a->currency == QStringLiteral("AMD"));
    // 2 nights with an explicit revenue
    Stay b = stay(guest, QDate(2026, 5, 30), QDate(2026, 6, 1), 5'000'000);
    b.revenueMinor = 9'000'000;
    REQUIRE(stays.add(b).has_value());
    // a euro stay, a cancelled one and a future booking: counted apart or not at all
    Stay euro = stay(guest, QDate(2025, 1, 10), QDate(2025, 1, 11), 12'000);
    euro.currency = QStringLiteral("EUR");
    REQUIRE(stays.add(euro).has_value());
    REQUIRE(
        stays.add(stay(guest, QDate(2026, 3, 1), QDate(2026, 3, 5), 100, StayStatus::Cancelled)).has_value());
    REQUIRE(
        stays.add(stay(guest, QDate(2026, 9, 1), QDate(2026, 9, 5), 100, StayStatus::Booked)).has_value());

    auto r = stays.rollup(guest);
    REQUIRE_OK(r);
    CHECK(r->stays == 3);
    CHECK(r->nights == 6);
    CHECK(r->spend(QStringLiteral("AMD")) == 22'500'000);
    CHECK(r->spend(QStringLiteral("EUR")) == 12'000);
    CHECK(r->averageRate(QStringLiteral("AMD")) == 3'750'000);
    CHECK(r->firstArrival == QDate(2024, 8, 1));
    CHECK(r->lastDeparture == QDate(2026, 6, 1));
    CHECK(r->daysSinceLastStay == 14);
    CHECK(r->upcomingStays == 1);

    const QString newcomer = addGuest(t, QStringLiteral("Newcomer"));
    auto none = stays.rollup(newcomer);
    REQUIRE(none.has_value());
    CHECK(none->stays == 0);
    CHECK_FALSE(none->daysSinceLastStay.has_value());
    CHECK(none->averageRate(QStringLiteral("AMD")) == 0);
}

TEST_CASE("Today lists arrivals, in-house guests and departures with the stay number")
{
    TempDatabase t; // 2026-06-15
    const QString regular = addGuest(t, QStringLiteral("Regular"));
    const QString first = addGuest(t, QStringLiteral("First"));
    StayService stays(t.db());
    REQUIRE(stays.add(stay(regular, QDate(2025, 1, 1), QDate(2025, 1, 3), 100)).has_value());
    REQUIRE(stays.add(stay(regular, QDate(2025, 7, 1), QDate(2025, 7, 3), 100)).has_value());
    REQUIRE(stays.add(stay(regular, QDate(2026, 6, 15), QDate(2026, 6, 18), 100, StayStatus::Booked))
                .has_value());
    REQUIRE(
        stays.add(stay(first, QDate(2026, 6, 13), QDate(2026, 6, 16), 100, StayStatus::InHouse)).has_value());
    REQUIRE(stays.add(stay(first, QDate(2026, 6, 15), QDate(2026, 6, 16), 100, StayStatus::Cancelled))
                .has_value());

    auto arrivals = stays.arrivals(QDate(2026, 6, 15));
    REQUIRE(arrivals.has_value());
    REQUIRE(arrivals->size() == 1);
    CHECK(arrivals->first().guestLatinName == QStringLiteral("Tamar Regular"));
    CHECK(arrivals->first().stayNumber == 3);
    auto inHouse = stays.inHouse(QDate(2026, 6, 15));
    REQUIRE_OK(inHouse);
    REQUIRE(inHouse->size() == 1);
    CHECK(inHouse->first().stayNumber == 1);
    CHECK(stays.departures(QDate(2026, 6, 16))->size() == 1);
    CHECK(stays.departures(QDate(2026, 6, 18))->size() == 1);
}

TEST_CASE("Editing a stay records each changed field")
{
    TempDatabase t;
    const QString guest = addGuest(t, QStringLiteral("Editor"));
    StayService stays(t.db());
    auto added = stays.add(stay(guest, QDate(2026, 6, 1), QDate(2026, 6, 3), 100));
    REQUIRE(added.has_value());
    Stay edited = *added;
    edited.room = QStringLiteral("305");
    edited.departure = QDate(2026, 6, 2);
    auto updated = stays.update(edited);
    REQUIRE(updated.has_value());
    CHECK(stays.find(added->uuid)->room == QStringLiteral("305"));
    edited.departure = QDate(2026, 5, 1);
    CHECK_FALSE(stays.update(edited).has_value());
    CHECK(stays.find(added->uuid)->departure == QDate(2026, 6, 2));
}

TEST_CASE("Stay update: a derived revenue follows rate and nights, a revenue the caller changed is kept", "[stays]")
{
    TempDatabase t;
    const QString guest = addGuest(t, QStringLiteral("Revenue"));
    StayService stays(t.db());
    auto added = stays.add(stay(guest, QDate(2026, 5, 10), QDate(2026, 5, 12), 10000));
    REQUIRE(added);
    CHECK(added->revenueMinor == 20000);

    Stay edited = *added; // the caller leaves the revenue as stored
    edited.rateMinor = 12000;
    auto updated = stays.update(edited);
    REQUIRE(updated);
    CHECK(updated->revenueMinor == 24000);

    edited = *updated;
    edited.departure = QDate(2026, 5, 13);
    updated = stays.update(edited);
    REQUIRE(updated);
    CHECK(updated->revenueMinor == 36000);

    edited = *updated;
    edited.revenueMinor = 30000; // agreed with the guest: kept
    updated = stays.update(edited);
    REQUIRE(updated);
    CHECK(updated->revenueMinor == 30000);

    edited = *updated;
    edited.room = QStringLiteral("301"); // nothing about money changed: the agreed revenue stays
    updated = stays.update(edited);
    REQUIRE(updated);
    CHECK(updated->revenueMinor == 30000);
}

TEST_CASE("In the room today: one rule for the profile, Today and look-ups, in C++ and in SQL")
{
    TempDatabase t; // today is 2026-06-15
    const QDate today(2026, 6, 15);
    StayService stays(t.db());
    struct Case
    {
        int arrivalOffset;
        int departureOffset;
        StayStatus status;
        bool inRoom;
    };
    const Case cases[] = {
        {0, 3, StayStatus::Booked, false},      // arriving today, not checked in yet
        {0, 3, StayStatus::InHouse, true},      // arrived and checked in
        {-2, 2, StayStatus::Booked, true},      // sleeping here, status never updated
        {-2, 2, StayStatus::InHouse, true},     // the usual stay-over
        {-3, 0, StayStatus::InHouse, true},     // leaving today, not checked out yet
        {-3, 0, StayStatus::CheckedOut, false}, // left this morning
        {-2, 2, StayStatus::Cancelled, false},   {-2, 2, StayStatus::NoShow, false},
        {1, 4, StayStatus::Booked, false}, // tomorrow
        {-9, -4, StayStatus::CheckedOut, false},
    };
    int n = 0;
    for (const Case &c : cases) {
        CAPTURE(n, c.arrivalOffset, c.departureOffset, toToken(c.status));
        const QString guest = addGuest(t, QStringLiteral("Case%1").arg(n++));
        Stay s = stay(guest, today.addDays(c.arrivalOffset), today.addDays(c.departureOffset), 100, c.status);
        CHECK(StayDay::isInRoom(s, today) == c.inRoom);
        REQUIRE(stays.add(s).has_value());
        auto r = stays.rollup(guest);
        REQUIRE_OK(r);
        CHECK(r->inHouse == c.inRoom); // the SQL form agrees with the C++ one
    }
    CHECK_FALSE(StayDay::isInRoom(stay(QString(), today, today.addDays(1), 1, StayStatus::InHouse), QDate()));
}

TEST_CASE("Who is in a room today: the checked-in or mid-stay guest, not a booked arrival or a past one")
{
    TempDatabase t; // today is 2026-06-15
    const QDate today = t.db().clock().today();
    const QString now = addGuest(t, QStringLiteral("Beridze"));
    const QString arriving = addGuest(t, QStringLiteral("Kapanadze"));
    const QString past = addGuest(t, QStringLiteral("Lomidze"));
    StayService stays(t.db());
    Stay inside = stay(now, today.addDays(-1), today.addDays(2), 100, StayStatus::InHouse);
    inside.room = QStringLiteral("303a");
    REQUIRE(stays.add(inside).has_value());
    Stay booked = stay(arriving, today, today.addDays(1), 100, StayStatus::Booked);
    booked.room = QStringLiteral("303A");
    REQUIRE(stays.add(booked).has_value());
    Stay gone = stay(past, today.addDays(-9), today.addDays(-5), 100);
    gone.room = QStringLiteral("303A");
    REQUIRE(stays.add(gone).has_value());

    auto occupants = stays.inRoom(QStringLiteral(" 303A "), today);
    REQUIRE(occupants.has_value());
    REQUIRE(occupants->size() == 1);
    CHECK(occupants->constFirst().stay.guestUuid == now);
    CHECK(stays.inRoom(QStringLiteral("303A"), today.addDays(3))->isEmpty());
    CHECK(stays.inRoom(QStringLiteral("204"), today)->isEmpty());
    CHECK(stays.inRoom(QString(), today)->isEmpty());
}
