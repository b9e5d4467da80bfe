// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedbackfacts.h"

#include "analysis/hospitalitytopic.h"
#include "insights/feedbacktopicsummary.h"
#include "storage/database.h"
#include "storage/statement.h"

#include <QDateTime>
#include <QHash>

namespace innkeep {

using namespace Qt::StringLiterals;

namespace {

qint64 startOf(const QDate &date)
{
    return QDateTime(date, QTime(0, 0)).toMSecsSinceEpoch(); // local time
}

struct TopicRow
{
    QString topic;
    double score = 0.0;
    QString origin;
};

} // namespace

QDate FeedbackFacts::localDate(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().date();
}

QString FeedbackFacts::effectiveScoreSql()
{
    const QString corrected = QString::number(FeedbackTopicSummary::CorrectedScore, 'g', 17);
    return u"(CASE f.corrected_label WHEN 'negative' THEN -%1 WHEN 'positive' THEN %1 "
           "WHEN 'neutral' THEN 0.0 ELSE coalesce(f.sentiment, 0.0) END)"_s.arg(corrected);
}

bool FeedbackFacts::isNegative(const TopicMention &mention)
{
    return mention.score <= FeedbackTopicSummary::NegativeAtOrUnder;
}

Result<QList<FeedbackFact>> FeedbackFacts::between(Database &db, const QDate &from, const QDate &to)
{
    const qint64 fromMs = startOf(from);
    const qint64 toMs = startOf(to.addDays(1));
    const double corrected = FeedbackTopicSummary::CorrectedScore;
    QList<FeedbackFact> facts;
    QHash<qint64, qsizetype> at;
    QHash<qint64, QString> correctedLabel;
    {
        Statement q(db, u"SELECT f.id, f.received_at, f.channel, f.site, "
                        "f.body <> '' AND (f.analyser_version > 0 OR f.corrected_label <> ''), "_s
                            + effectiveScoreSql()
                            + u", coalesce(nullif(f.corrected_label, ''), nullif(f.sentiment_label, ''), "
                              "'neutral') = 'negative', f.corrected_label "
                              "FROM feedback f WHERE f.received_at >= ? AND f.received_at < ? "
                              "ORDER BY f.received_at, f.id"_s);
        if (auto ok = q.bind(fromMs, toMs).exec(); !ok)
            return std::unexpected(ok.error());
        while (q.next()) {
            FeedbackFact fact;
            fact.id = q.integer(0);
            fact.receivedAt = q.integer(1);
            fact.channel = q.text(2);
            fact.site = q.text(3);
            fact.analysed = q.integer(4) != 0;
            fact.score = q.value(5).toDouble();
            fact.negative = fact.analysed && q.integer(6) != 0;
            at.insert(fact.id, facts.size());
            if (!q.text(7).isEmpty())
                correctedLabel.insert(fact.id, q.text(7));
            facts.append(fact);
        }
        if (auto ok = q.walked(); !ok)
            return std::unexpected(ok.error());
    }

    QHash<qint64, QList<TopicRow>> topics;
    Statement q(db, u"SELECT ft.feedback_id, ft.topic, ft.score, ft.origin FROM feedback_topics ft "
                    "JOIN feedback f ON f.id = ft.feedback_id "
                    "WHERE f.received_at >= ? AND f.received_at < ? AND f.body <> ''"_s);
    if (auto ok = q.bind(fromMs, toMs).exec(); !ok)
        return std::unexpected(ok.error());
    while (q.next())
        topics[q.integer(0)].append(TopicRow{q.text(1), q.value(2).toDouble(), q.text(3)});
    if (auto ok = q.walked(); !ok)
        return std::unexpected(ok.error());

    for (auto it = topics.cbegin(); it != topics.cend(); ++it) {
        const auto found = at.constFind(it.key());
        if (found == at.cend())
            continue;
        FeedbackFact &fact = facts[*found];
        const QString label = correctedLabel.value(fact.id);
        QStringList removed;
        for (const TopicRow &row : *it) {
            if (row.origin == u"staff-removed")
                removed << row.topic;
        }
        const auto mentionScore = [&](double own) {
            if (label == u"negative")
                return -corrected;
            if (label == u"positive")
                return corrected;
            return own;
        };
        QStringList seen;
        for (const QString &origin : {u"analyser"_s, u"staff-added"_s}) {
            for (const TopicRow &row : *it) {
                if (row.origin != origin || removed.contains(row.topic) || seen.contains(row.topic)
                    || !HospitalityTopic::isKey(row.topic))
                    continue;
                seen << row.topic;
                fact.mentions.append(
                    TopicMention{row.topic, mentionScore(origin == u"analyser" ? row.score : fact.score)});
            }
        }
    }
    return facts;
}

} // namespace innkeep
