// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedbackanalyser.h"

#include "analysis/analysisshelf.h"
#include "analysis/guesttext.h"
#include "analysis/sentimentscorer.h"
#include "analysis/topicspotter.h"

namespace innkeep {

FeedbackAnalyser::FeedbackAnalyser() = default;

FeedbackAnalyser::FeedbackAnalyser(VenueLessons lessons) : m_lessons(std::move(lessons)) {}

const QStringList &FeedbackAnalyser::languages()
{
    static const QStringList all{QStringLiteral("en"), QStringLiteral("hy"), QStringLiteral("ka"),
                                 QStringLiteral("ru"), QStringLiteral("de"), QStringLiteral("fr"),
                                 QStringLiteral("es")};
    return all;
}

TextAnalysis FeedbackAnalyser::analyse(QStringView text, const QString &language) const
{
    TextAnalysis result;
    const AnalysisShelf &shelf = AnalysisShelf::shipped();
    const GuestText guest = GuestText::read(text, language, shelf);
    result.language = guest.reported;
    if (guest.text.tokens.isEmpty())
        return result;
    const SentimentReading reading = SentimentScorer::read(guest, shelf, m_lessons.data());
    result.score = reading.score;
    result.label = reading.label;
    result.topics = TopicSpotter::spot(guest, reading, shelf, m_lessons.data());
    return result;
}

} // namespace innkeep
