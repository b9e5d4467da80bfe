// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace innkeep {

class Database;

// Where a topic's share of negative mentions went against the previous period.
enum class TopicTrend { Steady, Worse, Better };
[[nodiscard]] QString topicTrendToken(TopicTrend trend); // steady, worse, better

// One topic over a period. A mention is one entry talking about the topic (its effective topics:
// staff corrections win). Its score is the topic's own score from the analyser; an entry labelled
// positive or negative by staff counts +0.6 / -0.6 for all its topics; a topic staff added takes the
// entry's score. A mention is negative at or under FeedbackTopicSummary::NegativeAtOrUnder.
struct TopicSummaryRow
{
    QString topic; // HospitalityTopic key
    int mentions = 0;
    double shareNegative = 0.0; // 0..1
    double averageScore = 0.0;  // -1..1
    int previousMentions = 0;   // in the previous period of equal length
    double previousShareNegative = 0.0;
    // Both periods have at least the minimum count of mentions: only then is there a trend.
    bool compared = false;
    TopicTrend trend = TopicTrend::Steady;

    [[nodiscard]] QJsonObject toJson() const;
    friend bool operator==(const TopicSummaryRow &, const TopicSummaryRow &) = default;
};

struct TopicSummary
{
    QDate from; // local dates, inclusive
    QDate to;
    QDate previousFrom;
    QDate previousTo;
    int entries = 0;               // feedback entries received in the period
    QList<TopicSummaryRow> topics; // most mentioned first, then in HospitalityTopic order

    [[nodiscard]] QJsonObject toJson() const;
};

// The topic summary above the Feedback list: for the local dates [from, to], per topic the
// mentions, share negative, average score, and the trend against the previous period of equal
// length (worse / better when the share negative moved by TrendMargin or more and both periods
// have `minimumCount` mentions; steady otherwise). Read-only; one query over the file.
class FeedbackTopicSummary final
{
    Q_DECLARE_TR_FUNCTIONS(FeedbackTopicSummary)

public:
    static constexpr int DefaultMinimumCount = 5;
    static constexpr double TrendMargin = 0.10;
    static constexpr double NegativeAtOrUnder = -0.1;
    static constexpr double CorrectedScore = 0.6;

    explicit FeedbackTopicSummary(Database &db) : m_db(db) {}

    // InvalidInput (field "from") when a date is invalid or `from` is after `to`.
    [[nodiscard]] Result<TopicSummary> between(const QDate &from, const QDate &to,
                                               int minimumCount = DefaultMinimumCount);

private:
    Database &m_db;
};

} // namespace innkeep
