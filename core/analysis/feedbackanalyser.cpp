// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedbackanalyser.h"

#include "analysis/analysislanguage.h"
#include "analysis/analysisshelf.h"
#include "analysis/guesttext.h"
#include "analysis/sentimentscorer.h"
#include "analysis/topicspotter.h"

namespace innkeep {

FeedbackAnalyser::FeedbackAnalyser() = default;

FeedbackAnalyser::FeedbackAnalyser(VenueLessons lessons) : m_lessons(std::move(lessons)) {}

const QStringList &FeedbackAnalyser::languages()
{
    // The language packs, without the Latin-typed ones (they report as hy / ru).
    static const QStringList all = [] {
        QStringList codes;
        for (const AnalysisLanguage language : AllAnalysisLanguages) {
            if (analysisLanguageFileName(language) == analysisLanguageCode(language))
                codes << analysisLanguageCode(language);
        }
        return codes;
    }();
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
