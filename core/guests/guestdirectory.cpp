// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "guestdirectory.h"

#include "search/searchkey.h"
#include "storage/database.h"
#include "storage/statement.h"

#include <QVariantList>

namespace innkeep {

namespace {

const QString RowColumns = QStringLiteral(
    "g.id, g.uuid, g.given_name, g.family_name, g.latin_given_name, g.latin_family_name, g.vip_level, "
    "g.blocked, "
    "g.city, g.country, g.created_at, "
    "(SELECT value FROM guest_contacts c WHERE c.guest_id = g.id AND c.kind = 'email' ORDER BY position "
    "LIMIT 1), "
    "(SELECT value FROM guest_contacts c WHERE c.guest_id = g.id AND c.kind = 'phone' ORDER BY position "
    "LIMIT 1), "
    "(SELECT group_concat(tag, char(10)) FROM guest_tags t WHERE t.guest_id = g.id), "
    "(SELECT count(*) FROM stays s WHERE s.guest_id = g.id AND s.status NOT IN ('cancelled', 'no-show')), "
    "(SELECT max(departure) FROM stays s WHERE s.guest_id = g.id AND s.status NOT IN ('cancelled', "
    "'no-show'))");

QString joined(const QString &a, const QString &b)
{
    if (a.isEmpty())
        return b;
    if (b.isEmpty())
        return a;
    return a + QLatin1Char(' ') + b;
}

} // namespace

void GuestDirectory::setFilter(const GuestDirectoryFilter &filter)
{
    m_filter = filter;
    m_cursor = {};
}

void GuestDirectory::setSort(Sort sort, bool descending)
{
    m_sort = sort;
    m_descending = descending;
    m_cursor = {};
}

QString GuestDirectory::whereClause(QVariantList &values) const
{
    QString where = QStringLiteral("g.archived_at IS NULL");
    if (m_filter.vipOnly)
        where += QStringLiteral(" AND g.vip_level > 0");
    if (m_filter.blockedOnly)
        where += QStringLiteral(" AND g.blocked = 1");
    if (m_filter.returningOnly)
        where += QStringLiteral(" AND EXISTS (SELECT 1 FROM stays s WHERE s.guest_id = g.id "
                                "AND s.status NOT IN ('cancelled', 'no-show') LIMIT 1 OFFSET 1)");
    if (!m_filter.tag.isEmpty()) {
        where += QStringLiteral(" AND g.id IN (SELECT guest_id FROM guest_tags WHERE tag = ?)");
        values.append(m_filter.tag);
    }
    const QString key = searchKey(m_filter.text);
    if (!key.isEmpty()) {
        where +=
            QStringLiteral(" AND g.id IN (SELECT guest_id FROM search_names WHERE key >= ? AND key < ?)");
        values.append(key);
        values.append(QString(key + QChar(0xFFFF)));
    }
    return where;
}

Result<QList<GuestDirectoryRow>> GuestDirectory::page(int offset, int limit)
{
    QVariantList values;
    QString where = whereClause(values);
    const QString dir = m_descending ? QStringLiteral(" DESC") : QString();
    QString order;
    const bool keyset = offset > 0 && offset == m_cursor.offset;
    if (m_sort == Sort::Name) {
        order = QStringLiteral(
                    "g.latin_family_name COLLATE NOCASE%1, g.latin_given_name COLLATE NOCASE%1, g.id%1")
                    .arg(dir);
        if (keyset) {
            // Spelled out rather than as a row value, so SQLite seeks the index on the first column
            // (a row-value comparison under COLLATE NOCASE scans it: 58 ms instead of 6 at 1M guests).
            const QString op = m_descending ? QStringLiteral("<") : QStringLiteral(">");
            where += QStringLiteral(" AND g.latin_family_name COLLATE NOCASE %1= ? AND (g.latin_family_name "
                                    "COLLATE NOCASE %1 ?"
                                    " OR g.latin_given_name COLLATE NOCASE %1 ?"
                                    " OR (g.latin_given_name COLLATE NOCASE = ? AND g.id %1 ?))")
                         .arg(op);
            values << m_cursor.family << m_cursor.family << m_cursor.given << m_cursor.given << m_cursor.id;
        }
    } else {
        order = QStringLiteral("g.id") + dir;
        if (keyset) {
            where += m_descending ? QStringLiteral(" AND g.id < ?") : QStringLiteral(" AND g.id > ?");
            values << m_cursor.id;
        }
    }
    QString sql = QStringLiteral("SELECT ") + RowColumns + QStringLiteral(" FROM guests g WHERE ") + where
                  + QStringLiteral(" ORDER BY ") + order + QStringLiteral(" LIMIT ?");
    values << limit;
    if (!keyset) {
        sql += QStringLiteral(" OFFSET ?");
        values << offset;
    }

    QList<GuestDirectoryRow> rows;
    Statement select(m_db, sql);
    for (const QVariant &value : std::as_const(values))
        select.bindValue(value);
    if (auto ok = select.exec(); !ok)
        return std::unexpected(ok.error());
    while (select.next()) {
        GuestDirectoryRow row;
        row.id = select.integer(0);
        row.uuid = select.text(1);
        row.displayName = joined(select.text(2), select.text(3));
        row.latinGivenName = select.text(4);
        row.latinFamilyName = select.text(5);
        row.latinName = joined(row.latinGivenName, row.latinFamilyName);
        if (row.displayName.isEmpty())
            row.displayName = row.latinName;
        row.vipLevel = int(select.integer(6));
        row.blocked = select.integer(7) != 0;
        row.city = select.text(8);
        row.country = select.text(9);
        row.createdAt = select.integer(10);
        row.email = select.text(11);
        row.phone = select.text(12);
        const QString tags = select.text(13);
        if (!tags.isEmpty())
            row.tags = tags.split(QLatin1Char('\n'));
        row.stays = int(select.integer(14));
        row.lastDeparture = QDate::fromString(select.text(15), Qt::ISODate);
        rows.append(row);
    }
    if (!rows.isEmpty()) {
        m_cursor = {offset + int(rows.size()), rows.constLast().latinFamilyName,
                    rows.constLast().latinGivenName, rows.constLast().id};
    }
    return rows;
}

Result<qint64> GuestDirectory::count()
{
    QVariantList values;
    const QString where = whereClause(values);
    Statement select(m_db, QStringLiteral("SELECT count(*) FROM guests g WHERE ") + where);
    for (const QVariant &value : std::as_const(values))
        select.bindValue(value);
    auto n = select.scalar();
    if (!n)
        return std::unexpected(n.error());
    return n->toLongLong();
}

Result<std::optional<qint64>> GuestDirectory::positionOf(const QString &uuid)
{
    QVariantList values;
    const QString where = whereClause(values);
    Statement find(m_db,
                   QStringLiteral("SELECT g.id, g.latin_family_name, g.latin_given_name FROM guests g WHERE ")
                       + where + QStringLiteral(" AND g.uuid = ?"));
    for (const QVariant &value : std::as_const(values))
        find.bindValue(value);
    find.bindValue(uuid);
    if (auto ok = find.exec(); !ok)
        return std::unexpected(ok.error());
    if (!find.next())
        return std::optional<qint64>{};
    const qint64 id = find.integer(0);
    const QString family = find.text(1);
    const QString given = find.text(2);
    find.reset();
    const QString op = m_descending ? QStringLiteral(">") : QStringLiteral("<");
    QString before;
    if (m_sort == Sort::Name) {
        before =
            QStringLiteral(
                " AND g.latin_family_name COLLATE NOCASE %1= ? AND (g.latin_family_name COLLATE NOCASE %1 ?"
                " OR g.latin_given_name COLLATE NOCASE %1 ?"
                " OR (g.latin_given_name COLLATE NOCASE = ? AND g.id %1 ?))")
                .arg(op);
        values << family << family << given << given << id;
    } else {
        before = QStringLiteral(" AND g.id %1 ?").arg(op);
        values << id;
    }
    Statement count(m_db, QStringLiteral("SELECT count(*) FROM guests g WHERE ") + where + before);
    for (const QVariant &value : std::as_const(values))
        count.bindValue(value);
    auto n = count.scalar();
    if (!n)
        return std::unexpected(n.error());
    return std::optional<qint64>{n->toLongLong()};
}

Result<QStringList> GuestDirectory::tags()
{
    QStringList tags;
    Statement select(m_db, QStringLiteral("SELECT DISTINCT tag FROM guest_tags ORDER BY tag LIMIT 500"));
    if (auto ok = select.exec(); !ok)
        return std::unexpected(ok.error());
    while (select.next())
        tags.append(select.text(0));
    return tags;
}

} // namespace innkeep
