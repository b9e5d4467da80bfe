// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "guesttext.h"

#include "analysis/analysisshelf.h"
#include "analysis/languageguess.h"
#include "analysis/wordstemmer.h"

namespace innkeep {

namespace {

// "sooo" is cut to "soo" by the normaliser; when that form means nothing, "so" may.
QString singleLetters(const QString &word)
{
    QString out;
    out.reserve(word.size());
    for (qsizetype i = 0; i < word.size(); ++i) {
        if (i == 0 || word.at(i) != word.at(i - 1))
            out.append(word.at(i));
    }
    return out;
}

} // namespace

GuestText GuestText::read(QStringView text, const QString &forced, const AnalysisShelf &shelf)
{
    GuestText guest;
    guest.text = TextNormaliser::tokenise(text);
    const std::optional<AnalysisLanguage> forcedLanguage = analysisLanguageFromCode(forced);
    if (forcedLanguage) {
        guest.language = *forcedLanguage;
        const bool latin = guest.text.latinLetters > guest.text.cyrillicLetters + guest.text.armenianLetters;
        if (latin && guest.language == AnalysisLanguage::Hy)
            guest.language = AnalysisLanguage::HyLatn;
        else if (latin && guest.language == AnalysisLanguage::Ru)
            guest.language = AnalysisLanguage::RuLatn;
        guest.reported = analysisLanguageCode(guest.language);
    } else if (!forced.trimmed().isEmpty()) {
        guest.reported = forced.trimmed().toLower(); // a language we have no lists for: read as English
    } else if (!guest.text.tokens.isEmpty()) {
        const LanguageChoice choice = LanguageGuess::guess(guest.text, shelf);
        guest.language = choice.language;
        if (choice.sure)
            guest.reported = analysisLanguageCode(choice.language);
    }
    const LanguagePack &pack = shelf.pack(guest.language);
    for (TextToken &token : guest.text.tokens) {
        if (token.kind != TextToken::Kind::Word)
            continue;
        token.stem = WordStemmer::stem(token.word, guest.language);
        if (pack.senses.entries.contains(token.stem) || pack.topics.entries.contains(token.stem))
            continue;
        // Typed without accents ("tres bien", "habitacion"): the folded stem may be known.
        const bool latin = guest.language == AnalysisLanguage::Fr || guest.language == AnalysisLanguage::Es
                           || guest.language == AnalysisLanguage::De
                           || guest.language == AnalysisLanguage::En;
        if (const QString folded = latin ? LanguagePack::folded(
                                       WordStemmer::stem(LanguagePack::folded(token.word), guest.language))
                                         : token.stem;
            folded != token.stem
            && (pack.senses.entries.contains(folded) || pack.topics.entries.contains(folded))) {
            token.stem = folded;
            continue;
        }
        if (token.stretched) {
            const QString single = WordStemmer::stem(singleLetters(token.word), guest.language);
            if (pack.senses.entries.contains(single))
                token.stem = single;
        }
    }
    return guest;
}

} // namespace innkeep
