// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/guestcsvimport.h"
#include "guests/guestservice.h"
#include "house/openvenue.h"
#include "search/guestsearch.h"
#include "storage/statement.h"
#include "tempdatabase.h"
#include "venue/venuesettings.h"

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>

using namespace innkeep;
using namespace innkeep::test;

namespace {

QString csv(const char *name)
{
    return QStringLiteral(INNKEEP_TEST_DATA "/csv/") + QString::fromLatin1(name);
}

void useArmenianRegion(TempDatabase &t)
{
    REQUIRE_OK(VenueSettings(t.db()).setPhoneRegion(QStringLiteral("AM")));
}

// Row counts of every table a guest import writes.
QList<qint64> footprint(TempDatabase &t)
{
    QList<qint64> counts;
    for (const char *table :
         {"guests", "guest_contacts", "guest_tags", "guest_notes", "change_log", "search_names"})
        counts.append(t.count(QString::fromLatin1(table)));
    return counts;
}

Guest guestNamed(TempDatabase &t, const QString &latinFamily)
{
    Statement find(t.db(), QStringLiteral("SELECT uuid FROM guests WHERE latin_family_name = ?"));
    auto uuid = find.bind(latinFamily).scalar();
    REQUIRE(uuid.has_value());
    auto guest = GuestService(t.db()).find(uuid->toString());
    REQUIRE(guest.has_value());
    return *guest;
}

} // namespace

TEST_CASE("Import: a good file adds every guest with contacts, native names and notes")
{
    TempDatabase t;
    useArmenianRegion(t);
    OpenVenue venue(t.db());
    QSignalSpy changed(&venue.guests(), &GuestService::changed);
    QSignalSpy added(&venue.guests(), &GuestService::added);
    QSignalSpy reset(&venue.guests(), &GuestService::manyChanged);
    GuestCsvImport import(t.db());
    auto summary = import.run(csv("guests-good.csv"));
    REQUIRE_OK(summary);
    // Pages hear one "reload", not a notification per guest.
    CHECK(changed.count() == 0);
    CHECK(added.count() == 0);
    CHECK(reset.count() == 1);
    CHECK(summary->rows == 4);
    CHECK(summary->guests == 4);
    CHECK(summary->notes == 2);
    CHECK(t.count(QStringLiteral("guests")) == 4);

    const Guest aram = guestNamed(t, QStringLiteral("Petrosyan"));
    CHECK(aram.givenName == QStringLiteral("Արամ"));
    CHECK(aram.familyName == QStringLiteral("Պետրոսյան"));
    CHECK(aram.latinGivenName == QStringLiteral("Aram"));
    CHECK(aram.vipLevel == 2);
    CHECK(aram.phones == QStringList{QStringLiteral("+37491234567")});
    CHECK(aram.tags.contains(QStringLiteral("wine lover")));
    auto notes = GuestService(t.db()).notes(aram.uuid);
    REQUIRE_OK(notes);
    REQUIRE(notes->size() == 1);
    CHECK(notes->first().body == QStringLiteral("Likes a quiet room, \"away from the lift\"."));

    const Guest juergen = guestNamed(t, QStringLiteral("Müller"));
    CHECK(juergen.emails.size() == 2);
    CHECK(juergen.phones.size() == 2);
    CHECK(juergen.birthday == QDate(1975, 3, 12));
    CHECK(guestNamed(t, QStringLiteral("Beridze")).emails.size() == 2); // email + email2

    // The search index is kept current by the service: a Latin prefix finds the Armenian name.
    auto hits = GuestSearch(t.db()).search(QStringLiteral("Aram"), 5);
    REQUIRE_OK(hits);
    REQUIRE_FALSE(hits->isEmpty());
    CHECK(hits->first().uuid == aram.uuid);
}

TEST_CASE("Import: semicolon-separated files with German headers")
{
    TempDatabase t;
    useArmenianRegion(t);
    auto summary = GuestCsvImport(t.db()).run(csv("guests-semicolon.csv"));
    REQUIRE_OK(summary);
    CHECK(summary->guests == 2);
    const Guest lukas = guestNamed(t, QStringLiteral("Schneider"));
    CHECK(lukas.postalCode == QStringLiteral("10115"));
    CHECK(lukas.city == QStringLiteral("Berlin"));
    CHECK(lukas.phones == QStringList{QStringLiteral("+491707654321")});
}

