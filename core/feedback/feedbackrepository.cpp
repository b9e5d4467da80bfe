// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedbackrepository.h"

#include "analysis/hospitalitytopic.h"
#include "search/searchindex.h"
#include "storage/database.h"
#include "storage/rowwriter.h"
#include "storage/statement.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace innkeep {

using namespace Qt::StringLiterals;

namespace {

// The two thresholds are bound first (?1 rating, ?2 sentiment), so the computed flags use them.
const QString Columns =
    u"SELECT f.id, f.uuid, f.guest_id, g.uuid, trim(g.given_name || ' ' || g.family_name), f.stay_id, "
    u"s.uuid, "
    "f.ticket_id, t.uuid, f.channel, f.site, f.rating, f.rating_scale, f.rating_normalised, f.body, "
    "f.language, "
    "f.received_at, f.public, f.response, f.responded_at, f.created_by, f.created_at, f.updated_at, "
    "coalesce(f.rating_normalised <= th.v, 0), "
    "f.sentiment, f.sentiment_label, f.detected_language, f.analyser_version, f.corrected_label, "
    "f.corrected_by, f.corrected_at, "
    "(SELECT json_group_array(json_array(ft.topic, printf('%!.17g', ft.score), json(ft.evidence), "
    "ft.origin)) "
    "FROM feedback_topics ft WHERE ft.feedback_id = f.id), "
    "(CASE WHEN f.corrected_label = 'negative' THEN 1 WHEN f.corrected_label <> '' THEN 0 "
    "WHEN f.sentiment_label IN ('negative', 'mixed') THEN coalesce(f.sentiment <= th.s, 0) ELSE 0 END) "
    "FROM feedback f CROSS JOIN (SELECT ? AS v, ? AS s) th LEFT JOIN guests g ON g.id = f.guest_id "
    "LEFT JOIN stays s ON s.id = f.stay_id LEFT JOIN tickets t ON t.id = f.ticket_id "_s;

// Low rating or low sentiment, not answered, no ticket. Low sentiment: labelled negative by staff,
// or not relabelled and the analyser said negative or mixed with a score at or under the threshold
// (a text the analyser calls neutral or positive never alarms, whatever its score).
const QString LowClause =
    u"(coalesce(f.rating_normalised <= th.v, 0) OR (CASE WHEN f.corrected_label = 'negative' THEN 1 "
    "WHEN f.corrected_label <> '' THEN 0 WHEN f.sentiment_label IN ('negative', 'mixed') THEN "
    "coalesce(f.sentiment <= th.s, 0) ELSE 0 END))"_s;
const QString AttentionClause = LowClause + u" AND f.ticket_id IS NULL AND f.responded_at IS NULL"_s;

const QString OriginAnalyser = u"analyser"_s;
const QString OriginAdded = u"staff-added"_s;
const QString OriginRemoved = u"staff-removed"_s;

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

int topicOrder(const QString &key)
{
    const qsizetype at = HospitalityTopic::keys().indexOf(key);
    return at < 0 ? int(HospitalityTopic::keys().size()) : int(at);
}

void sortTopics(QList<TopicFinding> &topics)
{
    std::stable_sort(topics.begin(), topics.end(), [](const TopicFinding &a, const TopicFinding &b) {
        return topicOrder(a.topic) < topicOrder(b.topic);
    });
}

void sortKeys(QStringList &keys)
{
    std::stable_sort(keys.begin(), keys.end(),
                     [](const QString &a, const QString &b) { return topicOrder(a) < topicOrder(b); });
}

void readTopics(const QString &json, FeedbackEntry &e)
{
    const QJsonArray rows = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &value : rows) {
        const QJsonArray row = value.toArray();
        const QString topic = row.at(0).toString();
        const QString origin = row.at(3).toString();
        if (origin == OriginAnalyser) {
            QStringList evidence;
            for (const QJsonValue &word : row.at(2).toArray())
                evidence << word.toString();
            // The score as text with all its digits: JSON numbers would round it.
            e.analysis.topics << TopicFinding{topic, row.at(1).toString().toDouble(), evidence};
        } else if (origin == OriginAdded) {
            e.topicsAdded << topic;
        } else if (origin == OriginRemoved) {
            e.topicsRemoved << topic;
        }
    }
    sortTopics(e.analysis.topics);
    sortKeys(e.topicsAdded);
    sortKeys(e.topicsRemoved);
}

