// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/textanalysis.h"
#include "analysis/venuelessons.h"

#include <QList>

namespace innkeep {

class AnalysisShelf;
struct GuestText;
struct SentimentReading;

// The hospitality topics a text talks about (topics/<lang>.tsv, longest phrase first, plus the
// venue's learned topic words, minus the words staff removed a topic for). Each finding's score is
// the sentiment of the clause(s) it is in; its evidence is the topic words and that clause's
// opinion words as written. In HospitalityTopic::keys() order, each topic once.
class TopicSpotter final
{
public:
    [[nodiscard]] static QList<TopicFinding> spot(const GuestText &text, const SentimentReading &reading,
                                                  const AnalysisShelf &shelf,
                                                  const VenueLessons::Data *lessons);
};

} // namespace innkeep
