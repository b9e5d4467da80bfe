// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "changelog.h"

#include "storage/database.h"
#include "storage/hybridlogicalclock.h"
#include "storage/statement.h"

namespace innkeep {

namespace {

QVariant encode(const QVariant &value)
{
    if (value.isNull() || !value.isValid())
        return QVariant(QMetaType::fromType<QString>());
    return value.toString();
}

void appendJsonString(QString &out, const QString &text)
{
    out += QLatin1Char('"');
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'"': out += QStringLiteral("\\\""); break;
        case u'\\': out += QStringLiteral("\\\\"); break;
        case u'\n': out += QStringLiteral("\\n"); break;
        case u'\r': out += QStringLiteral("\\r"); break;
        case u'\t': out += QStringLiteral("\\t"); break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(int(c.unicode()), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += QLatin1Char('"');
}

} // namespace

// Written by hand: this runs for every inserted row of an import, and building a QJsonObject
// first cost more than the insert itself.
QString ChangeLog::rowJson(const QVariantMap &row)
{
    QString out;
    out.reserve(48 * row.size());
    out += QLatin1Char('{');
    bool first = true;
    for (auto it = row.constBegin(); it != row.constEnd(); ++it) {
        if (!std::exchange(first, false))
            out += QLatin1Char(',');
        appendJsonString(out, it.key());
        out += QLatin1Char(':');
        const QVariant &v = it.value();
        switch (v.isNull() ? QMetaType::UnknownType : v.typeId()) {
        case QMetaType::UnknownType: out += QStringLiteral("null"); break;
        case QMetaType::Bool: out += v.toBool() ? QStringLiteral("true") : QStringLiteral("false"); break;
        case QMetaType::Int:
        case QMetaType::LongLong:
        case QMetaType::UInt:
        case QMetaType::ULongLong: out += QString::number(v.toLongLong()); break;
        case QMetaType::Double: out += QString::number(v.toDouble(), 'g', 17); break;
        default: appendJsonString(out, v.toString());
        }
    }
    out += QLatin1Char('}');
    return out;
}

qint64 ChangeEntry::atMs() const
{
    return HybridLogicalClock::wallMs(hlc);
}

Status ChangeLog::write(const QString &table, const QString &rowUuid, const QString &guestUuid,
                        const QString &field, const QVariant &oldValue, const QVariant &newValue)
{
    Statement insert(m_db,
                     QStringLiteral("INSERT INTO change_log(hlc, device_id, staff, table_name, row_uuid, "
                                    "guest_uuid, field, old_value, new_value) VALUES (?,?,?,?,?,?,?,?,?)"));
    insert.bind(m_db.hlc().next(), m_db.deviceId(), m_db.staff(), table, rowUuid);
    insert.bindValue(guestUuid.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(guestUuid));
    insert.bind(field);
    insert.bindValue(encode(oldValue));
    insert.bindValue(encode(newValue));
    return insert.exec();
}

Status ChangeLog::recordInsert(const QString &table, const QString &rowUuid, const QVariantMap &row,
                               const QString &guestUuid)
{
    return write(table, rowUuid, guestUuid, QStringLiteral("*"), {}, rowJson(row));
}

Status ChangeLog::recordInsertJson(const QString &table, const QString &rowUuid, const QString &json,
                                   const QString &guestUuid)
{
    return write(table, rowUuid, guestUuid, QStringLiteral("*"), {}, json);
}

Status ChangeLog::recordUpdate(const QString &table, const QString &rowUuid, const QString &field,
                               const QVariant &oldValue, const QVariant &newValue, const QString &guestUuid)
{
    return write(table, rowUuid, guestUuid, field, oldValue, newValue);
}

Status ChangeLog::recordUpdates(const QString &table, const QString &rowUuid,
                                const QList<FieldChange> &changes, const QString &guestUuid)
{
    for (const FieldChange &c : changes) {
        if (auto ok = write(table, rowUuid, guestUuid, c.field, c.oldValue, c.newValue); !ok)
            return ok;
    }
    return {};
}

Status ChangeLog::recordDelete(const QString &table, const QString &rowUuid, const QVariantMap &row,
                               const QString &guestUuid)
{
    return write(table, rowUuid, guestUuid, QStringLiteral("-"), rowJson(row), {});
}

Result<QList<ChangeEntry>> ChangeLog::read(const QString &sql, const QVariant &key, int limit)
{
    Statement select(m_db, sql);
    if (auto ok = select.bind(key, limit).exec(); !ok)
        return std::unexpected(ok.error());
    QList<ChangeEntry> entries;
    while (select.next()) {
        ChangeEntry e;
        e.id = select.integer(0);
        e.hlc = select.integer(1);
        e.deviceId = select.text(2);
        e.staff = select.text(3);
        e.table = select.text(4);
        e.rowUuid = select.text(5);
        e.guestUuid = select.text(6);
        e.field = select.text(7);
        e.oldValue = select.value(8);
        e.newValue = select.value(9);
        entries.append(std::move(e));
    }
    return entries;
}

Result<QList<ChangeEntry>> ChangeLog::forGuest(const QString &guestUuid, int limit)
{
    return read(QStringLiteral(
                    "SELECT id, hlc, device_id, staff, table_name, row_uuid, guest_uuid, field, old_value, "
                    "new_value FROM change_log WHERE guest_uuid = ? ORDER BY id DESC LIMIT ?"),
                guestUuid, limit);
}

Result<QList<ChangeEntry>> ChangeLog::forRow(const QString &rowUuid, int limit)
{
    return read(QStringLiteral(
                    "SELECT id, hlc, device_id, staff, table_name, row_uuid, guest_uuid, field, old_value, "
                    "new_value FROM change_log WHERE row_uuid = ? ORDER BY id DESC LIMIT ?"),
                rowUuid, limit);
}

Result<QList<ChangeEntry>> ChangeLog::since(qint64 afterId, int limit)
{
    return read(QStringLiteral(
                    "SELECT id, hlc, device_id, staff, table_name, row_uuid, guest_uuid, field, old_value, "
                    "new_value FROM change_log WHERE id > ? ORDER BY id LIMIT ?"),
                afterId, limit);
}

Result<qint64> ChangeLog::lastId()
{
    auto last = Statement(m_db, QStringLiteral("SELECT coalesce(max(id), 0) FROM change_log")).scalar();
    if (!last)
        return std::unexpected(last.error());
    return last->toLongLong();
}

QList<FieldChange> diffFields(const QVariantMap &before, const QVariantMap &after)
{
    QList<FieldChange> changes;
    for (auto it = after.constBegin(); it != after.constEnd(); ++it) {
        const QVariant old = before.value(it.key());
        const bool same =
            (old.isNull() && it.value().isNull())
            || (!old.isNull() && !it.value().isNull() && old.toString() == it.value().toString());
        if (!same)
            changes.append({it.key(), old, it.value()});
    }
    return changes;
}

} // namespace innkeep
