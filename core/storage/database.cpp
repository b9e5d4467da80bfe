// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include "storage/databasefile.h"
#include "storage/donotdisturbsign.h"
#include "storage/idsource.h"
#include "storage/migrationbackup.h"
#include "storage/migrations.h"
#include "storage/privatefiles.h"
#include "storage/statement.h"
#include "storage/storageerror.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QStandardPaths>
#include <QUrl>

#include <sqlite3.h>
#include <unistd.h>

namespace innkeep {

namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("innkeep-%1").arg(counter.fetchAndAddRelaxed(1));
}

bool writable(const QString &path)
{
    return ::access(QFile::encodeName(path).constData(), W_OK) == 0;
}

// One statement run once on the native handle and finalized when this goes away. The open-time
// checks use it rather than Statement: the connection may still be reopened read-only after them,
// and no cached statement may outlive the connection it was prepared on.
class OneShot final
{
    Q_DISABLE_COPY_MOVE(OneShot)

public:
    OneShot(sqlite3 *db, const char *sql) : m_db(db)
    {
        m_rc = sqlite3_prepare_v2(db, sql, -1, &m_statement, nullptr);
        if (m_rc == SQLITE_OK)
            m_rc = sqlite3_step(m_statement);
        if (m_rc != SQLITE_ROW && m_rc != SQLITE_DONE)
            m_failure = QString::fromUtf8(sqlite3_errmsg(db));
    }
    ~OneShot() { sqlite3_finalize(m_statement); }
    [[nodiscard]] bool hasRow() const { return m_rc == SQLITE_ROW; }
    [[nodiscard]] QString text() const
    {
        const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, 0));
        return data ? QString::fromUtf8(data, sqlite3_column_bytes(m_statement, 0)) : QString();
    }
    [[nodiscard]] int integer() const { return sqlite3_column_int(m_statement, 0); }
    // SQLite's own words for the failure (empty when it did not fail).
    [[nodiscard]] const QString &failure() const { return m_failure; }

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_statement = nullptr;
    int m_rc = SQLITE_OK;
    QString m_failure;
};

// A nested step of a write that has held the lock this long hangs the DoNotDisturbSign.
constexpr qint64 LongWriteAfterMs = 1000;
// A waiting write says so after this long.
constexpr qint64 WaitNoteAfterMs = 1000;

} // namespace

// What open() learned before SQLite touched the file.
struct Database::OpenPlan
{
    DatabaseFileHeader header;
    QString readOnlyReason;             // the file or its folder cannot be written
    std::optional<QString> knownDamage; // what another connection's check found (no check then)
};

Database::Database(const QString &path, const Clock &clock, std::optional<quint64> idSeed)
    : m_path(path), m_connectionName(nextConnectionName()), m_clock(clock), m_hlc(clock),
      m_ids(std::make_unique<IdSource>(clock, idSeed)), m_afterCommit(std::make_unique<AfterCommit>())
{}

QString Database::newUuid()
{
    return m_ids->newUuid();
}

