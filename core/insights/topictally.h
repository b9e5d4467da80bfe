// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "insights/feedbackfacts.h"
#include "insights/feedbacktopicsummary.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace innkeep {

// Mentions of one topic counted over some entries.
struct TopicTally
{
    int mentions = 0;
    int negative = 0;
    double scoreSum = 0.0;

    void add(const TopicMention &mention)
    {
        ++mentions;
        negative += FeedbackFacts::isNegative(mention) ? 1 : 0;
        scoreSum += mention.score;
    }
    [[nodiscard]] double shareNegative() const { return mentions ? double(negative) / mentions : 0.0; }
    [[nodiscard]] double averageScore() const { return mentions ? scoreSum / mentions : 0.0; }

    // Per topic key, over `facts`.
    [[nodiscard]] static QHash<QString, TopicTally> of(const QList<FeedbackFact> &facts)
    {
        QHash<QString, TopicTally> tallies;
        for (const FeedbackFact &fact : facts) {
            for (const TopicMention &mention : fact.mentions)
                tallies[mention.topic].add(mention);
        }
        return tallies;
    }
};

// Shared by FeedbackTopicSummary and FeedbackTrends (feedbacktopicsummary.cpp).
[[nodiscard]] Status checkPeriod(const QDate &from, const QDate &to);
[[nodiscard]] QList<TopicSummaryRow> compareTopics(const QList<FeedbackFact> &current,
                                                   const QList<FeedbackFact> &previous, int minimumCount);

} // namespace innkeep
