// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "trainedweights.h"

#include "analysis/analysisshelf.h"
#include "analysis/guesttext.h"
#include "analysis/sentimentscorer.h"

#include <QFile>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace innkeep {

namespace {

constexpr double RulesScale = 4.0; // the rules' sum enters the regression as raw / 4
constexpr double Damping = 0.5;    // of the diagonal Newton step
constexpr double MinimumRulesFactor = 0.05;

struct Row
{
    double y = 0;
    double rules = 0;
    QList<int> features;
};

double logistic(double z)
{
    return 1.0 / (1.0 + std::exp(-z));
}

} // namespace

QList<TrainingText> TrainedWeights::readTexts(const QString &path)
{
    QList<TrainingText> texts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return texts;
    for (const QByteArray &raw : file.readAll().split('\n')) {
        const QString line = QString::fromUtf8(raw);
        const qsizetype tab = line.indexOf(u'\t');
        const QString label = line.left(tab);
        if (tab > 0 && (label == QLatin1String("pos") || label == QLatin1String("neg")))
            texts.append(TrainingText{label == QLatin1String("pos"), line.mid(tab + 1)});
    }
    return texts;
}

TrainedWeights TrainedWeights::train(const QList<TrainingText> &texts, const AnalysisShelf &shelf,
                                     AnalysisLanguage language, const Options &options)
{
    TrainedWeights model;
    if (texts.isEmpty())
        return model;
    // Read every text with the rules only; its features are its content stems, "¬stem" under
    // negation. Not features: function and rule words (they say more about the training domain's
    // grammar than about opinion) and topic words without a valence of their own ("food",
    // "service": in restaurant sentences they lean negative, in a hotel's feedback they are what
    // the guest talks about, not what they think of it).
    QList<QSet<QString>> keys;
    QList<Row> rows;
    QHash<QString, int> textsWith;
    const QString code = analysisLanguageFileName(language);
    const LanguagePack &pack = shelf.pack(language);
    for (const TrainingText &text : texts) {
        const GuestText guest = GuestText::read(text.text, code, shelf);
        const SentimentReading reading = SentimentScorer::read(guest, shelf, nullptr);
        QSet<QString> own;
        for (qsizetype i = 0; i < guest.text.tokens.size(); ++i) {
            const TextToken &token = guest.text.tokens.at(i);
            if (token.kind != TextToken::Kind::Word || pack.functionWords.contains(token.word))
                continue;
            const WordSense sense = pack.senses.entries.value(token.stem);
            if (sense.negator || sense.intensity > 0 || sense.contrast > 0
                || (pack.topics.entries.contains(token.stem) && !sense.opinion))
                continue;
            own.insert(reading.negatedToken.at(i) ? QString(u'¬' + token.stem) : token.stem);
        }
        for (const QString &key : std::as_const(own))
            ++textsWith[key];
        keys.append(own);
        rows.append(Row{text.positive ? 1.0 : 0.0, reading.rulesRaw / RulesScale, {}});
    }
    QStringList vocabulary;
    for (auto it = textsWith.cbegin(); it != textsWith.cend(); ++it) {
        if (it.value() >= options.minimumTexts)
            vocabulary << it.key();
    }
    std::sort(vocabulary.begin(), vocabulary.end());
    QHash<QString, int> index;
    for (qsizetype j = 0; j < vocabulary.size(); ++j)
        index.insert(vocabulary.at(j), int(j));
    QList<double> curvature(vocabulary.size(), 0.0);
    double rulesCurvature = 0;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        for (const QString &key : std::as_const(keys[i])) {
            if (const auto it = index.constFind(key); it != index.cend()) {
                rows[i].features.append(*it);
                curvature[*it] += 0.25;
            }
        }
        std::sort(rows[i].features.begin(), rows[i].features.end());
        rulesCurvature += 0.25 * rows.at(i).rules * rows.at(i).rules;
    }

    // Damped diagonal Newton steps on the L2-regularised logistic loss (bias and rules factor
    // unregularised): deterministic, no random order.
    QList<double> w(vocabulary.size(), 0.0);
    double a = 1.0, b = 0.0;
    const double n = double(rows.size());
    QList<double> gradient(vocabulary.size());
    for (int step = 0; step < options.steps; ++step) {
        std::fill(gradient.begin(), gradient.end(), 0.0);
        double ga = 0, gb = 0;
        for (const Row &row : std::as_const(rows)) {
            double z = a * row.rules + b;
            for (const int j : row.features)
                z += w.at(j);
            const double error = logistic(z) - row.y;
            ga += error * row.rules;
            gb += error;
            for (const int j : row.features)
                gradient[j] += error;
        }
        for (qsizetype j = 0; j < w.size(); ++j)
            w[j] -= Damping * (gradient.at(j) + options.l2 * w.at(j)) / (curvature.at(j) + options.l2);
        a -= Damping * ga / std::max(1e-9, rulesCurvature);
        b -= Damping * gb / (0.25 * n);
    }

    // In lexicon units: divide the logit by the rules' factor.
    const double factor = std::max(MinimumRulesFactor, a) / RulesScale;
    model.m_rulesFactor = factor;
    model.m_bias = b / factor;
    for (qsizetype j = 0; j < w.size(); ++j) {
        const double v = std::clamp(w.at(j) / factor, -options.bound, options.bound);
        if (std::abs(v) >= 0.01)
            model.m_weights.insert(vocabulary.at(j), float(v));
    }
    return model;
}

} // namespace innkeep
