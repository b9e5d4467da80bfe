// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysislanguage.h"

namespace innkeep {

class AnalysisShelf;
struct TokenisedText;

// Which language a text is in: the script first (Armenian, Georgian, Cyrillic), then for Latin
// letters the function words and word lists of en, de, fr, es and of Armenian and Russian typed in
// Latin. `sure` is false when the text is too short or two languages score alike (reported "und");
// `language` is still the best pack to read it with.
struct LanguageChoice
{
    AnalysisLanguage language = AnalysisLanguage::En;
    bool sure = false;
};

class LanguageGuess final
{
public:
    [[nodiscard]] static LanguageChoice guess(const TokenisedText &text, const AnalysisShelf &shelf);
};

} // namespace innkeep
