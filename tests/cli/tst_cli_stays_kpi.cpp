// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// innkeep-cli stay add / list / cancel and kpi, run as a real process on a venue built with the
// CLI itself.
#include "clisandbox.h"

#include <QCryptographicHash>
#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

using Run = CliRun;

QString iso(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

QDate today()
{
    return QDate::currentDate();
}

QString daysAgo(qint64 days)
{
    return iso(today().addDays(-days));
}

void checkRefused(const Run &run, int code, const QString &named)
{
    INFO(run.err.toStdString());
    CHECK(run.code == code);
    CHECK(run.oneLineError());
    CHECK(run.err.contains(named));
    CHECK(run.out.isEmpty());
}

class Sandbox : public CliSandbox
{
public:
    Sandbox() { REQUIRE(onDb({u"init"_s}).code == 0); }

    [[nodiscard]] QString guest(const QString &family, QStringList more = {}) const
    {
        more.prepend(family);
        more.prepend(u"--family"_s);
        more.prepend(u"Test"_s);
        more.prepend(u"--given"_s);
        more.prepend(u"add"_s);
        more.prepend(u"guest"_s);
        return onDb(more).id();
    }
    // A stay arriving `arrival` days ago (negative: ahead) for `nights` nights.
    [[nodiscard]] QString stay(const QString &guest, qint64 arrival, qint64 nights,
                               QStringList more = {}) const
    {
        QStringList arguments{u"stay"_s,
                              u"add"_s,
                              guest,
                              u"--arrival"_s,
                              daysAgo(arrival),
                              u"--departure"_s,
                              daysAgo(arrival - nights)};
        arguments += more;
        return onDb(arguments).id();
    }
    void feedback(const QString &rating, const QString &received, QStringList more = {}) const
    {
        QStringList arguments{u"feedback"_s, u"add"_s, u"--rating"_s, rating, u"--received"_s, received};
        if (!more.contains(u"--channel"_s))
            arguments << u"--channel"_s << u"survey"_s;
        arguments += more;
        (void)onDb(arguments).id();
    }
    // The database file's bytes and every table's row count: "nothing written" means both equal.
    [[nodiscard]] QPair<QByteArray, QJsonObject> state() const
    {
        QFile file(db());
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray hash = QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
        return {hash, counts()};
    }
    Run kpi(QStringList arguments) const
    {
        arguments.prepend(u"kpi"_s);
        return onDb(arguments);
    }
};

} // namespace

