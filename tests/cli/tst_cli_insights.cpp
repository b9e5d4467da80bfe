// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// innkeep-cli insights trends, run as a real process on a hand-made venue file.
#include "clisandbox.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

using Run = CliRun;

// A venue whose guests found it quiet two to three weeks ago and noisy this week.
class Sandbox : public CliSandbox
{
public:
    Sandbox()
    {
        REQUIRE(onDb({u"init"_s}).code == 0);
        for (int i = 0; i < 5; ++i) {
            add(u"Nice quiet hotel, peaceful and relaxing"_s, u"20d"_s);
            add(u"The room was very noisy, terrible noise all night"_s, u"3d"_s);
        }
        add(u"The breakfast was excellent"_s, u"2d"_s);
    }
    void add(const QString &text, const QString &received) const
    {
        (void)onDb({u"feedback"_s, u"add"_s, u"--channel"_s, u"comment-card"_s, u"--text"_s, text,
                    u"--received"_s, received})
            .id();
    }
    Run trends(QStringList arguments) const
    {
        arguments.prepend(u"trends"_s);
        arguments.prepend(u"insights"_s);
        return onDb(arguments);
    }
};

QString iso(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

void checkRefused(const Run &run, const QString &named)
{
    INFO(run.err.toStdString());
    CHECK(run.code == 2);
    CHECK(run.oneLineError());
    CHECK(run.err.contains(named));
    CHECK(run.out.isEmpty());
}

} // namespace

TEST_CASE("CLI insights trends: per week, and the topic getting worse")
{
    Sandbox s;
    const QDate today = QDate::currentDate();
    const QStringList range{u"--from"_s, iso(today.addDays(-13)), u"--to"_s, iso(today)};

    const Run json = s.trends(QStringList{u"--by"_s, u"week"_s, u"--json"_s} + range);
    INFO(json.err.toStdString());
    REQUIRE(json.code == 0);
    const QJsonObject report = json.json();
    CHECK(report.keys()
          == QStringList{u"by"_s, u"from"_s, u"getting_worse"_s, u"minimum_count"_s, u"periods"_s, u"split"_s,
                         u"to"_s});
    CHECK(report[u"by"_s].toString() == u"week"_s);
    CHECK(report[u"from"_s].toString() == iso(today.addDays(-13)));
    CHECK(report[u"to"_s].toString() == iso(today));
    CHECK(report[u"split"_s].toString() == u"none"_s);
    CHECK(report[u"minimum_count"_s].isDouble());

    const QJsonArray periods = report[u"periods"_s].toArray();
    CHECK(periods.size() >= 2);
    CHECK(periods.size() <= 3);
    int entries = 0;
    int noisy = 0;
    for (const QJsonValue &period : periods) {
        CHECK(period.toObject().keys()
              == QStringList{u"analysed"_s, u"average_sentiment"_s, u"end"_s, u"entries"_s, u"group"_s,
                             u"share_negative"_s, u"start"_s, u"topics"_s});
        CHECK(period[u"start"_s].toString() >= iso(today.addDays(-13)));
        CHECK(period[u"end"_s].toString() <= iso(today));
        CHECK(period[u"average_sentiment"_s].isDouble());
        CHECK(period[u"share_negative"_s].isDouble());
        entries += period[u"entries"_s].toInt();
        for (const QJsonValue &topic : period[u"topics"_s].toArray()) {
            CHECK(topic.toObject().keys()
                  == QStringList{u"average_score"_s, u"mentions"_s, u"share_negative"_s, u"topic"_s});
            if (topic[u"topic"_s].toString() == u"noise"_s) {
                noisy += topic[u"mentions"_s].toInt();
                CHECK(topic[u"share_negative"_s].toDouble() == 1.0);
                CHECK(topic[u"average_score"_s].toDouble() < 0.0);
            }
        }
    }
    CHECK(entries == 6); // the quiet weeks are before --from
    CHECK(noisy == 5);

    const QJsonArray worse = report[u"getting_worse"_s].toArray();
    REQUIRE(worse.size() >= 1);
    const QJsonObject noise = worse.at(0).toObject();
    CHECK(noise.keys()
          == QStringList{u"average_score"_s, u"mentions"_s, u"previous_mentions"_s,
                         u"previous_share_negative"_s, u"share_negative"_s, u"topic"_s});
    CHECK(noise[u"topic"_s].toString() == u"noise"_s);
    CHECK(noise[u"mentions"_s].toInt() == 5);
    CHECK(noise[u"previous_mentions"_s].toInt() == 5);
    CHECK(noise[u"share_negative"_s].toDouble() == 1.0);
    CHECK(noise[u"previous_share_negative"_s].toDouble() == 0.0);

    const Run text = s.trends(QStringList{u"--by"_s, u"week"_s} + range);
    INFO(text.out.toStdString());
    REQUIRE(text.code == 0);
    CHECK(text.out.startsWith(u"Feedback by week, "_s));
    CHECK(text.out.contains(u"Period"_s));
    CHECK(text.out.contains(u"Most mentioned"_s));
    CHECK(text.out.contains(u" to "_s));
    CHECK(text.out.contains(u"Noise 5 (100% negative)"_s));
    CHECK(text.out.contains(
        u"Getting worse (against the period of the same length before, topics with 5 or more "
        "mentions in both):"_s));
    CHECK(text.out.contains(u"  Noise: 100% negative, was 0% (5 mentions, was 5)"_s));
}