TEST_CASE("Import: a bad row aborts everything and names file, line and field")
{
    TempDatabase t;
    useArmenianRegion(t);
    Guest existing;
    existing.givenName = QStringLiteral("Kept");
    existing.familyName = QStringLiteral("Guest");
    REQUIRE_OK(GuestService(t.db()).add(existing));
    const QList<qint64> before = footprint(t);

    auto failed = GuestCsvImport(t.db()).run(csv("guests-bad-email.csv"));
    REQUIRE_FALSE(failed.has_value());
    // Line 6, not record 5: the quoted name before it spans two lines.
    CHECK(failed.error().toString()
          == QStringLiteral("guests-bad-email.csv:6: email: \"x@\" is not an e-mail address."));
    CHECK(footprint(t) == before);

    auto badPhone = GuestCsvImport(t.db()).run(csv("guests-bad-phone.csv"));
    REQUIRE_FALSE(badPhone.has_value());
    CHECK(badPhone.error().line == 3);
    CHECK(badPhone.error().field == QStringLiteral("phone"));
    CHECK(footprint(t) == before);

    auto unclosed = GuestCsvImport(t.db()).run(csv("guests-unclosed-quote.csv"));
    REQUIRE_FALSE(unclosed.has_value());
    CHECK(unclosed.error().toString().startsWith(QStringLiteral("guests-unclosed-quote.csv:3: ")));
    CHECK(footprint(t) == before);
}

TEST_CASE("Import: unknown columns are refused by name, or read through a mapping")
{
    TempDatabase t;
    auto refused = GuestCsvImport(t.db()).run(csv("guests-unknown-column.csv"));
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().line == 1);
    CHECK(refused.error().message.contains(QStringLiteral("\"room_wish\"")));
    CHECK(refused.error().message.contains(QStringLiteral("\"favourite_colour\"")));

    GuestCsvImport mapped(t.db());
    mapped.setMapping({{QStringLiteral("room_wish"), QStringLiteral("notes")},
                       {QStringLiteral("favourite_colour"), QStringLiteral("ignore")}});
    auto summary = mapped.run(csv("guests-unknown-column.csv"));
    REQUIRE_OK(summary);
    CHECK(summary->notes == 1);
    CHECK(t.count(QStringLiteral("guest_notes")) == 1);
}

TEST_CASE("Import: unknown columns can be ignored and are listed, and a mapping for a missing column is refused")
{
    TempDatabase t;
    GuestCsvImport ignoring(t.db());
    ignoring.setIgnoreUnknown(true);
    auto summary = ignoring.run(csv("guests-unknown-column.csv"), true);
    REQUIRE_OK(summary);
    CHECK(summary->guests == 1);
    CHECK(summary->ignoredColumns
          == QStringList{QStringLiteral("room_wish"), QStringLiteral("favourite_colour")});

    GuestCsvImport typo(t.db());
    typo.setMapping({{QStringLiteral("room wish"), QStringLiteral("notes")}});
    typo.setIgnoreUnknown(true);
    auto refused = typo.run(csv("guests-unknown-column.csv"));
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().field == QStringLiteral("map"));
    CHECK(refused.error().message.contains(QStringLiteral("\"room wish\"")));
    CHECK(t.count(QStringLiteral("guests")) == 0);
}

TEST_CASE("Import: skip mode stores the good rows and writes the bad ones with their reasons, to fix and import again")
{
    TempDatabase t;
    const QString rejects = t.filePath(QStringLiteral("rejected.csv"));
    GuestCsvImport check(t.db());
    check.setSkipBadRows(rejects);
    auto dry = check.run(csv("guests-some-bad.csv"), true);
    REQUIRE_OK(dry);
    CHECK(dry->rejected == 2);
    CHECK_FALSE(QFileInfo::exists(rejects)); // a dry run writes nothing

    GuestCsvImport import(t.db());
    import.setSkipBadRows(rejects);
    auto summary = import.run(csv("guests-some-bad.csv"));
    REQUIRE_OK(summary);
    CHECK(summary->guests == 2);
    CHECK(summary->rejected == 2);
    CHECK(summary->rejectsFile == rejects);
    CHECK(t.count(QStringLiteral("guests")) == 2);
    CHECK(QFile::permissions(rejects)
          == (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));

    // The rejects keep the file's columns and cells as written, with the reason beside them.
    QFile written(rejects);
    REQUIRE(written.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(written.readAll());
    INFO(text.toStdString());
    const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 3);
    CHECK(lines.at(0) == QStringLiteral("given_name,family_name,email,phone,city,import_error"));
    CHECK(lines.at(1).startsWith(
        QStringLiteral("Nino,Beridze,nino@,+995 599 12 34 56,Tbilisi,\"line 3: email")));
    CHECK(lines.at(2).startsWith(QStringLiteral("Anna,Smith,anna@example.com,12,London,\"line 4: phone")));

    // Fixed in place, the rejects file imports as it is (its reason column is not read).
    QString fixed = text;
    fixed.replace(QStringLiteral("nino@,"), QStringLiteral("nino@example.ge,"));
    fixed.replace(QStringLiteral(",12,London"), QStringLiteral(",+44 20 7946 0958,London"));
    written.close();
    QFile again(rejects);
    REQUIRE(again.open(QIODevice::WriteOnly | QIODevice::Truncate));
    again.write(fixed.toUtf8());
    again.close();
    auto second = GuestCsvImport(t.db()).run(rejects);
    REQUIRE_OK(second);
    CHECK(second->guests == 2);
    CHECK(t.count(QStringLiteral("guests")) == 4);
}