TEST_CASE("CLI stay add, list, cancel: a round trip")
{
    Sandbox s;
    const QString guest = s.guest(u"Stayer"_s);
    const QString first =
        s.onDb({u"stay"_s, u"add"_s, guest, u"--arrival"_s, u"2026-03-01"_s, u"--departure"_s,
                u"2026-03-04"_s, u"--room"_s, u"12"_s, u"--rate"_s, u"120.00"_s, u"--currency"_s, u"eur"_s,
                u"--channel"_s, u"OTA"_s, u"--booking-ref"_s, u"BK-77"_s, u"--status"_s, u"checked-out"_s})
            .id();
    // No rate, no room: a day use (0 nights) in the venue's currency; the id in capitals is the same id.
    const QString second = s.onDb({u"stay"_s, u"add"_s, guest.toUpper(), u"--arrival"_s, u"2026-05-10"_s,
                                   u"--departure"_s, u"2026-05-10"_s})
                               .id();
    CHECK(first != second);

    const Run listed = s.onDb({u"stay"_s, u"list"_s, guest, u"--json"_s});
    REQUIRE(listed.code == 0);
    const QJsonArray stays = listed.jsonArray();
    REQUIRE(stays.size() == 2);
    const QJsonObject newest = stays.at(0).toObject();
    const QJsonObject older = stays.at(1).toObject();
    CHECK(newest[u"uuid"_s].toString() == second); // newest first
    CHECK(newest[u"nights"_s].toInt() == 0);
    CHECK(newest[u"status"_s].toString() == u"booked"_s);
    CHECK(newest[u"channel"_s].toString() == u"direct"_s);
    CHECK(older[u"uuid"_s].toString() == first);
    CHECK(older[u"guest_uuid"_s].toString() == guest);
    CHECK(older[u"arrival"_s].toString() == u"2026-03-01"_s);
    CHECK(older[u"departure"_s].toString() == u"2026-03-04"_s);
    CHECK(older[u"nights"_s].toInt() == 3);
    CHECK(older[u"room"_s].toString() == u"12"_s);
    CHECK(older[u"rate_minor"_s].toInteger() == 12000);
    CHECK(older[u"revenue_minor"_s].toInteger() == 36000); // 3 nights × 120.00
    CHECK(older[u"currency"_s].toString() == u"EUR"_s);
    CHECK(older[u"channel"_s].toString() == u"ota"_s);
    CHECK(older[u"booking_ref"_s].toString() == u"BK-77"_s);
    CHECK(older[u"status"_s].toString() == u"checked-out"_s);

    const Run text = s.onDb({u"stay"_s, u"list"_s, guest});
    INFO(text.out.toStdString());
    REQUIRE(text.code == 0);
    const QStringList lines = text.out.split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 2);
    CHECK(lines.at(1).startsWith(first));
    CHECK(lines.at(1).contains(u"3 night"_s));
    CHECK(lines.at(1).contains(u"360.00 EUR"_s));
    CHECK(lines.at(1).contains(u"room 12"_s));
    CHECK(lines.at(1).contains(u"BK-77"_s));

    const Run cancelled = s.onDb({u"stay"_s, u"cancel"_s, first});
    CHECK(cancelled.id() == first);
    const QJsonArray after = s.onDb({u"stay"_s, u"list"_s, guest, u"--json"_s}).jsonArray();
    REQUIRE(after.size() == 2);
    CHECK(after.at(1)[u"status"_s].toString() == u"cancelled"_s);
    CHECK(after.at(1)[u"revenue_minor"_s].toInteger() == 36000);
    CHECK(after.at(0)[u"status"_s].toString() == u"booked"_s);
    // The guest's roll-up no longer counts it.
    const QJsonObject shown = s.onDb({u"guest"_s, u"show"_s, guest, u"--json"_s}).json();
    CHECK(shown[u"rollup"_s][u"nights"_s].toInt() == 0);

    // A guest with no stays.
    const QString other = s.guest(u"Nobody"_s);
    const Run none = s.onDb({u"stay"_s, u"list"_s, other});
    CHECK(none.code == 0);
    CHECK(none.out == u"No stays.\n"_s);
    CHECK(s.onDb({u"stay"_s, u"list"_s, other, u"--json"_s}).out == u"[]\n"_s);

    CHECK(s.onDb({u"stay"_s, u"--help"_s}).code == 2); // the group needs a subcommand
    const Run help = s.onDb({u"stay"_s, u"add"_s, u"--help"_s});
    CHECK(help.code == 0);
    CHECK(help.out.contains(u"Usage: innkeep-cli stay add"_s));
    for (const QString &option : {u"--arrival"_s, u"--departure"_s, u"--rate"_s, u"--currency"_s,
                                  u"--status"_s, u"--channel"_s, u"--booking-ref"_s, u"--room"_s})
        CHECK(help.out.contains(option));
    CHECK(s.cli({u"--help"_s}).out.contains(u"stay cancel"_s));
}

