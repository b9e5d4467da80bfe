// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// StayCsvImport: stays of stored guests from a CSV file, all or nothing, through StayService.
#include "exchange/csvreader.h"
#include "exchange/staycsvimport.h"
#include "filemode.h"
#include "guests/guestservice.h"
#include "stays/stayservice.h"
#include "storage/statement.h"
#include "tempdatabase.h"
#include "venue/venuesettings.h"

using namespace innkeep;
using namespace innkeep::test;
using namespace Qt::StringLiterals;

namespace {

// Until Guest carries it (migration 0008), the external id is set behind the service's back.
void ensureExternalIdColumn(TempDatabase &t)
{
    Statement columns(t.db(),
                      u"SELECT count(*) FROM pragma_table_info('guests') WHERE name = 'external_id'"_s);
    auto has = columns.scalar();
    REQUIRE(has);
    if (has->toInt() == 0) {
        Statement add(t.db(), u"ALTER TABLE guests ADD COLUMN external_id TEXT NOT NULL DEFAULT ''"_s);
        REQUIRE_OK(add.exec());
    }
}

QString addGuest(TempDatabase &t, const QString &given, const QString &family, const QString &email = {},
                 const QString &externalId = {})
{
    Guest g;
    g.givenName = given;
    g.familyName = family;
    if (!email.isEmpty())
        g.emails = {email};
    auto added = GuestService(t.db()).add(g);
    REQUIRE_OK(added);
    if (!externalId.isEmpty()) {
        ensureExternalIdColumn(t);
        Statement set(t.db(), u"UPDATE guests SET external_id = ? WHERE uuid = ?"_s);
        REQUIRE_OK(set.bind(externalId, added->uuid).exec());
    }
    return added->uuid;
}

QString writeCsv(TempDatabase &t, const QString &name, const QByteArray &text)
{
    const QString path = t.filePath(name);
    writeBytes(path, text);
    return path;
}

// Three guests: one found by e-mail, one by external id, one by name.
struct Hotel
{
    TempDatabase t;
    QString anna, levan, maria;
    Hotel()
    {
        REQUIRE_OK(VenueSettings(t.db()).setCurrency(u"EUR"_s));
        anna = addGuest(t, u"Anna"_s, u"Petrosyan"_s, u"anna@example.com"_s);
        levan = addGuest(t, u"Levan"_s, u"Kapanadze"_s, {}, u"opera:1001"_s);
        maria = addGuest(t, u"María"_s, u"García"_s);
    }
};

const QByteArray GoodStays =
    "Check-in,Check-out,Room No.,Nightly rate,Status,Reservation No.,Profile ID,E-mail,"
    "Guest name,Adults,Children\n"
    "2026-05-01,2026-05-04,204,120.50,checked out,R-1,,ANNA@example.com,,2,1\n"
    "03.06.2026,05.06.2026,12,80,No show,R-2,opera:1001,,,1,\n"
    "2026-07-10,2026-07-12,Suite,200,,R-3,,,maría garcía,,\n";

QList<Stay> staysOf(TempDatabase &t, const QString &guest)
{
    auto stays = StayService(t.db()).forGuest(guest);
    REQUIRE_OK(stays);
    return *stays;
}

} // namespace

