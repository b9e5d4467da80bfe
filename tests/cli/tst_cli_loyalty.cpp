// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// innkeep-cli loyalty … and settings get|set, run as a real process on a venue built with the CLI.
#include "clisandbox.h"

#include <QDate>
#include <QFile>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

QString daysAgo(qint64 days)
{
    return QDate::currentDate().addDays(-days).toString(Qt::ISODate);
}

void checkRefused(const CliRun &run, int code, const QString &named)
{
    INFO(run.err.toStdString());
    CHECK(run.code == code);
    CHECK(run.oneLineError());
    CHECK(run.err.contains(named));
    CHECK(run.out.isEmpty());
}

} // namespace

TEST_CASE("CLI loyalty: tiers, points for stays, redeem within the balance, adjust and undo", "[loyalty]")
{
    CliSandbox s;
    REQUIRE(s.onDb({u"init"_s}).code == 0);
    REQUIRE(s.onDb({u"settings"_s, u"set"_s, u"loyalty.points_per_night"_s, u"10"_s}).code == 0);
    REQUIRE(s.onDb({u"settings"_s, u"set"_s, u"loyalty.points_per_stay"_s, u"50"_s}).code == 0);
    CHECK(s.onDb({u"settings"_s, u"get"_s, u"loyalty.points_per_night"_s}).out == u"10\n"_s);
    const QString guest =
        s.onDb({u"guest"_s, u"add"_s, u"--given"_s, u"Nino"_s, u"--family"_s, u"Beridze"_s}).id();
    (void)s
        .onDb({u"stay"_s, u"add"_s, guest, u"--arrival"_s, daysAgo(8), u"--departure"_s, daysAgo(5),
               u"--status"_s, u"checked-out"_s})
        .id();
    const QString member =
        s.onDb({u"loyalty"_s, u"tier"_s, u"Member"_s, u"--basis"_s, u"stays"_s, u"--threshold"_s, u"1"_s})
            .id();
    (void)s
        .onDb({u"loyalty"_s, u"tier"_s, u"Gold"_s, u"--basis"_s, u"spend"_s, u"--threshold"_s, u"1000"_s,
               u"--window-months"_s, u"12"_s})
        .id();
    const QJsonArray tiers = s.onDb({u"loyalty"_s, u"tiers"_s, u"--json"_s}).jsonArray();
    REQUIRE(tiers.size() == 2);
    CHECK(tiers.at(0).toObject().value(u"uuid"_s).toString() == member);
    CHECK(tiers.at(1).toObject().value(u"threshold"_s).toString() == u"1000.00"_s);
    checkRefused(
        s.onDb({u"loyalty"_s, u"tier"_s, u"Silver"_s, u"--basis"_s, u"miles"_s, u"--threshold"_s, u"3"_s}), 2,
        u"--basis"_s);

    QJsonObject shown = s.onDb({u"loyalty"_s, u"show"_s, guest, u"--json"_s}).json();
    CHECK(shown.value(u"tier"_s).toString() == u"Member"_s);
    CHECK(shown.value(u"balance"_s).toInteger() == 80);
    REQUIRE(shown.value(u"entries"_s).toArray().size() == 1);
    CHECK(shown.value(u"entries"_s).toArray().at(0).toObject().value(u"kind"_s).toString() == u"stay"_s);
    CHECK(shown.value(u"tier_changes"_s).toArray().size() == 1);
    // Showing again writes nothing new.
    const QJsonObject before = s.counts();
    CHECK(s.onDb({u"loyalty"_s, u"show"_s, guest}).out.contains(u"Tier: Member"_s));
    CHECK(s.counts() == before);

    // Beyond the balance: refused, one line, nothing written.
    checkRefused(s.onDb({u"loyalty"_s, u"redeem"_s, guest, u"--points"_s, u"100"_s, u"--reason"_s, u"Spa"_s}),
                 1, u"80"_s);
    CHECK(s.counts() == before);
    checkRefused(s.onDb({u"loyalty"_s, u"redeem"_s, guest, u"--points"_s, u"30"_s}), 2, u"--reason"_s);
    checkRefused(s.onDb({u"loyalty"_s, u"adjust"_s, guest, u"--points"_s, u"lots"_s, u"--reason"_s, u"x"_s}),
                 2, u"--points"_s);
    checkRefused(s.onDb({u"loyalty"_s, u"redeem"_s, guest, u"--points"_s, u"-5"_s, u"--reason"_s, u"x"_s}), 2,
                 u"--points"_s);

    (void)s.onDb({u"loyalty"_s, u"redeem"_s, guest, u"--points"_s, u"30"_s, u"--reason"_s, u"Spa"_s}).id();
    const QString typo =
        s.onDb({u"loyalty"_s, u"adjust"_s, guest, u"--points"_s, u"-10"_s, u"--reason"_s, u"Typo"_s}).id();
    CHECK(s.onDb({u"loyalty"_s, u"show"_s, guest, u"--json"_s}).json().value(u"balance"_s).toInteger() == 40);
    (void)s.onDb({u"loyalty"_s, u"undo"_s, typo, u"--reason"_s, u"Entered by mistake"_s}).id();
    checkRefused(s.onDb({u"loyalty"_s, u"undo"_s, typo, u"--reason"_s, u"again"_s}), 1, u"undone"_s);
    shown = s.onDb({u"loyalty"_s, u"show"_s, guest, u"--json"_s}).json();
    CHECK(shown.value(u"balance"_s).toInteger() == 50);
    CHECK(shown.value(u"entries"_s).toArray().size() == 4);
    checkRefused(s.onDb({u"loyalty"_s, u"show"_s, u"00000000-0000-0000-0000-000000000000"_s}), 1, u"guest"_s);

    // The programme travels in the whole-venue JSON: exported, restored into a new file and exported
    // again, the same bytes; the restored ledger gives the same balance.
    (void)s.onDb({u"segment"_s, u"create"_s, u"Members"_s, u"--rule"_s, u"tier = Member AND points > 10"_s})
        .id();
    CHECK(s.onDb({u"segment"_s, u"count"_s, u"Members"_s}).out == u"1\n"_s);
    REQUIRE(s.onDb({u"template"_s, u"add"_s, u"thanks"_s, u"--language"_s, u"ka"_s, u"--subject"_s,
                    u"მადლობა, {given_name}"_s, u"--body"_s, u"თქვენ გაქვთ {points} ქულა."_s})
                .code
            == 0);
    REQUIRE(s.onDb({u"export"_s, u"json"_s, u"--output"_s, s.path(u"one.json"_s)}).code == 0);
    const CliRun restored = s.cli(
        {u"import"_s, u"json"_s, s.path(u"one.json"_s), u"--db"_s, s.path(u"copy.sqlite"_s), u"--json"_s});
    REQUIRE(restored.code == 0);
    CHECK(restored.json().value(u"loyalty_points"_s).toInteger() == 4);
    CHECK(restored.json().value(u"loyalty_tiers"_s).toInteger() == 2);
    CHECK(restored.json().value(u"segments"_s).toInteger() == 1);
    CHECK(restored.json().value(u"message_templates"_s).toInteger() == 1);
    REQUIRE(s.cli({u"export"_s, u"json"_s, u"--output"_s, s.path(u"two.json"_s), u"--db"_s,
                   s.path(u"copy.sqlite"_s)})
                .code
            == 0);
    QFile one(s.path(u"one.json"_s));
    QFile two(s.path(u"two.json"_s));
    REQUIRE(one.open(QIODevice::ReadOnly));
    REQUIRE(two.open(QIODevice::ReadOnly));
    // Byte for byte, but for when each was written.
    static const QRegularExpression at(u"\"exported_at\":\"[^\"]*\""_s);
    CHECK(QString::fromUtf8(one.readAll()).replace(at, QString())
          == QString::fromUtf8(two.readAll()).replace(at, QString()));
    CHECK(s.cli({u"loyalty"_s, u"show"_s, guest, u"--json"_s, u"--db"_s, s.path(u"copy.sqlite"_s)})
              .json()
              .value(u"balance"_s)
              .toInteger()
          == 50);
}