FeedbackEntry readEntry(const Statement &q)
{
    FeedbackEntry e;
    e.id = q.integer(0);
    e.uuid = q.text(1);
    e.guestId = q.integer(2);
    e.guestUuid = q.text(3);
    e.guestName = q.text(4);
    e.stayId = q.integer(5);
    e.stayUuid = q.text(6);
    e.ticketId = q.integer(7);
    e.ticketUuid = q.text(8);
    e.channel = feedbackChannelFromToken(q.text(9)).value_or(FeedbackChannel::InPerson);
    e.site = q.text(10);
    if (!q.isNull(11)) {
        if (const auto scale = ratingScaleFromToken(q.text(12)))
            e.rating = Rating{q.value(11).toDouble(), *scale};
    }
    if (!q.isNull(13))
        e.ratingNormalised = q.value(13).toDouble();
    e.text = q.text(14);
    e.language = q.text(15);
    e.receivedAt = q.integer(16);
    e.isPublic = q.integer(17) != 0;
    e.response = q.text(18);
    if (!q.isNull(19))
        e.respondedAt = q.integer(19);
    e.createdBy = q.text(20);
    e.createdAt = q.integer(21);
    e.updatedAt = q.integer(22);
    e.lowRating = q.integer(23) != 0;
    e.analyserVersion = int(q.integer(27));
    if (e.analyserVersion > 0) {
        e.analysis.score = q.isNull(24) ? 0.0 : q.value(24).toDouble();
        e.analysis.label = sentimentLabelFromToken(q.text(25)).value_or(SentimentLabel::Neutral);
        const QString detected = q.text(26);
        e.analysis.language = detected.isEmpty() ? u"und"_s : detected;
    }
    e.correctedLabel = sentimentLabelFromToken(q.text(28));
    e.correctedBy = q.text(29);
    if (!q.isNull(30))
        e.correctedAt = q.integer(30);
    readTopics(q.text(31), e);
    e.lowSentiment = q.integer(32) != 0;
    e.needsAttention = (e.lowRating || e.lowSentiment) && e.ticketId == 0 && !e.respondedAt;
    return e;
}

QString evidenceJson(const QStringList &evidence)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(evidence)).toJson(QJsonDocument::Compact));
}

} // namespace

QVariantMap FeedbackRepository::rowOf(const FeedbackEntry &e)
{
    const QVariant noReal(QMetaType::fromType<double>());
    const QVariant noInteger(QMetaType::fromType<qint64>());
    const bool analysed = e.analyserVersion > 0;
    return {
        {u"uuid"_s, e.uuid},
        {u"guest_id"_s, nullableId(e.guestId)},
        {u"stay_id"_s, nullableId(e.stayId)},
        {u"ticket_id"_s, nullableId(e.ticketId)},
        {u"channel"_s, feedbackChannelToken(e.channel)},
        {u"site"_s, e.site},
        {u"rating"_s, e.rating ? QVariant(e.rating->value) : noReal},
        {u"rating_scale"_s,
         e.rating ? QVariant(ratingScaleToken(e.rating->scale)) : QVariant(QMetaType::fromType<QString>())},
        {u"rating_normalised"_s, e.rating ? QVariant(e.rating->normalised()) : noReal},
        {u"body"_s, e.text},
        {u"language"_s, e.language},
        {u"received_at"_s, e.receivedAt},
        {u"public"_s, e.isPublic ? 1 : 0},
        {u"response"_s, e.response},
        {u"responded_at"_s, e.respondedAt ? QVariant(*e.respondedAt) : noInteger},
        {u"created_by"_s, e.createdBy},
        {u"created_at"_s, e.createdAt},
        {u"updated_at"_s, e.updatedAt},
        {u"sentiment"_s, analysed ? QVariant(e.analysis.score) : noReal},
        {u"sentiment_label"_s, analysed ? sentimentLabelToken(e.analysis.label) : QString()},
        {u"detected_language"_s, analysed ? e.analysis.language : QString()},
        {u"analyser_version"_s, e.analyserVersion},
        {u"corrected_label"_s, e.correctedLabel ? sentimentLabelToken(*e.correctedLabel) : QString()},
        {u"corrected_by"_s, e.correctedBy},
        {u"corrected_at"_s, e.correctedAt ? QVariant(*e.correctedAt) : noInteger},
    };
}