TEST_CASE("Stay import: a good file adds each stay to the guest found by e-mail, external id or name")
{
    Hotel h;
    StayCsvImport importer(h.t.db());
    auto summary = importer.run(writeCsv(h.t, u"stays.csv"_s, GoodStays));
    REQUIRE_OK(summary);
    CHECK(summary->file == u"stays.csv"_s);
    CHECK(summary->rows == 3);
    CHECK(summary->added == 3);
    CHECK(summary->skipped == 0);
    CHECK(summary->rejected == 0);
    CHECK(h.t.count(u"stays"_s) == 3);

    const QList<Stay> anna = staysOf(h.t, h.anna);
    REQUIRE(anna.size() == 1);
    CHECK(anna.first().arrival == QDate(2026, 5, 1));
    CHECK(anna.first().departure == QDate(2026, 5, 4));
    CHECK(anna.first().room == u"204"_s);
    CHECK(anna.first().rateMinor == 12050);
    CHECK(anna.first().revenueMinor == 3 * 12050);
    CHECK(anna.first().currency == u"EUR"_s);
    CHECK(anna.first().status == StayStatus::CheckedOut);
    CHECK(anna.first().bookingRef == u"R-1"_s);
    CHECK(anna.first().partySize == 3);

    const QList<Stay> levan = staysOf(h.t, h.levan);
    REQUIRE(levan.size() == 1);
    CHECK(levan.first().arrival == QDate(2026, 6, 3));
    CHECK(levan.first().status == StayStatus::NoShow);
    CHECK(levan.first().partySize == 1);

    // No status: a stay still to come is booked.
    const QList<Stay> maria = staysOf(h.t, h.maria);
    REQUIRE(maria.size() == 1);
    CHECK(maria.first().status == StayStatus::Booked);
    CHECK(maria.first().room == u"Suite"_s);
}

TEST_CASE("Stay import: importing the same file again skips the stays already stored")
{
    Hotel h;
    const QString file = writeCsv(h.t, u"stays.csv"_s, GoodStays);
    REQUIRE_OK(StayCsvImport(h.t.db()).run(file));
    const qint64 changes = h.t.count(u"change_log"_s);
    auto again = StayCsvImport(h.t.db()).run(file);
    REQUIRE_OK(again);
    CHECK(again->rows == 3);
    CHECK(again->added == 0);
    CHECK(again->skipped == 3);
    CHECK(h.t.count(u"stays"_s) == 3);
    CHECK(h.t.count(u"change_log"_s) == changes);

    // Without a booking reference, the same guest, dates and room are the same stay.
    const QString noRef = writeCsv(
        h.t, u"noref.csv"_s, "arrival,departure,room,email\n2026-04-01,2026-04-02,7,anna@example.com\n");
    REQUIRE(StayCsvImport(h.t.db()).run(noRef)->added == 1);
    CHECK(StayCsvImport(h.t.db()).run(noRef)->skipped == 1);
    CHECK(h.t.count(u"stays"_s) == 4);
}

TEST_CASE("Stay import: two rooms under one booking in one file are two stays")
{
    Hotel h;
    const QString file = writeCsv(h.t, u"rooms.csv"_s,
                                  "arrival,departure,room,booking_ref,email\n"
                                  "2026-05-01,2026-05-03,101,G-7,anna@example.com\n"
                                  "2026-05-01,2026-05-03,102,G-7,anna@example.com\n");
    auto summary = StayCsvImport(h.t.db()).run(file);
    REQUIRE_OK(summary);
    CHECK(summary->added == 2);
    CHECK(StayCsvImport(h.t.db()).run(file)->skipped == 2);
}

TEST_CASE("Stay import: a bad row stores nothing and is reported as file, line, field and message")
{
    Hotel h;
    const qint64 changes = h.t.count(u"change_log"_s);
    const QString file = writeCsv(h.t, u"bad.csv"_s,
                                  "arrival,departure,room,email\n"
                                  "2026-05-01,2026-05-04,204,anna@example.com\n"
                                  "2026-05-10,2026-05-08,205,anna@example.com\n");
    auto summary = StayCsvImport(h.t.db()).run(file);
    REQUIRE_FALSE(summary);
    CHECK(summary.error().toString()
          == u"bad.csv:3: departure: The departure (2026-05-08) is before the arrival (2026-05-10)."_s);
    CHECK(h.t.count(u"stays"_s) == 0);
    CHECK(h.t.count(u"change_log"_s) == changes);
}

TEST_CASE("Stay import: a guest nobody stored is an error that asks for the guests first")
{
    Hotel h;
    const QString byEmail = writeCsv(h.t, u"unknown.csv"_s,
                                     "arrival,departure,email\n2026-05-01,2026-05-04,nobody@example.com\n");
    auto summary = StayCsvImport(h.t.db()).run(byEmail);
    REQUIRE_FALSE(summary);
    CHECK(summary.error().toString()
          == u"unknown.csv:2: email: No guest with e-mail nobody@example.com; import the guests first."_s);

    const QString byId =
        writeCsv(h.t, u"unknownid.csv"_s, "arrival,departure,external_id\n2026-05-01,2026-05-04,opera:9\n");
    ensureExternalIdColumn(h.t);
    summary = StayCsvImport(h.t.db()).run(byId);
    REQUIRE_FALSE(summary);
    CHECK(summary.error().field == u"external_id"_s);
    CHECK(h.t.count(u"guests"_s) == 3); // no guest is made up
    CHECK(h.t.count(u"stays"_s) == 0);
}

