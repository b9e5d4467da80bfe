// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedbackanalyser.h"

namespace innkeep {

FeedbackAnalyser::FeedbackAnalyser() = default;

FeedbackAnalyser::FeedbackAnalyser(VenueLessons lessons)
    : m_lessons(std::move(lessons))
{
}

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
    if (!language.isEmpty()) {
        result.language = language;
        return result;
    }
    for (const QChar c : text) {
        const ushort u = c.unicode();
        if (u >= 0x0531 && u <= 0x058F)
            result.language = QStringLiteral("hy");
        else if (u >= 0x10A0 && u <= 0x10FF)
            result.language = QStringLiteral("ka");
        else if (u >= 0x0400 && u <= 0x04FF)
            result.language = QStringLiteral("ru");
        else
            continue;
        break;
    }
    return result;
}

} // namespace innkeep
