// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The word-list loader: curated wins over lexicon, stems reach inflected forms, multi-word terms,
// rules, a missing language's files, bad lines reported with file and line.
#include "analysis/analysisshelf.h"
#include "analysis/guesttext.h"
#include "analysis/sentimentscorer.h"
#include "analysis/topicspotter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace innkeep;

namespace {

void write(const QTemporaryDir &dir, const QString &path, const char *text)
{
    const QString full = dir.filePath(path);
    REQUIRE(QDir().mkpath(QFileInfo(full).path()));
    QFile file(full);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(text);
}

SentimentReading score(const AnalysisShelf &shelf, const char *text, const char *language = "en")
{
    const GuestText guest = GuestText::read(QString::fromUtf8(text), QString::fromLatin1(language), shelf);
    return SentimentScorer::read(guest, shelf, nullptr);
}

} // namespace

TEST_CASE("Lists: curated wins and stems phrases rules work and absent files are fine", "[analysis]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    write(dir, QStringLiteral("lexicon/en.tsv"), "# a comment\nclean\t1\nfilthy\t-2\nbroken line\nnice\tx\n");
    write(dir, QStringLiteral("curated/en.tsv"), "clean\t3\nnever again\t-4\n");
    write(dir, QStringLiteral("rules/en.tsv"),
          "negator\tnot\nintensifier\tvery\t2\ncontrast\tbut\t1.5\nstar\tstars\n");
    write(dir, QStringLiteral("topics/en.tsv"),
          "cleanliness\tclean\nroom\troom\nbathroom\thot water\nnope\tx\n");
    const AnalysisShelf shelf = AnalysisShelf::load(dir.path());

    const QStringList problems = shelf.problems();
    CHECK(problems.size() == 3);
    CHECK(problems.contains(dir.filePath(QStringLiteral("lexicon/en.tsv")) + QStringLiteral(":4")));
    CHECK(problems.contains(dir.filePath(QStringLiteral("lexicon/en.tsv")) + QStringLiteral(":5")));
    CHECK(problems.contains(dir.filePath(QStringLiteral("topics/en.tsv")) + QStringLiteral(":4")));
    CHECK(shelf.trained(AnalysisLanguage::En) == nullptr);

    CHECK(score(shelf, "clean").raw == Approx(3.0));             // curated wins over lexicon
    CHECK(score(shelf, "cleaning rooms").raw == Approx(3.0));    // stems: cleaning → clean
    CHECK(score(shelf, "not clean").raw == Approx(-0.74 * 3.0)); // negation flips and damps
    CHECK(score(shelf, "very clean").raw == Approx(6.0));
    CHECK(score(shelf, "never again").raw == Approx(-4.0)); // multi-word term
    CHECK(score(shelf, "filthy but clean").raw == Approx(-2.0 * 0.5 + 3.0 * 1.5));
    CHECK(score(shelf, "5 stars").stars == Approx(1.0));

    const GuestText guest =
        GuestText::read(u"No hot water in the room, not clean", QStringLiteral("en"), shelf);
    const SentimentReading reading = SentimentScorer::read(guest, shelf, nullptr);
    const QList<TopicFinding> topics = TopicSpotter::spot(guest, reading, shelf, nullptr);
    REQUIRE(topics.size() == 3);
    CHECK(topics.at(0).topic == QLatin1String("room"));
    CHECK(topics.at(1).topic == QLatin1String("cleanliness"));
    CHECK(topics.at(1).score < 0);
    CHECK(topics.at(1).evidence == QStringList{QStringLiteral("clean")});
    CHECK(topics.at(2).topic == QLatin1String("bathroom"));
    CHECK(topics.at(2).evidence.contains(QStringLiteral("hot")));
    CHECK(topics.at(2).evidence.contains(QStringLiteral("water")));

    // A language without any file still reads (no valence, no topics, no crash).
    const SentimentReading georgian = score(shelf, "ოთახი სუფთა იყო", "ka");
    CHECK(georgian.raw == 0.0);
    CHECK(georgian.label == SentimentLabel::Neutral);
}

TEST_CASE("Lists: the shipped lists load without problems in every language", "[analysis]")
{
    const AnalysisShelf &shelf = AnalysisShelf::shipped();
    INFO(shelf.problems().join(u' ').toStdString());
    CHECK(shelf.problems().isEmpty());
    for (const AnalysisLanguage language : AllAnalysisLanguages) {
        INFO(analysisLanguageFileName(language).toStdString());
        const LanguagePack &pack = shelf.pack(language);
        CHECK(pack.fileCount >= 4);
        CHECK(pack.senses.entries.size() > 100);
        CHECK(pack.topics.entries.size() > 50);
        CHECK(pack.functionWords.size() > 20);
    }
}
