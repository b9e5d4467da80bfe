// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// innkeep-cli feedback list and feedback correct with the analysis of each entry, run as a real
// process on a real venue file.
#include "clisandbox.h"
#include "common/uuid.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

using Run = CliRun;

class Sandbox : public CliSandbox
{
public:
    Sandbox() { REQUIRE(onDb({u"init"_s}).code == 0); }
    QString addFeedback(const QString &text) const
    {
        return onDb({u"feedback"_s, u"add"_s, u"--channel"_s, u"email"_s, u"--text"_s, text}).id();
    }
    QJsonArray list(QStringList arguments = {}) const
    {
        arguments.prepend(u"list"_s);
        arguments.prepend(u"feedback"_s);
        arguments << u"--json"_s;
        const Run run = onDb(arguments);
        INFO(run.err.toStdString());
        REQUIRE(run.code == 0);
        return run.jsonArray();
    }
    QStringList listedIds(const QStringList &arguments) const
    {
        QStringList ids;
        for (const QJsonValue &entry : list(arguments))
            ids << entry[u"uuid"_s].toString();
        return ids;
    }
    QJsonObject entry(const QString &id) const
    {
        for (const QJsonValue &value : list()) {
            if (value[u"uuid"_s].toString() == id)
                return value.toObject();
        }
        FAIL("no entry " << id.toStdString());
        return {};
    }
};

QStringList topicKeys(const QJsonObject &entry)
{
    QStringList keys;
    for (const QJsonValue &topic : entry[u"topics"_s].toArray())
        keys << topic[u"topic"_s].toString();
    return keys;
}

void checkRefused(const Run &run, int code, const QString &named)
{
    INFO(run.err.toStdString());
    CHECK(run.code == code);
    CHECK(run.oneLineError());
    CHECK(run.err.contains(named));
    CHECK(run.out.isEmpty());
}

} // namespace

TEST_CASE("CLI feedback list: each entry's sentiment and topics, and filters by them")
{
    Sandbox s;
    const QString filthy = s.addFeedback(u"The room was filthy and the staff were rude"_s);
    const QString lovely = s.addFeedback(u"Great location, lovely breakfast"_s);
    const QString russian = s.addFeedback(u"Очень плохой завтрак"_s);

    const QJsonObject bad = s.entry(filthy);
    CHECK(bad[u"label"_s].toString() == u"negative"_s);
    REQUIRE(bad[u"sentiment"_s].isDouble());
    CHECK(bad[u"sentiment"_s].toDouble() < 0.0);
    CHECK(bad[u"low_sentiment"_s].toBool());
    CHECK(topicKeys(bad).contains(u"cleanliness"_s));
    for (const QJsonValue &topic : bad[u"topics"_s].toArray()) {
        CHECK(topic[u"score"_s].isDouble());
        CHECK(topic[u"evidence"_s].isArray());
        // Rounded to 2 decimals, as analyze prints them.
        const double score = topic[u"score"_s].toDouble();
        CHECK(std::abs(score * 100.0 - std::round(score * 100.0)) < 1e-9);
    }
    CHECK(s.entry(lovely)[u"label"_s].toString() == u"positive"_s);

    // The table shows the label, the score and the topics' names.
    const Run table = s.onDb({u"feedback"_s, u"list"_s});
    REQUIRE(table.code == 0);
    QString badLine;
    for (const QString &line : table.out.split(u'\n')) {
        if (line.startsWith(filthy))
            badLine = line;
    }
    INFO(table.out.toStdString());
    CHECK(badLine.contains(u"Negative -0."_s));
    CHECK(badLine.contains(u"Cleanliness"_s));
    CHECK(badLine.contains(u"needs attention"_s));

    CHECK(s.listedIds({u"--label"_s, u"negative"_s}).contains(filthy));
    CHECK(!s.listedIds({u"--label"_s, u"negative"_s}).contains(lovely));
    CHECK(s.listedIds({u"--label"_s, u"positive"_s}) == QStringList{lovely});
    CHECK(s.listedIds({u"--label"_s, u"positive,negative"_s}).contains(lovely));
    CHECK(s.listedIds({u"--topic"_s, u"location"_s}) == QStringList{lovely});
    CHECK(s.listedIds({u"--language"_s, u"ru"_s}) == QStringList{russian});
    CHECK(s.listedIds({u"--language"_s, u"EN"_s}).size() == 2);
    CHECK(s.listedIds({u"--topic"_s, u"wifi"_s}).isEmpty());

    checkRefused(s.onDb({u"feedback"_s, u"list"_s, u"--label"_s, u"furious"_s}), 2, u"furious"_s);
    checkRefused(s.onDb({u"feedback"_s, u"list"_s, u"--topic"_s, u"minibar"_s}), 2, u"minibar"_s);
    checkRefused(s.onDb({u"feedback"_s, u"list"_s, u"--language"_s, u"english"_s}), 2, u"--language"_s);
}

