// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedbackrepository.h"

#include "search/searchindex.h"
#include "storage/database.h"
#include "storage/rowwriter.h"
#include "storage/statement.h"

namespace innkeep {

using namespace Qt::StringLiterals;

namespace {

// The threshold is bound first (?1 of the select), so both computed flags use it.
const QString Columns =
    u"SELECT f.id, f.uuid, f.guest_id, g.uuid, trim(g.given_name || ' ' || g.family_name), f.stay_id, "
    u"s.uuid, "
    "f.ticket_id, t.uuid, f.channel, f.site, f.rating, f.rating_scale, f.rating_normalised, f.body, "
    "f.language, "
    "f.received_at, f.public, f.response, f.responded_at, f.created_by, f.created_at, f.updated_at, "
    "coalesce(f.rating_normalised <= th.v, 0) "
    "FROM feedback f CROSS JOIN (SELECT ? AS v) th LEFT JOIN guests g ON g.id = f.guest_id "
    "LEFT JOIN stays s ON s.id = f.stay_id LEFT JOIN tickets t ON t.id = f.ticket_id "_s;

const QString AttentionClause =
    u"f.rating_normalised <= th.v AND f.ticket_id IS NULL AND f.responded_at IS NULL"_s;

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
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
    e.needsAttention = e.lowRating && e.ticketId == 0 && !e.respondedAt;
    return e;
}

} // namespace

QVariantMap FeedbackRepository::rowOf(const FeedbackEntry &e)
{
    const QVariant noReal(QMetaType::fromType<double>());
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
        {u"responded_at"_s,
         e.respondedAt ? QVariant(*e.respondedAt) : QVariant(QMetaType::fromType<qint64>())},
        {u"created_by"_s, e.createdBy},
        {u"created_at"_s, e.createdAt},
        {u"updated_at"_s, e.updatedAt},
    };
}

Result<QList<FeedbackEntry>> FeedbackRepository::select(const QString &whereAndOrder, QVariantList values)
{
    auto threshold = attentionThreshold();
    if (!threshold)
        return std::unexpected(threshold.error());
    Statement q(m_db, Columns + whereAndOrder);
    q.bindValue(*threshold);
    for (const QVariant &v : values)
        q.bindValue(v);
    if (auto ok = q.exec(); !ok)
        return std::unexpected(ok.error());
    QList<FeedbackEntry> entries;
    while (q.next())
        entries.append(readEntry(q));
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
    return insertRow(m_db, FeedbackTable, rowOf(entry));
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
    values << query.limit << query.offset;
    return select(u"WHERE "_s + where.join(u" AND "_s)
                      + u" ORDER BY f.received_at DESC, f.id DESC LIMIT ? OFFSET ?"_s,
                  values);
}

Result<int> FeedbackRepository::needsAttentionCount()
{
    auto threshold = attentionThreshold();
    if (!threshold)
        return std::unexpected(threshold.error());
    Statement q(m_db,
                u"SELECT count(*) FROM feedback f CROSS JOIN (SELECT ? AS v) th WHERE "_s + AttentionClause);
    auto n = q.bind(*threshold).scalar();
    if (!n)
        return std::unexpected(n.error());
    return n->toInt();
}

Result<double> FeedbackRepository::attentionThreshold()
{
    Statement q(m_db, u"SELECT value FROM venue_settings WHERE key = ?"_s);
    auto value = q.bind(ThresholdKey).scalar();
    if (!value)
        return std::unexpected(value.error());
    bool ok = false;
    const double v = value->toString().toDouble(&ok);
    return ok ? v : DefaultThreshold;
}

Status FeedbackRepository::setAttentionThreshold(double threshold, qint64 hlc)
{
    Statement q(m_db, u"INSERT INTO venue_settings(key, value, hlc) VALUES (?, ?, ?) "
                      "ON CONFLICT(key) DO UPDATE SET value = excluded.value, hlc = excluded.hlc"_s);
    return q.bind(ThresholdKey, QString::number(threshold), hlc).exec();
}

} // namespace innkeep
