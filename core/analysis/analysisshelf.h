// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/languagepack.h"
#include "analysis/trainedweights.h"

#include <QHash>
#include <QString>

#include <array>

namespace innkeep {

// All word lists the analyser reads with: one LanguagePack per language and the emoji scores.
// shipped() reads the built-in resources (:/innkeep/analysis) once per process, thread-safe, and
// trains the English word weights on train/en-sentences.tsv (deterministic, ~0.1 s).
class AnalysisShelf final
{
public:
    [[nodiscard]] static const AnalysisShelf &shipped();
    // Reads the lists under `root` (a folder laid out like resources/analysis); absent files are
    // skipped, so a language without lists still analyses (with what the others give).
    [[nodiscard]] static AnalysisShelf load(const QString &root);

    [[nodiscard]] const LanguagePack &pack(AnalysisLanguage language) const
    {
        return m_packs[std::size_t(language)];
    }
    // An emoji's score in −1..1, 0 when unknown.
    [[nodiscard]] float emoji(const QString &emoji) const { return m_emoji.value(emoji, 0.0f); }
    [[nodiscard]] QStringList problems() const;
    // The word weights trained for a language, or nullptr (only English has a training split).
    [[nodiscard]] const TrainedWeights *trained(AnalysisLanguage language) const
    {
        const TrainedWeights &t = m_trained[std::size_t(language)];
        return t.isEmpty() ? nullptr : &t;
    }
    void setTrained(AnalysisLanguage language, TrainedWeights weights)
    {
        m_trained[std::size_t(language)] = std::move(weights);
    }
    // The options the shipped weights are trained with (chosen by cross-validation on the
    // training split: innkeep-analysis-eval --cross-validate).
    [[nodiscard]] static TrainedWeights::Options trainingOptions();

private:
    std::array<LanguagePack, AnalysisLanguageCount> m_packs;
    std::array<TrainedWeights, AnalysisLanguageCount> m_trained;
    QHash<QString, float> m_emoji;
    QStringList m_problems;
};

} // namespace innkeep
