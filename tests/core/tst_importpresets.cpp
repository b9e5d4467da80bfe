// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/guestcsvimport.h"
#include "exchange/guestimportpreset.h"
#include "guests/guestservice.h"
#include "storage/statement.h"
#include "tempdatabase.h"
#include "venue/venuesettings.h"

#include <QFile>
#include <QTemporaryDir>

using namespace innkeep;
using namespace innkeep::test;
using namespace Qt::StringLiterals;

namespace {

// The project's copies of files as other programs export them (tests/data/imports/README.md).
QString exported(const char *name)
{
    return QStringLiteral(INNKEEP_TEST_DATA "/imports/") + QString::fromLatin1(name);
}

Guest guestWithEmail(TempDatabase &t, const QString &email)
{
    Statement find(t.db(), u"SELECT g.uuid FROM guests g JOIN guest_contacts c ON c.guest_id = g.id "
                           u"WHERE c.kind = 'email' AND c.value = ?"_s);
    auto uuid = find.bind(email).scalar();
    REQUIRE(uuid.has_value());
    REQUIRE_FALSE(uuid->isNull());
    auto guest = GuestService(t.db()).find(uuid->toString());
    REQUIRE(guest.has_value());
    return *guest;
}

Guest guestNamed(TempDatabase &t, const QString &latinFamily)
{
    Statement find(t.db(), u"SELECT uuid FROM guests WHERE latin_family_name = ?"_s);
    auto uuid = find.bind(latinFamily).scalar();
    REQUIRE(uuid.has_value());
    REQUIRE_FALSE(uuid->isNull());
    auto guest = GuestService(t.db()).find(uuid->toString());
    REQUIRE(guest.has_value());
    return *guest;
}

QStringList notesOf(TempDatabase &t, const Guest &guest)
{
    auto notes = GuestService(t.db()).notes(guest.uuid);
    REQUIRE_OK(notes);
    QStringList bodies;
    for (const GuestNote &note : *notes)
        bodies.append(note.body);
    return bodies;
}

Result<GuestImportSummary> importFile(TempDatabase &t, const QString &path, GuestImportChoices choices = {})
{
    GuestCsvImport import(t.db());
    import.setChoices(choices);
    return import.run(path);
}

QString writeFile(const QTemporaryDir &dir, const char *name, const QByteArray &bytes)
{
    const QString path = dir.filePath(QString::fromLatin1(name));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
    return path;
}

} // namespace

TEST_CASE("Import presets: every known export is recognised from its header")
{
    const QList<std::pair<const char *, const char *>> files{
        {"google-contacts.csv", "google"},
        {"google-csv-legacy.csv", "google"},
        {"outlook-contacts.csv", "outlook"},
        {"thunderbird-contacts.csv", "thunderbird"},
        {"linkedin-connections.csv", "linkedin"},
        {"qloapps-customers.csv", "qloapps-customers"},
        {"qloapps-addresses.csv", "qloapps-addresses"},
        {"pms-profiles.csv", "pms"},
        {"opera-profiles.txt", "opera"},
    };
    for (const auto &[file, preset] : files) {
        INFO(file);
        TempDatabase t;
        auto summary = importFile(t, exported(file));
        REQUIRE_OK(summary);
        CHECK(summary->preset == QString::fromLatin1(preset));
        CHECK(summary->guests == summary->rows);
        CHECK(summary->guests > 0);
    }
    CHECK(GuestImportPreset::names().size() == 8);
    // A file of the import's own columns is no one's export.
    CHECK_FALSE(GuestImportPreset::recognise({u"given_name"_s, u"family_name"_s, u"email"_s}).has_value());
}

TEST_CASE("Import presets: Google Contacts reads values split by ' ::: ', labels, the address and a day without year")
{
    TempDatabase t;
    auto summary = importFile(t, exported("google-contacts.csv"));
    REQUIRE_OK(summary);
    CHECK(summary->guests == 2);
    CHECK(summary->ignoredColumns.contains(u"Phonetic First Name"_s));
    CHECK(summary->ignoredColumns.contains(u"Website 1 - Value"_s));

    const Guest anna = guestNamed(t, u"Schneider"_s);
    CHECK(anna.givenName == u"Anna Maria"_s); // the middle name joins the given name
    CHECK(anna.salutation == u"Dr."_s);
    CHECK(anna.company == u"Rhein Reisen GmbH"_s);
    CHECK(anna.birthday == QDate(1979, 6, 21));
    CHECK(anna.emails == QStringList{u"anna.schneider@example.de"_s, u"a.schneider@example.com"_s});
    CHECK(anna.phones == QStringList{u"+491701234567"_s, u"+4915112345678"_s});
    CHECK(anna.tags == QStringList{u"stammgast"_s}); // not Google's own "* myContacts"
    CHECK(anna.street == u"Hauptstr. 5"_s);
    CHECK(anna.addressLine2 == u"2. OG"_s);
    CHECK(anna.city == u"Köln"_s);
    CHECK(anna.state == u"NRW"_s);
    CHECK(anna.postalCode == u"50667"_s);
    CHECK(anna.country == u"DE"_s);
    CHECK(notesOf(t, anna).contains(u"Prefers a room away from the lift"_s));

    const Guest levon = guestNamed(t, u"Hakobyan"_s);
    CHECK_FALSE(levon.birthday.isValid());
    CHECK(levon.country == u"AM"_s);
    const QStringList levonNotes = notesOf(t, levon);
    REQUIRE(levonNotes.size() == 1);
    CHECK(levonNotes.first().startsWith(u"Birthday (year not known): 14"_s));
}

