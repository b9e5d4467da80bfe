// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rowwriter.h"

#include "storage/statement.h"

namespace innkeep {

Result<qint64> insertRow(Database &db, const QString &table, const QVariantMap &row)
{
    QString sql = QStringLiteral("INSERT INTO ") + table + QStringLiteral(" (")
                  + row.keys().join(QLatin1Char(',')) + QStringLiteral(") VALUES (");
    for (qsizetype i = 0; i < row.size(); ++i)
        sql += i == 0 ? QStringLiteral("?") : QStringLiteral(",?");
    sql += QLatin1Char(')');
    Statement insert(db, sql);
    for (const QVariant &value : row)
        insert.bindValue(value);
    if (auto ok = insert.exec(); !ok)
        return std::unexpected(ok.error());
    return insert.lastInsertId().toLongLong();
}

Status updateRow(Database &db, const QString &table, qint64 id, const QList<FieldChange> &changes)
{
    if (changes.isEmpty())
        return {};
    QString sql = QStringLiteral("UPDATE ") + table + QStringLiteral(" SET ");
    for (qsizetype i = 0; i < changes.size(); ++i)
        sql += (i == 0 ? QString() : QStringLiteral(",")) + changes.at(i).field + QStringLiteral("=?");
    sql += QStringLiteral(" WHERE id=?");
    Statement update(db, sql);
    for (const FieldChange &change : changes)
        update.bindValue(change.newValue);
    update.bind(id);
    return update.exec();
}

Status deleteRow(Database &db, const QString &table, qint64 id)
{
    Statement remove(db, QStringLiteral("DELETE FROM ") + table + QStringLiteral(" WHERE id=?"));
    return remove.bind(id).exec();
}

} // namespace innkeep