TEST_CASE("CLI settings get and set: documented keys, checked values, the password never shown", "[loyalty]")
{
    CliSandbox s;
    REQUIRE(s.onDb({u"init"_s}).code == 0);
    REQUIRE(s.onDb({u"settings"_s, u"set"_s, u"smtp.url"_s, u"smtp://127.0.0.1:2525"_s}).code == 0);
    CHECK(s.onDb({u"settings"_s, u"get"_s, u"smtp.url"_s}).out == u"smtp://127.0.0.1:2525\n"_s);
    checkRefused(s.onDb({u"settings"_s, u"set"_s, u"smtp.url"_s, u"ftp://example.com"_s}), 2, u"smtp.url"_s);
    checkRefused(s.onDb({u"settings"_s, u"set"_s, u"kpi.lapsed_months"_s, u"500"_s}), 2,
                 u"kpi.lapsed_months"_s);
    checkRefused(s.onDb({u"settings"_s, u"get"_s, u"smtp.colour"_s}), 2, u"smtp.colour"_s);
    REQUIRE(s.onDb({u"settings"_s, u"set"_s, u"smtp.password"_s, u"hunter2-long"_s}).code == 0);
    const CliRun all = s.onDb({u"settings"_s, u"get"_s, u"--json"_s});
    CHECK_FALSE(all.out.contains(u"hunter2"_s));
    bool found = false;
    for (const QJsonValue &setting : all.jsonArray()) {
        if (setting.toObject().value(u"key"_s).toString() == u"smtp.password"_s) {
            found = true;
            CHECK(setting.toObject().value(u"value"_s).toString() == u"********"_s);
        }
    }
    CHECK(found);
    const CliRun exported = s.onDb({u"export"_s, u"json"_s, u"--output"_s, s.path(u"venue.json"_s)});
    REQUIRE(exported.code == 0);
    QFile file(s.path(u"venue.json"_s));
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK_FALSE(file.readAll().contains("hunter2"));
}