TEST_CASE("Stay import: a name several guests share is an error asking for a closer key")
{
    Hotel h;
    addGuest(h.t, u"Anna"_s, u"Petrosyan"_s, u"other.anna@example.com"_s);
    const QString byName =
        writeCsv(h.t, u"names.csv"_s,
                 "arrival,departure,first name,last name\n2026-05-01,2026-05-04,Anna,Petrosyan\n");
    auto summary = StayCsvImport(h.t.db()).run(byName);
    REQUIRE_FALSE(summary);
    CHECK(
        summary.error().toString()
        == u"names.csv:2: name: Several guests are called Anna Petrosyan; add an e-mail or external id column."_s);
    // The e-mail tells them apart.
    const QString byEmail = writeCsv(h.t, u"emails.csv"_s,
                                     "arrival,departure,first name,last name,email\n"
                                     "2026-05-01,2026-05-04,Anna,Petrosyan,other.anna@example.com\n");
    REQUIRE_OK(StayCsvImport(h.t.db()).run(byEmail));
    CHECK(h.t.count(u"stays"_s) == 1);
}

TEST_CASE("Stay import: skip mode stores the good rows and writes the bad ones with import_error, privately")
{
    Hotel h;
    const QString file = writeCsv(h.t, u"mixed.csv"_s,
                                  "arrival,departure,room,rate,email\n"
                                  "2026-05-01,2026-05-04,204,100,anna@example.com\n"
                                  "2026-05-10,2026-05-12,205,-5,anna@example.com\n"
                                  "2026-05-20,2026-05-22,206,90,ghost@example.com\n"
                                  "2026-06-01,2026-06-02,207,90,anna@example.com\n");
    const QString rejects = h.t.filePath(u"rejects.csv"_s);
    StayCsvImport importer(h.t.db());
    importer.setChoices({{}, false, rejects, {}});
    auto summary = importer.run(file);
    REQUIRE_OK(summary);
    CHECK(summary->rows == 4);
    CHECK(summary->added == 2);
    CHECK(summary->rejected == 2);
    CHECK(summary->rejectsFile == rejects);
    CHECK(h.t.count(u"stays"_s) == 2);
    CHECK(modeOf(rejects) == 0600);

    CsvReader reader(readBytes(rejects), u"rejects.csv"_s);
    QStringList row;
    REQUIRE(reader.next(row).value_or(false));
    CHECK(row
          == QStringList{u"arrival"_s, u"departure"_s, u"room"_s, u"rate"_s, u"email"_s, u"import_error"_s});
    REQUIRE(reader.next(row).value_or(false));
    CHECK(row.mid(0, 5)
          == QStringList{u"2026-05-10"_s, u"2026-05-12"_s, u"205"_s, u"-5"_s, u"anna@example.com"_s});
    CHECK(row.at(5).startsWith(u"line 3: rate: "_s));
    REQUIRE(reader.next(row).value_or(false));
    CHECK(row.at(5) == u"line 4: email: No guest with e-mail ghost@example.com; import the guests first."_s);
    CHECK_FALSE(reader.next(row).value_or(true));
}

