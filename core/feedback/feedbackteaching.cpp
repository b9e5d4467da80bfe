// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedbackteaching.h"

#include "feedback/feedbackrepository.h"

#include <algorithm>

namespace innkeep {

Result<QList<TeachingExample>> FeedbackTeaching::examples(Database &db)
{
    return FeedbackRepository(db).teachingExamples(MaxRatings, CorrectionWeight, RatingWeight);
}

TextAnalysis FeedbackTeaching::read(const FeedbackAnalyser &analyser, const QString &text,
                                    const QString &language)
{
    const bool known = FeedbackAnalyser::languages().contains(language);
    TextAnalysis analysis = analyser.analyse(text, known ? language : QString());
    analysis.score = std::clamp(analysis.score, -1.0, 1.0);
    return analysis;
}

Result<VenueLessons> FeedbackTeaching::lessonsFor(Database &db)
{
    auto found = examples(db);
    if (!found)
        return std::unexpected(found.error());
    return VenueLessons::learn(*found);
}

const FeedbackAnalyser &FeedbackTeaching::analyser()
{
    if (!m_loaded && !reload() && !m_analyser)
        m_analyser.emplace(); // as shipped until the lessons can be read
    return *m_analyser;
}

Status FeedbackTeaching::reload()
{
    auto lessons = lessonsFor(m_db);
    if (!lessons)
        return std::unexpected(lessons.error());
    m_analyser.emplace(std::move(*lessons));
    m_loaded = true;
    return {};
}

} // namespace innkeep