QVariantMap FeedbackRepository::storedRow(const FeedbackEntry &e)
{
    QVariantMap row = rowOf(e);
    row.insert(u"label"_s, sentimentLabelToken(e.effectiveLabel()));
    QVariantList topics;
    for (const TopicFinding &t : e.effectiveTopics())
        topics << QVariantMap{{u"topic"_s, t.topic}, {u"score"_s, t.score}, {u"evidence"_s, t.evidence}};
    row.insert(u"topics"_s, topics);
    row.insert(u"topics_added"_s, e.topicsAdded);
    row.insert(u"topics_removed"_s, e.topicsRemoved);
    row.insert(u"effective_language"_s, !e.language.isEmpty()
                                            ? e.language
                                            : (e.analyserVersion > 0 ? e.analysis.language : QString()));
    row.insert(u"low_sentiment"_s, e.lowSentiment);
    return row;
}

Result<QList<FeedbackEntry>> FeedbackRepository::select(const QString &whereAndOrder, QVariantList values)
{
    auto thresholds = attentionThresholds();
    if (!thresholds)
        return std::unexpected(thresholds.error());
    Statement q(m_db, Columns + whereAndOrder);
    q.bindValue(thresholds->rating);
    q.bindValue(thresholds->sentiment);
    for (const QVariant &v : values)
        q.bindValue(v);
    if (auto ok = q.exec(); !ok)
        return std::unexpected(ok.error());
    QList<FeedbackEntry> entries;
    while (q.next())
        entries.append(readEntry(q));
    if (auto ok = q.walked(); !ok)
        return std::unexpected(ok.error());
    return entries;
}

Result<std::optional<FeedbackEntry>> FeedbackRepository::byUuid(const QString &uuid)
{
    auto found = select(u"WHERE f.uuid = ?"_s, {uuid});
    if (!found)
        return std::unexpected(found.error());
    return found->isEmpty() ? std::nullopt : std::optional(found->first());
}

Result<std::optional<FeedbackEntry>> FeedbackRepository::byId(qint64 id)
{
    auto found = select(u"WHERE f.id = ?"_s, {id});
    if (!found)
        return std::unexpected(found.error());
    return found->isEmpty() ? std::nullopt : std::optional(found->first());
}

Result<qint64> FeedbackRepository::insert(const FeedbackEntry &entry)
{
    auto id = insertRow(m_db, FeedbackTable, rowOf(entry));
    if (!id)
        return id;
    for (const TopicFinding &t : entry.analysis.topics) {
        if (auto ok = insertTopic(*id, t.topic, t.score, t.evidence, OriginAnalyser); !ok)
            return std::unexpected(ok.error());
    }
    if (auto ok = storeStaffTopics(*id, entry.topicsAdded, entry.topicsRemoved); !ok)
        return std::unexpected(ok.error());
    return id;
}

Result<QList<FieldChange>> FeedbackRepository::update(const FeedbackEntry &before, const FeedbackEntry &after)
{
    const QList<FieldChange> changes = diffFields(rowOf(before), rowOf(after));
    if (auto ok = updateRow(m_db, FeedbackTable, after.id, changes); !ok)
        return std::unexpected(ok.error());
    return changes;
}

Status FeedbackRepository::updateSearchDocument(qint64 feedbackId)
{
    return SearchIndex(m_db).indexFeedback(feedbackId);
}

Status FeedbackRepository::insertTopic(qint64 feedbackId, const QString &topic, double score,
                                       const QStringList &evidence, const QString &origin)
{
    Statement q(m_db, u"INSERT INTO feedback_topics(feedback_id, topic, score, evidence, origin) "
                      "VALUES (?, ?, ?, ?, ?) ON CONFLICT(feedback_id, topic, origin) DO UPDATE SET "
                      "score = excluded.score, evidence = excluded.evidence"_s);
    return q.bind(feedbackId, topic, std::clamp(score, -1.0, 1.0), evidenceJson(evidence), origin).exec();
}