TEST_CASE("CLI stay add, cancel: bad input is refused and nothing is written")
{
    Sandbox s;
    const QString guest = s.guest(u"Careful"_s);
    const QString kept = s.stay(guest, 30, 2);
    const auto before = s.state();
    const auto add = [&](QStringList more) {
        QStringList arguments{u"stay"_s, u"add"_s};
        arguments += more;
        return s.onDb(arguments);
    };
    const QStringList dates{u"--arrival"_s, u"2026-03-05"_s, u"--departure"_s, u"2026-03-07"_s};

    // Departure before arrival: core's rule, named by its option.
    const Run backwards = add({guest, u"--arrival"_s, u"2026-03-05"_s, u"--departure"_s, u"2026-03-04"_s});
    checkRefused(backwards, 2, u"--departure"_s);
    CHECK(backwards.err.contains(u"2026-03-04"_s));
    CHECK(backwards.err.contains(u"before the arrival"_s));
    // An unknown guest: a well-formed id no guest has.
    const Run unknown = add(QStringList{u"0b7e1c7a-1111-4222-8333-444455556666"_s} + dates);
    checkRefused(unknown, 1, u"guest"_s);
    CHECK(unknown.err.contains(u"0b7e1c7a-1111-4222-8333-444455556666"_s));
    checkRefused(add(QStringList{u"not-an-id"_s} + dates), 2, u"guest"_s);
    checkRefused(add(dates), 2, u"missing argument"_s);
    // Bad rates: not a number, more decimals than the currency has, a sign.
    for (const QString &rate : {u"abc"_s, u"120.005"_s, u"-5"_s, u"1.5"_s}) {
        QStringList more = QStringList{guest} + dates;
        more << u"--rate"_s << rate;
        if (rate == u"1.5"_s)
            more << u"--currency"_s << u"JPY"_s; // no decimals in yen
        INFO(rate.toStdString());
        checkRefused(add(more), 2, u"--rate"_s);
    }
    checkRefused(add(QStringList{guest} + dates + QStringList{u"--currency"_s, u"EURO"_s}), 2,
                 u"--currency"_s);
    const Run status = add(QStringList{guest} + dates + QStringList{u"--status"_s, u"gone"_s});
    checkRefused(status, 2, u"--status"_s);
    CHECK(status.err.contains(u"gone"_s));
    CHECK(status.err.contains(u"booked, in-house, checked-out, cancelled, no-show"_s));
    checkRefused(add({guest, u"--arrival"_s, u"2026-03-05"_s}), 2, u"--departure"_s);
    checkRefused(add({guest, u"--arrival"_s, u"5.3.2026"_s, u"--departure"_s, u"2026-03-07"_s}), 2,
                 u"--arrival"_s);
    checkRefused(add(QStringList{guest} + dates + QStringList{u"--channel"_s, QString(300, u'x')}), 2,
                 u"--channel"_s);

    // Cancel: an unknown stay fails, a malformed id is a usage error.
    const Run noStay = s.onDb({u"stay"_s, u"cancel"_s, u"0b7e1c7a-1111-4222-8333-444455556666"_s});
    checkRefused(noStay, 1, u"stay"_s);
    checkRefused(s.onDb({u"stay"_s, u"cancel"_s, u"12"_s}), 2, u"stay"_s);
    checkRefused(s.onDb({u"stay"_s, u"cancel"_s}), 2, u"missing argument"_s);
    checkRefused(s.onDb({u"stay"_s, u"list"_s, u"0b7e1c7a-1111-4222-8333-444455556666"_s}), 1, u"guest"_s);

    const auto after = s.state();
    CHECK(after.second == before.second);
    CHECK(after.first == before.first);
    CHECK(s.onDb({u"stay"_s, u"list"_s, guest, u"--json"_s}).jsonArray().size() == 1);
    (void)kept;
}

