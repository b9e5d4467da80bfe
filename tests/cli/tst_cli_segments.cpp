// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clisandbox.h"

#include <QDate>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

// A venue with three guests: Anna (two stays this year, e-mail consent), Արամ (one stay, e-mail
// consent, Yerevan in Armenian) and Nino (no stay, no consent).
struct SegmentSandbox
{
    CliSandbox s;
    QString anna;
    QString aram;
    QString nino;

    SegmentSandbox()
    {
        REQUIRE(s.cli({u"init"_s, u"--db"_s, s.db()}).code == 0);
        anna = s.onDb({u"guest"_s, u"add"_s, u"--given"_s, u"Anna"_s, u"--family"_s, u"Petrosyan"_s,
                       u"--consent"_s, u"email"_s, u"--tag"_s, u"wine"_s, u"--city"_s, u"Yerevan"_s})
                   .id();
        aram = s.onDb({u"guest"_s, u"add"_s, u"--native-given"_s, u"Արամ"_s, u"--native-family"_s,
                       u"Վարդանյան"_s, u"--given"_s, u"Aram"_s, u"--family"_s, u"Vardanyan"_s, u"--consent"_s,
                       u"email"_s, u"--city"_s, u"ԵՐԵՎԱՆ"_s})
                   .id();
        nino = s.onDb({u"guest"_s, u"add"_s, u"--given"_s, u"Nino"_s, u"--family"_s, u"Beridze"_s}).id();
        stay(anna, 40);
        stay(anna, 10);
        stay(aram, 20);
    }

    void stay(const QString &guest, int daysAgo)
    {
        const QDate arrival = QDate::currentDate().addDays(-daysAgo);
        CHECK_FALSE(s.onDb({u"stay"_s, u"add"_s, guest, u"--arrival"_s, arrival.toString(Qt::ISODate),
                            u"--departure"_s, arrival.addDays(2).toString(Qt::ISODate), u"--status"_s,
                            u"checked-out"_s})
                        .id()
                        .isEmpty());
    }
};

} // namespace

TEST_CASE("CLI: segment create saves a rule, count and members read it", "[segments]")
{
    SegmentSandbox v;
    CliSandbox &s = v.s;
    const QString rule = u"stays >= 2 AND last_stay within 365d AND consent_email"_s;
    const QString regulars = s.onDb({u"segment"_s, u"create"_s, u"Regulars"_s, u"--rule"_s, rule}).id();
    const QString yerevan =
        s.onDb({u"segment"_s, u"create"_s, u"Yerevan"_s, u"--rule"_s, u"city = \"երևան\" OR city=yerevan"_s})
            .id();
    CHECK(regulars != yerevan);

    const CliRun count = s.onDb({u"segment"_s, u"count"_s, u"regulars"_s});
    REQUIRE(count.code == 0);
    CHECK(count.out == u"1\n"_s);
    const CliRun json = s.onDb({u"segment"_s, u"count"_s, u"Regulars"_s, u"--json"_s});
    REQUIRE(json.code == 0);
    CHECK(json.json()[u"count"_s].toInt() == 1);
    CHECK(json.json()[u"rule"_s].toString() == rule);
    CHECK(json.json()[u"segment"_s].toString() == u"Regulars"_s);

    const CliRun byRule = s.onDb({u"segment"_s, u"count"_s, u"--rule"_s, u"consent_email"_s, u"--json"_s});
    REQUIRE(byRule.code == 0);
    CHECK(byRule.json()[u"count"_s].toInt() == 2);
    CHECK(byRule.json()[u"rule"_s].toString() == u"consent_email"_s);

    const CliRun members = s.onDb({u"segment"_s, u"members"_s, u"Yerevan"_s});
    REQUIRE(members.code == 0);
    // By Latin family name: Petrosyan, then Vardanyan (shown in Armenian).
    CHECK(members.out == v.anna + u"  Anna Petrosyan\n"_s + v.aram + u"  Արամ Վարդանյան\n"_s);
    const CliRun membersJson = s.onDb({u"segment"_s, u"members"_s, u"Yerevan"_s, u"--json"_s});
    REQUIRE(membersJson.code == 0);
    const QJsonArray array = membersJson.jsonArray();
    REQUIRE(array.size() == 2);
    CHECK(array.at(1).toObject()[u"guest"_s].toString() == v.aram);
    CHECK(array.at(1).toObject()[u"name"_s].toString() == u"Արամ Վարդանյան"_s);
    const CliRun none = s.onDb({u"segment"_s, u"members"_s, u"--rule"_s, u"blocked"_s, u"--json"_s});
    REQUIRE(none.code == 0);
    CHECK(none.jsonArray().isEmpty());

    const CliRun list = s.onDb({u"segment"_s, u"list"_s});
    REQUIRE(list.code == 0);
    CHECK(list.out == u"Regulars  1  "_s + rule + u"\nYerevan  2  city = երևան OR city = yerevan\n"_s);
    const CliRun listJson = s.onDb({u"segment"_s, u"list"_s, u"--json"_s});
    REQUIRE(listJson.code == 0);
    const QJsonArray segments = listJson.jsonArray();
    REQUIRE(segments.size() == 2);
    CHECK(segments.at(0).toObject()[u"name"_s].toString() == u"Regulars"_s);
    CHECK(segments.at(0).toObject()[u"uuid"_s].toString() == regulars);
    CHECK(segments.at(0).toObject()[u"rule"_s].toString() == rule);
    CHECK(segments.at(0).toObject()[u"count"_s].toInt() == 1);
    CHECK(segments.at(1).toObject()[u"count"_s].toInt() == 2);
}