Status FeedbackRepository::storeAnalysis(qint64 feedbackId, const TextAnalysis &analysis, int version)
{
    Statement q(m_db, u"UPDATE feedback SET sentiment = ?, sentiment_label = ?, detected_language = ?, "
                      "analyser_version = ? WHERE id = ?"_s);
    if (auto ok = q.bind(std::clamp(analysis.score, -1.0, 1.0), sentimentLabelToken(analysis.label),
                         analysis.language, version, feedbackId)
                      .exec();
        !ok)
        return ok;
    if (q.numRowsAffected() == 0)
        return {}; // deleted meanwhile (re-analysis reads, then writes in batches)
    Statement clear(m_db, u"DELETE FROM feedback_topics WHERE feedback_id = ? AND origin = ?"_s);
    if (auto ok = clear.bind(feedbackId, OriginAnalyser).exec(); !ok)
        return ok;
    for (const TopicFinding &t : analysis.topics) {
        if (auto ok = insertTopic(feedbackId, t.topic, t.score, t.evidence, OriginAnalyser); !ok)
            return ok;
    }
    return {};
}

Status FeedbackRepository::storeStaffTopics(qint64 feedbackId, const QStringList &added,
                                            const QStringList &removed)
{
    Statement clear(m_db, u"DELETE FROM feedback_topics WHERE feedback_id = ? AND origin <> ?"_s);
    if (auto ok = clear.bind(feedbackId, OriginAnalyser).exec(); !ok)
        return ok;
    for (const QString &topic : added) {
        if (auto ok = insertTopic(feedbackId, topic, 0.0, {}, OriginAdded); !ok)
            return ok;
    }
    for (const QString &topic : removed) {
        if (auto ok = insertTopic(feedbackId, topic, 0.0, {}, OriginRemoved); !ok)
            return ok;
    }
    return {};
}

namespace {

QString analyseWhere(int versionBelow, bool uncorrectedOnly)
{
    QString where = u"f.id > ?"_s;
    if (versionBelow > 0)
        where += u" AND f.analyser_version < ?"_s;
    if (uncorrectedOnly)
        where += u" AND f.corrected_at IS NULL"_s;
    return where;
}

} // namespace

Result<QList<FeedbackText>> FeedbackRepository::toAnalyse(qint64 afterId, int limit, int versionBelow,
                                                          bool uncorrectedOnly)
{
    Statement q(m_db, u"SELECT f.id, f.body, f.language FROM feedback f WHERE "_s
                          + analyseWhere(versionBelow, uncorrectedOnly) + u" ORDER BY f.id LIMIT ?"_s);
    q.bind(afterId);
    if (versionBelow > 0)
        q.bind(versionBelow);
    q.bind(limit);
    if (auto ok = q.exec(); !ok)
        return std::unexpected(ok.error());
    QList<FeedbackText> texts;
    while (q.next())
        texts.append(FeedbackText{q.integer(0), q.text(1), q.text(2)});
    if (auto ok = q.walked(); !ok)
        return std::unexpected(ok.error());
    return texts;
}

Result<qint64> FeedbackRepository::countToAnalyse(int versionBelow, bool uncorrectedOnly)
{
    Statement q(m_db,
                u"SELECT count(*) FROM feedback f WHERE "_s + analyseWhere(versionBelow, uncorrectedOnly));
    q.bind(qint64(0));
    if (versionBelow > 0)
        q.bind(versionBelow);
    auto n = q.scalar();
    if (!n)
        return std::unexpected(n.error());
    return n->toLongLong();
}

