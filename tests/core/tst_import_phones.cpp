// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Importing phone numbers: only numbers in use are stored as phones; the others refuse the row or,
// when chosen, are kept as written in a note.
#include "exchange/guestcsvimport.h"
#include "guests/guestservice.h"
#include "storage/statement.h"
#include "tempdatabase.h"
#include "venue/venuesettings.h"

#include <QStringEncoder>

using namespace innkeep;
using namespace innkeep::test;
using namespace Qt::StringLiterals;

namespace {

QString writeCsv(TempDatabase &t, const QByteArray &text)
{
    const QString path = t.filePath(u"phones.csv"_s);
    writeBytes(path, text);
    return path;
}

const QByteArray Rows = "given_name,family_name,phone,country\n"
                        "Anahit,Grigoryan,+374 91 234567,AM\n"
                        "John,Miller,+1 123 456 7890,US\n"
                        "Mary,Smith,(212) 555-1234,US\n";

} // namespace

TEST_CASE("Import phones: a number no country gives out refuses the row, naming line and field")
{
    TempDatabase t;
    REQUIRE_OK(VenueSettings(t.db()).setPhoneRegion(u"AM"_s));
    const QString path = writeCsv(t, Rows);
    auto refused = GuestCsvImport(t.db()).run(path);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().line == 3);
    CHECK(refused.error().field == u"phone"_s);
    CHECK(refused.error().message.contains(u"is not a number in use"_s));
    CHECK(t.count(u"guests"_s) == 0);

    auto dry = GuestCsvImport(t.db()).run(path, true);
    REQUIRE_OK(dry);
    REQUIRE(dry->problems.size() == 1);
    CHECK(dry->problems.first().toString().endsWith(
        u"phones.csv:3: phone: \"+1 123 456 7890\" is not a number in use: its country gives out no number "
        "that starts like this."_s));
}

TEST_CASE("Import phones: kept in a note when chosen, read in the row's own country")
{
    TempDatabase t;
    REQUIRE_OK(VenueSettings(t.db()).setPhoneRegion(u"AM"_s));
    const QString path = writeCsv(t, Rows);
    GuestCsvImport import(t.db());
    import.setBadPhonesInNote(true);
    auto dry = import.run(path, true);
    REQUIRE_OK(dry);
    CHECK(dry->problems.isEmpty());
    CHECK(dry->phonesInNotes == 1);
    CHECK(t.count(u"guests"_s) == 0);

    auto done = import.run(path);
    REQUIRE_OK(done);
    CHECK(done->guests == 3);
    CHECK(done->phones == 2);
    CHECK(done->phonesInNotes == 1);
    Statement phones(t.db(), u"SELECT value FROM guest_contacts WHERE kind = 'phone' ORDER BY value"_s);
    REQUIRE_OK(phones.exec());
    QStringList stored;
    while (phones.next())
        stored.append(phones.text(0));
    // The national US number is read in the row's country, not the venue's Armenia.
    CHECK(stored == QStringList{u"+12125551234"_s, u"+37491234567"_s});
    Statement note(t.db(), u"SELECT n.body FROM guest_notes n JOIN guests g ON g.id = n.guest_id "
                           "WHERE g.given_name = 'John'"_s);
    auto text = note.scalar();
    REQUIRE_OK(text);
    CHECK(text->toString()
          == u"Phone number in the imported file that cannot be dialled as written: +1 123 456 7890"_s);
}

TEST_CASE("Import encodings: Windows-1251 and -1252 when chosen, with the file's own lines", "[import][encoding]")
{
    TempDatabase t;
    REQUIRE_OK(VenueSettings(t.db()).setPhoneRegion(u"AM"_s));
    const QString path = t.filePath(u"old-pms.csv"_s);
    QStringEncoder cyrillic("windows-1251");
    REQUIRE(cyrillic.isValid());
    writeBytes(path, cyrillic(u"given_name,family_name,city\nОльга,Иванова,Москва\nСергей,Петров,Тверь\n"_s));

    // As UTF-8 it is not text: refused, naming the line.
    auto refused = GuestCsvImport(t.db()).run(path);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().line >= 1);
    CHECK(refused.error().file == u"old-pms.csv"_s);

    GuestCsvImport import(t.db());
    import.setEncoding(u"windows-1251"_s);
    auto done = import.run(path);
    REQUIRE_OK(done);
    CHECK(done->guests == 2);
    CHECK(done->file == u"old-pms.csv"_s);
    Statement names(t.db(),
                    u"SELECT given_name || ' ' || family_name || ', ' || city FROM guests ORDER BY id"_s);
    REQUIRE_OK(names.exec());
    CHECK(names.text(0) == u"Ольга Иванова, Москва"_s);

    // A problem keeps the file's name and line.
    QStringEncoder western("windows-1252");
    writeBytes(
        path,
        western(u"given_name,family_name,email\nJürgen,Müller,juergen@example.de\nBjörn,Ødegård,bjørn@\n"_s));
    GuestCsvImport checkOnly(t.db());
    checkOnly.setEncoding(u"windows-1252"_s);
    auto dry = checkOnly.run(path, true);
    REQUIRE_OK(dry);
    REQUIRE(dry->problems.size() == 1);
    CHECK(dry->problems.first().toString().startsWith(u"old-pms.csv:3: email: "_s));

    GuestCsvImport unknown(t.db());
    unknown.setEncoding(u"klingon-8"_s);
    auto bad = unknown.run(path);
    REQUIRE_FALSE(bad);
    CHECK(bad.error().field == u"encoding"_s);
}
