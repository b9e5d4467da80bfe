// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/sentimentlabel.h"
#include "analysis/venuelessons.h"

#include <QList>

#include <optional>

namespace innkeep {

class AnalysisShelf;
struct GuestText;

// What the scorer read in a text, clause by clause.
struct SentimentReading
{
    double raw = 0;   // sum in lexicon units, after negation, contrast, emphasis
    double score = 0; // [-1, 1]
    SentimentLabel label = SentimentLabel::Neutral;
    double positive = 0;         // sum of the positive parts (before contrast weights)
    double negative = 0;         // sum of the negative parts, as a positive number
    std::optional<double> stars; // a rating written in the text, 0..1
    QList<int> segmentOf;        // per token: its clause (split again at contrast words)
    QList<double> segmentSum;    // per clause: its sentiment in lexicon units
    QList<bool> opinionToken;    // per token: it carries sentiment (evidence for topics)
    QList<bool> negatedToken;    // per token: a negator governs it
    double rulesRaw = 0;         // raw without the trained bias
};

// Lexicon sentiment with rules (docs/analysis.md): curated and lexicon valence, multi-word terms,
// negation (the 3 words before; in de hy ka ru also a negator right after), intensifiers and
// diminishers, contrast words (the clause after "but" weighs more), emoji and emoticons, ALL CAPS,
// stretched words, "!!!", star phrases, the word weights trained on the shipped training split
// (TrainedWeights, English) and the venue's learned word weights.
class SentimentScorer final
{
public:
    [[nodiscard]] static SentimentReading read(const GuestText &text, const AnalysisShelf &shelf,
                                               const VenueLessons::Data *lessons);
    // x / sqrt(x² + α): lexicon units to [-1, 1] (VADER's normalisation, α = 15).
    [[nodiscard]] static double normalise(double raw);
};

} // namespace innkeep
