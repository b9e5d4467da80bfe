// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "languageguess.h"

#include "analysis/analysisshelf.h"
#include "analysis/textnormaliser.h"

namespace innkeep {

namespace {

constexpr AnalysisLanguage LatinLanguages[] = {AnalysisLanguage::En,     AnalysisLanguage::De,
                                               AnalysisLanguage::Fr,     AnalysisLanguage::Es,
                                               AnalysisLanguage::HyLatn, AnalysisLanguage::RuLatn};

// A function word says more than a word that merely appears in a language's word lists.
constexpr double FunctionWordScore = 1.0;
constexpr double VocabularyScore = 0.6;
constexpr double MinimumScore = 1.0; // at least one function word or two list words
constexpr double MinimumMargin = 0.6;

} // namespace

LanguageChoice LanguageGuess::guess(const TokenisedText &text, const AnalysisShelf &shelf)
{
    const int scripts[] = {text.armenianLetters, text.georgianLetters, text.cyrillicLetters};
    const AnalysisLanguage scriptLanguage[] = {AnalysisLanguage::Hy, AnalysisLanguage::Ka,
                                               AnalysisLanguage::Ru};
    int best = -1;
    int bestLetters = text.latinLetters;
    for (int i = 0; i < 3; ++i) {
        if (scripts[i] > bestLetters) {
            best = i;
            bestLetters = scripts[i];
        }
    }
    if (best >= 0)
        return LanguageChoice{scriptLanguage[best], bestLetters >= 2};
    if (text.latinLetters == 0)
        return LanguageChoice{AnalysisLanguage::En, false};

    double scores[std::size(LatinLanguages)] = {};
    for (const TextToken &token : text.tokens) {
        if (token.kind != TextToken::Kind::Word)
            continue;
        for (std::size_t i = 0; i < std::size(LatinLanguages); ++i) {
            const LanguagePack &pack = shelf.pack(LatinLanguages[i]);
            if (pack.functionWords.contains(token.word))
                scores[i] += FunctionWordScore;
            else if (pack.vocabulary.contains(token.word))
                scores[i] += VocabularyScore;
        }
    }
    std::size_t first = 0;
    for (std::size_t i = 1; i < std::size(LatinLanguages); ++i) {
        if (scores[i] > scores[first])
            first = i;
    }
    double second = 0;
    for (std::size_t i = 0; i < std::size(LatinLanguages); ++i) {
        if (i != first)
            second = std::max(second, scores[i]);
    }
    const bool sure = scores[first] >= MinimumScore && scores[first] - second >= MinimumMargin;
    return LanguageChoice{LatinLanguages[first], sure};
}

} // namespace innkeep
