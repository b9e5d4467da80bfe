// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "venuelessons.h"

#include "analysis/analysisshelf.h"
#include "analysis/guesttext.h"
#include "analysis/hospitalitytopic.h"
#include "analysis/venuelessonsdata.h"

#include <QSet>

#include <cmath>

namespace innkeep {

namespace {

constexpr double Smoothing = 1.0;      // added to both counts of a word (Laplace)
constexpr double Shrink = 3.0;         // weight × n / (n + Shrink): thin evidence counts less
constexpr double MinimumEvidence = 2;  // summed example weight before a word gets a weight
constexpr double Bound = 2.5;          // lexicon units, about one ordinary opinion word
constexpr int PriorMinimum = 5;        // both classes this heavy before the class balance is removed
constexpr int TopicMinimum = 2;        // examples where staff added the topic
constexpr double TopicRareShare = 0.5; // examples with the word but without the topic, at most

// The content words of a text: its stems, once each, without function and rule words.
QSet<QString> contentStems(const GuestText &guest, const AnalysisShelf &shelf)
{
    const LanguagePack &pack = shelf.pack(guest.language);
    QSet<QString> stems;
    for (const TextToken &token : guest.text.tokens) {
        if (token.kind != TextToken::Kind::Word || token.word.size() < 2
            || pack.functionWords.contains(token.word))
            continue;
        const WordSense sense = pack.senses.entries.value(token.stem);
        if (sense.negator || sense.intensity > 0 || sense.contrast > 0)
            continue;
        stems.insert(token.stem);
    }
    return stems;
}

// The topic-list keys in a text that trigger `topic`.
QStringList topicKeys(const GuestText &guest, const LanguagePack &pack, int topic)
{
    QStringList keys;
    const QList<TextToken> &tokens = guest.text.tokens;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        QString key;
        for (qsizetype n = 0; n < 4 && i + n < tokens.size(); ++n) {
            key += (n ? QStringLiteral(" ") : QString()) + tokens.at(i + n).stem;
            if (pack.topics.entries.value(key, 0) & (1u << topic))
                keys << key;
        }
    }
    return keys;
}

} // namespace

VenueLessons::VenueLessons() = default;

VenueLessons VenueLessons::learn(const QList<TeachingExample> &examples)
{
    VenueLessons lessons;
    if (examples.isEmpty())
        return lessons;
    const AnalysisShelf &shelf = AnalysisShelf::shipped();
    auto data = std::make_shared<Data>();
    data->examples = int(examples.size());

    QHash<QString, double> positive, negative;
    double positiveTotal = 0, negativeTotal = 0;
    QHash<QString, std::array<int, 15>> withTopic; // stem → examples where staff added topic t
    QHash<QString, int> seen;                      // stem → examples it appears in
    for (const TeachingExample &example : examples) {
        const GuestText guest = GuestText::read(example.text, example.language, shelf);
        const QSet<QString> stems = contentStems(guest, shelf);
        const double weight = std::max(0.0, example.weight);
        if (example.label == SentimentLabel::Positive || example.label == SentimentLabel::Negative) {
            const bool good = example.label == SentimentLabel::Positive;
            (good ? positiveTotal : negativeTotal) += weight;
            for (const QString &stem : stems)
                (good ? positive : negative)[stem] += weight;
        }
        for (const QString &stem : stems) {
            ++seen[stem];
            for (const QString &topic : example.addedTopics) {
                const int t = int(HospitalityTopic::keys().indexOf(topic));
                if (t >= 0)
                    ++withTopic[stem][std::size_t(t)];
            }
        }
        for (const QString &topic : example.removedTopics) {
            const int t = int(HospitalityTopic::keys().indexOf(topic));
            if (t < 0)
                continue;
            for (const QString &key : topicKeys(guest, shelf.pack(guest.language), t))
                data->suppressed[key] |= quint16(1u << t);
        }
    }

    // Smoothed log-odds of each word, less the venue's overall balance when both sides are known,
    // shrunk when the evidence is thin, bounded.
    const double prior = positiveTotal >= PriorMinimum && negativeTotal >= PriorMinimum
                             ? std::log((positiveTotal + Smoothing) / (negativeTotal + Smoothing))
                             : 0.0;
    QSet<QString> labelled;
    for (auto it = positive.cbegin(); it != positive.cend(); ++it)
        labelled.insert(it.key());
    for (auto it = negative.cbegin(); it != negative.cend(); ++it)
        labelled.insert(it.key());
    for (const QString &stem : std::as_const(labelled)) {
        const double p = positive.value(stem), n = negative.value(stem);
        const double evidence = p + n;
        if (evidence < MinimumEvidence)
            continue;
        const double logOdds = std::log((p + Smoothing) / (n + Smoothing)) - prior;
        const double w = std::clamp(logOdds * evidence / (evidence + Shrink), -Bound, Bound);
        if (std::abs(w) >= 0.05)
            data->stemWeights.insert(stem, float(w));
    }
    for (auto it = withTopic.cbegin(); it != withTopic.cend(); ++it) {
        const int total = seen.value(it.key());
        for (std::size_t t = 0; t < it->size(); ++t) {
            const int with = (*it)[t];
            if (with >= TopicMinimum && double(total - with) <= TopicRareShare * with)
                data->topicWords[it.key()] |= quint16(1u << t);
        }
    }
    lessons.m_data = std::move(data);
    return lessons;
}

bool VenueLessons::isEmpty() const
{
    return !m_data;
}

int VenueLessons::exampleCount() const
{
    return m_data ? m_data->examples : 0;
}

} // namespace innkeep
