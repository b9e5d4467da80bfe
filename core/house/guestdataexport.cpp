// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "guestdataexport.h"

#include "exchange/exportfile.h"
#include "exchange/jsonexport.h"
#include "house/openvenue.h"
#include "storage/statement.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace innkeep {

namespace {

// Row ids are the file's own business; uuids name records.
bool isInternal(const QString &column)
{
    return column == QLatin1String("id") || column.endsWith(QLatin1String("_id"));
}

QJsonValue cell(const QString &column, const QVariant &value)
{
    if (value.isNull())
        return QJsonValue::Null;
    if (JsonExport::isFlagColumn(column))
        return value.toLongLong() != 0;
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int: return value.toLongLong();
    case QMetaType::Double: return value.toDouble();
    default: return value.toString();
    }
}

// Every row of `sql` (bound to `key`) as an object of its columns.
Result<QJsonArray> rows(Database &db, const QString &sql, const QVariant &key)
{
    Statement statement(db, sql);
    statement.bindValue(key);
    if (auto ok = statement.exec(); !ok)
        return std::unexpected(ok.error());
    QJsonArray out;
    while (statement.next()) {
        QJsonObject row;
        for (int c = 0; c < statement.columnCount(); ++c) {
            const QString column = statement.columnName(c);
            if (!isInternal(column))
                row.insert(column, cell(column, statement.value(c)));
        }
        out.append(row);
    }
    if (auto ok = statement.walked(); !ok)
        return std::unexpected(ok.error());
    return out;
}

Result<qint64> idOf(Database &db, const QString &table, const QString &uuid)
{
    Statement find(db, QStringLiteral("SELECT id FROM %1 WHERE uuid = ?").arg(table));
    auto id = find.bind(uuid).scalar();
    if (!id)
        return std::unexpected(id.error());
    return id->isValid() && !id->isNull() ? id->toLongLong() : 0;
}

// One profile and everything attached to it; the profiles merged into it nested under
// "merged_profiles".
Result<QJsonObject> profile(Database &db, qint64 guestId, int depth)
{
    auto guest = rows(db, QStringLiteral("SELECT * FROM guests WHERE id = ?"), guestId);
    if (!guest)
        return std::unexpected(guest.error());
    QJsonObject out = guest->first().toObject();
    const struct
    {
        const char *key;
        QString sql;
    } lists[] = {
        {"contacts", QStringLiteral("SELECT kind, value, label FROM guest_contacts WHERE guest_id = ? "
                                    "ORDER BY kind, position")},
        {"tags", QStringLiteral("SELECT tag FROM guest_tags WHERE guest_id = ? ORDER BY tag")},
        {"notes", QStringLiteral("SELECT * FROM guest_notes WHERE guest_id = ? ORDER BY created_at, id")},
        {"preferences", QStringLiteral("SELECT * FROM preferences WHERE guest_id = ? ORDER BY category, id")},
        {"stays", QStringLiteral("SELECT * FROM stays WHERE guest_id = ? ORDER BY arrival, id")},
        {"merges",
         QStringLiteral("SELECT m.uuid, m.merged_at, m.merged_by, m.undone_at, k.uuid AS kept_guest, "
                        "o.uuid AS merged_guest FROM guest_merges m JOIN guests k ON k.id = "
                        "m.kept_guest_id JOIN guests o ON o.id = m.merged_guest_id "
                        "WHERE m.kept_guest_id = ?1 OR m.merged_guest_id = ?1 ORDER BY m.merged_at")},
    };
    for (const auto &list : lists) {
        auto found = rows(db, list.sql, guestId);
        if (!found)
            return std::unexpected(found.error());
        out.insert(QLatin1String(list.key), *found);
    }

    auto tickets =
        rows(db, QStringLiteral("SELECT * FROM tickets WHERE guest_id = ? ORDER BY created_at, id"), guestId);
    if (!tickets)
        return std::unexpected(tickets.error());
    QJsonArray ticketList;
    for (const QJsonValue &value : std::as_const(*tickets)) {
        QJsonObject ticket = value.toObject();
        auto id = idOf(db, QStringLiteral("tickets"), ticket.value(QStringLiteral("uuid")).toString());
        if (!id)
            return std::unexpected(id.error());
        for (const auto &[key, table] :
             {std::pair{"events", "ticket_events"}, std::pair{"compensations", "ticket_compensations"},
              std::pair{"follow_ups", "ticket_follow_ups"}}) {
            auto children = rows(
                db,
                QStringLiteral("SELECT * FROM %1 WHERE ticket_id = ? ORDER BY id").arg(QLatin1String(table)),
                *id);
            if (!children)
                return std::unexpected(children.error());
            ticket.insert(QLatin1String(key), *children);
        }
        ticketList.append(ticket);
    }
    out.insert(QStringLiteral("tickets"), ticketList);

    auto feedback = rows(
        db, QStringLiteral("SELECT * FROM feedback WHERE guest_id = ? ORDER BY received_at, id"), guestId);
    if (!feedback)
        return std::unexpected(feedback.error());
    QJsonArray feedbackList;
    for (const QJsonValue &value : std::as_const(*feedback)) {
        QJsonObject entry = value.toObject();
        auto id = idOf(db, QStringLiteral("feedback"), entry.value(QStringLiteral("uuid")).toString());
        if (!id)
            return std::unexpected(id.error());
        auto topics = rows(db,
                           QStringLiteral("SELECT topic, score, evidence, origin FROM feedback_topics "
                                          "WHERE feedback_id = ? ORDER BY topic, origin"),
                           *id);
        if (!topics)
            return std::unexpected(topics.error());
        entry.insert(QStringLiteral("topics"), *topics);
        feedbackList.append(entry);
    }
    out.insert(QStringLiteral("feedback"), feedbackList);

    QJsonArray merged;
    if (depth < 8) {
        Statement children(db, QStringLiteral("SELECT merged_guest_id FROM guest_merges "
                                              "WHERE kept_guest_id = ? AND undone_at IS NULL ORDER BY id"));
        children.bind(guestId);
        if (auto ok = children.exec(); !ok)
            return std::unexpected(ok.error());
        QList<qint64> ids;
        while (children.next())
            ids.append(children.integer(0));
        for (qint64 child : std::as_const(ids)) {
            auto nested = profile(db, child, depth + 1);
            if (!nested)
                return std::unexpected(nested.error());
            merged.append(*nested);
        }
    }
    out.insert(QStringLiteral("merged_profiles"), merged);
    return out;
}

} // namespace