TEST_CASE("CLI feedback correct: label and topics corrected by staff, refused without a change")
{
    Sandbox s;
    const QString id = s.addFeedback(u"The room was filthy and the staff were rude"_s);
    const QString other = s.addFeedback(u"Great location, lovely breakfast"_s);
    REQUIRE(topicKeys(s.entry(id)).contains(u"room"_s));

    const Run corrected = s.onDb({u"feedback"_s, u"correct"_s, id, u"--label"_s, u"mixed"_s, u"--topic"_s,
                                  u"+wifi"_s, u"--topic"_s, u"-room"_s, u"--json"_s});
    INFO(corrected.err.toStdString());
    REQUIRE(corrected.code == 0);
    const QJsonObject printed = corrected.json();
    CHECK(printed[u"uuid"_s].toString() == id);
    CHECK(printed[u"label"_s].toString() == u"mixed"_s);
    CHECK(printed[u"corrected_label"_s].toString() == u"mixed"_s);
    CHECK(printed[u"corrected_by"_s].toString() == u"innkeep-cli"_s);
    CHECK(printed[u"sentiment_label"_s].toString() == u"negative"_s); // the analyser's, kept
    CHECK(topicKeys(printed).contains(u"wifi"_s));
    CHECK(!topicKeys(printed).contains(u"room"_s));
    CHECK(topicKeys(printed).contains(u"cleanliness"_s));
    // What list shows from now on.
    CHECK(s.entry(id) == printed);
    CHECK(s.listedIds({u"--label"_s, u"mixed"_s}) == QStringList{id});
    CHECK(s.listedIds({u"--topic"_s, u"wifi"_s}) == QStringList{id});
    CHECK(!s.listedIds({u"--topic"_s, u"room"_s}).contains(id));

    // The readable answer: the entry's line, marked corrected; --topic=-x and a comma list work too.
    const Run text = s.onDb({u"feedback"_s, u"correct"_s, other, u"--topic=-location,+value-price"_s});
    INFO(text.err.toStdString());
    REQUIRE(text.code == 0);
    CHECK(text.out.startsWith(other));
    CHECK(text.out.contains(u"Value & price"_s));
    CHECK(text.out.contains(u"corrected"_s));
    CHECK(text.out.count(u'\n') == 1);
    CHECK(!topicKeys(s.entry(other)).contains(u"location"_s));

    // Refusals change nothing: the entries and every table's row count stay as they were.
    const QJsonArray before = s.list();
    const QJsonObject counts = s.counts();
    const auto refused = [&](const QStringList &arguments, int code, const QString &named) {
        INFO(arguments.join(u' ').toStdString());
        checkRefused(s.onDb(QStringList{u"feedback"_s, u"correct"_s} + arguments), code, named);
    };
    refused({innkeep::newUuid(), u"--label"_s, u"positive"_s}, 1, u"feedback"_s);
    refused({id, u"--label"_s, u"positive"_s, u"--topic"_s, u"+minibar"_s}, 2, u"minibar"_s);
    refused({id, u"--topic"_s, u"-minibar"_s}, 2, u"minibar"_s);
    refused({id, u"--label"_s, u"furious"_s, u"--topic"_s, u"+wifi"_s}, 2, u"furious"_s);
    refused({id, u"--topic"_s, u"wifi"_s}, 2, u"--topic"_s);
    refused({id, u"--topic"_s, u"+wifi"_s, u"--topic"_s, u"-wifi"_s}, 2, u"wifi"_s);
    refused({id}, 2, u"--label"_s);
    refused({u"not-an-id"_s, u"--label"_s, u"positive"_s}, 2, u"feedback"_s);
    refused({}, 2, u"missing argument"_s);
    refused({id, u"--clear-label"_s, u"--label"_s, u"positive"_s}, 2, u"--clear-label"_s);
    CHECK(s.list() == before);
    CHECK(s.counts() == counts);

    // --clear-label takes the label correction back; the topic corrections stay.
    const Run cleared = s.onDb({u"feedback"_s, u"correct"_s, id, u"--clear-label"_s, u"--json"_s});
    INFO(cleared.err.toStdString());
    REQUIRE(cleared.code == 0);
    CHECK(cleared.json()[u"label"_s].toString() == u"negative"_s);
    CHECK(cleared.json()[u"corrected_label"_s].toString().isEmpty());
    CHECK(topicKeys(cleared.json()).contains(u"wifi"_s));

    const Run help = s.cli({u"feedback"_s, u"correct"_s, u"--help"_s});
    CHECK(help.code == 0);
    CHECK(help.out.contains(u"Usage: innkeep-cli feedback correct"_s));
    CHECK(help.out.contains(u"--label"_s));
    CHECK(help.out.contains(u"--topic"_s));
    CHECK(s.cli({u"--help"_s}).out.contains(u"feedback correct"_s));
}

TEST_CASE("CLI feedback add --received: a card entered later keeps the day it was written")
{
    Sandbox s;
    const Run added = s.onDb({u"feedback"_s, u"add"_s, u"--channel"_s, u"comment-card"_s, u"--text"_s,
                              u"Lovely stay"_s, u"--received"_s, u"2026-03-14T09:30:00Z"_s});
    const QString id = added.id();
    CHECK(s.entry(id)[u"received_at"_s].toInteger()
          == QDateTime(QDate(2026, 3, 14), QTime(9, 30), Qt::UTC).toMSecsSinceEpoch());
    const QJsonObject counts = s.counts();
    checkRefused(s.onDb({u"feedback"_s, u"add"_s, u"--channel"_s, u"email"_s, u"--text"_s, u"Hi"_s,
                         u"--received"_s, QDate::currentDate().addDays(2).toString(Qt::ISODate)}),
                 2, u"--received"_s);
    checkRefused(s.onDb({u"feedback"_s, u"add"_s, u"--channel"_s, u"email"_s, u"--text"_s, u"Hi"_s,
                         u"--received"_s, u"last tuesday"_s}),
                 2, u"--received"_s);
    CHECK(s.counts() == counts);
}
