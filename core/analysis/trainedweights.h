// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysislanguage.h"

#include <QHash>
#include <QList>
#include <QString>

namespace innkeep {

class AnalysisShelf;

// A labelled text the shipped weights are trained on (resources/analysis/train/<lang>-*.tsv).
struct TrainingText
{
    bool positive = false;
    QString text;
};

// Word weights learned from a language's training split by L2-regularised logistic regression over
// the rules' sentiment sum and the text's stems (a stem under negation is its own feature), then
// expressed in lexicon units so they add to the rules' sum like any opinion word. Training is
// deterministic (full-batch gradient descent, fixed steps, stems in sorted order), so the shipped
// analyser is reproduced bit for bit from the repository.
class TrainedWeights final
{
public:
    struct Options
    {
        double l2 = 1.0;      // regularisation of the stem weights (per text)
        int steps = 400;      // gradient steps
        int minimumTexts = 2; // a stem must appear in this many training texts
        double bound = 3.0;   // lexicon units
    };

    // Trains on `texts`, reading them with the shelf's lists for `language` (and no trained
    // weights: the shelf passed must not have any yet for that language).
    [[nodiscard]] static TrainedWeights train(const QList<TrainingText> &texts, const AnalysisShelf &shelf,
                                              AnalysisLanguage language, const Options &options);
    // `pos|neg<TAB>text` lines of a training file; bad lines are skipped.
    [[nodiscard]] static QList<TrainingText> readTexts(const QString &path);

    // The valence a stem adds (lexicon units), its negated form's when `negated`.
    [[nodiscard]] float weight(const QString &stem, bool negated) const
    {
        return m_weights.value(negated ? QString(u'¬' + stem) : stem, 0.0f);
    }
    [[nodiscard]] double bias() const { return m_bias; }
    [[nodiscard]] double rulesFactor() const { return m_rulesFactor; }
    [[nodiscard]] const QHash<QString, float> &weights() const { return m_weights; }
    [[nodiscard]] bool isEmpty() const { return m_weights.isEmpty(); }

private:
    QHash<QString, float> m_weights;
    double m_bias = 0;
    double m_rulesFactor = 1;
};

} // namespace innkeep