TEST_CASE("Import: a national phone number is read in the row's country, else in --region, else the venue's")
{
    TempDatabase t;
    useArmenianRegion(t);
    auto summary = GuestCsvImport(t.db()).run(csv("guests-national-phones.csv"));
    REQUIRE_OK(summary);
    CHECK(guestNamed(t, QStringLiteral("Weber")).phones == QStringList{QStringLiteral("+491701234567")});
    CHECK(guestNamed(t, QStringLiteral("Beridze")).phones == QStringList{QStringLiteral("+995599123456")});
    CHECK(guestNamed(t, QStringLiteral("Petrosyan")).phones == QStringList{QStringLiteral("+37491234567")});

    // --region replaces the venue's for rows with no country; an unknown code is refused at once.
    TempDatabase other;
    useArmenianRegion(other);
    GuestCsvImport georgian(other.db());
    georgian.setRegion(QStringLiteral("ge"));
    REQUIRE_OK(georgian.run(csv("guests-national-phones.csv"), true));
    GuestCsvImport wrong(other.db());
    wrong.setRegion(QStringLiteral("XX"));
    auto refused = wrong.run(csv("guests-national-phones.csv"));
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().field == QStringLiteral("region"));
    CHECK(other.count(QStringLiteral("guests")) == 0);
}

TEST_CASE("Import: a file whose first line is a guest, not column names, is said to lack its header")
{
    TempDatabase t;
    auto refused = GuestCsvImport(t.db()).run(csv("guests-no-header.csv"));
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().line == 1);
    CHECK(refused.error().message.contains(QStringLiteral("needs a header line")));
    CHECK_FALSE(refused.error().message.contains(QStringLiteral("Unknown column")));
    // A real header with unknown columns is still reported by name.
    auto unknown = GuestCsvImport(t.db()).run(csv("guests-unknown-column.csv"));
    REQUIRE_FALSE(unknown.has_value());
    CHECK(unknown.error().message.contains(QStringLiteral("\"room_wish\"")));
}

TEST_CASE("Import: countries named in any of the UI's languages are stored as their ISO codes")
{
    TempDatabase t;
    GuestCsvImport import(t.db());
    import.setIgnoreUnknown(true);
    auto summary = import.run(csv("guests-country-names.csv"));
    REQUIRE_OK(summary);
    CHECK(summary->guests == 4);
    CHECK(summary->ignoredColumns == QStringList{QStringLiteral("Loyalty card")});
    const Guest claire = guestNamed(t, QStringLiteral("Martin"));
    CHECK(claire.country == QStringLiteral("DE"));
    CHECK(claire.nationality == QStringLiteral("FR"));
    const Guest ivan = guestNamed(t, QStringLiteral("Petrov"));
    CHECK(ivan.country == QStringLiteral("DE"));
    CHECK(ivan.nationality == QStringLiteral("RU"));
    const Guest lusine = guestNamed(t, QStringLiteral("Vardanyan"));
    CHECK(lusine.country == QStringLiteral("AM"));
    CHECK(lusine.nationality == QStringLiteral("AM"));
    CHECK(guestNamed(t, QStringLiteral("Kapanadze")).country == QStringLiteral("GE"));
}

TEST_CASE("Import: a dry run checks every row, lists the problems and writes nothing")
{
    TempDatabase t;
    useArmenianRegion(t);
    const QList<qint64> before = footprint(t);

    auto good = GuestCsvImport(t.db()).run(csv("guests-good.csv"), true);
    REQUIRE_OK(good);
    CHECK(good->dryRun);
    CHECK(good->guests == 4);
    CHECK(good->problems.isEmpty());

    auto bad = GuestCsvImport(t.db()).run(csv("guests-bad-email.csv"), true);
    REQUIRE_OK(bad);
    CHECK(bad->rows == 5);
    CHECK(bad->guests == 4);
    REQUIRE(bad->problems.size() == 1);
    CHECK(bad->problems.first().line == 6);
    CHECK(bad->problems.first().field == QStringLiteral("email"));
    CHECK(footprint(t) == before);
}