Result<QList<TeachingExample>> FeedbackRepository::teachingExamples(int maxRatings, double correctionWeight,
                                                                    double ratingWeight)
{
    QList<TeachingExample> examples;
    {
        Statement q(m_db,
                    u"SELECT f.body, f.language, f.corrected_label, "
                    "(SELECT json_group_array(json_array(ft.topic, ft.origin)) FROM feedback_topics ft "
                    "WHERE ft.feedback_id = f.id AND ft.origin <> 'analyser') "
                    "FROM feedback f WHERE f.corrected_at IS NOT NULL AND f.body <> '' ORDER BY f.id"_s);
        if (auto ok = q.exec(); !ok)
            return std::unexpected(ok.error());
        while (q.next()) {
            TeachingExample example;
            example.text = q.text(0);
            example.language = q.text(1);
            example.label = sentimentLabelFromToken(q.text(2));
            for (const QJsonValue &value : QJsonDocument::fromJson(q.text(3).toUtf8()).array()) {
                const QJsonArray row = value.toArray();
                (row.at(1).toString() == OriginAdded ? example.addedTopics : example.removedTopics)
                    << row.at(0).toString();
            }
            example.weight = correctionWeight;
            examples.append(example);
        }
        if (auto ok = q.walked(); !ok)
            return std::unexpected(ok.error());
    }
    Statement q(m_db, u"SELECT f.body, f.language, f.rating_normalised FROM feedback f "
                      "WHERE f.rating_normalised IS NOT NULL AND f.body <> '' AND f.corrected_at IS NULL "
                      "AND (f.rating_normalised <= 0.4 OR f.rating_normalised >= 0.7) "
                      "ORDER BY f.received_at DESC, f.id DESC LIMIT ?"_s);
    if (auto ok = q.bind(maxRatings).exec(); !ok)
        return std::unexpected(ok.error());
    while (q.next()) {
        TeachingExample example;
        example.text = q.text(0);
        example.language = q.text(1);
        example.label = q.value(2).toDouble() <= 0.4 ? SentimentLabel::Negative : SentimentLabel::Positive;
        example.weight = ratingWeight;
        examples.append(example);
    }
    if (auto ok = q.walked(); !ok)
        return std::unexpected(ok.error());
    return examples;
}

Result<QList<FeedbackEntry>> FeedbackRepository::list(const FeedbackQuery &query)
{
    QStringList where{u"1"_s};
    QVariantList values;
    if (query.needsAttentionOnly)
        where << AttentionClause;
    if (!query.channels.isEmpty()) {
        QStringList marks;
        for (FeedbackChannel c : query.channels) {
            marks << u"?"_s;
            values << feedbackChannelToken(c);
        }
        where << u"f.channel IN ("_s + marks.join(u',') + u")"_s;
    }
    if (query.guestId > 0) {
        where << u"f.guest_id = ?"_s;
        values << query.guestId;
    }
    if (query.receivedFrom > 0) {
        where << u"f.received_at >= ?"_s;
        values << query.receivedFrom;
    }
    if (query.receivedTo > 0) {
        where << u"f.received_at < ?"_s;
        values << query.receivedTo;
    }
    if (!query.labels.isEmpty()) {
        QStringList marks;
        for (SentimentLabel label : query.labels) {
            marks << u"?"_s;
            values << sentimentLabelToken(label);
        }
        // Not analysed yet counts as neutral, as FeedbackEntry::effectiveLabel() says.
        where << u"coalesce(nullif(f.corrected_label, ''), nullif(f.sentiment_label, ''), 'neutral') IN ("_s
                     + marks.join(u',') + u")"_s;
    }
    if (!query.topic.isEmpty()) {
        where
            << u"EXISTS (SELECT 1 FROM feedback_topics ft WHERE ft.topic = ? AND ft.feedback_id = f.id "
               "AND ft.origin IN ('analyser', 'staff-added')) AND NOT EXISTS (SELECT 1 FROM feedback_topics "
               "fr WHERE fr.topic = ? AND fr.feedback_id = f.id AND fr.origin = 'staff-removed')"_s;
        values << query.topic << query.topic;
    }
    if (!query.language.isEmpty()) {
        where << u"coalesce(nullif(f.language, ''), f.detected_language) = ?"_s;
        values << query.language;
    }
    values << query.limit << query.offset;
    const QString up = query.reversed ? u" DESC"_s : u" ASC"_s;
    const QString down = query.reversed ? u" ASC"_s : u" DESC"_s;
    QString first;
    switch (query.sortBy) {
    case FeedbackQuery::SortBy::Received: break;
    case FeedbackQuery::SortBy::Attention: first = u"("_s + AttentionClause + u")"_s + down; break;
    case FeedbackQuery::SortBy::Rating:
        first = u"f.rating_normalised IS NULL, f.rating_normalised"_s + up;
        break;
    case FeedbackQuery::SortBy::Sentiment:
        first = u"CASE coalesce(nullif(f.corrected_label, ''), nullif(f.sentiment_label, ''), 'neutral') "
                "WHEN 'negative' THEN 0 WHEN 'mixed' THEN 1 WHEN 'neutral' THEN 2 ELSE 3 END"_s
                + up + u", f.sentiment"_s + up;
        break;
    case FeedbackQuery::SortBy::Guest:
        first = u"g.family_name IS NULL, g.family_name COLLATE NOCASE"_s + up
                + u", g.given_name COLLATE NOCASE"_s + up;
        break;
    case FeedbackQuery::SortBy::Channel: first = u"f.channel"_s + up; break;
    case FeedbackQuery::SortBy::Text: first = u"f.body = '', f.body COLLATE NOCASE"_s + up; break;
    case FeedbackQuery::SortBy::Language:
        first = u"coalesce(nullif(f.language, ''), f.detected_language)"_s + up;
        break;
    }
    const QString newest = query.sortBy == FeedbackQuery::SortBy::Received && query.reversed
                               ? u"f.received_at, f.id"_s
                               : u"f.received_at DESC, f.id DESC"_s;
    return select(u"WHERE "_s + where.join(u" AND "_s) + u" ORDER BY "_s
                      + (first.isEmpty() ? newest : first + u", "_s + newest) + u" LIMIT ? OFFSET ?"_s,
                  values);
}

