// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/textanalysis.h"
#include "analysis/venuelessons.h"

#include <QStringList>
#include <QStringView>

namespace innkeep {

// Reads a guest's text on this machine: its language, its sentiment and the hospitality topics
// it talks about (docs/analysis.md). The built-in lexicons and models load once per process;
// analyse() is const and safe to call from several threads at once.
class FeedbackAnalyser final
{
public:
    // Raised whenever a change makes the analyser give different results for the same text; stored
    // on each analysed feedback entry so older results are re-analysed in the background.
    static constexpr int Version = 2;

    FeedbackAnalyser();
    explicit FeedbackAnalyser(VenueLessons lessons);

    // `language` forces the language (ISO 639-1) instead of detecting it. An empty or blank text
    // gives a neutral result with language "und".
    [[nodiscard]] TextAnalysis analyse(QStringView text, const QString &language = {}) const;

    [[nodiscard]] const VenueLessons &lessons() const { return m_lessons; }
    [[nodiscard]] static const QStringList &languages(); // en hy ka ru de fr es

private:
    VenueLessons m_lessons;
};

} // namespace innkeep
