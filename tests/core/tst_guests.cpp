// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/phonenumber.h"
#include "common/uuid.h"
#include "guests/guestrules.h"
#include "guests/guestservice.h"
#include "search/searchkey.h"
#include "storage/changelog.h"
#include "tempdatabase.h"
#include "venue/venuesettings.h"

#include <QSignalSpy>

using namespace innkeep;
using namespace innkeep::test;

namespace {

Guest anna()
{
    Guest g;
    g.givenName = QStringLiteral(" Anna ");
    g.familyName = QStringLiteral("Petrosyan");
    g.emails = {QStringLiteral("Anna.Petrosyan@Example.com")};
    g.phones = {QStringLiteral("091 23 45 67")};
    g.language = QStringLiteral("hy");
    g.nationality = QStringLiteral("am");
    g.birthday = QDate(1985, 3, 8);
    g.tags = {QStringLiteral("#Wine"), QStringLiteral("wine"), QStringLiteral("Quiet")};
    return g;
}

void useArmenianRegion(TempDatabase &t)
{
    REQUIRE_OK(VenueSettings(t.db()).setPhoneRegion(QStringLiteral("AM")));
}

} // namespace

TEST_CASE("Phones are stored in E.164, read in the venue's region")
{
    CHECK(PhoneNumber::toE164(QStringLiteral("091 23 45 67"), QStringLiteral("AM")).value()
          == QStringLiteral("+37491234567"));
    CHECK(PhoneNumber::toE164(QStringLiteral("+995 599 12 34 56"), QStringLiteral("AM")).value()
          == QStringLiteral("+995599123456"));
    CHECK(PhoneNumber::toE164(QStringLiteral("030 1234567"), QStringLiteral("DE")).value()
          == QStringLiteral("+49301234567"));
    CHECK(PhoneNumber::nationalDigits(QStringLiteral("+37491234567")) == QStringLiteral("091234567"));
    auto bad = PhoneNumber::toE164(QStringLiteral("12"), QStringLiteral("AM"));
    REQUIRE_FALSE(bad.has_value());
    CHECK(bad.error().field == QStringLiteral("phone"));
    CHECK_FALSE(PhoneNumber::toE164(QStringLiteral("call me"), QStringLiteral("AM")).has_value());
}

TEST_CASE("Phones: a number of the right length that no country gives out is refused")
{
    // Possible (the length fits) but not valid: no US area code starts with 1, and 555 01xx is
    // too short; a UK drama number (07700 900xxx) is reserved, never given out.
    for (const char *typed : {"+11234567890", "+15550123", "+44 7700 900123"}) {
        INFO(typed);
        auto refused = PhoneNumber::toE164(QString::fromLatin1(typed), QStringLiteral("US"));
        REQUIRE_FALSE(refused.has_value());
        CHECK(refused.error().field == QStringLiteral("phone"));
    }
    CHECK(PhoneNumber::toE164(QStringLiteral("+11234567890"), QStringLiteral("US")).error().message
          == QStringLiteral("\"+11234567890\" is not a number in use: its country gives out no number that "
                            "starts like this."));
    CHECK(PhoneNumber::toE164(QStringLiteral("+1 212 555 1234"), QStringLiteral("US")).value()
          == QStringLiteral("+12125551234"));
    CHECK(PhoneNumber::toE164(QStringLiteral("+44 7400 900123"), QStringLiteral("US")).value()
          == QStringLiteral("+447400900123"));
}

TEST_CASE("Adding a guest tidies the input and fills in the Latin form")
{
    TempDatabase t;
    useArmenianRegion(t);
    GuestService guests(t.db());
    auto added = guests.add(anna());
    REQUIRE(added.has_value());
    CHECK(isUuid(added->uuid));
    CHECK(added->givenName == QStringLiteral("Anna"));
    CHECK(added->latinFamilyName == QStringLiteral("Petrosyan"));
    CHECK(added->emails == QStringList{QStringLiteral("anna.petrosyan@example.com")});
    CHECK(added->phones == QStringList{QStringLiteral("+37491234567")});
    CHECK(added->nationality == QStringLiteral("AM"));
    CHECK(added->tags == QStringList{QStringLiteral("quiet"), QStringLiteral("wine")});
    CHECK(added->createdAt == fixedNow().toMSecsSinceEpoch());

    auto stored = guests.find(added->uuid);
    REQUIRE(stored.has_value());
    CHECK(stored->phones == added->phones);
    CHECK(stored->birthday == QDate(1985, 3, 8));
    CHECK(stored->tags.size() == 2);

    Guest armenian;
    armenian.givenName = QStringLiteral("Հովհաննես");
    armenian.familyName = QStringLiteral("Թումանյան");
    auto native = guests.add(armenian);
    REQUIRE(native.has_value());
    CHECK(native->latinGivenName == QStringLiteral("Hovhannes"));
    CHECK(native->displayName() == QStringLiteral("Հովհաննես Թումանյան"));
    CHECK(isLatinScript(native->latinName()));
}

