// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "writefloor.h"

#include <QElapsedTimer>
#include <QStringList>

#include <sqlite3.h>

#include <memory>
#include <string>
#include <vector>

namespace innkeep::bench {

namespace {

struct Value
{
    int type = SQLITE_NULL;
    sqlite3_int64 integer = 0;
    std::string text;
};

struct Table
{
    const char *name;
    const char *order;
};

// In the order the import writes them; name keys sorted, as NameKeyBatch writes them.
constexpr Table Tables[] = {
    {"guests", "id"},     {"guest_contacts", "id"},  {"guest_tags", "guest_id, tag"},   {"guest_notes", "id"},
    {"change_log", "id"}, {"search_index", "rowid"}, {"search_names", "key, guest_id"},
};

Error sqlError(sqlite3 *db, const QString &what)
{
    return Error{Error::Code::Storage,
                 QStringLiteral("%1: %2").arg(what, QString::fromUtf8(sqlite3_errmsg(db))),
                 {},
                 {},
                 0};
}

struct Closer
{
    void operator()(sqlite3 *db) const { sqlite3_close_v2(db); }
};

Result<QStringList> columnsOf(sqlite3 *db, const char *table)
{
    // The FTS table's own columns; a regular table's columns, without the change log's own id
    // (the new file numbers its rows itself).
    if (std::string(table) == "search_index")
        return QStringList{QStringLiteral("rowid"), QStringLiteral("kind"),    QStringLiteral("ref"),
                           QStringLiteral("name"),  QStringLiteral("contact"), QStringLiteral("tags"),
                           QStringLiteral("stays"), QStringLiteral("extra")};
    sqlite3_stmt *info = nullptr;
    const std::string sql = std::string("PRAGMA old.table_info(") + table + ")";
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &info, nullptr) != SQLITE_OK)
        return std::unexpected(sqlError(db, QString::fromLatin1(table)));
    QStringList columns;
    while (sqlite3_step(info) == SQLITE_ROW) {
        const QString column =
            QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(info, 1)));
        if (!(std::string(table) == "change_log" && column == QLatin1String("id")))
            columns.append(column);
    }
    sqlite3_finalize(info);
    return columns;
}

} // namespace

Result<WriteFloor> measureWriteFloor(const QString &importedDb, const QString &emptyDb)
{
    sqlite3 *raw = nullptr;
    const int opened = sqlite3_open_v2(emptyDb.toUtf8().constData(), &raw, SQLITE_OPEN_READWRITE, nullptr);
    std::unique_ptr<sqlite3, Closer> db(raw);
    if (opened != SQLITE_OK)
        return std::unexpected(sqlError(raw, emptyDb));
    const std::string setup =
        "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; "
        "PRAGMA cache_size = -65536; ATTACH '"
        + QString(importedDb).replace(QLatin1Char('\''), QStringLiteral("''")).toStdString() + "' AS old";
    if (sqlite3_exec(raw, setup.c_str(), nullptr, nullptr, nullptr) != SQLITE_OK)
        return std::unexpected(sqlError(raw, QStringLiteral("setup")));

    WriteFloor floor;
    if (sqlite3_exec(raw, "BEGIN", nullptr, nullptr, nullptr) != SQLITE_OK)
        return std::unexpected(sqlError(raw, QStringLiteral("BEGIN")));
    for (const Table &table : Tables) {
        auto columns = columnsOf(raw, table.name);
        if (!columns)
            return std::unexpected(columns.error());
        const std::string list = columns->join(QLatin1Char(',')).toStdString();
        const std::string select = "SELECT " + list + " FROM old." + table.name + " ORDER BY " + table.order;
        std::string insert = "INSERT INTO main." + std::string(table.name) + "(" + list + ") VALUES (?";
        for (qsizetype i = 1; i < columns->size(); ++i)
            insert += ",?";
        insert += ")";

        // Untimed: every row in memory first.
        sqlite3_stmt *read = nullptr;
        if (sqlite3_prepare_v2(raw, select.c_str(), -1, &read, nullptr) != SQLITE_OK)
            return std::unexpected(sqlError(raw, QString::fromStdString(select)));
        const int width = int(columns->size());
        std::vector<Value> values;
        while (sqlite3_step(read) == SQLITE_ROW) {
            for (int c = 0; c < width; ++c) {
                Value v;
                v.type = sqlite3_column_type(read, c);
                if (v.type == SQLITE_INTEGER)
                    v.integer = sqlite3_column_int64(read, c);
                else if (v.type != SQLITE_NULL)
                    v.text.assign(reinterpret_cast<const char *>(sqlite3_column_text(read, c)),
                                  std::size_t(sqlite3_column_bytes(read, c)));
                values.push_back(std::move(v));
            }
        }
        sqlite3_finalize(read);

        sqlite3_stmt *write = nullptr;
        if (sqlite3_prepare_v3(raw, insert.c_str(), -1, SQLITE_PREPARE_PERSISTENT, &write, nullptr)
            != SQLITE_OK)
            return std::unexpected(sqlError(raw, QString::fromStdString(insert)));
        QElapsedTimer timer;
        timer.start();
        for (std::size_t row = 0; row + std::size_t(width) <= values.size(); row += std::size_t(width)) {
            for (int c = 0; c < width; ++c) {
                const Value &v = values[row + std::size_t(c)];
                if (v.type == SQLITE_NULL)
                    sqlite3_bind_null(write, c + 1);
                else if (v.type == SQLITE_INTEGER)
                    sqlite3_bind_int64(write, c + 1, v.integer);
                else
                    sqlite3_bind_text(write, c + 1, v.text.data(), int(v.text.size()), SQLITE_STATIC);
            }
            if (sqlite3_step(write) != SQLITE_DONE) {
                const Error e = sqlError(raw, QString::fromLatin1(table.name));
                sqlite3_finalize(write);
                return std::unexpected(e);
            }
            sqlite3_reset(write);
        }
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        floor.seconds += seconds;
        floor.parts.append({QString::fromLatin1(table.name), seconds});
        floor.rows.append({QString::fromLatin1(table.name), qint64(values.size() / std::size_t(width))});
        sqlite3_finalize(write);
    }
    QElapsedTimer commit;
    commit.start();
    if (sqlite3_exec(raw, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK)
        return std::unexpected(sqlError(raw, QStringLiteral("COMMIT")));
    const double committed = double(commit.nsecsElapsed()) / 1e9;
    floor.seconds += committed;
    floor.parts.append({QStringLiteral("commit"), committed});
    return floor;
}

} // namespace innkeep::bench
