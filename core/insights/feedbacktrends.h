// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "insights/feedbacktopicsummary.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace innkeep {

class Database;

enum class TrendPeriod { Week, Month };                     // ISO weeks starting Monday; calendar months
[[nodiscard]] QString trendPeriodToken(TrendPeriod period); // week, month
[[nodiscard]] std::optional<TrendPeriod> trendPeriodFromToken(const QString &token);

enum class TrendSplit { None, Channel, Site }; // one row per period, or per period and channel / site
[[nodiscard]] QString trendSplitToken(TrendSplit split); // none, channel, site
[[nodiscard]] std::optional<TrendSplit> trendSplitFromToken(const QString &token);

struct TrendQuery
{
    QDate from; // local dates, inclusive; periods cut at these dates
    QDate to;
    TrendPeriod by = TrendPeriod::Week;
    TrendSplit split = TrendSplit::None;
    int minimumCount = FeedbackTopicSummary::DefaultMinimumCount; // for "getting worse"
};

// A topic within one period (mentions as in TopicSummaryRow).
struct TopicInPeriod
{
    QString topic;
    int mentions = 0;
    double averageScore = 0.0;
    double shareNegative = 0.0;

    [[nodiscard]] QJsonObject toJson() const;
    friend bool operator==(const TopicInPeriod &, const TopicInPeriod &) = default;
};

// One period (and channel or site, when split). Sentiment figures count the entries with text
// that were analysed or labelled by staff (`analysed`); an entry's sentiment is the analyser's
// score, or +0.6 / -0.6 / 0 when staff labelled it positive / negative / neutral; it is negative
// when its effective label is negative.
struct TrendPeriodRow
{
    QDate start;   // first local date of the period (clipped to the query's `from`)
    QDate end;     // last local date (clipped to `to`)
    QString group; // channel token or site's name when split, "" otherwise
    int entries = 0;
    int analysed = 0;
    double averageSentiment = 0.0;
    double shareNegative = 0.0;
    QList<TopicInPeriod> topics; // most mentioned first

    [[nodiscard]] QJsonObject toJson() const;
};

struct FeedbackTrendReport
{
    TrendQuery query;
    QList<TrendPeriodRow> periods; // by start, then group; periods without entries included (unsplit)
    // Topics whose share negative rose most over [from, to] against the previous period of equal
    // length, with at least `minimumCount` mentions in both; largest rise first, rises only.
    QList<TopicSummaryRow> gettingWorse;

    [[nodiscard]] QJsonObject toJson() const;
};

// Feedback over time: per week or month, optionally per channel or review site, the entries,
// average sentiment, share negative and each topic's mentions and sentiment; and what is getting
// worse. Effective labels and topics (staff corrections win). Read-only.
class FeedbackTrends final
{
    Q_DECLARE_TR_FUNCTIONS(FeedbackTrends)

public:
    explicit FeedbackTrends(Database &db) : m_db(db) {}

    // InvalidInput (field "from") when a date is invalid or `from` is after `to`; (field
    // "minimum_count") when the minimum count is below 1.
    [[nodiscard]] Result<FeedbackTrendReport> report(const TrendQuery &query);

private:
    Database &m_db;
};

} // namespace innkeep