TEST_CASE("Each validation problem names its field and leaves the database unchanged")
{
    TempDatabase t;
    useArmenianRegion(t);
    GuestService guests(t.db());
    const qint64 logBefore = t.count(QStringLiteral("change_log"));
    Guest g = anna();
    QString field;
    SECTION("no name")
    {
        g.givenName.clear();
        g.familyName.clear();
        field = QStringLiteral("family_name");
    }
    SECTION("bad e-mail")
    {
        g.emails.append(QStringLiteral("anna@"));
        field = QStringLiteral("email");
    }
    SECTION("bad phone")
    {
        g.phones = {QStringLiteral("12")};
        field = QStringLiteral("phone");
    }
    SECTION("future birthday")
    {
        g.birthday = QDate(2030, 1, 1);
        field = QStringLiteral("birthday");
    }
    SECTION("bad language")
    {
        g.language = QStringLiteral("klingon!");
        field = QStringLiteral("language");
    }
    SECTION("bad nationality")
    {
        g.nationality = QStringLiteral("XX");
        field = QStringLiteral("nationality");
    }
    SECTION("blocked without reason")
    {
        g.blocked = true;
        field = QStringLiteral("blocked_reason");
    }
    SECTION("VIP level out of range")
    {
        g.vipLevel = 7;
        field = QStringLiteral("vip_level");
    }
    auto added = guests.add(g);
    REQUIRE_FALSE(added.has_value());
    CHECK(added.error().code == Error::Code::InvalidInput);
    CHECK(added.error().field == field);
    CHECK_FALSE(added.error().message.isEmpty());
    CHECK(t.count(QStringLiteral("guests")) == 0);
    CHECK(t.count(QStringLiteral("guest_contacts")) == 0);
    CHECK(t.count(QStringLiteral("search_index")) == 0);
    CHECK(t.count(QStringLiteral("change_log")) == logBefore);
    CHECK_FALSE(guests.check(g).isEmpty());
}

TEST_CASE("Updating a guest writes only changed fields, each into the change log")
{
    TempDatabase t;
    useArmenianRegion(t);
    t.db().setStaff(QStringLiteral("Lilit"));
    GuestService guests(t.db());
    auto added = guests.add(anna());
    REQUIRE(added.has_value());
    QSignalSpy changed(&guests, &GuestService::changed);

    t.clock().advance(60'000);
    Guest edited = *added;
    edited.company = QStringLiteral("Ararat Travel");
    edited.phones.append(QStringLiteral("+995 599 12 34 56"));
    auto updated = guests.update(edited);
    REQUIRE(updated.has_value());
    CHECK(updated->updatedAt == added->createdAt + 60'000);
    CHECK(changed.count() == 1);

    auto history = ChangeLog(t.db()).forGuest(added->uuid);
    REQUIRE(history.has_value());
    QStringList fields;
    for (const ChangeEntry &e : *history)
        fields.append(e.field);
    CHECK(fields.contains(QStringLiteral("company")));
    CHECK(fields.contains(QStringLiteral("phones")));
    CHECK(fields.contains(QStringLiteral("*")));
    CHECK(history->first().staff == QStringLiteral("Lilit"));
    CHECK(guests.find(added->uuid)->phones.size() == 2);

    // Saving the same thing again changes nothing.
    const qint64 logSize = t.count(QStringLiteral("change_log"));
    REQUIRE(guests.update(*updated).has_value());
    auto after = ChangeLog(t.db()).forGuest(added->uuid);
    INFO(after->first().field.toStdString() << ": " << after->first().oldValue.toString().toStdString()
                                            << " -> " << after->first().newValue.toString().toStdString());
    CHECK(t.count(QStringLiteral("change_log")) == logSize);

    // A bad edit is refused whole.
    Guest bad = *updated;
    bad.company = QStringLiteral("Changed");
    bad.emails = {QStringLiteral("not-an-email")};
    REQUIRE_FALSE(guests.update(bad).has_value());
    CHECK(guests.find(added->uuid)->company == QStringLiteral("Ararat Travel"));
    CHECK(t.count(QStringLiteral("change_log")) == logSize);
}

TEST_CASE("Archiving hides a guest from search and restoring brings them back")
{
    TempDatabase t;
    useArmenianRegion(t);
    GuestService guests(t.db());
    auto added = guests.add(anna());
    REQUIRE(added.has_value());
    REQUIRE(guests.archive(added->uuid).has_value());
    CHECK(guests.find(added->uuid)->isArchived());
    CHECK(t.count(QStringLiteral("search_names")) == 0);
    REQUIRE(guests.restore(added->uuid).has_value());
    CHECK_FALSE(guests.find(added->uuid)->isArchived());
    CHECK(t.count(QStringLiteral("search_names")) > 0);
    CHECK(guests.archive(QStringLiteral("00000000-0000-0000-0000-000000000000")).error().code
          == Error::Code::NotFound);
}

TEST_CASE("Notes keep their history with author and time")
{
    TempDatabase t;
    useArmenianRegion(t);
    t.db().setStaff(QStringLiteral("Nino"));
    GuestService guests(t.db());
    auto added = guests.add(anna());
    REQUIRE(added.has_value());
    REQUIRE(guests.addNote(added->uuid, QStringLiteral("Prefers the room away from the lift")).has_value());
    t.clock().advance(1000);
    REQUIRE(guests.addNote(added->uuid, QStringLiteral("Celebrating 10th anniversary")).has_value());
    CHECK_FALSE(guests.addNote(added->uuid, QStringLiteral("   ")).has_value());
    auto notes = guests.notes(added->uuid);
    REQUIRE(notes.has_value());
    REQUIRE(notes->size() == 2);
    CHECK(notes->first().body == QStringLiteral("Celebrating 10th anniversary"));
    CHECK(notes->first().author == QStringLiteral("Nino"));
}

TEST_CASE("E-mail syntax")
{
    CHECK(GuestRules::isEmail(QStringLiteral("a@b.am")));
    CHECK(GuestRules::isEmail(QStringLiteral("first.last+tag@mail.example.co.uk")));
    CHECK_FALSE(GuestRules::isEmail(QStringLiteral("a@b")));
    CHECK_FALSE(GuestRules::isEmail(QStringLiteral("a b@c.de")));
    CHECK_FALSE(GuestRules::isEmail(QStringLiteral("@c.de")));
    CHECK_FALSE(GuestRules::isEmail(QStringLiteral("a@@c.de")));
}
