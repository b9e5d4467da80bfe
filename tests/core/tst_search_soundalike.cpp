// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Names found however they are spelled in Latin letters: sound-alike keys beside the spelled ones.
#include "guests/guestservice.h"
#include "search/guestsearch.h"
#include "search/searchindex.h"
#include "stays/stayservice.h"
#include "storage/migrations.h"
#include "tempdatabase.h"

#include <QTemporaryDir>

#include <sqlite3.h>

using namespace innkeep;
using namespace innkeep::test;

namespace {

QString add(TempDatabase &t, const QString &given, const QString &family)
{
    Guest g;
    g.givenName = given;
    g.familyName = family;
    auto stored = GuestService(t.db()).add(g);
    REQUIRE(stored.has_value());
    return stored->uuid;
}

QStringList found(TempDatabase &t, const QString &text)
{
    auto hits = GuestSearch(t.db()).search(text);
    REQUIRE(hits.has_value());
    QStringList uuids;
    for (const SearchHit &hit : std::as_const(*hits))
        uuids.append(hit.uuid);
    return uuids;
}

void stay(TempDatabase &t, const QString &guest, int fromDays, int nights, const QString &room,
          StayStatus status)
{
    const QDate today = t.db().clock().today();
    Stay s;
    s.guestUuid = guest;
    s.arrival = today.addDays(fromDays);
    s.departure = s.arrival.addDays(nights);
    s.room = room;
    s.status = status;
    auto stored = StayService(t.db()).add(s);
    INFO((stored ? QString() : stored.error().toString()).toStdString());
    REQUIRE(stored.has_value());
}

} // namespace

TEST_CASE("A room number finds the guest in the room now, then its arrivals, then its past guests")
{
    TempDatabase t;
    QStringList past;
    for (int i = 0; i < 8; ++i) {
        past.append(add(t, QStringLiteral("Past"), QStringLiteral("Guest%1").arg(QChar(u'A' + i))));
        stay(t, past.last(), -400 + i * 30, 3, QStringLiteral("303"), StayStatus::CheckedOut);
    }
    const QString arriving = add(t, QStringLiteral("Next"), QStringLiteral("Arrival"));
    stay(t, arriving, 4, 2, QStringLiteral("303"), StayStatus::Booked);
    const QString occupant = add(t, QStringLiteral("Now"), QStringLiteral("Sleeping"));
    stay(t, occupant, -1, 3, QStringLiteral("303"), StayStatus::InHouse);
    const QString elsewhere = add(t, QStringLiteral("Other"), QStringLiteral("Room"));
    stay(t, elsewhere, -1, 3, QStringLiteral("304"), StayStatus::InHouse);

    auto hits = GuestSearch(t.db()).search(QStringLiteral("303"));
    REQUIRE(hits.has_value());
    REQUIRE(hits->size() >= 10);
    CHECK(hits->at(0).uuid == occupant);
    CHECK(hits->at(0).inHouse);
    CHECK(hits->at(0).matched == QStringLiteral("room"));
    CHECK(hits->at(0).room == QStringLiteral("303"));
    CHECK(hits->at(1).uuid == arriving);
    CHECK(hits->at(1).stayStatus == QStringLiteral("booked"));
    CHECK(hits->at(2).uuid == past.last()); // the latest past stay first
    CHECK(hits->at(9).uuid == past.first());
    for (const SearchHit &hit : std::as_const(*hits))
        CHECK(hit.uuid != elsewhere);
}

TEST_CASE("Today's arrival ranks above past namesakes, and every hit shows its stay and VIP level")
{
    TempDatabase t;
    for (int i = 0; i < 30; ++i) {
        const QString namesake =
            add(t, QStringLiteral("A%1").arg(i, 2, 10, QLatin1Char('0')), QStringLiteral("Petrosyan"));
        stay(t, namesake, -900 + i, 2, QStringLiteral("1%1").arg(i), StayStatus::CheckedOut);
    }
    Guest vip;
    vip.givenName = QStringLiteral("Zara");
    vip.familyName = QStringLiteral("Petrosyan");
    vip.vipLevel = 3;
    const QString zara = GuestService(t.db()).add(vip)->uuid;
    stay(t, zara, 0, 2, QStringLiteral("501"), StayStatus::Booked);

    GuestSearch search(t.db());
    auto hits = search.search(QStringLiteral("Petrosyan"));
    REQUIRE(hits.has_value());
    REQUIRE(hits->size() == 20);
    CHECK_FALSE(hits->at(1).hasStay());              // the rest come bare from the index …
    REQUIRE(search.addStayFacts(*hits).has_value()); // … and get their stay when shown
    CHECK(hits->constFirst().uuid == zara);
    CHECK(hits->constFirst().vipLevel == 3);
    CHECK(hits->constFirst().room == QStringLiteral("501"));
    CHECK(hits->constFirst().arrival == t.db().clock().today());
    CHECK_FALSE(hits->constFirst().inHouse); // booked, not checked in
    CHECK(hits->at(1).hasStay());
    CHECK(hits->at(1).stayStatus == QStringLiteral("checked-out"));
}