TEST_CASE("Import presets: the older Google CSV, Outlook and Thunderbird")
{
    TempDatabase t;
    REQUIRE_OK(importFile(t, exported("google-csv-legacy.csv")));
    const Guest nino = guestNamed(t, u"Beridze"_s);
    CHECK(nino.givenName == u"Nino"_s);
    CHECK(nino.language == u"ka"_s);
    CHECK(nino.tags == QStringList{u"family"_s});
    CHECK(nino.country == u"GE"_s);
    CHECK(nino.street == u"Rustaveli Ave 12"_s);

    REQUIRE_OK(importFile(t, exported("outlook-contacts.csv")));
    const Guest john = guestNamed(t, u"Carter"_s);
    CHECK(john.salutation == u"Mr."_s);
    CHECK(john.birthday == QDate(1968, 7, 23));       // 7/23/1968: only one reading
    CHECK_FALSE(john.anniversary.isValid());          // Outlook's "0/0/00"
    CHECK(john.street == u"742 Evergreen Terrace"_s); // the home address, not the business one
    CHECK(john.addressLine2 == u"Apt 2"_s);
    CHECK(john.state == u"OR"_s);
    CHECK(john.country == u"US"_s);
    CHECK(john.tags == QStringList{u"business"_s, u"vip"_s});
    CHECK(john.emails == QStringList{u"john.carter@example.com"_s});
    const Guest emilie = guestNamed(t, u"Laurent"_s);
    CHECK(emilie.givenName == u"Émilie"_s);
    CHECK(emilie.phones == QStringList{u"+33142685300"_s});

    REQUIRE_OK(importFile(t, exported("thunderbird-contacts.csv")));
    const Guest giorgi = guestNamed(t, u"Kapanadze"_s);
    CHECK(giorgi.givenName == u"Giorgi"_s); // first and last name win over the display name
    CHECK(giorgi.birthday == QDate(1985, 3, 9));
    CHECK(giorgi.addressLine2 == u"Flat 12"_s);
    const Guest ani = guestWithEmail(t, u"ani.s@example.am"_s);
    CHECK(ani.givenName == u"Ani"_s); // only a display name: it is the name
    CHECK(ani.familyName == u"Sargsyan"_s);
    CHECK(notesOf(t, ani).constFirst().startsWith(u"Birthday (year not known): 17"_s));
}

TEST_CASE("Import presets: LinkedIn's notes above the header are passed over")
{
    TempDatabase t;
    auto summary = importFile(t, exported("linkedin-connections.csv"));
    REQUIRE_OK(summary);
    CHECK(summary->rows == 2);
    const Guest tamar = guestNamed(t, u"Lomidze"_s);
    CHECK(tamar.emails == QStringList{u"tamar.lomidze@example.com"_s});
    CHECK(tamar.company == u"Caucasus Travel"_s);
    CHECK(summary->ignoredColumns == QStringList{u"URL"_s, u"Position"_s, u"Connected On"_s});

    // A bad row still names the file's own line: the header is on line 4.
    QTemporaryDir dir;
    QFile original(exported("linkedin-connections.csv"));
    REQUIRE(original.open(QIODevice::ReadOnly));
    const QString bad = writeFile(dir, "Connections.csv",
                                  original.readAll() + "Bad,Mail,https://x,not-an-address,,,01 Jan 2024\n");
    TempDatabase empty;
    auto failed = importFile(empty, bad);
    REQUIRE_FALSE(failed.has_value());
    CHECK(failed.error().line == 7);
    CHECK(failed.error().field == u"email"_s);
    CHECK(empty.count(u"guests"_s) == 0);
}