Database::~Database()
{
    m_sign.reset();
    for (sqlite3_stmt *statement : std::as_const(m_statements))
        sqlite3_finalize(statement);
    m_statements.clear();
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

int Database::latestSchemaVersion()
{
    return Migrations::latestVersion();
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
           + QStringLiteral("/innkeep.sqlite");
}

sqlite3 *Database::handle() const
{
    const QVariant value = m_db.driver()->handle();
    return *static_cast<sqlite3 *const *>(value.constData());
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, const Clock &clock, Mode mode,
                                                 std::optional<quint64> idSeed)
{
    return openFile(path, clock, mode, idSeed, std::nullopt);
}

Result<std::unique_ptr<Database>> Database::openFile(const QString &path, const Clock &clock, Mode mode,
                                                     std::optional<quint64> idSeed,
                                                     const std::optional<QString> &knownDamage)
{
    if (path.trimmed().isEmpty())
        return fail(Error::Code::InvalidInput, tr("No database file was named (the path is empty)."));
    const QString absolute = QFileInfo(path).absoluteFilePath();
    auto header = inspectDatabaseFile(absolute, ApplicationId, latestSchemaVersion());
    if (!header)
        return std::unexpected(header.error());
    if (mode == Mode::OpenExisting && !header->exists)
        return std::unexpected(
            fileError(Error::Code::NotFound, absolute, tr("There is no database at this path.")));
    if (mode == Mode::CreateNew && header->exists)
        return std::unexpected(
            fileError(Error::Code::Conflict, absolute, tr("A file already exists at this path.")));

    OpenPlan plan;
    plan.header = *header;
    plan.knownDamage = knownDamage;
    const QString folder = QFileInfo(absolute).absolutePath();
    const QString wal = absolute + QStringLiteral("-wal");
    const QString shm = absolute + QStringLiteral("-shm");
    const bool hadWal = QFileInfo::exists(wal);
    const bool hadShm = QFileInfo::exists(shm);
    if (!header->exists) {
        if (auto ok = makePrivateFolder(folder); !ok)
            return std::unexpected(ok.error());
        // Created 0600 before SQLite opens it: SQLite gives -wal and -shm the main file's mode.
        if (auto ok = createPrivateFile(absolute); !ok)
            return std::unexpected(ok.error());
    } else if (!writable(absolute) || (!writable(folder) && !(hadWal && hadShm))) {
        plan.readOnlyReason = readOnlyFileMessage();
    }

    std::unique_ptr<Database> db(new Database(absolute, clock, idSeed));
    auto ok = db->configure(plan);
    if (ok)
        return db;
    db.reset();
    // Leave nothing behind: a file we created goes, and so do a log and shared-memory file
    // this open made next to an existing file (an empty log holds nothing).
    if (!header->exists) {
        QFile::remove(absolute);
        for (const QString &suffix : sqliteCompanionSuffixes())
            QFile::remove(absolute + suffix);
    } else {
        if (!hadWal && QFileInfo::exists(wal) && QFileInfo(wal).size() == 0)
            QFile::remove(wal);
        if (!hadShm && !QFileInfo::exists(wal))
            QFile::remove(shm);
    }
    return std::unexpected(ok.error());
}

Result<std::unique_ptr<Database>> Database::openAnother() const
{
    auto other = openFile(m_path, m_clock, Mode::OpenExisting, m_ids->seedForAnother(),
                          m_damaged ? m_damageFound : QString());
    if (other) {
        (*other)->setActivity(m_activity);
        (*other)->setBusyWait(m_busyWaitMs, m_longWriteWaitMs);
        (*other)->setWaitNote(m_waitNote);
        // The change log names who acted: a worker's writes are the staff member's who started it.
        (*other)->setStaff(m_staff);
    }
    return other;
}

Status Database::connect(bool readOnly)
{
    if (m_db.isValid()) {
        // Reopening (read-only, after the open-time check): a fresh connection name, so the
        // driver's registry never hands back the closed connection.
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        m_connectionName = nextConnectionName();
    }
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    if (readOnly) {
        // A read-only connection would create (and then leave) -wal and -shm next to a file it
        // cannot checkpoint; with no log to read, "immutable" reads the file as it is.
        QUrl uri = QUrl::fromLocalFile(m_path);
        if (!QFileInfo::exists(m_path + QStringLiteral("-wal")))
            uri.setQuery(QStringLiteral("immutable=1"));
        m_db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
        m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
    } else {
        m_db.setDatabaseName(m_path);
    }
    if (!m_db.open())
        return std::unexpected(fileError(
            Error::Code::Io, m_path, tr("The database cannot be opened: %1").arg(m_db.lastError().text())));
    sqlite3_busy_handler(handle(), &Database::busyHandler, this);
    return {};
}

QString Database::damageFound(const OpenPlan &plan)
{
    if (!plan.header.exists)
        return {};
    if (!plan.header.damage.isEmpty())
        return plan.header.damage;
    if (plan.knownDamage)
        return *plan.knownDamage;
    if (QFileInfo(m_path).size() > QuickCheckLimit)
        return {};
    const OneShot check(handle(), "PRAGMA quick_check(1)");
    if (!check.hasRow())
        return check.failure().left(200);
    QString verdict = check.text();
    if (verdict == QStringLiteral("ok"))
        return {};
    verdict.remove(QStringLiteral("*** in database main ***"));
    return verdict.simplified().left(200);
}

Status Database::configure(const OpenPlan &plan)
{
    bool readOnly = !plan.readOnlyReason.isEmpty();
    if (auto ok = connect(readOnly); !ok)
        return ok;
    m_readOnlyReason = plan.readOnlyReason;

    // Reading the schema catches damage the header could not show, before anything is written.
    {
        const OneShot probe(handle(), "SELECT count(*) FROM sqlite_master");
        if (!probe.hasRow()) {
            Error error = lastFailure();
            if (error.code == Error::Code::Storage || error.code == Error::Code::Corrupt) {
                error.code = Error::Code::Corrupt;
                error.message = tr("The database file is damaged: %1").arg(probe.failure());
            }
            error.file = QDir::toNativeSeparators(m_path);
            return std::unexpected(error);
        }
    } // no statement may outlive the connection if it is reopened read-only below

    const QString damage = damageFound(plan);
    if (!damage.isEmpty()) {
        // Not refused: the staff can still look a guest up, and restore a backup.
        m_damaged = true;
        m_damageFound = damage;
        m_readOnlyReason = tr("This file is damaged (%1) — opened for viewing only. Restore a backup to work "
                              "on it again.")
                               .arg(damage);
        if (!readOnly) {
            readOnly = true;
            if (auto ok = connect(true); !ok)
                return ok;
        }
    }

    int version = 0;
    {
        const OneShot versionQuery(handle(), "PRAGMA user_version"); // on the connection as it is now
        if (versionQuery.hasRow())
            version = versionQuery.integer();
    }

    const int latest = latestSchemaVersion();
    if (readOnly) {
        if (version < latest)
            return std::unexpected(
                fileError(Error::Code::Io, m_path,
                          tr("%1 This file was written by an older Innkeep and must be upgraded "
                             "first, which needs a file that can be written.")
                              .arg(m_readOnlyReason)));
        m_schemaVersion = version;
    } else {
        if (plan.header.exists && version > 0 && version < latest) {
            if (auto ok = backUpBeforeMigrating(version); !ok)
                return ok;
        }
        auto reached = Migrations::apply(handle(), version, m_path);
        if (!reached)
            return std::unexpected(reached.error());
        m_schemaVersion = *reached;
    }

    // WAL only after the first migration committed, so a new file is never left half-made.
    QStringList pragmas{QStringLiteral("PRAGMA foreign_keys = ON"),
                        QStringLiteral("PRAGMA temp_store = MEMORY"),
                        QStringLiteral("PRAGMA cache_size = -%1").arg(CacheKiB)};
    if (!readOnly)
        pragmas << QStringLiteral("PRAGMA journal_mode = WAL")
                << QStringLiteral("PRAGMA synchronous = NORMAL");
    for (const QString &pragma : std::as_const(pragmas)) {
        if (auto ok = execute(*this, pragma); !ok)
            return ok;
    }

    Statement device(*this, QStringLiteral("SELECT value FROM local_meta WHERE key = 'device_id'"));
    auto existing = device.scalar();
    if (!existing)
        return std::unexpected(existing.error());
    m_deviceId = existing->toString();
    if (m_deviceId.isEmpty()) {
        m_deviceId = m_ids->newUuid();
        if (!readOnly) {
            Statement insert(*this,
                             QStringLiteral("INSERT INTO local_meta(key, value) VALUES ('device_id', ?)"));
            if (auto ok = insert.bind(m_deviceId).exec(); !ok)
                return ok;
        }
    }

    Statement last(*this, QStringLiteral("SELECT hlc FROM change_log ORDER BY id DESC LIMIT 1"));
    auto lastStamp = last.scalar();
    if (!lastStamp)
        return std::unexpected(lastStamp.error());
    m_hlc.observe(lastStamp->toLongLong());
    m_hlc.shareWith(m_deviceId);
    return {};
}

void Database::continueAsDevice(const QString &deviceId)
{
    m_deviceId = deviceId;
    m_hlc.shareWith(m_deviceId);
}

Status Database::backUpBeforeMigrating(int version)
{
    // A retried upgrade of the same file reuses its copy instead of making one per attempt.
    if (QString earlier = MigrationBackup::find(*this, version); !earlier.isEmpty()) {
        m_migrationBackup = earlier;
        return {};
    }
    auto made = MigrationBackup::make(*this, version);
    if (!made)
        return std::unexpected(made.error());
    m_migrationBackup = *made;
    return {};
}

Error Database::lastFailure() const
{
    const int code = sqlite3_extended_errcode(handle());
    Error error = lastStorageFailure(handle());
    if ((code & 0xff) == SQLITE_READONLY && isReadOnly())
        error.message = m_readOnlyReason;
    if ((code & 0xff) == SQLITE_BUSY) {
        if (const QString what = waitingFor(); !what.isEmpty())
            error.message =
                tr("%1 is writing to this file and did not finish in time; nothing was changed. Try "
                   "again when it has finished.")
                    .arg(what);
    }
    return error;
}

QString Database::waitingFor() const
{
    const auto sign = DoNotDisturbSign::read(m_path);
    if (!sign)
        return {};
    const QString started =
        QDateTime::fromMSecsSinceEpoch(sign->startedMs).toLocalTime().toString(QStringLiteral("HH:mm:ss"));
    return tr("%1 (process %2, since %3)").arg(sign->activity, QString::number(sign->pid), started);
}

int Database::busyHandler(void *database, int attempt)
{
    return static_cast<Database *>(database)->onBusy(attempt);
}

int Database::onBusy(int attempt)
{
    if (attempt == 0) {
        m_busyTimer.start();
        m_busyNoted = false;
    }
    const qint64 waited = m_busyTimer.elapsed();
    // Read the sign only now and then: it is a file.
    const QString what = waited >= WaitNoteAfterMs ? waitingFor() : QString();
    if (waited >= (what.isEmpty() ? m_busyWaitMs : m_longWriteWaitMs))
        return 0;
    if (!m_busyNoted && waited >= WaitNoteAfterMs && m_waitNote) {
        m_busyNoted = true;
        m_waitNote(what.isEmpty() ? tr("Another program is writing to this file; waiting up to %1 s for it…")
                                        .arg(m_busyWaitMs / 1000)
                                  : tr("Waiting for %1 to finish (up to %2 min)…")
                                        .arg(what, QString::number(m_longWriteWaitMs / 60'000)));
    }
    sqlite3_sleep(attempt < 20 ? 5 : 50);
    return 1;
}

void Database::writeBegan()
{
    m_writeTimer.start();
}

void Database::writeStepBegan()
{
    if (!m_sign && m_writeTimer.isValid() && m_writeTimer.elapsed() > LongWriteAfterMs)
        m_sign = DoNotDisturbSign::hang(m_path, m_activity.isEmpty() ? tr("another Innkeep") : m_activity,
                                        m_clock.nowMs() - m_writeTimer.elapsed());
}

void Database::writeEnded()
{
    m_sign.reset();
    m_writeTimer.invalidate();
}

Result<sqlite3_stmt *> Database::preparedStatement(const QString &sql)
{
    if (auto it = m_statements.constFind(sql); it != m_statements.constEnd())
        return *it;
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt *statement = nullptr;
    const char *rest = nullptr;
    if (sqlite3_prepare_v3(handle(), utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT,
                           &statement, &rest)
        != SQLITE_OK) {
        return fail(Error::Code::Storage, QString::fromUtf8(sqlite3_errmsg(handle())),
                    sql.simplified().left(80));
    }
    if (rest && QByteArray(rest).trimmed() != QByteArray() && QByteArray(rest).trimmed() != ";") {
        sqlite3_finalize(statement);
        return fail(Error::Code::Storage, tr("Only one SQL statement may be prepared at a time."),
                    sql.simplified().left(80));
    }
    m_statements.insert(sql, statement);
    return statement;
}

} // namespace innkeep
