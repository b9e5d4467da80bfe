// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// First-run set-up of a venue: one core call, all or nothing.
#include "staff/staffservice.h"
#include "tempdatabase.h"
#include "venue/venuesettings.h"
#include "venue/venuesetup.h"

using namespace innkeep;
using namespace innkeep::test;
using namespace Qt::StringLiterals;

TEST_CASE("Venue set-up stores name, currency, region and the first staff member", "[venue]")
{
    TempDatabase t;
    REQUIRE(VenueSetUp(t.db()).apply({u"Hotel Ararat"_s, u"amd"_s, u"am"_s, u"Anahit"_s}));
    VenueSettings venue(t.db());
    CHECK(venue.venueName() == u"Hotel Ararat"_s);
    CHECK(venue.currency() == u"AMD"_s);
    CHECK(venue.phoneRegion() == u"AM"_s);
    CHECK(t.count(u"staff"_s) == 1);
}

TEST_CASE("Venue set-up with a bad field names it and stores nothing", "[venue]")
{
    TempDatabase t;
    const qint64 changes = t.count(u"change_log"_s);
    auto refused = VenueSetUp(t.db()).apply({u"Hotel Ararat"_s, u"XYZ"_s, u"AM"_s, u"Anahit"_s});
    REQUIRE_FALSE(refused);
    CHECK(refused.error().field == u"currency"_s);
    CHECK(VenueSettings(t.db()).venueName().isEmpty());
    CHECK(t.count(u"staff"_s) == 0);
    CHECK(t.count(u"change_log"_s) == changes);

    refused = VenueSetUp(t.db()).apply({QString(), u"EUR"_s, u"AM"_s, u"Anahit"_s});
    REQUIRE_FALSE(refused);
    CHECK(refused.error().field == u"venue_name"_s);
}
