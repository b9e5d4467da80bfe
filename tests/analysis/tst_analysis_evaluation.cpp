// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// THE EVALUATION: the analyser on every labelled set in tests/data/analysis, binary (positive when
// the score is ≥ 0), against floors a little under the measured figures, so a change that makes
// the analyser worse fails. Also: the shipped trained weights are reproduced by retraining.
#include "analysis/analysisshelf.h"
#include "evaluationset.h"

#include <QDir>

#include <catch2/catch.hpp>

using namespace innkeep;
using namespace innkeep::evaluation;

namespace {

struct Floor
{
    const char *set;
    double accuracy;
    double balanced;
    double rulesOnly; // accuracy of rules and lists alone: what the untrained languages run on
};

// Measured figures (0.869 / 0.869, rules only 0.850) minus about 0.02 (docs/analysis.md has the table).
constexpr Floor Floors[] = {
    {"en-sentences", 0.85, 0.85, 0.83},
};

} // namespace

TEST_CASE("Evaluation: every labelled set meets its floor", "[analysis][evaluation]")
{
    const QList<LabelledSet> sets = readSets(QStringLiteral(INNKEEP_TEST_DATA "/analysis"));
    REQUIRE_FALSE(sets.isEmpty());
    for (const LabelledSet &set : sets) {
        INFO(set.name.toStdString());
        CHECK(set.problems.isEmpty());
        REQUIRE(set.rows.size() >= 100);
        const Floor *floor = nullptr;
        for (const Floor &f : Floors) {
            if (set.name == QLatin1String(f.set))
                floor = &f;
        }
        REQUIRE(floor); // a new set needs its measured floor here
        const BinaryFigures figures = analyserFigures(set, false);
        const BinaryFigures lexicon = lexiconCountBaseline(set);
        const BinaryFigures majority = majorityBaseline(set);
        WARN(set.name.toStdString() << ": accuracy " << figures.accuracy << ", balanced " << figures.balanced
                                    << " (lexicon count " << lexicon.accuracy << ", majority "
                                    << majority.accuracy << ")");
        CHECK(figures.accuracy >= floor->accuracy);
        CHECK(figures.balanced >= floor->balanced);
        CHECK(figures.accuracy > lexicon.accuracy);
        CHECK(rulesOnlyFigures(set).accuracy >= floor->rulesOnly);
    }
}

TEST_CASE("Evaluation: the shipped English weights are reproduced by retraining", "[analysis][evaluation]")
{
    const AnalysisShelf &shipped = AnalysisShelf::shipped();
    const TrainedWeights *weights = shipped.trained(AnalysisLanguage::En);
    REQUIRE(weights);
    CHECK(weights->weights().size() > 200);
    const AnalysisShelf fresh = AnalysisShelf::load(QStringLiteral(":/innkeep/analysis"));
    CHECK(fresh.trained(AnalysisLanguage::En) == nullptr);
    const TrainedWeights again = TrainedWeights::train(
        TrainedWeights::readTexts(QStringLiteral(INNKEEP_TRAIN_DATA "/en-sentences.tsv")), fresh,
        AnalysisLanguage::En, AnalysisShelf::trainingOptions());
    CHECK(again.weights() == weights->weights());
    CHECK(again.bias() == weights->bias());
}
