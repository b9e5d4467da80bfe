// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feedback/feedbackentry.h"
#include "widgets/chip.h"

#include <QCoreApplication>

namespace innkeep::ui {

// How an entry's analysis reads on screen: the effective sentiment as a toned chip, the effective
// topics as small chips, staff corrections marked and explained in words (who, when, what the
// analyser had found), so nothing is said by colour alone.
class AnalysisChips final
{
    Q_DECLARE_TR_FUNCTIONS(AnalysisChips)

public:
    // Analysed, or corrected by staff: there is something to show.
    [[nodiscard]] static bool hasAnalysis(const FeedbackEntry &entry);
    [[nodiscard]] static std::optional<theme::Tone> tone(SentimentLabel label);
    [[nodiscard]] static Chip labelChip(const FeedbackEntry &entry);
    [[nodiscard]] static ChipList topicChips(const FeedbackEntry &entry);
    // "Negative (corrected)" / "Cleanliness, Bathroom (added by staff)": the words behind the chips.
    [[nodiscard]] static QString labelText(const FeedbackEntry &entry);
    [[nodiscard]] static QString topicsText(const FeedbackEntry &entry);
    [[nodiscard]] static QString labelToolTip(const FeedbackEntry &entry);
    [[nodiscard]] static QString topicsToolTip(const FeedbackEntry &entry);
    // "Corrected by Lilit on 3 Nov 2026", or empty when staff never corrected it.
    [[nodiscard]] static QString correctionNote(const FeedbackEntry &entry);
    // The analyser's evidence for one topic ("Found in: filthy, stained"), empty when none.
    [[nodiscard]] static QString evidenceText(const TopicFinding &finding);
    [[nodiscard]] static bool isCorrected(const FeedbackEntry &entry);
};

} // namespace innkeep::ui
