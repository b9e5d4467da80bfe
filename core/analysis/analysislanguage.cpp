// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysislanguage.h"

namespace innkeep {

namespace {

constexpr const char *FileNames[AnalysisLanguageCount] = {"en", "hy", "ka",      "ru",     "de",
                                                          "fr", "es", "hy-latn", "ru-latn"};

} // namespace

QString analysisLanguageFileName(AnalysisLanguage language)
{
    return QString::fromLatin1(FileNames[int(language)]);
}

QString analysisLanguageCode(AnalysisLanguage language)
{
    return analysisLanguageFileName(language).left(2);
}

std::optional<AnalysisLanguage> analysisLanguageFromCode(const QString &code)
{
    const QString lower = code.trimmed().toLower();
    for (const AnalysisLanguage language : AllAnalysisLanguages) {
        if (lower == QLatin1String(FileNames[int(language)]))
            return language;
    }
    return std::nullopt;
}

} // namespace innkeep