TEST_CASE("CLI insights trends: by month over the last twelve months unless told, and refusals")
{
    Sandbox s;
    const QDate today = QDate::currentDate();
    const Run json = s.trends({u"--json"_s});
    INFO(json.err.toStdString());
    REQUIRE(json.code == 0);
    const QJsonObject report = json.json();
    CHECK(report[u"by"_s].toString() == u"month"_s);
    CHECK(report[u"to"_s].toString() == iso(today));
    CHECK(report[u"from"_s].toString() == iso(QDate(today.year(), today.month(), 1).addMonths(-11)));
    CHECK(report[u"periods"_s].toArray().size() == 12);
    int entries = 0;
    for (const QJsonValue &period : report[u"periods"_s].toArray())
        entries += period[u"entries"_s].toInt();
    CHECK(entries == 11);

    const Run text = s.trends({});
    REQUIRE(text.code == 0);
    CHECK(text.out.startsWith(u"Feedback by month, "_s));
    CHECK(text.out.count(u'\n') >= 14); // title, heading, twelve months

    // Split per channel: one row per period and channel that has entries.
    const Run split = s.trends({u"--split"_s, u"channel"_s, u"--json"_s});
    REQUIRE(split.code == 0);
    CHECK(split.json()[u"split"_s].toString() == u"channel"_s);
    for (const QJsonValue &period : split.json()[u"periods"_s].toArray())
        CHECK(period[u"group"_s].toString() == u"comment-card"_s);
    CHECK(s.trends({u"--split"_s, u"channel"_s}).out.contains(u"Comment card"_s));

    checkRefused(s.trends({u"--by"_s, u"year"_s}), u"--by"_s);
    checkRefused(s.trends({u"--from"_s, u"2026-13-01"_s}), u"--from"_s);
    checkRefused(s.trends({u"--to"_s, u"yesterday"_s}), u"--to"_s);
    checkRefused(s.trends({u"--from"_s, u"2026-05-02"_s, u"--to"_s, u"2026-05-01"_s}), u"--from"_s);
    checkRefused(s.trends({u"--split"_s, u"guest"_s}), u"--split"_s);
    checkRefused(s.trends({u"extra"_s}), u"extra"_s);
    checkRefused(s.onDb({u"feedback"_s, u"add"_s, u"--channel"_s, u"email"_s, u"--text"_s, u"Hi"_s,
                         u"--received"_s, iso(today.addDays(2))}),
                 u"--received"_s);

    const Run help = s.cli({u"insights"_s, u"trends"_s, u"--help"_s});
    CHECK(help.code == 0);
    CHECK(help.out.contains(u"Usage: innkeep-cli insights trends"_s));
    for (const QString &option : {u"--by"_s, u"--from"_s, u"--to"_s, u"--json"_s, u"--split"_s})
        CHECK(help.out.contains(option));
    CHECK(s.cli({u"--help"_s}).out.contains(u"insights trends"_s));
}