TEST_CASE("Import: progress is reported and cancelling rolls everything back")
{
    TempDatabase t;
    QByteArray text = "given_name,family_name\n";
    for (int i = 0; i < 1500; ++i)
        text += "Guest,Number" + QByteArray::number(i) + '\n';
    const QString path = t.filePath(QStringLiteral("many.csv"));
    writeBytes(path, text);

    GuestCsvImport importer(t.db());
    CancelFlag cancel{false};
    QList<ExchangeProgress> seen;
    importer.setCancelFlag(&cancel);
    importer.setProgress([&](const ExchangeProgress &progress) {
        seen.append(progress);
        cancel = true;
    });
    auto result = importer.run(path);
    REQUIRE_FALSE(result.has_value());
    CHECK(result.error().code == Error::Code::Cancelled);
    REQUIRE_FALSE(seen.isEmpty());
    CHECK(seen.first().total == text.size());
    CHECK(seen.first().done > 0);
    CHECK(t.count(QStringLiteral("guests")) == 0);

    cancel = false;
    GuestCsvImport again(t.db());
    auto done = again.run(path);
    REQUIRE_OK(done);
    CHECK(done->guests == 1500);
}

TEST_CASE("Import: a missing or empty file is a clear error")
{
    TempDatabase t;
    auto missing = GuestCsvImport(t.db()).run(t.filePath(QStringLiteral("nope.csv")));
    REQUIRE_FALSE(missing.has_value());
    CHECK(missing.error().code == Error::Code::Io);

    writeBytes(t.filePath(QStringLiteral("empty.csv")), {});
    auto empty = GuestCsvImport(t.db()).run(t.filePath(QStringLiteral("empty.csv")));
    REQUIRE_FALSE(empty.has_value());
    CHECK(empty.error().toString().startsWith(QStringLiteral("empty.csv:1: ")));
}

TEST_CASE("Import: rows prepared on worker threads are written in file order, and a late bad row still undoes all")
{
    TempDatabase t;
    useArmenianRegion(t);
    // Several batches of a thousand rows, so that workers prepare some while others are written.
    QByteArray text = "given_name,family_name,latin_given_name,latin_family_name,phone,notes\n";
    for (int i = 0; i < 3200; ++i) {
        text += "Արամ,Պետրոսյան" + QByteArray::number(i) + ",Aram,Petrosyan" + QByteArray::number(i)
                + ",+3749" + QByteArray::number(1000000 + i) + ",Room " + QByteArray::number(i) + " please\n";
    }
    const QString good = t.filePath(QStringLiteral("many.csv"));
    writeBytes(good, text);
    QByteArray broken = text;
    broken.replace(QByteArray("+3749" + QByteArray::number(1000000 + 3000)), "+37");
    const QString bad = t.filePath(QStringLiteral("late-bad.csv"));
    writeBytes(bad, broken);
    const QList<qint64> before = footprint(t);

    auto failed = GuestCsvImport(t.db()).run(bad);
    REQUIRE_FALSE(failed.has_value());
    CHECK(failed.error().file == QStringLiteral("late-bad.csv"));
    CHECK(failed.error().line == 3002); // header, then row 3000 counted from 0
    CHECK(failed.error().field == QStringLiteral("phone"));
    CHECK(footprint(t) == before);

    const qint64 logged = t.count(QStringLiteral("change_log"));
    auto summary = GuestCsvImport(t.db()).run(good);
    REQUIRE_OK(summary);
    CHECK(summary->guests == 3200);
    CHECK(t.count(QStringLiteral("guests")) == 3200);
    CHECK(t.count(QStringLiteral("guest_notes")) == 3200);
    // One change-log row per guest and per note.
    CHECK(t.count(QStringLiteral("change_log")) - logged == 6400);

    // Ids follow the file: the first row is the lowest id, the last row the highest.
    Statement order(t.db(), QStringLiteral("SELECT latin_family_name FROM guests ORDER BY id"));
    REQUIRE_OK(order.exec());
    QStringList families;
    while (order.next())
        families.append(order.text(0));
    CHECK(families.first() == QStringLiteral("Petrosyan0"));
    CHECK(families.last() == QStringLiteral("Petrosyan3199"));

    // Every guest is findable by name (keys written at the end, sorted), phone and note.
    GuestSearch search(t.db());
    auto byName = search.search(QStringLiteral("petrosyan3199"), 5);
    REQUIRE_OK(byName);
    REQUIRE(byName->size() == 1);
    CHECK(byName->first().matched == QStringLiteral("name"));
    auto byNative = search.search(QStringLiteral("Պետրոսյան1234"), 5);
    REQUIRE_OK(byNative);
    CHECK(byNative->size() == 1);
    auto byPhone = search.search(QStringLiteral("1003199"), 5);
    REQUIRE_OK(byPhone);
    REQUIRE(byPhone->size() == 1);
    CHECK(byPhone->first().latinName == QStringLiteral("Aram Petrosyan3199"));
    auto byNote = search.search(QStringLiteral("room 2718"), 5);
    REQUIRE_OK(byNote);
    REQUIRE_FALSE(byNote->isEmpty());
    CHECK(byNote->first().latinName == QStringLiteral("Aram Petrosyan2718"));
}
