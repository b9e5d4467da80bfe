// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace innkeep {

// One unit of a guest's text the analyser reads: a word, a number (or a rating like 4/5), an
// emoji or an emoticon such as :) or <3.
struct TextToken
{
    enum class Kind : quint8 { Word, Number, Emoji, Emoticon };

    Kind kind = Kind::Word;
    QString written;           // as in the text (after Unicode normalisation)
    QString word;              // lower-case; runs of 3+ equal letters cut to 2 ("gooood" → "good")
    QString stem;              // set by the analyser once it knows the language
    float emoticonValence = 0; // emoticons only, −1..1
    int clause = 0;            // split at , ; : ( ) dashes and sentence ends
    int sentence = 0;          // split at . ! ? and line breaks
    bool shouted = false;      // an ALL CAPS word of 2+ letters
    bool stretched = false;    // had a run of 3+ equal letters ("sooo")
};

// A text cut into tokens, with what the language guess and the scorer need about the whole.
struct TokenisedText
{
    QList<TextToken> tokens;
    QList<int> exclamations; // per sentence: the number of '!' (up to 4 count)
    int clauseCount = 0;
    int latinLetters = 0, cyrillicLetters = 0, armenianLetters = 0, georgianLetters = 0, otherLetters = 0;
    bool hasLowerCase = false; // so ALL CAPS words stand out
};

// Normalises (NFKC) and cuts a text into sentences, clauses and tokens. Pure, thread-safe.
class TextNormaliser final
{
public:
    [[nodiscard]] static TokenisedText tokenise(QStringView text);
    // The lower-case word form of a single term of a word list, cut the same way as text
    // ("Wi-Fi" → "wi", "fi"; "l'hôtel" → "le", "hôtel").
    [[nodiscard]] static QStringList words(QStringView term);
};

} // namespace innkeep