TEST_CASE("Import presets: QloApps customers, then their addresses, meet on the customer id")
{
    TempDatabase t;
    auto customers = importFile(t, exported("qloapps-customers.csv"));
    REQUIRE_OK(customers);
    CHECK(customers->guests == 2);
    Guest lilit = guestNamed(t, u"Sargsyan"_s);
    CHECK(lilit.externalId == u"qloapps:17"_s);
    CHECK(lilit.salutation == u"Mrs"_s);
    CHECK(lilit.consent.marketing);
    CHECK_FALSE(guestNamed(t, u"Rossi"_s).consent.marketing);

    auto addresses = importFile(t, exported("qloapps-addresses.csv"));
    REQUIRE_OK(addresses);
    CHECK(addresses->guests == 0);
    CHECK(addresses->merged == 1);
    CHECK(t.count(u"guests"_s) == 2);
    lilit = guestNamed(t, u"Sargsyan"_s);
    CHECK(lilit.street == u"Abovyan St 10"_s);
    CHECK(lilit.addressLine2 == u"Apt 4"_s);
    CHECK(lilit.city == u"Yerevan"_s);
    CHECK(lilit.phones == QStringList{u"+37491234568"_s});
}

TEST_CASE("Import presets: a PMS profile export and an OPERA extract keep their ids and dates")
{
    TempDatabase t;
    auto pms = importFile(t, exported("pms-profiles.csv"));
    REQUIRE_OK(pms);
    const Guest sofia = guestNamed(t, u"Martínez"_s);
    CHECK(sofia.externalId == u"pms:P-10042"_s);
    CHECK(sofia.addressLine2 == u"2º B"_s);
    CHECK(sofia.state == u"Comunidad de Madrid"_s);
    CHECK(sofia.nationality == u"ES"_s);
    CHECK(sofia.vipLevel == 1);
    CHECK(sofia.consent.marketing);
    CHECK(sofia.birthday == QDate(1988, 1, 30));

    auto opera = importFile(t, exported("opera-profiles.txt"));
    REQUIRE_OK(opera);
    CHECK(opera->preset == u"opera"_s);
    const Guest thomas = guestNamed(t, u"Becker"_s);
    CHECK(thomas.externalId == u"opera:884211"_s);
    CHECK(thomas.birthday == QDate(1971, 3, 4)); // MM/DD/YYYY, as OPERA writes
    CHECK(thomas.vipLevel == 2);                 // "VIP2"
    CHECK(thomas.city == u"Stuttgart"_s);
    CHECK(guestNamed(t, u"Tsiklauri"_s).birthday == QDate(1993, 12, 25));
}

TEST_CASE("Import presets: importing the same file twice adds no one the second time")
{
    TempDatabase t;
    for (const char *file : {"opera-profiles.txt", "google-contacts.csv", "linkedin-connections.csv"}) {
        INFO(file);
        REQUIRE_OK(importFile(t, exported(file)));
        const qint64 guests = t.count(u"guests"_s);
        const qint64 contacts = t.count(u"guest_contacts"_s);
        auto dry = [&] {
            GuestCsvImport check(t.db());
            return check.run(exported(file), true);
        }();
        REQUIRE_OK(dry);
        CHECK(dry->guests == 0);
        CHECK(dry->merged == dry->rows);
        auto again = importFile(t, exported(file));
        REQUIRE_OK(again);
        CHECK(again->guests == 0);
        CHECK(again->merged == again->rows);
        CHECK(t.count(u"guests"_s) == guests);
        CHECK(t.count(u"guest_contacts"_s) == contacts);
    }
    // Davit has no e-mail, phone or birthday: the one stored guest of his name is him. Adding anyway
    // is the person's choice.
    GuestImportChoices add;
    add.onDuplicate = OnDuplicate::Add;
    auto added = importFile(t, exported("linkedin-connections.csv"), add);
    REQUIRE_OK(added);
    CHECK(added->guests == 2);
}

TEST_CASE("Import presets: the dry run counts a person on two rows of the file once, as the import does")
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, "twice.csv",
                                   "given_name,family_name,email,birthday\n"
                                   "Lilit,Sargsyan,lilit@example.am,\n"
                                   "Lilit,Sargsyan,LILIT@example.am,\n"
                                   "Aram,Petrosyan,,1984-05-12\n"
                                   "Aram,Petrosyan,,1984-05-12\n"
                                   "Aram,Petrosyan,,1990-01-01\n");
    TempDatabase t;
    auto dry = GuestCsvImport(t.db()).run(path, true);
    REQUIRE_OK(dry);
    auto done = importFile(t, path);
    REQUIRE_OK(done);
    CHECK(dry->guests == 3);
    CHECK(dry->merged == 2);
    CHECK(done->guests == dry->guests);
    CHECK(done->merged == dry->merged);
    CHECK(t.count(u"guests"_s) == 3);
}