Result<QJsonObject> GuestDataExport::collect(OpenVenue &venue, const QString &guestUuid)
{
    Database &db = venue.database();
    const QString uuid = guestUuid.trimmed().toLower();
    auto id = idOf(db, QStringLiteral("guests"), uuid);
    if (!id)
        return std::unexpected(id.error());
    if (*id == 0)
        return fail(Error::Code::NotFound, tr("There is no guest with the id %1.").arg(uuid),
                    QStringLiteral("guest"));
    auto guest = profile(db, *id, 0);
    if (!guest)
        return std::unexpected(guest.error());
    // Every entry that names them: their own rows and those of the profiles merged into them.
    auto changes =
        rows(db,
             QStringLiteral("WITH RECURSIVE family(id) AS (SELECT ?1 UNION SELECT m.merged_guest_id "
                            "FROM guest_merges m JOIN family f ON m.kept_guest_id = f.id "
                            "WHERE m.undone_at IS NULL) "
                            "SELECT (hlc >> 16) AS at, device_id AS device, staff, table_name, "
                            "row_uuid, field, old_value, new_value FROM change_log "
                            "WHERE guest_uuid IN (SELECT uuid FROM guests WHERE id IN family) "
                            "ORDER BY change_log.id"),
             *id);
    if (!changes)
        return std::unexpected(changes.error());
    return QJsonObject{
        {QStringLiteral("format"), QStringLiteral("innkeep-guest-data")},
        {QStringLiteral("version"), FormatVersion},
        {QStringLiteral("exported_at"),
         QDateTime::fromMSecsSinceEpoch(db.clock().nowMs(), Qt::UTC).toString(Qt::ISODate)},
        {QStringLiteral("venue"), venue.settings().venueName()},
        {QStringLiteral("guest"), *guest},
        {QStringLiteral("changes"), *changes},
    };
}

Result<QJsonObject> GuestDataExport::write(OpenVenue &venue, const QString &guestUuid, const QString &path)
{
    auto data = collect(venue, guestUuid);
    if (!data)
        return data;
    ExportFile file(path);
    if (auto ok = file.open(venue.path()); !ok)
        return std::unexpected(ok.error());
    const QByteArray bytes = QJsonDocument(*data).toJson(QJsonDocument::Indented);
    if (file.device().write(bytes) != bytes.size())
        return std::unexpected(file.writeFailed());
    if (auto ok = file.commit(); !ok)
        return std::unexpected(ok.error());
    return data;
}

} // namespace innkeep
