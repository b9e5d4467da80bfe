// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "topicspotter.h"

#include "analysis/analysisshelf.h"
#include "analysis/guesttext.h"
#include "analysis/hospitalitytopic.h"
#include "analysis/sentimentscorer.h"
#include "analysis/venuelessonsdata.h"
#include "analysis/wordstemmer.h"

#include <array>

namespace innkeep {

namespace {

constexpr int TopicCount = 15;

struct Mention
{
    QList<int> segments;
    QList<int> tokens; // the triggering words
};

constexpr qsizetype MinimumHead = 4;     // letters of the last part of a German compound
constexpr qsizetype MinimumCompound = 8; // letters before a word is tried as a compound

// German writes compounds as one word and their meaning is the last part's: "Dreibettzimmer" is a
// room, "Frühstückskaffee" a coffee. A word the topic list does not know is tried by its longest
// known last part.
quint16 compoundHead(const QString &word, const LanguagePack &pack, QString &key)
{
    if (word.size() < MinimumCompound)
        return 0;
    for (qsizetype start = 3; word.size() - start >= MinimumHead; ++start) {
        const QString head = WordStemmer::stem(QStringView(word).mid(start), AnalysisLanguage::De);
        if (head.size() < MinimumHead)
            continue;
        if (const quint16 mask = pack.topics.entries.value(head, 0)) {
            key = head;
            return mask;
        }
    }
    return 0;
}

} // namespace

QList<TopicFinding> TopicSpotter::spot(const GuestText &guest, const SentimentReading &reading,
                                       const AnalysisShelf &shelf, const VenueLessons::Data *lessons)
{
    const QList<TextToken> &tokens = guest.text.tokens;
    const LanguagePack &pack = shelf.pack(guest.language);
    std::array<Mention, TopicCount> mentions;
    quint16 found = 0;
    auto mention = [&](quint16 mask, qsizetype first, int count) {
        for (int t = 0; t < TopicCount; ++t) {
            if (!(mask & (1u << t)))
                continue;
            found |= quint16(1u << t);
            Mention &m = mentions[std::size_t(t)];
            const int segment = reading.segmentOf.at(first);
            if (!m.segments.contains(segment))
                m.segments.append(segment);
            for (int k = 0; k < count; ++k)
                m.tokens.append(int(first + k));
        }
    };

    for (qsizetype i = 0; i < tokens.size();) {
        const TextToken &token = tokens.at(i);
        if (token.kind != TextToken::Kind::Word) {
            ++i;
            continue;
        }
        int count = 0;
        quint16 mask = 0;
        QString key;
        if (const int longest = pack.topics.longestFrom.value(token.stem); longest >= 2) {
            for (int n = std::min<int>(longest, int(tokens.size() - i)); n >= 2 && count == 0; --n) {
                QString candidate = token.stem;
                bool sameClause = true;
                for (int k = 1; k < n; ++k) {
                    sameClause = sameClause && reading.segmentOf.at(i + k) == reading.segmentOf.at(i);
                    candidate += u' ' + tokens.at(i + k).stem;
                }
                if (!sameClause)
                    continue;
                if (const auto it = pack.topics.entries.constFind(candidate);
                    it != pack.topics.entries.cend()) {
                    count = n;
                    mask = *it;
                    key = candidate;
                }
            }
        }
        if (count == 0) {
            count = 1;
            key = token.stem;
            mask = pack.topics.entries.value(token.stem, 0);
            if (mask == 0 && guest.language == AnalysisLanguage::De)
                mask = compoundHead(token.word, pack, key);
        }
        if (lessons) {
            mask &= quint16(~lessons->suppressed.value(key, 0));
            mask |= lessons->topicWords.value(token.stem, 0);
        }
        if (mask)
            mention(mask, i, count);
        i += count;
    }

    QList<TopicFinding> findings;
    const QStringList &keys = HospitalityTopic::keys();
    for (int t = 0; t < TopicCount && t < keys.size(); ++t) {
        if (!(found & (1u << t)))
            continue;
        const Mention &m = mentions[std::size_t(t)];
        TopicFinding finding;
        finding.topic = keys.at(t);
        double sum = 0;
        for (const int segment : m.segments)
            sum += reading.segmentSum.at(segment);
        finding.score = SentimentScorer::normalise(sum);
        auto addEvidence = [&](int index) {
            const QString &word = tokens.at(index).written;
            if (!finding.evidence.contains(word))
                finding.evidence.append(word);
        };
        for (const int index : m.tokens)
            addEvidence(index);
        for (qsizetype i = 0; i < tokens.size(); ++i) {
            if (reading.opinionToken.at(i) && m.segments.contains(reading.segmentOf.at(i)))
                addEvidence(int(i));
        }
        findings.append(finding);
    }
    return findings;
}

} // namespace innkeep