TEST_CASE("Russian-style and -ian spellings find Armenian and Georgian names, after the exact spelling")
{
    TempDatabase t;
    const QString vardanyan = add(t, QStringLiteral("Արամ"), QStringLiteral("Վարդանյան"));
    const QString ghazaryan = add(t, QStringLiteral("Անի"), QStringLiteral("Ղազարյան"));
    const QString japaridze = add(t, QStringLiteral("ნინო"), QStringLiteral("ჯაფარიძე"));
    const QString spelled = add(t, QStringLiteral("Paul"), QStringLiteral("Vardanian"));

    CHECK(found(t, QStringLiteral("Vardanian")) == QStringList{spelled, vardanyan});
    CHECK(found(t, QStringLiteral("vardanyan")).contains(spelled)); // both ways
    CHECK(found(t, QStringLiteral("Kazaryan")) == QStringList{ghazaryan});
    CHECK(found(t, QStringLiteral("Ghazarian")) == QStringList{ghazaryan});
    CHECK(found(t, QStringLiteral("Gazar")) == QStringList{ghazaryan}); // as typed, a prefix
    CHECK(found(t, QStringLiteral("Dzhaparidze")) == QStringList{japaridze});
    CHECK(found(t, QStringLiteral("Aram Vardanian")) == QStringList{vardanyan});
    CHECK(found(t, QStringLiteral("Petrosian")).isEmpty());
    // Two letters are matched as spelled only.
    CHECK(found(t, QStringLiteral("Ka")).isEmpty());
}

TEST_CASE("Schema 7 adds the sound-alike keys of the names already in a file")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    sqlite3 *handle = nullptr;
    REQUIRE(sqlite3_open(path.toUtf8().constData(), &handle) == SQLITE_OK);
    REQUIRE(Migrations::apply(handle, 0, path, 6).value_or(0) == 6);
    REQUIRE(sqlite3_exec(handle,
                         "INSERT INTO guests(id, uuid, given_name, family_name, created_at, updated_at) "
                         "VALUES (1, 'g1', 'Aram', 'Vardanyan', 0, 0);"
                         "INSERT INTO search_names(key, guest_id) VALUES ('vardanyan', 1), ('aram', 1), "
                         "('aram vardanyan', 1), ('vardanyan aram', 1), ('101', 1);",
                         nullptr, nullptr, nullptr)
            == SQLITE_OK);
    REQUIRE(Migrations::apply(handle, 6, path).value_or(0) >= 7);
    QStringList keys;
    sqlite3_stmt *rows = nullptr;
    REQUIRE(sqlite3_prepare_v2(handle, "SELECT key FROM search_names ORDER BY key", -1, &rows, nullptr)
            == SQLITE_OK);
    while (sqlite3_step(rows) == SQLITE_ROW)
        keys.append(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(rows, 0))));
    sqlite3_finalize(rows);
    sqlite3_close(handle);
    // The same keys a guest stored now gets (aram sounds as it is spelled: no extra key).
    QStringList expected = SearchIndex::nameKeys({QStringLiteral("Aram")}, {QStringLiteral("Vardanyan")});
    expected.append(QStringLiteral("101")); // a key with digits gets no sound-alike key
    expected.sort();
    CHECK(keys == expected);
    CHECK(keys.contains(QStringLiteral("~vardanian")));
}

TEST_CASE("A guest who left last week ranks above namesakes who stayed long ago, below today's arrival")
{
    TempDatabase t;
    for (int i = 0; i < 25; ++i) {
        const QString namesake =
            add(t, QStringLiteral("B%1").arg(i, 2, 10, QLatin1Char('0')), QStringLiteral("Beridze"));
        stay(t, namesake, -700 + i, 2, QStringLiteral("2%1").arg(i), StayStatus::CheckedOut);
    }
    const QString lastWeek = add(t, QStringLiteral("Zurab"), QStringLiteral("Beridze"));
    stay(t, lastWeek, -9, 3, QStringLiteral("305"), StayStatus::CheckedOut); // left six days ago
    const QString monthAgo = add(t, QStringLiteral("Zaza"), QStringLiteral("Beridze"));
    stay(t, monthAgo, -40, 3, QStringLiteral("306"), StayStatus::CheckedOut);
    const QString arriving = add(t, QStringLiteral("Zviad"), QStringLiteral("Beridze"));
    stay(t, arriving, 1, 2, QStringLiteral("307"), StayStatus::Booked);

    const QStringList hits = found(t, QStringLiteral("Beridze"));
    REQUIRE(hits.size() >= 3);
    CHECK(hits.at(0) == arriving);
    CHECK(hits.at(1) == lastWeek);
    CHECK(hits.indexOf(monthAgo) != 2); // a month ago is no longer the desk's
}