namespace {

// Five guests whose stays are counted by hand (T = today, period P = T-25 .. T-1, 25 days, so
// never a whole month: the previous period is T-50 .. T-26):
//   A (DE, VIP 1): stays arriving T-400 and T-10          -> in P, 2 stays by P's end: repeat
//   B:             T-20; T-12 cancelled (stay cancel); T-200 added as cancelled -> 1 stay: not
//   C (DE):        T-15; T+5 booked (after P); T-40 no-show -> 1 stay by P's end: not
//   D:             T-100 only                              -> not in P
//   E (AM):        T-22 and T-5                            -> repeat
// Repeat-guest rate over P = {A, E} / {A, B, C, E} = 2 / 4 = 0.5, count 4. The previous period has
// no counted arrival (C's no-show does not count): null, count 0; a year before likewise.
// NPS answers in P: 10 (A's), 9, 7, 3 -> promoters 2, detractors 1: 100 × (2 - 1) / 4 = 25, count 4.
// The previous period has one answer, 6: 100 × (0 - 1) / 1 = -100. A 4/5 rating is not an NPS answer.
class Venue : public Sandbox
{
public:
    Venue()
    {
        a = guest(u"Alpha"_s, {u"--nationality"_s, u"DE"_s, u"--vip"_s, u"1"_s});
        const QString b = guest(u"Bravo"_s);
        const QString c = guest(u"Charlie"_s, {u"--nationality"_s, u"de"_s});
        const QString d = guest(u"Delta"_s);
        const QString e = guest(u"Echo"_s, {u"--nationality"_s, u"AM"_s});
        (void)stay(a, 400, 3, {u"--status"_s, u"checked-out"_s, u"--rate"_s, u"100"_s});
        (void)stay(a, 10, 2, {u"--rate"_s, u"150.50"_s});
        (void)stay(b, 20, 1);
        const QString cancelled = stay(b, 12, 2);
        REQUIRE(onDb({u"stay"_s, u"cancel"_s, cancelled}).id() == cancelled);
        (void)stay(b, 200, 1, {u"--status"_s, u"cancelled"_s});
        (void)stay(c, 15, 3);
        (void)stay(c, -5, 2);
        (void)stay(c, 40, 2, {u"--status"_s, u"no-show"_s});
        (void)stay(d, 100, 4);
        (void)stay(e, 22, 1);
        (void)stay(e, 5, 1);

        feedback(u"nps:10"_s, u"3d"_s, {u"--guest"_s, a});
        feedback(u"nps:9"_s, u"4d"_s);
        feedback(u"nps:7"_s, u"6d"_s);
        feedback(u"nps:3"_s, u"8d"_s, {u"--channel"_s, u"email"_s});
        feedback(u"4/5"_s, u"2d"_s);
        feedback(u"nps:6"_s, u"40d"_s);
        (void)onDb({u"ticket"_s, u"add"_s, u"--guest"_s, a, u"--category"_s, u"noise"_s, u"--severity"_s,
                    u"high"_s, u"--text"_s, u"Loud music next door"_s})
            .id();
    }
    [[nodiscard]] QStringList period() const { return {u"--from"_s, daysAgo(25), u"--to"_s, daysAgo(1)}; }
    QString a;
};

} // namespace

TEST_CASE("CLI kpi --json: repeat-guest rate and NPS on a hand-made venue")
{
    Venue v;
    const auto before = v.counts();
    const Run run = v.kpi(v.period() + QStringList{u"--json"_s});
    INFO(run.err.toStdString());
    REQUIRE(run.code == 0);
    const QJsonObject report = run.json();
    CHECK(report[u"from"_s].toString() == daysAgo(25));
    CHECK(report[u"to"_s].toString() == daysAgo(1));
    CHECK(report[u"previous_from"_s].toString() == daysAgo(50));
    CHECK(report[u"previous_to"_s].toString() == daysAgo(26));
    CHECK(report[u"year_before_from"_s].toString() == iso(today().addDays(-25).addYears(-1)));
    CHECK(report[u"year_before_to"_s].toString() == iso(today().addDays(-1).addYears(-1)));
    CHECK(report[u"currency"_s].isString());
    CHECK(report[u"filter"_s].toObject().isEmpty());

    const QJsonObject repeat = report[u"repeat_guest_rate"_s].toObject();
    CHECK(repeat[u"value"_s].toDouble() == 0.5);
    CHECK(repeat[u"count"_s].toInteger() == 4);
    CHECK(repeat[u"previous"_s].isNull());
    CHECK(repeat[u"previous_count"_s].toInteger() == 0);
    CHECK(repeat[u"year_before"_s].isNull());
    CHECK(repeat[u"unit"_s].toString() == u"rate"_s);
    CHECK(repeat[u"formula"_s].toString().contains(u"at least two stays"_s));

    const QJsonObject nps = report[u"nps"_s].toObject();
    CHECK(nps[u"value"_s].toDouble() == 25.0);
    CHECK(nps[u"count"_s].toInteger() == 4);
    CHECK(nps[u"previous"_s].toDouble() == -100.0);
    CHECK(nps[u"previous_count"_s].toInteger() == 1);
    CHECK(nps[u"year_before"_s].isNull());
    CHECK(nps[u"year_before_count"_s].toInteger() == 0);

    // Every KPI of the board (more arrive with other work) has the four members.
    for (auto it = report.constBegin(); it != report.constEnd(); ++it) {
        if (!it.value().isObject() || it.key() == u"filter"_s)
            continue;
        const QJsonObject k = it.value().toObject();
        INFO(it.key().toStdString());
        for (const QString &member : {u"value"_s, u"count"_s, u"previous"_s, u"year_before"_s})
            CHECK(k.contains(member));
        CHECK((k[u"value"_s].isDouble() || k[u"value"_s].isNull()));
        CHECK((k[u"value"_s].isNull() || k[u"count"_s].toInteger() > 0)); // nothing counted is null, not 0
    }
    CHECK(v.counts() == before); // kpi only reads
}

