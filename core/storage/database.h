// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/clock.h"
#include "common/error.h"
#include "storage/aftercommit.h"
#include "storage/hybridlogicalclock.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QSqlDatabase>

#include <functional>
#include <memory>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace innkeep {

class DoNotDisturbSign;
class IdSource;

// One open Innkeep file on one thread: the SQLite connection (WAL, foreign keys, busy
// timeout), the prepared-statement cache, the clocks and the staff member acting.
// Open it with Database::open(); a worker thread opens its own with openAnother().
class Database final
{
    Q_DECLARE_TR_FUNCTIONS(Database)
    Q_DISABLE_COPY_MOVE(Database)

public:
    enum class Mode { OpenOrCreate, OpenExisting, CreateNew };

    // Refuses, without changing a byte, an empty path, a file that is not a regular file, not
    // SQLite, truncated (and no write-ahead log explains it), another application's or written by
    // a newer Innkeep. Migrates an older file after copying it aside (migrationBackup(); one copy
    // per version of the file, reused when an upgrade is retried).
    // Opens READ-ONLY (isReadOnly(), readOnlyReason()) rather than refusing a file that fails the
    // open-time check (header bookkeeping always, PRAGMA quick_check up to QuickCheckLimit bytes)
    // or that cannot be written (read-only file or folder). A new file, its -wal/-shm and any
    // folder made for it are created 0600/0700. A failed open leaves no -wal/-shm behind.
    // `idSeed` makes new ids repeatable (IdSource): tests with a fixed clock pass one to compare
    // exports byte for byte; the application passes none and its ids are random.
    [[nodiscard]] static Result<std::unique_ptr<Database>> open(const QString &path, const Clock &clock,
                                                                Mode mode = Mode::OpenOrCreate,
                                                                std::optional<quint64> idSeed = std::nullopt);
    ~Database();

    // Another connection to this file (for a worker thread): the same clock, read-only state, staff
    // member, activity, busy waits and wait note, without running the open-time check again. It may
    // be called on the worker's thread while this connection's setters are left alone.
    [[nodiscard]] Result<std::unique_ptr<Database>> openAnother() const;

    [[nodiscard]] static int latestSchemaVersion();
    [[nodiscard]] static QString defaultPath();
    static constexpr quint32 ApplicationId = 0x494E4B50; // "INKP"
    static constexpr int CacheKiB = 16000;               // page cache of a connection
    // Files up to this size get PRAGMA quick_check on every open (see docs/decisions.md).
    static constexpr qint64 QuickCheckLimit = 64LL * 1024 * 1024;
    // How long a write waits for another program's write lock: a short write, or a long one that
    // hung its DoNotDisturbSign (an import).
    static constexpr int BusyWaitMs = 30'000;
    static constexpr int LongWriteWaitMs = 15 * 60'000;

    [[nodiscard]] const QString &path() const { return m_path; }
    [[nodiscard]] int schemaVersion() const { return m_schemaVersion; }
    [[nodiscard]] const QString &deviceId() const { return m_deviceId; }
    // From now on this connection writes as device `deviceId` (a restore from a JSON export
    // continues as the device that wrote it): its change-log entries carry that id and its hybrid
    // logical clock continues that device's. Stores nothing: the caller writes local_meta in its
    // transaction, and calls this again with the old id when that transaction does not commit.
    void continueAsDevice(const QString &deviceId);
    [[nodiscard]] const Clock &clock() const { return m_clock; }
    [[nodiscard]] HybridLogicalClock &hlc() { return m_hlc; }
    // Where new row ids come from (thread-safe); newUuid() is the short way to take one.
    [[nodiscard]] IdSource &ids() { return *m_ids; }
    [[nodiscard]] QString newUuid();
    [[nodiscard]] AfterCommit &afterCommit() { return *m_afterCommit; }
    [[nodiscard]] sqlite3 *handle() const;
    // Where the pre-migration copy of the file went, when a migration ran on open.
    [[nodiscard]] const QString &migrationBackup() const { return m_migrationBackup; }

    // Read-only: every write fails with readOnlyReason(). True for a damaged file (isDamaged())
    // and for a file or folder this user cannot write.
    [[nodiscard]] bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }
    [[nodiscard]] const QString &readOnlyReason() const { return m_readOnlyReason; }
    [[nodiscard]] bool isDamaged() const { return m_damaged; }

    // What this connection's long writes are called on the DoNotDisturbSign ("innkeep-cli import guests").
    void setActivity(const QString &activity) { m_activity = activity; }
    // Called once per wait when a write has to wait for another program's (the CLI prints it).
    void setWaitNote(std::function<void(const QString &)> note) { m_waitNote = std::move(note); }
    // How long a write may wait for another program's lock (defaults BusyWaitMs, LongWriteWaitMs).
    void setBusyWait(int plainMs, int longWriteMs)
    {
        m_busyWaitMs = plainMs;
        m_longWriteWaitMs = longWriteMs;
    }
    // The last SQLite failure on this connection in clear words (storageerror.h), with what this
    // Database knows on top: why it is read-only, which long write kept the lock.
    [[nodiscard]] Error lastFailure() const;

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
    // The outermost write began / ended; a nested step of a write that has run for a while
    // hangs the DoNotDisturbSign.
    void writeBegan();
    void writeEnded();
    void writeStepBegan();

private:
    struct OpenPlan;
    [[nodiscard]] static Result<std::unique_ptr<Database>>
    openFile(const QString &path, const Clock &clock, Mode mode, std::optional<quint64> idSeed,
             const std::optional<QString> &knownDamage);
    Database(const QString &path, const Clock &clock, std::optional<quint64> idSeed);
    [[nodiscard]] Status configure(const OpenPlan &plan);
    [[nodiscard]] Status connect(bool readOnly);
    [[nodiscard]] QString damageFound(const OpenPlan &plan);
    [[nodiscard]] Status backUpBeforeMigrating(int version);
    [[nodiscard]] int onBusy(int attempt);
    static int busyHandler(void *database, int attempt);
    [[nodiscard]] QString waitingFor() const;

    QString m_path;
    QString m_connectionName;
    const Clock &m_clock;
    HybridLogicalClock m_hlc;
    std::unique_ptr<IdSource> m_ids;
    QSqlDatabase m_db;
    QHash<QString, sqlite3_stmt *> m_statements;
    QHash<QString, QString> m_settingsCache;
    std::unique_ptr<AfterCommit> m_afterCommit;
    QString m_deviceId;
    QString m_staff;
    QString m_migrationBackup;
    QString m_readOnlyReason;
    QString m_damageFound;
    QString m_activity;
    std::function<void(const QString &)> m_waitNote;
    std::unique_ptr<DoNotDisturbSign> m_sign;
    QElapsedTimer m_writeTimer;
    QElapsedTimer m_busyTimer;
    int m_busyWaitMs = BusyWaitMs;
    int m_longWriteWaitMs = LongWriteWaitMs;
    bool m_busyNoted = false;
    bool m_damaged = false;
    int m_schemaVersion = 0;
    int m_transactionDepth = 0;
    bool m_rollbackOnly = false;
};

} // namespace innkeep