TEST_CASE("CLI: a wrong rule exits 2 with one line naming the column and the token", "[segments]")
{
    SegmentSandbox v;
    CliSandbox &s = v.s;
    const auto counts = s.counts();
    const CliRun created =
        s.onDb({u"segment"_s, u"create"_s, u"Bad"_s, u"--rule"_s, u"stays >= 2 AND staays > 1"_s});
    CHECK(created.code == 2);
    CHECK(created.oneLineError());
    CHECK(
        created.err.startsWith(u"innkeep-cli segment create: rule: column 16: \"staays\" is not a field"_s));
    CHECK(created.out.isEmpty());
    CHECK(s.counts() == counts);

    const CliRun counted = s.onDb({u"segment"_s, u"count"_s, u"--rule"_s, u"last_stay within banana"_s});
    CHECK(counted.code == 2);
    CHECK(counted.oneLineError());
    CHECK(counted.err.contains(u"column 18: \"banana\""_s));
    const CliRun members = s.onDb({u"segment"_s, u"members"_s, u"--rule"_s, u"birthday_month = 13"_s});
    CHECK(members.code == 2);
    CHECK(members.err.contains(u"column 18: \"13\""_s));

    // Arguments: a rule or a name, not both, not neither; a name that is not saved.
    CHECK(s.onDb({u"segment"_s, u"count"_s}).code == 2);
    CHECK(s.onDb({u"segment"_s, u"count"_s, u"X"_s, u"--rule"_s, u"vip"_s}).code == 2);
    CHECK(s.onDb({u"segment"_s, u"create"_s, u"NoRule"_s}).code == 2);
    const CliRun unknown = s.onDb({u"segment"_s, u"count"_s, u"Nobody"_s});
    CHECK(unknown.code == 1);
    CHECK(unknown.oneLineError());

    // A taken name is a failure (1), not a usage error.
    CHECK_FALSE(s.onDb({u"segment"_s, u"create"_s, u"VIPs"_s, u"--rule"_s, u"vip"_s}).id().isEmpty());
    const CliRun again = s.onDb({u"segment"_s, u"create"_s, u"vips"_s, u"--rule"_s, u"vip >= 2"_s});
    CHECK(again.code == 1);
    CHECK(again.oneLineError());
}

TEST_CASE("CLI: values in a rule cannot reach the SQL", "[segments]")
{
    SegmentSandbox v;
    CliSandbox &s = v.s;
    const auto counts = s.counts();
    for (const QString &rule : {u"city = \"x' OR 1=1 --\""_s, u"tag in (\"a); DROP TABLE guests; --\")"_s,
                                u"city = 'Yerevan\\' OR \\'1\\'=\\'1'"_s}) {
        INFO(rule.toStdString());
        const CliRun run = s.onDb({u"segment"_s, u"count"_s, u"--rule"_s, rule});
        CHECK(run.code == 0);
        CHECK(run.out == u"0\n"_s);
    }
    const QString made = s.onDb({u"segment"_s, u"create"_s, u"Tricky"_s, u"--rule"_s,
                                 u"tag in (\"a); DROP TABLE guests; --\")"_s})
                             .id();
    CHECK(!made.isEmpty());
    const CliRun members = s.onDb({u"segment"_s, u"members"_s, u"Tricky"_s, u"--json"_s});
    REQUIRE(members.code == 0);
    CHECK(members.jsonArray().isEmpty());
    QJsonObject after = s.counts();
    CHECK(after[u"guests"_s] == counts[u"guests"_s]);
}
