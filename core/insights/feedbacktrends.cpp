// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedbacktrends.h"

#include "analysis/hospitalitytopic.h"
#include "insights/feedbackfacts.h"
#include "insights/topictally.h"

#include <QJsonArray>
#include <QMap>

namespace innkeep {

using namespace Qt::StringLiterals;

QString trendPeriodToken(TrendPeriod period)
{
    return period == TrendPeriod::Month ? u"month"_s : u"week"_s;
}

std::optional<TrendPeriod> trendPeriodFromToken(const QString &token)
{
    if (token == u"week")
        return TrendPeriod::Week;
    if (token == u"month")
        return TrendPeriod::Month;
    return std::nullopt;
}

QString trendSplitToken(TrendSplit split)
{
    switch (split) {
    case TrendSplit::Channel: return u"channel"_s;
    case TrendSplit::Site: return u"site"_s;
    case TrendSplit::None: break;
    }
    return u"none"_s;
}

std::optional<TrendSplit> trendSplitFromToken(const QString &token)
{
    for (TrendSplit split : {TrendSplit::None, TrendSplit::Channel, TrendSplit::Site}) {
        if (token == trendSplitToken(split))
            return split;
    }
    return std::nullopt;
}

QJsonObject TopicInPeriod::toJson() const
{
    return {{u"topic"_s, topic},
            {u"mentions"_s, mentions},
            {u"average_score"_s, averageScore},
            {u"share_negative"_s, shareNegative}};
}

QJsonObject TrendPeriodRow::toJson() const
{
    QJsonArray rows;
    for (const TopicInPeriod &t : topics)
        rows.append(t.toJson());
    return {{u"start"_s, start.toString(Qt::ISODate)},
            {u"end"_s, end.toString(Qt::ISODate)},
            {u"group"_s, group},
            {u"entries"_s, entries},
            {u"analysed"_s, analysed},
            {u"average_sentiment"_s, averageSentiment},
            {u"share_negative"_s, shareNegative},
            {u"topics"_s, rows}};
}

QJsonObject FeedbackTrendReport::toJson() const
{
    QJsonArray rows;
    for (const TrendPeriodRow &row : periods)
        rows.append(row.toJson());
    QJsonArray worse;
    for (const TopicSummaryRow &row : gettingWorse)
        worse.append(row.toJson());
    return {{u"from"_s, query.from.toString(Qt::ISODate)},
            {u"to"_s, query.to.toString(Qt::ISODate)},
            {u"by"_s, trendPeriodToken(query.by)},
            {u"split"_s, trendSplitToken(query.split)},
            {u"minimum_count"_s, query.minimumCount},
            {u"periods"_s, rows},
            {u"getting_worse"_s, worse}};
}

namespace {

QDate periodStart(const QDate &date, TrendPeriod by)
{
    return by == TrendPeriod::Month ? QDate(date.year(), date.month(), 1)
                                    : date.addDays(1 - date.dayOfWeek());
}

QDate nextPeriod(const QDate &start, TrendPeriod by)
{
    return by == TrendPeriod::Month ? start.addMonths(1) : start.addDays(7);
}

TrendPeriodRow rowOf(const QDate &start, const QDate &end, const QString &group,
                     const QList<FeedbackFact> &facts)
{
    TrendPeriodRow row;
    row.start = start;
    row.end = end;
    row.group = group;
    row.entries = int(facts.size());
    int negative = 0;
    double sum = 0.0;
    for (const FeedbackFact &fact : facts) {
        if (!fact.analysed)
            continue;
        ++row.analysed;
        sum += fact.score;
        negative += fact.negative ? 1 : 0;
    }
    if (row.analysed > 0) {
        row.averageSentiment = sum / row.analysed;
        row.shareNegative = double(negative) / row.analysed;
    }
    const QHash<QString, TopicTally> tallies = TopicTally::of(facts);
    for (const QString &key : HospitalityTopic::keys()) {
        const auto it = tallies.constFind(key);
        if (it == tallies.cend())
            continue;
        row.topics.append(TopicInPeriod{key, it->mentions, it->averageScore(), it->shareNegative()});
    }
    std::stable_sort(row.topics.begin(), row.topics.end(),
                     [](const TopicInPeriod &a, const TopicInPeriod &b) { return a.mentions > b.mentions; });
    return row;
}

} // namespace

Result<FeedbackTrendReport> FeedbackTrends::report(const TrendQuery &query)
{
    if (auto ok = checkPeriod(query.from, query.to); !ok)
        return std::unexpected(ok.error());
    if (query.minimumCount < 1)
        return fail(Error::Code::InvalidInput, tr("The minimum count is a whole number of 1 or more."),
                    u"minimum_count"_s);
    auto facts = FeedbackFacts::between(m_db, query.from, query.to);
    if (!facts)
        return std::unexpected(facts.error());

    FeedbackTrendReport report;
    report.query = query;
    // Period start -> group -> its entries; every period present even when empty.
    QMap<QDate, QMap<QString, QList<FeedbackFact>>> buckets;
    for (QDate start = periodStart(query.from, query.by); start <= query.to;
         start = nextPeriod(start, query.by))
        buckets[start];
    for (const FeedbackFact &fact : *facts) {
        QString group;
        if (query.split == TrendSplit::Channel)
            group = fact.channel;
        else if (query.split == TrendSplit::Site)
            group = fact.site;
        buckets[periodStart(FeedbackFacts::localDate(fact.receivedAt), query.by)][group].append(fact);
    }
    for (auto it = buckets.cbegin(); it != buckets.cend(); ++it) {
        const QDate start = std::max(it.key(), query.from);
        const QDate end = std::min(nextPeriod(it.key(), query.by).addDays(-1), query.to);
        if (it->isEmpty()) {
            if (query.split == TrendSplit::None)
                report.periods.append(rowOf(start, end, {}, {}));
            continue;
        }
        for (auto group = it->cbegin(); group != it->cend(); ++group)
            report.periods.append(rowOf(start, end, group.key(), *group));
    }

    const qint64 days = query.from.daysTo(query.to) + 1;
    auto previous = FeedbackFacts::between(m_db, query.from.addDays(-days), query.from.addDays(-1));
    if (!previous)
        return std::unexpected(previous.error());
    for (const TopicSummaryRow &row : compareTopics(*facts, *previous, query.minimumCount)) {
        if (row.compared && row.shareNegative > row.previousShareNegative)
            report.gettingWorse.append(row);
    }
    std::stable_sort(report.gettingWorse.begin(), report.gettingWorse.end(),
                     [](const TopicSummaryRow &a, const TopicSummaryRow &b) {
                         return a.shareNegative - a.previousShareNegative
                                > b.shareNegative - b.previousShareNegative;
                     });
    return report;
}

} // namespace innkeep
