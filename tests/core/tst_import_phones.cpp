// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Importing phone numbers: only numbers in use are stored as phones; the others refuse the row or,
// when chosen, are kept as written in a note.
#include "exchange/guestcsvimport.h"
#include "guests/guestservice.h"
#include "storage/statement.h"
#include "tempdatabase.h"
#include "venue/venuesettings.h"

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