TEST_CASE("CLI kpi: filters")
{
    Venue v;
    const auto kpis = [&](QStringList more) {
        const Run run = v.kpi(v.period() + QStringList{u"--json"_s} + more);
        INFO(run.err.toStdString());
        REQUIRE(run.code == 0);
        return run.json();
    };
    // Nationality DE: A and C arrived in P, A is a repeat guest. Feedback without a guest is left out
    // while a guest filter is set, so the only NPS answer is A's 10.
    const QJsonObject german = kpis({u"--nationality"_s, u"de"_s});
    CHECK(german[u"filter"_s][u"nationality"_s].toString() == u"DE"_s);
    CHECK(german[u"repeat_guest_rate"_s][u"value"_s].toDouble() == 0.5);
    CHECK(german[u"repeat_guest_rate"_s][u"count"_s].toInteger() == 2);
    CHECK(german[u"nps"_s][u"value"_s].toDouble() == 100.0);
    CHECK(german[u"nps"_s][u"count"_s].toInteger() == 1);
    CHECK(german[u"nps"_s][u"previous"_s].isNull());

    const QJsonObject vip = kpis({u"--vip"_s});
    CHECK(vip[u"filter"_s][u"vip"_s].toBool());
    CHECK(vip[u"repeat_guest_rate"_s][u"value"_s].toDouble() == 1.0);
    CHECK(vip[u"repeat_guest_rate"_s][u"count"_s].toInteger() == 1);

    // Nobody speaks Georgian: nothing to count is null, not 0.
    const QJsonObject none = kpis({u"--language"_s, u"ka"_s});
    CHECK(none[u"repeat_guest_rate"_s][u"value"_s].isNull());
    CHECK(none[u"repeat_guest_rate"_s][u"count"_s].toInteger() == 0);
    CHECK(none[u"nps"_s][u"value"_s].isNull());

    // Feedback channel: stays are not filtered by it; survey answers 10, 9, 7 -> 100 × 2 / 3.
    const QJsonObject survey = kpis({u"--channel"_s, u"survey"_s});
    CHECK(survey[u"repeat_guest_rate"_s][u"value"_s].toDouble() == 0.5);
    CHECK(survey[u"nps"_s][u"count"_s].toInteger() == 3);
    CHECK(survey[u"nps"_s][u"value"_s].toDouble() == Approx(200.0 / 3.0));
}

