// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "storage/clock.h"
#include "storage/databaseevents.h"
#include "storage/hybridlogicalclock.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace innkeep {

// One open Innkeep file on one thread: the SQLite connection (WAL, foreign keys, busy
// timeout), the prepared-statement cache, the clocks and the staff member acting.
// Open it with Database::open(); a worker thread opens its own with openAnother().
class Database final
{
    Q_DECLARE_TR_FUNCTIONS(Database)
    Q_DISABLE_COPY_MOVE(Database)

public:
    enum class Mode { OpenOrCreate, OpenExisting, CreateNew };

    // Refuses, without changing a byte, a file that is not SQLite, is truncated, belongs to
    // another application or was written by a newer Innkeep. Migrates an older file after
    // copying it aside (see backupPathFor()).
    [[nodiscard]] static Result<std::unique_ptr<Database>> open(const QString &path, const Clock &clock,
                                                                Mode mode = Mode::OpenOrCreate);
    ~Database();

    [[nodiscard]] Result<std::unique_ptr<Database>> openAnother() const;

    [[nodiscard]] static int latestSchemaVersion();
    [[nodiscard]] static QString defaultPath();
    static constexpr quint32 ApplicationId = 0x494E4B50; // "INKP"
    static constexpr int CacheKiB = 16000;                // page cache of a connection

    [[nodiscard]] const QString &path() const { return m_path; }
    [[nodiscard]] int schemaVersion() const { return m_schemaVersion; }
    [[nodiscard]] const QString &deviceId() const { return m_deviceId; }
    [[nodiscard]] const Clock &clock() const { return m_clock; }
    [[nodiscard]] HybridLogicalClock &hlc() { return m_hlc; }
    [[nodiscard]] DatabaseEvents &events() { return *m_events; }
    [[nodiscard]] QSqlDatabase &connection() { return m_db; }
    [[nodiscard]] sqlite3 *handle() const;
    // Where the pre-migration copy of the file went, when a migration ran on open.
    [[nodiscard]] const QString &migrationBackup() const { return m_migrationBackup; }

    // The staff member to whom changes are attributed in the change log.
    void setStaff(const QString &name) { m_staff = name; }
    [[nodiscard]] const QString &staff() const { return m_staff; }

    // The native prepared statement for `sql`, prepared once per connection and reused
    // (used by Statement). SQL holding more than one statement is refused.
    [[nodiscard]] Result<sqlite3_stmt *> preparedStatement(const QString &sql);

    // Venue settings read during this connection's life (VenueSettings keeps it current), so
    // a setting read for every imported row is a hash lookup, not a query.
    [[nodiscard]] QHash<QString, QString> &settingsCache() { return m_settingsCache; }

    // Transaction bookkeeping, used by Transaction.
    int &transactionDepth() { return m_transactionDepth; }
    void setRollbackOnly(bool doomed) { m_rollbackOnly = doomed; }
    [[nodiscard]] bool isRollbackOnly() const { return m_rollbackOnly; }

private:
    Database(const QString &path, const Clock &clock);
    [[nodiscard]] Status configure(Mode mode, bool existed);

    QString m_path;
    QString m_connectionName;
    const Clock &m_clock;
    HybridLogicalClock m_hlc;
    QSqlDatabase m_db;
    QHash<QString, sqlite3_stmt *> m_statements;
    QHash<QString, QString> m_settingsCache;
    std::unique_ptr<DatabaseEvents> m_events;
    QString m_deviceId;
    QString m_staff;
    QString m_migrationBackup;
    int m_schemaVersion = 0;
    int m_transactionDepth = 0;
    bool m_rollbackOnly = false;
};

} // namespace innkeep