TEST_CASE("Import presets: an OPERA profile found by its id takes the new e-mail, never a second guest")
{
    TempDatabase t;
    REQUIRE_OK(importFile(t, exported("opera-profiles.txt")));
    QTemporaryDir dir;
    const QString later = writeFile(dir, "opera-later.txt",
                                    "NAME_ID|FIRST|LAST|EMAIL\n884211|Thomas|Becker|thomas@example.org\n");
    auto merged = importFile(t, later);
    REQUIRE_OK(merged);
    CHECK(merged->merged == 1);
    CHECK(t.count(u"guests"_s) == 2);
    CHECK(guestNamed(t, u"Becker"_s).emails
          == QStringList{u"t.becker@example.de"_s, u"thomas@example.org"_s});

    // Added anyway, the id is still one guest's: the row is refused, naming the holder.
    GuestImportChoices add;
    add.onDuplicate = OnDuplicate::Add;
    auto refused = importFile(t, later, add);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().field == u"external_id"_s);
    CHECK(refused.error().line == 2);
    CHECK(refused.error().message.contains(u"Thomas Becker"_s));
    CHECK(t.count(u"guests"_s) == 2);
}

TEST_CASE("Import presets: slashed dates are read only when they can mean one day")
{
    QTemporaryDir dir;
    const QString path = writeFile(
        dir, "dates.csv", "given_name,family_name,birthday\nAna,Day,25/12/1990\nBen,Month,03/04/1980\n");
    TempDatabase t;
    auto ambiguous = importFile(t, path);
    REQUIRE_FALSE(ambiguous.has_value());
    CHECK(ambiguous.error().line == 3);
    CHECK(ambiguous.error().field == u"birthday"_s);
    CHECK(ambiguous.error().message.contains(u"--date-format"_s));
    CHECK(t.count(u"guests"_s) == 0);

    GuestImportChoices dayFirst;
    dayFirst.dateFormat = u"DD/MM/YYYY"_s;
    REQUIRE_OK(importFile(t, path, dayFirst));
    CHECK(guestNamed(t, u"Month"_s).birthday == QDate(1980, 4, 3));
    CHECK(guestNamed(t, u"Day"_s).birthday == QDate(1990, 12, 25));

    // A format that contradicts a date is that row's error, not a guess.
    TempDatabase other;
    GuestImportChoices monthFirst;
    monthFirst.dateFormat = u"MM/DD/YYYY"_s;
    auto contradicted = importFile(other, path, monthFirst);
    REQUIRE_FALSE(contradicted.has_value());
    CHECK(contradicted.error().line == 2);

    GuestImportChoices unknown;
    unknown.dateFormat = u"YYYY/DD/MM"_s;
    auto badFormat = importFile(other, path, unknown);
    REQUIRE_FALSE(badFormat.has_value());
    CHECK(badFormat.error().field == u"date_format"_s);
}

TEST_CASE("Import presets: a preset can be named, or refused by name")
{
    QTemporaryDir dir;
    // An OPERA extract cut down to a few columns, without the NAME_ID that identifies it.
    const QString path = writeFile(dir, "cut.txt", "FIRST|LAST|BIRTH_DATE\nMariam|Tsiklauri|12/05/1993\n");
    TempDatabase t;
    auto unnamed = importFile(t, path);
    REQUIRE_FALSE(unnamed.has_value()); // 12/05/1993 could be either
    GuestImportChoices opera;
    opera.preset = u"opera"_s;
    auto named = importFile(t, path, opera);
    REQUIRE_OK(named);
    CHECK(named->preset == u"opera"_s);
    CHECK(guestNamed(t, u"Tsiklauri"_s).birthday == QDate(1993, 12, 5));

    GuestImportChoices wrong;
    wrong.preset = u"excel"_s;
    auto refused = importFile(t, path, wrong);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().field == u"preset"_s);
    CHECK(refused.error().message.contains(u"opera"_s));

    // "none" reads a recognised file by its column names alone.
    GuestImportChoices none;
    none.preset = u"none"_s;
    none.ignoreUnknown = true;
    auto plain = importFile(t, exported("qloapps-customers.csv"), none);
    REQUIRE_OK(plain);
    CHECK(plain->preset.isEmpty());
    CHECK(guestNamed(t, u"Rossi"_s).externalId.isEmpty());
}

TEST_CASE("Import presets: an external id belongs to one guest")
{
    TempDatabase t;
    GuestService guests(t.db());
    Guest first;
    first.givenName = u"Ruzanna"_s;
    first.familyName = u"Harutyunyan"_s;
    first.externalId = u"pms:77"_s;
    REQUIRE_OK(guests.add(first));
    Guest second;
    second.givenName = u"Karen"_s;
    second.familyName = u"Mkrtchyan"_s;
    second.externalId = u"pms:77"_s;
    auto refused = guests.add(second);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().field == u"external_id"_s);
    CHECK(refused.error().message.contains(u"Ruzanna Harutyunyan"_s));
    second.externalId = u"pms:78"_s;
    auto karen = guests.add(second);
    REQUIRE_OK(karen);
    karen->externalId = u"pms:77"_s;
    CHECK_FALSE(guests.update(*karen).has_value());
}
