// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clisandbox.h"

#include <QFile>
#include <QJsonArray>

using namespace Qt::StringLiterals;

TEST_CASE("CLI: guest add refuses a likely duplicate unless told, guest duplicates lists it")
{
    CliSandbox s;
    REQUIRE(s.cli({u"init"_s, u"--db"_s, s.db()}).code == 0);
    const QString nato = s.onDb({u"guest"_s, u"add"_s, u"--given"_s, u"Nato"_s, u"--family"_s, u"Tsiklauri"_s,
                                 u"--phone"_s, u"+995 599 12 34 56"_s, u"--birthday"_s, u"1988-04-12"_s})
                             .id();
    const auto counts = s.counts();
    const CliRun refused = s.onDb({u"guest"_s, u"add"_s, u"--given"_s, u"Nato"_s, u"--family"_s,
                                   u"Tsiklaury"_s, u"--phone"_s, u"+995599123456"_s});
    CHECK(refused.code == 1);
    CHECK(refused.oneLineError());
    CHECK(refused.err.contains(nato));
    CHECK(refused.err.contains(u"--allow-duplicate"_s));
    CHECK(s.counts() == counts);

    const QString again =
        s.onDb({u"guest"_s, u"add"_s, u"--given"_s, u"Nato"_s, u"--family"_s, u"Tsiklaury"_s, u"--phone"_s,
                u"+995599123456"_s, u"--email"_s, u"nato@example.ge"_s, u"--allow-duplicate"_s})
            .id();
    // Someone else entirely is added as before.
    s.onDb({u"guest"_s, u"add"_s, u"--given"_s, u"Giorgi"_s, u"--family"_s, u"Beridze"_s}).id();

    const CliRun listed = s.onDb({u"guest"_s, u"duplicates"_s, u"--json"_s});
    REQUIRE(listed.code == 0);
    const QJsonObject json = listed.json();
    REQUIRE(json[u"count"_s].toInt() == 1);
    const QJsonObject pair = json[u"pairs"_s].toArray().at(0).toObject();
    CHECK(pair[u"score"_s].toInt() > 50);
    CHECK(pair[u"reasons"_s].toArray().contains(u"same_phone"_s));
    CHECK(pair[u"reasons"_s].toArray().contains(u"similar_name"_s));
    const QJsonArray guests = pair[u"guests"_s].toArray();
    CHECK(guests.at(0).toObject()[u"id"_s].toString() == nato);
    CHECK(guests.at(1).toObject()[u"id"_s].toString() == again);
    CHECK(guests.at(1).toObject()[u"emails"_s].toArray().contains(u"nato@example.ge"_s));
    CHECK(guests.at(0).toObject()[u"last_stay"_s].isNull());

    const CliRun human = s.onDb({u"guest"_s, u"duplicates"_s});
    REQUIRE(human.code == 0);
    CHECK(human.out.contains(u"same phone"_s));
    CHECK(human.out.contains(nato));
}

