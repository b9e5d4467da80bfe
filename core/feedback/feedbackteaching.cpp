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

namespace {

// The desk's language is taken as given when the analyser knows it, except for Armenian, Georgian
// or Russian typed in Latin letters ("shat lav er"): the analyser tells those apart itself.
bool givenLanguageFits(const QString &text, const QString &language)
{
    if (!FeedbackAnalyser::languages().contains(language))
        return false;
    struct Script
    {
        const char *language;
        char16_t first;
        char16_t last;
    };
    static constexpr Script Scripts[] = {
        {"hy", 0x0531, 0x058F}, {"ka", 0x10A0, 0x10FF}, {"ru", 0x0400, 0x04FF}};
    for (const Script &script : Scripts) {
        if (language != QLatin1String(script.language))
            continue;
        return std::any_of(text.cbegin(), text.cend(), [&](QChar c) {
            return c.unicode() >= script.first && c.unicode() <= script.last;
        });
    }
    return true;
}

} // namespace

TextAnalysis FeedbackTeaching::read(const FeedbackAnalyser &analyser, const QString &text,
                                    const QString &language)
{
    TextAnalysis analysis = analyser.analyse(text, givenLanguageFits(text, language) ? language : QString());
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
