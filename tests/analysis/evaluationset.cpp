// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "evaluationset.h"

#include "analysis/analysisshelf.h"
#include "analysis/feedbackanalyser.h"
#include "analysis/guesttext.h"
#include "analysis/sentimentscorer.h"
#include "analysis/textnormaliser.h"
#include "analysis/topicspotter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>

namespace innkeep::evaluation {

LabelledSet readSet(const QString &path)
{
    LabelledSet set;
    set.name = QFileInfo(path).completeBaseName();
    set.language = set.name.section(u'-', 0, 0);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        set.problems << path;
        return set;
    }
    int number = 0;
    for (const QByteArray &raw : file.readAll().split('\n')) {
        ++number;
        const QString line = QString::fromUtf8(raw);
        if (line.trimmed().isEmpty() || line.startsWith(u'#'))
            continue;
        const qsizetype tab = line.indexOf(u'\t');
        const QString label = line.left(tab);
        if (tab < 0 || (label != QLatin1String("pos") && label != QLatin1String("neg"))) {
            set.problems << QStringLiteral("%1:%2").arg(path).arg(number);
            continue;
        }
        set.rows.append(LabelledText{label == QLatin1String("pos"), line.mid(tab + 1)});
    }
    return set;
}

QList<LabelledSet> readSets(const QString &folder)
{
    QList<LabelledSet> sets;
    const QStringList names = QDir(folder).entryList({QStringLiteral("*.tsv")}, QDir::Files, QDir::Name);
    for (const QString &name : names)
        sets.append(readSet(QDir(folder).filePath(name)));
    return sets;
}

BinaryFigures measure(const LabelledSet &set, const std::function<bool(const QString &)> &positive)
{
    int truePositive = 0, positives = 0, trueNegative = 0, negatives = 0;
    for (const LabelledText &row : set.rows) {
        const bool said = positive(row.text);
        if (row.positive) {
            ++positives;
            truePositive += said ? 1 : 0;
        } else {
            ++negatives;
            trueNegative += said ? 0 : 1;
        }
    }
    BinaryFigures f;
    f.count = int(set.rows.size());
    if (f.count == 0)
        return f;
    f.accuracy = double(truePositive + trueNegative) / f.count;
    const double recallPositive = positives ? double(truePositive) / positives : 0.0;
    const double recallNegative = negatives ? double(trueNegative) / negatives : 0.0;
    f.balanced = positives && negatives ? (recallPositive + recallNegative) / 2 : f.accuracy;
    return f;
}

BinaryFigures majorityBaseline(const LabelledSet &set)
{
    qsizetype positives = 0;
    for (const LabelledText &row : set.rows)
        positives += row.positive ? 1 : 0;
    const bool majority = positives * 2 >= set.rows.size();
    return measure(set, [&](const QString &) { return majority; });
}

BinaryFigures lexiconCountBaseline(const LabelledSet &set)
{
    QHash<QString, double> weights;
    QFile file(QStringLiteral(":/innkeep/analysis/lexicon/%1.tsv").arg(set.language));
    if (file.open(QIODevice::ReadOnly)) {
        for (const QByteArray &raw : file.readAll().split('\n')) {
            const QList<QByteArray> fields = raw.split('\t');
            if (fields.size() >= 2 && !raw.startsWith('#'))
                weights.insert(QString::fromUtf8(fields.at(0)), fields.at(1).trimmed().toDouble());
        }
    }
    return measure(set, [&](const QString &text) {
        double sum = 0;
        for (const QString &word : TextNormaliser::words(text))
            sum += weights.value(word);
        return sum >= 0;
    });
}

BinaryFigures analyserFigures(const LabelledSet &set, bool forceLanguage)
{
    const FeedbackAnalyser analyser;
    const QString language = forceLanguage ? set.language : QString();
    return measure(set, [&](const QString &text) { return analyser.analyse(text, language).score >= 0; });
}

