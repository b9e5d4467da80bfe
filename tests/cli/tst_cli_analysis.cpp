// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// innkeep-cli analyze, run as a real process with real standard input.
#include "clisandbox.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

using Run = CliRun;

const QStringList Labels{u"positive"_s, u"negative"_s, u"neutral"_s, u"mixed"_s};
const QStringList Topics{u"room"_s,           u"cleanliness"_s,   u"bathroom"_s,    u"bed-sleep"_s,
                         u"noise"_s,          u"staff-service"_s, u"front-desk"_s,  u"food-breakfast"_s,
                         u"restaurant-bar"_s, u"location"_s,      u"value-price"_s, u"wifi"_s,
                         u"amenities"_s,      u"accessibility"_s, u"safety"_s};

// stdout split into lines; every line, the last included, ends with a line feed.
QStringList outputLines(const Run &run)
{
    INFO(run.out.toStdString());
    REQUIRE((run.out.isEmpty() || run.out.endsWith(u'\n')));
    QStringList lines = run.out.split(u'\n');
    lines.removeLast();
    return lines;
}

// One JSON Lines result: compact, keys in the documented order, each of its type.
QJsonObject checkedResult(const QString &line)
{
    INFO(line.toStdString());
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(line.toUtf8(), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(document.isObject());
    const QJsonObject result = document.object();
    CHECK(result.keys() == QStringList{u"label"_s, u"language"_s, u"score"_s, u"topics"_s});
    // Key order as written, not as QJsonObject sorts it.
    static const QRegularExpression shape(
        uR"(^\{"language":"[a-z]{2,3}","score":-?\d(\.\d{1,2})?,"label":"[a-z]+","topics":\[.*\]\}$)"_s);
    CHECK(shape.match(line).hasMatch());
    CHECK(!line.endsWith(u' '));
    CHECK(!line.contains(u"\": "_s));
    CHECK(result[u"language"_s].isString());
    REQUIRE(result[u"score"_s].isDouble());
    const double score = result[u"score"_s].toDouble();
    CHECK(score >= -1.0);
    CHECK(score <= 1.0);
    CHECK(Labels.contains(result[u"label"_s].toString()));
    REQUIRE(result[u"topics"_s].isArray());
    static const QRegularExpression topicShape(
        uR"(\{"topic":"[a-z-]+","score":-?\d(\.\d{1,2})?,"evidence":\[[^\]]*\]\})"_s);
    CHECK(line.count(topicShape) == result[u"topics"_s].toArray().size());
    for (const QJsonValue &value : result[u"topics"_s].toArray()) {
        REQUIRE(value.isObject());
        const QJsonObject topic = value.toObject();
        CHECK(topic.keys() == QStringList{u"evidence"_s, u"score"_s, u"topic"_s});
        CHECK(Topics.contains(topic[u"topic"_s].toString()));
        CHECK(topic[u"score"_s].isDouble());
        REQUIRE(topic[u"evidence"_s].isArray());
        for (const QJsonValue &word : topic[u"evidence"_s].toArray())
            CHECK(word.isString());
    }
    return result;
}

// Every file under the sandbox: analyze must leave it as it found it.
QStringList filesIn(const CliSandbox &s)
{
    QStringList files;
    QDirIterator it(s.path(u"."_s), QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    return files;
}

} // namespace

TEST_CASE("CLI analyze: one result per input line, in order, an empty line neutral")
{
    CliSandbox s;
    const QByteArray input = "The room was filthy\n\nОчень плохо\r\nშესანიშნავი სასტუმრო\n   \nՇատ լավ էր";
    const Run json = s.cli({u"analyze"_s, u"--json"_s}, input);
    INFO(json.err.toStdString());
    REQUIRE(json.code == 0);
    CHECK(json.err.isEmpty());
    const QStringList lines = outputLines(json);
    REQUIRE(lines.size() == 6);
    QStringList languages;
    for (const QString &line : lines)
        languages << checkedResult(line)[u"language"_s].toString();
    CHECK(languages.mid(1) == QStringList{u"und"_s, u"ru"_s, u"ka"_s, u"und"_s, u"hy"_s});
    // The issue's own example reads as what it is.
    const QJsonObject filthy = checkedResult(lines.at(0));
    CHECK(filthy[u"language"_s].toString() == u"en"_s);
    CHECK(filthy[u"label"_s].toString() == u"negative"_s);
    CHECK(filthy[u"score"_s].toDouble() < 0.0);
    QJsonObject cleanliness;
    for (const QJsonValue &topic : filthy[u"topics"_s].toArray()) {
        if (topic[u"topic"_s].toString() == u"cleanliness"_s)
            cleanliness = topic.toObject();
    }
    CHECK(cleanliness[u"score"_s].toDouble() < 0.0);
    CHECK(cleanliness[u"evidence"_s].toArray().contains(u"filthy"_s));
    for (const int blank : {1, 4})
        CHECK(lines.at(blank) == uR"({"language":"und","score":0,"label":"neutral","topics":[]})"_s);

    // The readable form: one line each too, the same languages first.
    const Run text = s.cli({u"analyze"_s}, input);
    REQUIRE(text.code == 0);
    const QStringList readable = outputLines(text);
    REQUIRE(readable.size() == 6);
    for (qsizetype i = 1; i < readable.size(); ++i)
        CHECK(readable.at(i).startsWith(languages.at(i) + u"  "_s));
    CHECK(readable.at(0).contains(u"Negative"_s));
    CHECK(readable.at(0).contains(u"Cleanliness"_s));
    CHECK(readable.at(0).contains(u"filthy"_s));
    CHECK(readable.at(1).contains(u"Neutral"_s));
    CHECK(readable.at(1).contains(u"0.00"_s));

    // A line ending in CR LF reads as the same text.
    CHECK(s.cli({u"analyze"_s, u"--json"_s}, "Очень плохо\r\n").out
          == s.cli({u"analyze"_s, u"--json"_s}, "Очень плохо\n").out);
    // No input, no output.
    const Run none = s.cli({u"analyze"_s, u"--json"_s}, {});
    CHECK(none.code == 0);
    CHECK(none.out.isEmpty());
}

TEST_CASE("CLI analyze: a thousand lines in, a thousand results out, in order")
{
    CliSandbox s;
    const QList<std::pair<QByteArray, QString>> texts{{"Номер был грязный, персонал грубый", u"ru"_s},
                                                      {"", u"und"_s},
                                                      {"ნომერი იყო სუფთა", u"ka"_s},
                                                      {"Սենյակը մաքուր էր", u"hy"_s}};
    QByteArray input;
    QStringList expected;
    for (int i = 0; i < 1000; ++i) {
        input += texts.at(i % texts.size()).first + '\n';
        expected << texts.at(i % texts.size()).second;
    }
    const Run run = s.cli({u"analyze"_s, u"--json"_s}, input);
    INFO(run.err.toStdString());
    REQUIRE(run.code == 0);
    const QStringList lines = outputLines(run);
    REQUIRE(lines.size() == 1000);
    QStringList languages;
    for (const QString &line : lines) {
        QJsonParseError error;
        const QJsonObject result = QJsonDocument::fromJson(line.toUtf8(), &error).object();
        REQUIRE(error.error == QJsonParseError::NoError);
        languages << result[u"language"_s].toString();
    }
    CHECK(languages == expected);
    checkedResult(lines.constFirst());
    checkedResult(lines.at(2));
}

TEST_CASE("CLI analyze: --language forces the language, and an unknown one is refused")
{
    CliSandbox s;
    const QByteArray input = "Очень плохо\nგამარჯობა\n\n";
    const Run forced = s.cli({u"analyze"_s, u"--json"_s, u"--language"_s, u"de"_s}, input);
    INFO(forced.err.toStdString());
    REQUIRE(forced.code == 0);
    const QStringList lines = outputLines(forced);
    REQUIRE(lines.size() == 3);
    CHECK(checkedResult(lines.at(0))[u"language"_s].toString() == u"de"_s);
    CHECK(checkedResult(lines.at(1))[u"language"_s].toString() == u"de"_s);
    checkedResult(lines.at(2));
    // Typed in capitals, it is the same code.
    CHECK(s.cli({u"analyze"_s, u"--json"_s, u"--language"_s, u" EN"_s}, "Очень плохо\n")
              .out.startsWith(u"{\"language\":\"en\","_s));

    for (const QString &code : {u"xx"_s, u"hy-latn"_s, u""_s, u"english"_s}) {
        const Run refused = s.cli({u"analyze"_s, u"--language"_s, code}, input);
        INFO(code.toStdString());
        INFO(refused.err.toStdString());
        CHECK(refused.code == 2);
        CHECK(refused.oneLineError());
        CHECK(refused.err.contains(u"--language"_s));
        CHECK(refused.err.contains(u'"' + code + u'"'));
        CHECK(refused.err.contains(u"en, hy, ka, ru, de, fr, es"_s));
        CHECK(refused.out.isEmpty());
    }
}

TEST_CASE("CLI analyze: a line that is not UTF-8 stops it there, naming the line")
{
    CliSandbox s;
    for (const bool json : {true, false}) {
        QStringList arguments{u"analyze"_s};
        if (json)
            arguments << u"--json"_s;
        const Run run = s.cli(arguments, "Очень плохо\n\nGood b\xFF"
                                         "ed\nnever read\n");
        INFO(run.err.toStdString());
        CHECK(run.code == 1);
        CHECK(run.oneLineError());
        CHECK(run.err.contains(u"line 3"_s));
        CHECK(run.err.contains(u"UTF-8"_s));
        CHECK(run.err.contains(u"0xFF"_s));
        // The two lines before it, complete, and nothing of the bad one.
        const QStringList lines = outputLines(run);
        REQUIRE(lines.size() == 2);
        if (json)
            checkedResult(lines.at(0));
    }
    // A truncated sequence at the very end of the input is caught too.
    const Run truncated = s.cli({u"analyze"_s}, "ok\n\xD5");
    CHECK(truncated.code == 1);
    CHECK(truncated.err.contains(u"line 2"_s));
    CHECK(outputLines(truncated).size() == 1);
}

TEST_CASE("CLI analyze: needs no database and creates none")
{
    CliSandbox s;
    REQUIRE(filesIn(s).isEmpty());
    const Run run = s.cli({u"analyze"_s, u"--json"_s}, "The breakfast was cold\n");
    INFO(run.err.toStdString());
    CHECK(run.code == 0);
    CHECK(outputLines(run).size() == 1);
    CHECK(filesIn(s).isEmpty()); // not the default venue file, not its folder
    // It is offered no --db, so it cannot be pointed at one either.
    const Run db = s.cli({u"analyze"_s, u"--db"_s, s.db()}, "x\n");
    CHECK(db.code == 2);
    CHECK(db.err.contains(u"db"_s));
    CHECK(filesIn(s).isEmpty());
    const Run help = s.cli({u"analyze"_s, u"--help"_s});
    CHECK(help.code == 0);
    CHECK(help.out.contains(u"Usage: innkeep-cli analyze"_s));
    CHECK(help.out.contains(u"--language"_s));
    CHECK(help.out.contains(u"--json"_s));
    CHECK(!help.out.contains(u"--db"_s));
    CHECK(s.cli({u"--help"_s}).out.contains(u"analyze"_s));
}

TEST_CASE("CLI analyze: in a pipe each answer comes before the next question")
{
    CliSandbox s;
    QProcess process;
    s.start(process, {u"analyze"_s, u"--json"_s, u"--language"_s, u"fr"_s});
    REQUIRE(process.waitForStarted(30000));
    for (int i = 0; i < 3; ++i) {
        process.write("Le petit déjeuner était excellent\n");
        QByteArray answer;
        while (!answer.endsWith('\n') && process.waitForReadyRead(30000))
            answer += process.readAllStandardOutput();
        INFO(i);
        CHECK(answer.startsWith("{\"language\":\"fr\","));
        CHECK(answer.count('\n') == 1);
    }
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(30000));
    CHECK(process.exitCode() == 0);
}
