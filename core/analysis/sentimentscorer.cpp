// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sentimentscorer.h"

#include "analysis/analysisshelf.h"
#include "analysis/guesttext.h"
#include "analysis/starphrase.h"
#include "analysis/trainedweights.h"
#include "analysis/venuelessonsdata.h"
#include "analysis/wordstemmer.h"

#include <cmath>

namespace innkeep {

namespace {

// VADER's constants (Hutto & Gilbert 2014), in lexicon units.
constexpr double NegationFactor = -0.74;
constexpr double ShoutBoost = 0.733;
constexpr double StretchBoost = 0.5;
constexpr double ExclamationBoost = 0.292;
constexpr int MaxExclamations = 4;
constexpr double Alpha = 15.0;
constexpr int NegationWindow = 3;      // words before an opinion word
constexpr int AfterNegationWindow = 2; // words after it, where the negator may follow (de hy ka ru)
constexpr double EmojiScale = 4.0;     // emoji scores −1..1 to lexicon units (😍 0.68 → 2.7)
constexpr double StarShare = 0.75;     // how much a written rating sets the score
constexpr double MixedShare = 0.5;     // the weaker side at least half the stronger
constexpr double MixedMinimum = 1.5;   // each side at least this many lexicon units
constexpr double NeutralBand = 0.05;
constexpr double OpinionMinimum = 0.5;
// Where rules and lists alone put the neutral point, in lexicon units, for languages without trained
// weights (all but English): chosen on the English training split in rules-only mode
// (innkeep-analysis-eval --rules-threshold), the middle of the plateau 0.25..2 (0.791 → 0.846 there).
// Lists count praise more readily than complaint, and texts with no opinion word lean negative.
constexpr double UntrainedNeutralPoint = 1.0;

// One word, phrase, emoji or emoticon of the text, as the scorer weighs it.
struct Unit
{
    int first = 0;
    int count = 1;
    int segment = 0;
    int sentence = 0;
    WordSense sense;
    bool prefixNegated = false; // hy չ-: the word negates itself
    bool negatorInside = false; // a phrase like "pas propre": its valence already says the negation
    double emotion = 0;         // emoji / emoticon valence (lexicon units)
    double weight = 1;          // contrast
};

bool negatesAfter(AnalysisLanguage language)
{
    switch (language) {
    case AnalysisLanguage::De:
    case AnalysisLanguage::Hy:
    case AnalysisLanguage::Ka:
    case AnalysisLanguage::Ru:
    case AnalysisLanguage::HyLatn:
    case AnalysisLanguage::RuLatn: return true;
    default: return false;
    }
}

double sign(double v)
{
    return v < 0 ? -1.0 : 1.0;
}

// Cuts the tokens into units, longest phrase first.
QList<Unit> unitsOf(const GuestText &guest, const AnalysisShelf &shelf)
{
    const QList<TextToken> &tokens = guest.text.tokens;
    const LanguagePack &pack = shelf.pack(guest.language);
    QList<Unit> units;
    units.reserve(tokens.size());
    for (qsizetype i = 0; i < tokens.size();) {
        const TextToken &token = tokens.at(i);
        Unit unit;
        unit.first = int(i);
        unit.sentence = token.sentence;
        if (token.kind == TextToken::Kind::Emoji) {
            const double e = shelf.emoji(token.word);
            unit.emotion = std::abs(e) >= 0.1 ? e * EmojiScale : 0.0;
        } else if (token.kind == TextToken::Kind::Emoticon) {
            unit.emotion = token.emoticonValence * EmojiScale;
        } else if (token.kind == TextToken::Kind::Word) {
            bool matched = false;
            if (const int longest = pack.senses.longestFrom.value(token.stem); longest >= 2) {
                for (int n = std::min<int>(longest, int(tokens.size() - i)); n >= 2 && !matched; --n) {
                    QString key = token.stem;
                    bool sameClause = true;
                    for (int k = 1; k < n; ++k) {
                        const TextToken &next = tokens.at(i + k);
                        sameClause =
                            sameClause && next.clause == token.clause && next.kind == TextToken::Kind::Word;
                        key += u' ' + next.stem;
                    }
                    if (!sameClause)
                        continue;
                    if (const auto it = pack.senses.entries.constFind(key);
                        it != pack.senses.entries.cend()) {
                        unit.sense = *it;
                        unit.count = n;
                        matched = true;
                        for (int k = 0; k < n; ++k)
                            unit.negatorInside = unit.negatorInside
                                                 || pack.senses.entries.value(tokens.at(i + k).stem).negator;
                    }
                }
            }
            if (!matched) {
                if (const auto it = pack.senses.entries.constFind(token.stem);
                    it != pack.senses.entries.cend()) {
                    unit.sense = *it;
                } else if (guest.language == AnalysisLanguage::En
                           && token.word.endsWith(QLatin1String("n't"))) {
                    unit.sense.negator = true;
                } else {
                    for (const NegatorPrefix &p : pack.negatorPrefixes) {
                        if (token.word.size() - p.prefix.size() < p.minimumRest
                            || !token.word.startsWith(p.prefix))
                            continue;
                        const WordSense rest = pack.senses.entries.value(
                            WordStemmer::stem(QStringView(token.word).mid(p.prefix.size()), guest.language));
                        if (rest.opinion) {
                            unit.sense = rest;
                            unit.prefixNegated = true;
                            break;
                        }
                    }
                }
            }
        }
        i += unit.count;
        units.append(unit);
    }
    return units;
}

} // namespace

double SentimentScorer::normalise(double raw)
{
    return raw / std::sqrt(raw * raw + Alpha);
}

SentimentReading SentimentScorer::read(const GuestText &guest, const AnalysisShelf &shelf,
                                       const VenueLessons::Data *lessons)
{
    SentimentReading reading;
    const QList<TextToken> &tokens = guest.text.tokens;
    const qsizetype tokenCount = tokens.size();
    reading.segmentOf.resize(tokenCount);
    reading.opinionToken.fill(false, tokenCount);
    reading.negatedToken.fill(false, tokenCount);
    QList<Unit> units = unitsOf(guest, shelf);

    // Clauses, split again where a contrast word or a conjunction starts a new one: in "the AC was
    // broken and the bathroom spotless" each topic keeps its own opinion.
    int segment = -1;
    int lastClause = -1;
    for (Unit &unit : units) {
        const int clause = tokens.at(unit.first).clause;
        if (clause != lastClause || unit.sense.contrast > 0 || unit.sense.joins)
            ++segment;
        lastClause = clause;
        unit.segment = segment;
        for (int k = 0; k < unit.count; ++k)
            reading.segmentOf[unit.first + k] = segment;
    }
    reading.segmentSum.fill(0.0, segment + 1);

    // Contrast: "but" (weight > 1) lifts the rest of its sentence and lowers what came before;
    // "although" (weight < 1) lowers the clause it starts.
    for (qsizetype u = 0; u < units.size(); ++u) {
        const double c = units.at(u).sense.contrast;
        if (c <= 0)
            continue;
        if (c > 1) {
            for (qsizetype v = 0; v < units.size(); ++v) {
                if (units.at(v).sentence != units.at(u).sentence)
                    continue;
                units[v].weight *= v >= u ? c : std::max(0.3, 2.0 - c);
            }
        } else {
            for (qsizetype v = u; v < units.size() && units.at(v).segment == units.at(u).segment; ++v)
                units[v].weight *= c;
        }
    }

    const bool after = negatesAfter(guest.language);
    QList<double> sentenceSum(guest.text.exclamations.size(), 0.0);
    bool opinionated = false;
    const TrainedWeights *trained = shelf.trained(guest.language);
    const LanguagePack &pack = shelf.pack(guest.language);
    for (qsizetype u = 0; u < units.size(); ++u) {
        const Unit &unit = units.at(u);
        const TextToken &token = tokens.at(unit.first);
        // Negation: a negator among the 3 words before (within the clause), or the word's own
        // negating prefix (hy չ-).
        bool negated = unit.prefixNegated;
        double intensity = 1.0;
        for (qsizetype k = 1; k <= NegationWindow && u - k >= 0; ++k) {
            const Unit &before = units.at(u - k);
            if (before.segment != unit.segment)
                break;
            if (k <= 2 && before.sense.intensity > 0)
                intensity *= k == 1 ? before.sense.intensity : 1.0 + (before.sense.intensity - 1.0) * 0.7;
            if (before.sense.negator && !unit.negatorInside)
                negated = !unit.prefixNegated; // "ne … pas", "no … nada": one negation
        }
        double v = unit.emotion;
        if (unit.sense.opinion) {
            v = unit.sense.valence * intensity;
            if (token.shouted && guest.text.hasLowerCase)
                v += sign(v) * ShoutBoost;
            if (token.stretched)
                v += sign(v) * StretchBoost;
            if (after && !negated && !unit.negatorInside) {
                for (qsizetype k = 1; k <= AfterNegationWindow && u + k < units.size(); ++k) {
                    const Unit &next = units.at(u + k);
                    if (next.segment != unit.segment || next.sense.opinion)
                        break;
                    if (!next.sense.negator)
                        continue;
                    // The negator belongs to this word unless an opinion word follows it closely.
                    bool ownsNext = false;
                    for (qsizetype m = u + k + 1; m <= u + k + NegationWindow && m < units.size(); ++m) {
                        if (units.at(m).segment != unit.segment)
                            break;
                        ownsNext = ownsNext || units.at(m).sense.opinion;
                    }
                    negated = !ownsNext;
                    break;
                }
            }
            if (negated)
                v *= NegationFactor;
        }
        double learnedFromOthers = 0; // trained weights: they move the score, never make an opinion
        if (token.kind == TextToken::Kind::Word) {
            bool inside = false; // after the negator of a phrase like "not bad"
            for (int k = 0; k < unit.count; ++k) {
                const QString &stem = tokens.at(unit.first + k).stem;
                const bool wordNegated = negated || inside;
                if (unit.negatorInside && pack.senses.entries.value(stem).negator)
                    inside = true;
                if (wordNegated)
                    reading.negatedToken[unit.first + k] = true;
                if (trained) {
                    const double w = trained->weight(stem, wordNegated);
                    v += w;
                    learnedFromOthers += w;
                }
                if (lessons)
                    v += lessons->stemWeights.value(stem, 0.0f);
            }
        }
        if (v == 0)
            continue;
        // "Two nights" is no opinion even if film reviews taught "night" a weight: only the lists,
        // emoji and the venue's own lessons make a word an opinion.
        if (std::abs(v - learnedFromOthers) >= OpinionMinimum && std::abs(v) >= OpinionMinimum) {
            opinionated = true;
            for (int k = 0; k < unit.count; ++k)
                reading.opinionToken[unit.first + k] = true;
        }
        if (v > 0)
            reading.positive += v;
        else
            reading.negative -= v;
        v *= unit.weight;
        reading.segmentSum[unit.segment] += v;
        if (unit.sentence < sentenceSum.size())
            sentenceSum[unit.sentence] += v;
    }

    double raw = 0;
    for (qsizetype s = 0; s < sentenceSum.size(); ++s) {
        double sum = sentenceSum.at(s);
        if (sum != 0)
            sum += sign(sum) * ExclamationBoost * std::min(MaxExclamations, guest.text.exclamations.at(s));
        raw += sum;
    }
    reading.rulesRaw = raw;
    reading.raw = raw + (trained ? trained->bias() : -UntrainedNeutralPoint);
    reading.score = normalise(reading.raw);
    reading.stars = StarPhrase::rating(guest.text, shelf.pack(guest.language));
    if (reading.stars) {
        reading.score = StarShare * (2.0 * *reading.stars - 1.0) + (1.0 - StarShare) * reading.score;
        opinionated = true;
    }

    if (!opinionated) {
        reading.label = SentimentLabel::Neutral;
    } else if (!reading.stars && reading.positive >= MixedMinimum && reading.negative >= MixedMinimum
               && std::min(reading.positive, reading.negative)
                      >= MixedShare * std::max(reading.positive, reading.negative)) {
        reading.label = SentimentLabel::Mixed;
    } else if (std::abs(reading.score) < NeutralBand) {
        reading.label = SentimentLabel::Neutral;
    } else {
        reading.label = reading.score > 0 ? SentimentLabel::Positive : SentimentLabel::Negative;
    }
    return reading;
}

} // namespace innkeep
