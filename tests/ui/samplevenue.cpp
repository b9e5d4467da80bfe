// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "samplevenue.h"

#include "guests/guestservice.h"
#include "preferences/preferenceservice.h"
#include "stays/stayservice.h"
#include "storage/database.h"
#include "venue/venuesettings.h"

#include <catch2/catch.hpp>

namespace innkeep::test {

namespace {

QString addGuest(GuestService &guests, const QString &given, const QString &family, int vip,
                 const QStringList &emails = {}, const QStringList &tags = {})
{
    Guest g;
    g.givenName = given;
    g.familyName = family;
    g.vipLevel = vip;
    g.emails = emails;
    g.tags = tags;
    auto stored = guests.add(g);
    if (!stored)
        FAIL(stored.error().toString().toStdString());
    return stored->uuid;
}

void addStay(StayService &stays, const QString &guest, const QDate &arrival, int nights, const QString &room,
             StayStatus status, qint64 rateMinor = 12000)
{
    Stay s;
    s.guestUuid = guest;
    s.arrival = arrival;
    s.departure = arrival.addDays(nights);
    s.room = room;
    s.status = status;
    s.rateMinor = rateMinor;
    s.revenueMinor = rateMinor * nights;
    s.currency = QStringLiteral("AMD");
    auto stored = stays.add(s);
    if (!stored)
        FAIL(stored.error().toString().toStdString());
}

} // namespace

SampleVenue fillSampleVenue(Database &db, int extraGuests)
{
    VenueSettings venue(db);
    REQUIRE(venue.setVenueName(QStringLiteral("Hotel Ararat")));
    REQUIRE(venue.setCurrency(QStringLiteral("AMD")));
    REQUIRE(venue.setPhoneRegion(QStringLiteral("AM")));
    db.setStaff(QStringLiteral("Lilit"));

    GuestService guests(db);
    StayService stays(db);
    PreferenceService preferences(db);
    const QDate today = db.clock().today();
    SampleVenue v;
    v.aram = addGuest(guests, QStringLiteral("Արամ"), QStringLiteral("Պետրոսյան"), 2,
                      {QStringLiteral("aram@example.am")}, {QStringLiteral("wine")});
    v.nino = addGuest(guests, QStringLiteral("ნინო"), QStringLiteral("ბერიძე"), 0,
                      {QStringLiteral("nino@example.ge")});
    v.anna = addGuest(guests, QStringLiteral("Anna"), QStringLiteral("Schmidt"), 1, {},
                      {QStringLiteral("cyclist")});
    v.olga = addGuest(guests, QStringLiteral("Ольга"), QStringLiteral("Иванова"), 0);
    Guest olga = *guests.find(v.olga);
    olga.blocked = true;
    olga.blockedReason = QStringLiteral("Unpaid bill, March");
    REQUIRE(guests.update(olga));

    addStay(stays, v.aram, today.addYears(-2), 3, QStringLiteral("204"), StayStatus::CheckedOut);
    addStay(stays, v.aram, today.addYears(-1), 2, QStringLiteral("305"), StayStatus::CheckedOut);
    addStay(stays, v.aram, today, 4, QStringLiteral("401"), StayStatus::Booked, 45000);
    addStay(stays, v.nino, today.addDays(-2), 5, QStringLiteral("112"), StayStatus::InHouse);
    addStay(stays, v.anna, today.addDays(-3), 3, QStringLiteral("210"), StayStatus::InHouse);
    addStay(stays, v.olga, today.addYears(-1), 1, QStringLiteral("101"), StayStatus::CheckedOut);

    Preference allergy;
    allergy.guestUuid = v.nino;
    allergy.category = PreferenceCategory::Food;
    allergy.value = QStringLiteral("Peanut allergy");
    allergy.critical = true;
    REQUIRE(preferences.record(allergy));
    Preference pillow;
    pillow.guestUuid = v.aram;
    pillow.category = PreferenceCategory::Room;
    pillow.value = QStringLiteral("High floor, quiet side");
    REQUIRE(preferences.record(pillow));

    const QStringList given{QStringLiteral("Davit"), QStringLiteral("Mariam"), QStringLiteral("Giorgi"),
                            QStringLiteral("Sophie"), QStringLiteral("Lukas")};
    const QStringList family{QStringLiteral("Sargsyan"), QStringLiteral("Kapanadze"),
                             QStringLiteral("Martin"), QStringLiteral("Weber"), QStringLiteral("Garcia")};
    for (int i = 0; i < extraGuests; ++i)
        addGuest(guests, given.at(i % given.size()),
                 family.at((i / given.size()) % family.size()) + QString::number(i), i % 7 == 0 ? 1 : 0);
    return v;
}

} // namespace innkeep::test