QString explain(const QString &text)
{
    const AnalysisShelf &shelf = AnalysisShelf::shipped();
    const GuestText guest = GuestText::read(text, {}, shelf);
    const SentimentReading reading = SentimentScorer::read(guest, shelf, nullptr);
    QString out = QStringLiteral("language %1 (read as %2)\n")
                      .arg(guest.reported, analysisLanguageFileName(guest.language));
    const TrainedWeights *trained = shelf.trained(guest.language);
    for (qsizetype i = 0; i < guest.text.tokens.size(); ++i) {
        const TextToken &t = guest.text.tokens.at(i);
        const WordSense sense = shelf.pack(guest.language).senses.entries.value(t.stem);
        out += QStringLiteral("  %1 [%2] seg %3 valence %4%5%6%7 trained %8\n")
                   .arg(t.written, t.stem)
                   .arg(reading.segmentOf.at(i))
                   .arg(sense.valence)
                   .arg(sense.negator ? QStringLiteral(" negator") : QString(),
                        reading.negatedToken.at(i) ? QStringLiteral(" negated") : QString(),
                        sense.contrast > 0 ? QStringLiteral(" contrast") : QString())
                   .arg(trained ? trained->weight(t.stem, reading.negatedToken.at(i)) : 0.0f);
    }
    for (const TopicFinding &f : TopicSpotter::spot(guest, reading, shelf, nullptr))
        out += QStringLiteral("  topic %1 %2 [%3]\n")
                   .arg(f.topic)
                   .arg(f.score)
                   .arg(f.evidence.join(QStringLiteral(", ")));
    for (qsizetype s = 0; s < reading.segmentSum.size(); ++s)
        out += QStringLiteral("  clause %1: %2\n").arg(s).arg(reading.segmentSum.at(s));
    out += QStringLiteral("raw %1 (rules %2) score %3 label %4 +%5 -%6")
               .arg(reading.raw)
               .arg(reading.rulesRaw)
               .arg(reading.score)
               .arg(sentimentLabelToken(reading.label))
               .arg(reading.positive)
               .arg(reading.negative);
    return out;
}

BinaryFigures rulesOnlyFigures(const LabelledSet &set)
{
    const AnalysisShelf shelf = AnalysisShelf::load(QStringLiteral(":/innkeep/analysis"));
    return measure(set, [&](const QString &text) {
        const GuestText guest = GuestText::read(text, {}, shelf);
        return SentimentScorer::read(guest, shelf, nullptr).score >= 0;
    });
}

BinaryFigures crossValidate(const QString &trainingPath, int folds, double l2)
{
    const QList<TrainingText> texts = TrainedWeights::readTexts(trainingPath);
    AnalysisShelf shelf = AnalysisShelf::load(QStringLiteral(":/innkeep/analysis"));
    TrainedWeights::Options options = AnalysisShelf::trainingOptions();
    options.l2 = l2;
    BinaryFigures total;
    for (int fold = 0; fold < folds; ++fold) {
        QList<TrainingText> training;
        LabelledSet held;
        for (qsizetype i = 0; i < texts.size(); ++i) {
            if (i % folds == fold)
                held.rows.append(LabelledText{texts.at(i).positive, texts.at(i).text});
            else
                training.append(texts.at(i));
        }
        shelf.setTrained(AnalysisLanguage::En, TrainedWeights{});
        TrainedWeights weights = TrainedWeights::train(training, shelf, AnalysisLanguage::En, options);
        shelf.setTrained(AnalysisLanguage::En, std::move(weights));
        const BinaryFigures f = measure(held, [&](const QString &text) {
            const GuestText guest = GuestText::read(text, QStringLiteral("en"), shelf);
            return SentimentScorer::read(guest, shelf, nullptr).score >= 0;
        });
        total.count += f.count;
        total.accuracy += f.accuracy / folds;
        total.balanced += f.balanced / folds;
    }
    return total;
}

} // namespace innkeep::evaluation
