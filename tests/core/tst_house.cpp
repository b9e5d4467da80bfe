// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The sealed core's entrances: what innkeep-cli and the window reach through OpenVenue instead
// of the storage layer (one-transaction guest add, the file check, a guest's history, opening).
#include "house/openvenue.h"
#include "house/venuecheck.h"
#include "tempdatabase.h"

#include <QFileInfo>

using namespace innkeep;
using namespace innkeep::test;
using namespace Qt::StringLiterals;

namespace {

Guest olga()
{
    Guest g;
    g.givenName = u"Olga"_s;
    g.familyName = u"Ivanova"_s;
    return g;
}

} // namespace

TEST_CASE("A guest and a refused first note: neither is stored", "[house]")
{
    TempDatabase t;
    OpenVenue venue(t.db());
    const qint64 changes = t.count(u"change_log"_s);
    auto refused = venue.guests().addWithFirstNote(olga(), u"   "_s);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == Error::Code::InvalidInput);
    CHECK(t.count(u"guests"_s) == 0);
    CHECK(t.count(u"guest_notes"_s) == 0);
    CHECK(t.count(u"change_log"_s) == changes);

    auto added = venue.guests().addWithFirstNote(olga(), u"Allergic to feathers"_s);
    REQUIRE(added);
    CHECK(t.count(u"guests"_s) == 1);
    auto notes = venue.guests().notes(added->uuid);
    REQUIRE(notes);
    REQUIRE(notes->size() == 1);
    CHECK(notes->first().body == u"Allergic to feathers"_s);

    REQUIRE(venue.guests().addWithFirstNote(olga(), std::nullopt));
    CHECK(t.count(u"guests"_s) == 2);
    CHECK(t.count(u"guest_notes"_s) == 1);
}

TEST_CASE("A guest's history and the venue check come through OpenVenue", "[house]")
{
    TempDatabase t;
    OpenVenue venue(t.db());
    auto healthy = VenueCheck::of(venue);
    REQUIRE(healthy);
    CHECK(healthy->healthy());
    CHECK(healthy->problems.isEmpty());
    CHECK(healthy->drift.isEmpty());
    CHECK(healthy->counts.value(u"guests"_s, -1) == 0);
    CHECK_FALSE(healthy->counts.contains(u"search_index_data"_s)); // a virtual table's shadow

    auto added = venue.guests().add(olga());
    REQUIRE(added);
    auto history = venue.guestHistory().forGuest(added->uuid);
    REQUIRE(history);
    REQUIRE_FALSE(history->isEmpty());
    CHECK(history->first().rowUuid == added->uuid);
    CHECK(venue.guestHistory().forGuest(u"00000000-0000-0000-0000-000000000000"_s)->isEmpty());
    CHECK(VenueCheck::of(venue)->counts.value(u"guests"_s) == 1);
}

TEST_CASE("OpenVenue::open refuses a missing file and creates nothing", "[house]")
{
    TempDatabase t;
    const QString missing = t.filePath(u"nowhere.sqlite"_s);
    auto opened = OpenVenue::open(missing, t.clock(), OpenVenue::Mode::OpenExisting);
    REQUIRE_FALSE(opened);
    CHECK_FALSE(opened.error().message.isEmpty());
    CHECK_FALSE(QFileInfo::exists(missing));

    auto created = OpenVenue::open(t.filePath(u"new.sqlite"_s), t.clock(), OpenVenue::Mode::CreateNew);
    REQUIRE(created);
    CHECK((*created)->path() == t.filePath(u"new.sqlite"_s));
    CHECK((*created)->guests().add(olga()));
}
