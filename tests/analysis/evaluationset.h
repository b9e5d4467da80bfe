// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace innkeep::evaluation {

// One labelled text of an evaluation or training set (`pos|neg<TAB>text`).
struct LabelledText
{
    bool positive = false;
    QString text;
};

struct LabelledSet
{
    QString name;     // file name without .tsv, e.g. "en-sentences"
    QString language; // the part before the first '-', e.g. "en"
    QList<LabelledText> rows;
    QStringList problems; // "file:line" of lines that are not `pos|neg<TAB>text`
};

[[nodiscard]] LabelledSet readSet(const QString &path);
// Every *.tsv of a folder, by name.
[[nodiscard]] QList<LabelledSet> readSets(const QString &folder);

// Binary figures: accuracy and balanced accuracy (mean of the recall of each class).
struct BinaryFigures
{
    int count = 0;
    double accuracy = 0;
    double balanced = 0;
};

// `positive(text)` decides one row.
[[nodiscard]] BinaryFigures measure(const LabelledSet &set,
                                    const std::function<bool(const QString &)> &positive);

// The baselines: always the majority class; the plain sum of lexicon/<lang>.tsv weights of the
// words as written (no stemming, no rules), positive when ≥ 0.
[[nodiscard]] BinaryFigures majorityBaseline(const LabelledSet &set);
[[nodiscard]] BinaryFigures lexiconCountBaseline(const LabelledSet &set);

// The analyser as shipped, positive when its score ≥ 0; `forceLanguage` passes the set's language.
[[nodiscard]] BinaryFigures analyserFigures(const LabelledSet &set, bool forceLanguage);

// The rules and lists alone, without trained word weights (what the languages without a training
// split get).
[[nodiscard]] BinaryFigures rulesOnlyFigures(const LabelledSet &set);

// k-fold cross-validation of the trained English weights on the training split (fold = row index
// mod k): the mean accuracy and balanced accuracy on the held-out folds, with `l2` as regularisation.
[[nodiscard]] BinaryFigures crossValidate(const QString &trainingPath, int folds, double l2);

// How the analyser reads one text: language, tokens with stems, clause sums, result (for people).
[[nodiscard]] QString explain(const QString &text);

} // namespace innkeep::evaluation