TEST_CASE("CLI: guest merge prints the merge id, guest unmerge undoes it")
{
    CliSandbox s;
    REQUIRE(s.cli({u"init"_s, u"--db"_s, s.db()}).code == 0);
    const QString keep = s.onDb({u"guest"_s, u"add"_s, u"--given"_s, u"Aram"_s, u"--family"_s, u"Vardanyan"_s,
                                 u"--phone"_s, u"+37491123456"_s, u"--city"_s, u"Yerevan"_s})
                             .id();
    const QString other = s.onDb({u"guest"_s, u"add"_s, u"--given"_s, u"Aram"_s, u"--family"_s,
                                  u"Vardanian"_s, u"--email"_s, u"aram@example.am"_s, u"--city"_s,
                                  u"Gyumri"_s, u"--birthday"_s, u"1979-02-03"_s, u"--allow-duplicate"_s})
                              .id();
    s.onDb({u"stay"_s, u"add"_s, other, u"--arrival"_s, u"2026-05-01"_s, u"--departure"_s, u"2026-05-03"_s,
            u"--room"_s, u"303"_s})
        .id();
    const QByteArray exportBefore = [&] {
        REQUIRE(s.onDb({u"export"_s, u"json"_s, u"--output"_s, s.path(u"before.json"_s)}).code == 0);
        QFile file(s.path(u"before.json"_s));
        REQUIRE(file.open(QIODevice::ReadOnly));
        return file.readAll();
    }();

    const auto counts = s.counts();
    CHECK(s.onDb({u"guest"_s, u"merge"_s, keep, other, u"--prefer"_s, u"other:shoe_size"_s}).code == 2);
    CHECK(s.onDb({u"guest"_s, u"merge"_s, keep, other, u"--prefer"_s, u"city"_s}).code == 2);
    CHECK(s.onDb({u"guest"_s, u"merge"_s, keep, keep}).code == 1);
    CHECK(s.counts() == counts);

    const QString merge = s.onDb({u"guest"_s, u"merge"_s, keep, other, u"--prefer"_s, u"other:city"_s}).id();
    const QJsonObject shown = s.onDb({u"guest"_s, u"show"_s, keep, u"--json"_s}).json();
    const QJsonObject guest = shown[u"guest"_s].toObject();
    CHECK(guest[u"city"_s].toString() == u"Gyumri"_s);
    CHECK(guest[u"family_name"_s].toString() == u"Vardanyan"_s);
    CHECK(guest[u"birthday"_s].toString() == u"1979-02-03"_s);
    CHECK(shown[u"stays"_s].toArray().size() == 1);
    CHECK(s.onDb({u"guest"_s, u"duplicates"_s}).out.contains(u"No guests look like duplicates."_s));

    CHECK(s.onDb({u"guest"_s, u"unmerge"_s, merge}).id() == other);
    REQUIRE(s.onDb({u"export"_s, u"json"_s, u"--output"_s, s.path(u"after.json"_s)}).code == 0);
    QFile after(s.path(u"after.json"_s));
    REQUIRE(after.open(QIODevice::ReadOnly));
    // Everything but the moment of the export, and the merge now on record as undone, is as it was.
    const auto withoutMoment = [](QByteArray bytes) {
        const qsizetype at = bytes.indexOf("\"exported_at\":");
        bytes.remove(at, bytes.indexOf(',', at) - at);
        const qsizetype merges = bytes.indexOf("\"guest_merges\":[");
        if (merges >= 0)
            bytes.remove(merges, bytes.indexOf("\n]", merges) - merges);
        return bytes;
    };
    CHECK(withoutMoment(after.readAll()) == withoutMoment(exportBefore));
    const CliRun twice = s.onDb({u"guest"_s, u"unmerge"_s, merge});
    CHECK(twice.code == 1);
    CHECK(twice.oneLineError());
    CHECK(s.onDb({u"guest"_s, u"unmerge"_s, u"no-such-merge"_s}).code == 1);
}

TEST_CASE("CLI: import guests --on-duplicate skip|merge|add")
{
    CliSandbox s;
    REQUIRE(s.cli({u"init"_s, u"--db"_s, s.db()}).code == 0);
    s.onDb({u"guest"_s, u"add"_s, u"--given"_s, u"Nato"_s, u"--family"_s, u"Tsiklauri"_s, u"--email"_s,
            u"nato@example.ge"_s})
        .id();
    QFile csv(s.path(u"returning.csv"_s));
    REQUIRE(csv.open(QIODevice::WriteOnly));
    csv.write("first name,last name,email,city\nNato,Tsiklauri,nato@example.ge,Tbilisi\nAna,Kapanadze,,\n");
    csv.close();

    CHECK(s.onDb({u"import"_s, u"guests"_s, csv.fileName(), u"--on-duplicate"_s, u"sometimes"_s}).code == 2);
    const QJsonObject dry = s.onDb({u"import"_s, u"guests"_s, csv.fileName(), u"--on-duplicate"_s, u"skip"_s,
                                    u"--dry-run"_s, u"--json"_s})
                                .json();
    CHECK(dry[u"guests"_s].toInt() == 1);
    CHECK(dry[u"skipped"_s].toInt() == 1);
    const CliRun merged = s.onDb({u"import"_s, u"guests"_s, csv.fileName(), u"--on-duplicate"_s, u"merge"_s});
    REQUIRE(merged.code == 0);
    CHECK(merged.out.contains(u"1 skipped"_s) == false);
    CHECK(merged.out.contains(u"0 skipped, 1 merged"_s));
    const QJsonObject listed = s.onDb({u"guest"_s, u"duplicates"_s, u"--json"_s}).json();
    CHECK(listed[u"count"_s].toInt() == 0);
}
