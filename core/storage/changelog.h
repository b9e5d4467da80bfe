// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"

#include <QList>
#include <QString>
#include <QVariant>
#include <QVariantMap>

namespace innkeep {

class Database;

// One recorded change of one field (or a whole-row insert/delete).
struct ChangeEntry
{
    qint64 id = 0;
    qint64 hlc = 0;
    QString deviceId;
    QString staff;
    QString table;
    QString rowUuid;
    QString guestUuid;
    QString field;     // column name, "*" for an insert, "-" for a delete
    QVariant oldValue; // null when there was none
    QVariant newValue;
    [[nodiscard]] qint64 atMs() const;
};

// The fields whose values differ between two snapshots of a row, in `before`'s key order.
struct FieldChange
{
    QString field;
    QVariant oldValue;
    QVariant newValue;
};
[[nodiscard]] QList<FieldChange> diffFields(const QVariantMap &before, const QVariantMap &after);

// Writes the change log inside the caller's transaction. Services call it for every write;
// nothing else writes the domain tables (ARCHITECTURE.md, "Change log").
class ChangeLog final
{
public:
    explicit ChangeLog(Database &db) : m_db(db) {}

    [[nodiscard]] Status recordInsert(const QString &table, const QString &rowUuid, const QVariantMap &row,
                                      const QString &guestUuid = {});
    // recordInsert with the row already written as rowJson(), e.g. on an import's worker thread.
    [[nodiscard]] Status recordInsertJson(const QString &table, const QString &rowUuid, const QString &json,
                                          const QString &guestUuid = {});
    [[nodiscard]] Status recordUpdate(const QString &table, const QString &rowUuid, const QString &field,
                                      const QVariant &oldValue, const QVariant &newValue,
                                      const QString &guestUuid = {});
    // recordUpdate for each change, in order; stops at the first failure.
    [[nodiscard]] Status recordUpdates(const QString &table, const QString &rowUuid,
                                       const QList<FieldChange> &changes, const QString &guestUuid = {});
    [[nodiscard]] Status recordDelete(const QString &table, const QString &rowUuid, const QVariantMap &row,
                                      const QString &guestUuid = {});

    // The row as the compact JSON an insert or delete records (keys in the map's order).
    [[nodiscard]] static QString rowJson(const QVariantMap &row);

    // Newest first; everything recorded about a guest and the rows that belong to them.
    [[nodiscard]] Result<QList<ChangeEntry>> forGuest(const QString &guestUuid, int limit = 200);
    [[nodiscard]] Result<QList<ChangeEntry>> forRow(const QString &rowUuid, int limit = 200);
    // Oldest first: what was recorded after entry `afterId`, up to `limit` entries.
    [[nodiscard]] Result<QList<ChangeEntry>> since(qint64 afterId, int limit);
    // The newest entry's id (0 when the log is empty).
    [[nodiscard]] Result<qint64> lastId();

private:
    [[nodiscard]] Status write(const QString &table, const QString &rowUuid, const QString &guestUuid,
                               const QString &field, const QVariant &oldValue, const QVariant &newValue);
    [[nodiscard]] Result<QList<ChangeEntry>> read(const QString &sql, const QVariant &key, int limit);
    Database &m_db;
};

} // namespace innkeep
