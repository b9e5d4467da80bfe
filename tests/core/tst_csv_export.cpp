// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// CSV export: four files a spreadsheet opens, and a guests.csv that imports back to the same guests.
#include "exchange/csvexport.h"
#include "exchange/guestcsvimport.h"
#include "filemode.h"
#include "house/openvenue.h"
#include "tempdatabase.h"
#include "venue/venuesettings.h"

#include <QDir>

using namespace innkeep;
using namespace innkeep::test;
using namespace Qt::StringLiterals;

namespace {

void fill(OpenVenue &venue, TempDatabase &t)
{
    Guest anahit;
    anahit.givenName = u"Անահիտ"_s;
    anahit.familyName = u"Սարգսյան"_s;
    anahit.latinGivenName = u"Anahit"_s;
    anahit.latinFamilyName = u"Sargsyan"_s;
    anahit.emails = {u"anahit@example.am"_s, u"a.sargsyan@work.example.com"_s};
    anahit.phones = {u"+374 91 234567"_s, u"+995 599 12 34 56"_s};
    anahit.tags = {u"wine"_s, u"quiet"_s};
    anahit.birthday = QDate(1984, 2, 29);
    anahit.city = u"Yerevan, Kentron"_s;
    anahit.vipLevel = 2;
    anahit.consent.email = true;
    anahit.nationality = u"AM"_s;
    auto stored = venue.guests().add(anahit);
    REQUIRE_OK(stored);
    REQUIRE_OK(venue.guests().addNote(stored->uuid, u"Prefers \"still\" water; no ice"_s));
    REQUIRE_OK(venue.guests().addNote(stored->uuid, u"Second line\nof a note"_s));
    Stay stay;
    stay.guestUuid = stored->uuid;
    stay.arrival = QDate(2026, 5, 1);
    stay.departure = QDate(2026, 5, 4);
    stay.rateMinor = 12050;
    stay.currency = u"EUR"_s;
    stay.room = u"305"_s;
    stay.status = StayStatus::CheckedOut;
    REQUIRE_OK(venue.stays().add(stay));

    Guest formula;
    formula.givenName = u"=HYPERLINK(\"x\")"_s;
    formula.familyName = u"-Minus"_s;
    REQUIRE_OK(venue.guests().add(formula));

    Guest gone;
    gone.givenName = u"Archived"_s;
    gone.familyName = u"Guest"_s;
    auto archived = venue.guests().add(gone);
    REQUIRE_OK(archived);
    REQUIRE_OK(venue.guests().archive(archived->uuid));

    NewTicket complaint;
    complaint.guestUuid = stored->uuid;
    complaint.room = u"305"_s;
    complaint.description = u"Noise from the bar, after midnight"_s;
    REQUIRE_OK(venue.tickets().create(complaint));
    NewFeedback feedback;
    feedback.guestUuid = stored->uuid;
    feedback.rating = Rating{9, RatingScale::OneToTen};
    feedback.text = u"Lovely; the staff knew my name"_s;
    feedback.receivedAt = t.clock().nowMs();
    REQUIRE_OK(venue.feedback().add(feedback));
}

} // namespace

TEST_CASE("CSV export: four private files, formulas guarded, and guests.csv imports back the same",
          "[csv][export]")
{
    TempDatabase t;
    REQUIRE_OK(VenueSettings(t.db()).setPhoneRegion(u"AM"_s));
    OpenVenue venue(t.db());
    fill(venue, t);
    const QString folder = t.filePath(u"export"_s);
    auto written = CsvExport(t.db()).write(folder, {});
    REQUIRE_OK(written);
    CHECK(written->guests == 2); // not the archived one
    CHECK(written->stays == 1);
    CHECK(written->tickets == 1);
    CHECK(written->feedback == 1);
    CHECK(QDir(folder).entryList(QDir::Files, QDir::Name)
          == QStringList{u"feedback.csv"_s, u"guests.csv"_s, u"stays.csv"_s, u"tickets.csv"_s});
    for (const QString &file : written->files)
        CHECK(modeOf(file) == 0600);
    CHECK(modeOf(folder) == 0700);

    const QByteArray guests = readBytes(QDir(folder).filePath(u"guests.csv"_s));
    CHECK(
        guests.startsWith("salutation,given_name,family_name,latin_given_name,latin_family_name,email,email2,"
                          "phone,phone2,language"));
    CHECK(guests.contains("'=HYPERLINK"));
    CHECK(guests.contains("\"Yerevan, Kentron\""));
    CHECK(guests.contains("+37491234567,+995599123456"));
    CHECK_FALSE(guests.contains("Archived"));
    const QByteArray stays = readBytes(QDir(folder).filePath(u"stays.csv"_s));
    CHECK(stays.contains(",2026-05-01,2026-05-04,305,120.50,361.50,EUR,checked-out,"));
    CHECK(readBytes(QDir(folder).filePath(u"feedback.csv"_s))
              .contains(",1-10,Lovely; the staff knew my name,"));

    // Into an empty file and out again: the same guests.csv, byte for byte.
    TempDatabase other;
    REQUIRE_OK(VenueSettings(other.db()).setPhoneRegion(u"AM"_s));
    auto imported = GuestCsvImport(other.db()).run(QDir(folder).filePath(u"guests.csv"_s));
    REQUIRE_OK(imported);
    CHECK(imported->guests == 2);
    const QString again = other.filePath(u"again"_s);
    REQUIRE_OK(CsvExport(other.db()).write(again, {}));
    CHECK(readBytes(QDir(again).filePath(u"guests.csv"_s)) == guests);
}

TEST_CASE("CSV export: semicolons and a byte-order mark for spreadsheets, read back by the import",
          "[csv][export]")
{
    TempDatabase t;
    REQUIRE_OK(VenueSettings(t.db()).setPhoneRegion(u"AM"_s));
    OpenVenue venue(t.db());
    fill(venue, t);
    const QString folder = t.filePath(u"excel"_s);
    REQUIRE_OK(CsvExport(t.db()).write(folder, {u';', true}));
    const QByteArray guests = readBytes(QDir(folder).filePath(u"guests.csv"_s));
    CHECK(guests.startsWith("\xEF\xBB\xBFsalutation;given_name;family_name;"));
    CHECK(guests.contains("Yerevan, Kentron;")); // no quotes needed with ';'
    TempDatabase other;
    REQUIRE_OK(VenueSettings(other.db()).setPhoneRegion(u"AM"_s));
    auto imported = GuestCsvImport(other.db()).run(QDir(folder).filePath(u"guests.csv"_s));
    REQUIRE_OK(imported);
    CHECK(imported->guests == 2);
    CHECK(imported->phones == 2);

    auto refused = CsvExport(t.db()).write(t.filePath(u"x"_s), {u'|', false});
    REQUIRE_FALSE(refused);
    CHECK(refused.error().field == u"separator"_s);
}
