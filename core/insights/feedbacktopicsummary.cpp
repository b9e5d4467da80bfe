// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedbacktopicsummary.h"

#include "analysis/hospitalitytopic.h"
#include "insights/feedbackfacts.h"
#include "insights/topictally.h"

#include <QJsonArray>

namespace innkeep {

using namespace Qt::StringLiterals;

QString topicTrendToken(TopicTrend trend)
{
    switch (trend) {
    case TopicTrend::Worse: return u"worse"_s;
    case TopicTrend::Better: return u"better"_s;
    case TopicTrend::Steady: break;
    }
    return u"steady"_s;
}

QJsonObject TopicSummaryRow::toJson() const
{
    return {{u"topic"_s, topic},
            {u"mentions"_s, mentions},
            {u"share_negative"_s, shareNegative},
            {u"average_score"_s, averageScore},
            {u"previous_mentions"_s, previousMentions},
            {u"previous_share_negative"_s, previousShareNegative},
            {u"compared"_s, compared},
            {u"trend"_s, topicTrendToken(trend)}};
}

QJsonObject TopicSummary::toJson() const
{
    QJsonArray rows;
    for (const TopicSummaryRow &row : topics)
        rows.append(row.toJson());
    return {{u"from"_s, from.toString(Qt::ISODate)},
            {u"to"_s, to.toString(Qt::ISODate)},
            {u"previous_from"_s, previousFrom.toString(Qt::ISODate)},
            {u"previous_to"_s, previousTo.toString(Qt::ISODate)},
            {u"entries"_s, entries},
            {u"topics"_s, rows}};
}

Status checkPeriod(const QDate &from, const QDate &to)
{
    if (!from.isValid() || !to.isValid() || from > to)
        return fail(Error::Code::InvalidInput,
                    QCoreApplication::translate("FeedbackTopicSummary",
                                                "Give a period whose first day is not after its last day."),
                    u"from"_s);
    return {};
}

QList<TopicSummaryRow> compareTopics(const QList<FeedbackFact> &current, const QList<FeedbackFact> &previous,
                                     int minimumCount)
{
    const QHash<QString, TopicTally> now = TopicTally::of(current);
    const QHash<QString, TopicTally> before = TopicTally::of(previous);
    QList<TopicSummaryRow> rows;
    for (const QString &key : HospitalityTopic::keys()) {
        const TopicTally tally = now.value(key);
        const TopicTally old = before.value(key);
        if (tally.mentions == 0 && old.mentions == 0)
            continue;
        TopicSummaryRow row;
        row.topic = key;
        row.mentions = tally.mentions;
        row.shareNegative = tally.shareNegative();
        row.averageScore = tally.averageScore();
        row.previousMentions = old.mentions;
        row.previousShareNegative = old.shareNegative();
        row.compared = tally.mentions >= minimumCount && old.mentions >= minimumCount;
        if (row.compared) {
            const double rise = row.shareNegative - row.previousShareNegative;
            // A hair under the margin still counts: shares are ratios of small counts.
            if (rise >= FeedbackTopicSummary::TrendMargin - 1e-9)
                row.trend = TopicTrend::Worse;
            else if (rise <= -FeedbackTopicSummary::TrendMargin + 1e-9)
                row.trend = TopicTrend::Better;
        }
        rows.append(row);
    }
    std::stable_sort(rows.begin(), rows.end(), [](const TopicSummaryRow &a, const TopicSummaryRow &b) {
        return a.mentions > b.mentions;
    });
    return rows;
}

Result<TopicSummary> FeedbackTopicSummary::between(const QDate &from, const QDate &to, int minimumCount)
{
    if (auto ok = checkPeriod(from, to); !ok)
        return std::unexpected(ok.error());
    TopicSummary summary;
    summary.from = from;
    summary.to = to;
    const qint64 days = from.daysTo(to) + 1;
    summary.previousTo = from.addDays(-1);
    summary.previousFrom = from.addDays(-days);
    auto current = FeedbackFacts::between(m_db, from, to);
    if (!current)
        return std::unexpected(current.error());
    auto previous = FeedbackFacts::between(m_db, summary.previousFrom, summary.previousTo);
    if (!previous)
        return std::unexpected(previous.error());
    summary.entries = int(current->size());
    summary.topics = compareTopics(*current, *previous, std::max(1, minimumCount));
    return summary;
}

} // namespace innkeep