TEST_CASE("Stay import: a dry run lists every problem and writes nothing")
{
    Hotel h;
    const qint64 changes = h.t.count(u"change_log"_s);
    const QString file = writeCsv(h.t, u"check.csv"_s,
                                  "arrival,departure,email\n"
                                  "2026-05-01,2026-05-04,anna@example.com\n"
                                  "2026-05-10,2026-05-08,anna@example.com\n"
                                  "soon,2026-05-08,anna@example.com\n"
                                  "2026-05-01,2026-05-04,ghost@example.com\n");
    auto summary = StayCsvImport(h.t.db()).run(file, true);
    REQUIRE_OK(summary);
    CHECK(summary->dryRun);
    CHECK(summary->rows == 4);
    CHECK(summary->added == 1);
    REQUIRE(summary->problems.size() == 3);
    CHECK(summary->problems.at(0).line == 3);
    CHECK(summary->problems.at(0).field == u"departure"_s);
    CHECK(summary->problems.at(1).line == 4);
    CHECK(summary->problems.at(1).field == u"arrival"_s);
    CHECK(summary->problems.at(2).line == 5);
    CHECK(summary->problems.at(2).field == u"email"_s);
    CHECK(h.t.count(u"stays"_s) == 0);
    CHECK(h.t.count(u"change_log"_s) == changes);
}

TEST_CASE("Stay import: an ambiguous date fails its row until the file's date format is given")
{
    Hotel h;
    const QString file = writeCsv(h.t, u"us.csv"_s,
                                  "arrival,departure,email\n"
                                  "04/28/2026,04/30/2026,anna@example.com\n"
                                  "05/03/2026,05/04/2026,anna@example.com\n");
    auto refused = StayCsvImport(h.t.db()).run(file);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().toString()
          == u"us.csv:3: arrival: \"05/03/2026\" could be 5 March or 3 May; give the file's date format with "
             "--date-format DD/MM/YYYY or MM/DD/YYYY."_s);
    CHECK(h.t.count(u"stays"_s) == 0);

    StayCsvImport importer(h.t.db());
    importer.setChoices({{}, false, {}, u"MM/DD/YYYY"_s});
    auto summary = importer.run(file);
    REQUIRE_OK(summary);
    CHECK(summary->added == 2);
    const QList<Stay> stays = staysOf(h.t, h.anna);
    REQUIRE(stays.size() == 2);
    CHECK(stays.first().arrival == QDate(2026, 5, 3)); // newest first
    CHECK(stays.last().arrival == QDate(2026, 4, 28));
}

TEST_CASE("Stay import: unknown columns are refused unless mapped or ignored")
{
    Hotel h;
    const QString file = writeCsv(h.t, u"extra.csv"_s,
                                  "arrival,departure,email,Zimmerwunsch,Kategorie\n"
                                  "2026-05-01,2026-05-04,anna@example.com,quiet,DZ\n");
    auto refused = StayCsvImport(h.t.db()).run(file);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(u"\"Zimmerwunsch\", \"Kategorie\""_s));
    CHECK(refused.error().line == 1);

    StayCsvImport mapped(h.t.db());
    mapped.setChoices({{{u"Zimmerwunsch"_s, u"ignore"_s}, {u"Kategorie"_s, u"room"_s}}, false, {}, {}});
    auto summary = mapped.run(file);
    REQUIRE_OK(summary);
    CHECK(summary->ignoredColumns == QStringList{u"Zimmerwunsch"_s});
    CHECK(staysOf(h.t, h.anna).first().room == u"DZ"_s);

    StayCsvImport lenient(h.t.db());
    lenient.setChoices({{}, true, {}, {}});
    auto ignored = lenient.run(file);
    REQUIRE_OK(ignored);
    CHECK(ignored->ignoredColumns == QStringList{u"Zimmerwunsch"_s, u"Kategorie"_s});
}

TEST_CASE("Stay import: a file without dates or without a guest column is refused at its header")
{
    Hotel h;
    auto noGuest = StayCsvImport(h.t.db()).run(
        writeCsv(h.t, u"a.csv"_s, "arrival,departure,room\n2026-05-01,2026-05-02,1\n"));
    REQUIRE_FALSE(noGuest);
    CHECK(noGuest.error().field == u"guest"_s);
    CHECK(noGuest.error().line == 1);
    auto noDeparture = StayCsvImport(h.t.db()).run(
        writeCsv(h.t, u"b.csv"_s, "arrival,email\n2026-05-01,anna@example.com\n"));
    REQUIRE_FALSE(noDeparture);
    CHECK(noDeparture.error().field == u"departure"_s);
}