TEST_CASE("CLI kpi: the table, the formulas, the default period")
{
    Venue v;
    const Run run = v.kpi(v.period());
    INFO(run.out.toStdString());
    INFO(run.err.toStdString());
    REQUIRE(run.code == 0);
    const QStringList lines = run.out.split(u'\n');
    CHECK(lines.at(0).startsWith(u"KPIs, "_s));
    const auto row = [&](const QString &title) {
        for (const QString &line : lines)
            if (line.startsWith(title))
                return line.mid(title.size()).simplified();
        return QString();
    };
    CHECK(run.out.contains(u"KPI "_s));
    CHECK(run.out.contains(u"A year before"_s));
    CHECK(row(u"Repeat guests"_s) == u"50.0% 4 — —"_s);
    CHECK(row(u"Net Promoter Score"_s) == u"25.0 4 -100.0 —"_s);
    CHECK(!run.out.contains(u"Formulas:"_s));

    const Run formulas = v.kpi(v.period() + QStringList{u"--formulas"_s});
    REQUIRE(formulas.code == 0);
    CHECK(formulas.out.contains(u"Formulas:"_s));
    CHECK(formulas.out.contains(u"Repeat guests: Among guests with a stay arriving in the period"_s));
    CHECK(formulas.out.contains(u"Net Promoter Score: Feedback on the NPS scale"_s));

    const Run filtered = v.kpi(v.period() + QStringList{u"--vip"_s, u"--source"_s, u"direct"_s});
    REQUIRE(filtered.code == 0);
    CHECK(filtered.out.split(u'\n').at(1) == u"Only: source direct, VIP guests"_s);

    // Default: last month, whole.
    const QDate lastMonth = QDate(today().year(), today().month(), 1).addMonths(-1);
    const QJsonObject fallback = v.kpi({u"--json"_s}).json();
    CHECK(fallback[u"from"_s].toString() == iso(lastMonth));
    CHECK(fallback[u"to"_s].toString() == iso(lastMonth.addMonths(1).addDays(-1)));
    // --from alone runs to today; --to alone from the first of its month.
    const QJsonObject from = v.kpi({u"--json"_s, u"--from"_s, daysAgo(3)}).json();
    CHECK(from[u"to"_s].toString() == iso(today()));
    const QJsonObject to = v.kpi({u"--json"_s, u"--to"_s, u"2026-02-14"_s}).json();
    CHECK(to[u"from"_s].toString() == u"2026-02-01"_s);

    const Run help = v.kpi({u"--help"_s});
    CHECK(help.code == 0);
    for (const QString &option : {u"--from"_s, u"--to"_s, u"--json"_s, u"--channel"_s, u"--nationality"_s,
                                  u"--language"_s, u"--source"_s, u"--vip"_s, u"--formulas"_s})
        CHECK(help.out.contains(option));
}

TEST_CASE("CLI kpi: bad arguments are refused with exit 2, naming the option")
{
    Sandbox s;
    const Run backwards = s.kpi({u"--from"_s, u"2026-03-10"_s, u"--to"_s, u"2026-03-01"_s});
    checkRefused(backwards, 2, u"--from"_s);
    CHECK(backwards.err.contains(u"2026-03-10"_s));
    checkRefused(s.kpi({u"--from"_s, u"2026-03-10"_s, u"--to"_s, u"March"_s}), 2, u"--to"_s);
    checkRefused(s.kpi({u"--from"_s, u"2026-02-30"_s}), 2, u"--from"_s);
    checkRefused(s.kpi({u"--from"_s, u""_s}), 2, u"--from"_s);
    checkRefused(s.kpi({u"--channel"_s, u"fax"_s}), 2, u"--channel"_s);
    checkRefused(s.kpi({u"--nationality"_s, u"Germany"_s}), 2, u"--nationality"_s);
    checkRefused(s.kpi({u"--language"_s, u"klingon"_s}), 2, u"--language"_s);
    checkRefused(s.kpi({u"--source"_s, u"web"_s}), 2, u"--source"_s);
    checkRefused(s.kpi({u"now"_s}), 2, u"now"_s);
    // A file that is not there is not created.
    const Run missing = s.cli({u"kpi"_s, u"--db"_s, s.path(u"none.sqlite"_s)});
    CHECK(missing.code == 1);
    CHECK(!QFile::exists(s.path(u"none.sqlite"_s)));
}
