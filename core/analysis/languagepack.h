// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysislanguage.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace innkeep {

// What a word or phrase of one language means to the sentiment scorer (rules win over valence:
// a negator or intensifier carries no valence of its own).
struct WordSense
{
    float valence = 0;    // −5..5; curated/<lang>.tsv wins over lexicon/<lang>.tsv
    bool opinion = false; // has a valence
    bool negator = false;
    bool star = false;   // "stars", "звезд": the unit of a star phrase
    float intensity = 0; // intensifier (> 1) or diminisher (< 1) factor; 0 = none
    float contrast = 0;  // weight of the clause a contrast word starts; 0 = none
    bool joins = false;  // "and", "и", "und", "და": starts a new clause for topics and negation
};

// Terms keyed by their stems joined with single spaces, and for each first stem the longest
// phrase that starts with it, so a text is matched longest phrase first.
template<typename T>
struct PhraseTable
{
    QHash<QString, T> entries;
    QHash<QString, int> longestFrom; // first stem → most words of a phrase starting with it (≥ 2)
};

struct NegatorPrefix
{
    QString prefix;
    int minimumRest = 2;
};

// Everything the analyser knows about one language, read from resources/analysis (see
// ANALYSIS-FORMATS: lexicon/, curated/, rules/, topics/, language/). Any file may be absent.
struct LanguagePack
{
    AnalysisLanguage language = AnalysisLanguage::En;
    PhraseTable<WordSense> senses;
    PhraseTable<quint16> topics; // bit i = HospitalityTopic::keys()[i]
    QSet<QString> functionWords; // lower-case, not stemmed
    QSet<QString> vocabulary;    // lower-case words of every word-list entry, for the language guess
    QList<NegatorPrefix> negatorPrefixes;
    int fileCount = 0;
    QStringList problems; // lines skipped, with file and line

    // Reads the pack of `language` from `root` (a folder or a ":/…" resource prefix).
    [[nodiscard]] static LanguagePack load(const QString &root, AnalysisLanguage language);
    // A stem without its accents ("très" → "tres"): guests often type French, Spanish and German
    // without them. The pack also keys every accented entry by its folded form (unless taken).
    [[nodiscard]] static QString folded(const QString &stem);
    // The stems of the words of a term (TextNormaliser::words), joined with single spaces.
    [[nodiscard]] static QString key(const QStringList &words, AnalysisLanguage language);
};

} // namespace innkeep