Result<int> FeedbackRepository::needsAttentionCount()
{
    auto thresholds = attentionThresholds();
    if (!thresholds)
        return std::unexpected(thresholds.error());
    Statement q(m_db, u"SELECT count(*) FROM feedback f CROSS JOIN (SELECT ? AS v, ? AS s) th WHERE "_s
                          + AttentionClause);
    auto n = q.bind(thresholds->rating, thresholds->sentiment).scalar();
    if (!n)
        return std::unexpected(n.error());
    return n->toInt();
}

Result<double> FeedbackRepository::setting(const QString &key, double fallback)
{
    Statement q(m_db, u"SELECT value FROM venue_settings WHERE key = ?"_s);
    auto value = q.bind(key).scalar();
    if (!value)
        return std::unexpected(value.error());
    bool ok = false;
    const double v = value->toString().toDouble(&ok);
    return ok ? v : fallback;
}

Status FeedbackRepository::setSetting(const QString &key, double value, qint64 hlc)
{
    Statement q(m_db, u"INSERT INTO venue_settings(key, value, hlc) VALUES (?, ?, ?) "
                      "ON CONFLICT(key) DO UPDATE SET value = excluded.value, hlc = excluded.hlc"_s);
    m_db.settingsCache().remove(key);
    return q.bind(key, QString::number(value), hlc).exec();
}

Result<FeedbackRepository::Thresholds> FeedbackRepository::attentionThresholds()
{
    auto rating = attentionThreshold();
    if (!rating)
        return std::unexpected(rating.error());
    auto sentiment = sentimentThreshold();
    if (!sentiment)
        return std::unexpected(sentiment.error());
    return Thresholds{*rating, *sentiment};
}

QString FeedbackRepository::lowFeedbackClause()
{
    return LowClause;
}

Result<double> FeedbackRepository::attentionThreshold()
{
    return setting(ThresholdKey, DefaultThreshold);
}

Status FeedbackRepository::setAttentionThreshold(double threshold, qint64 hlc)
{
    return setSetting(ThresholdKey, threshold, hlc);
}

Result<double> FeedbackRepository::sentimentThreshold()
{
    return setting(SentimentThresholdKey, DefaultSentimentThreshold);
}

Status FeedbackRepository::setSentimentThreshold(double threshold, qint64 hlc)
{
    return setSetting(SentimentThresholdKey, threshold, hlc);
}

} // namespace innkeep
