// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include "common/uuid.h"
#include "storage/databasefile.h"
#include "storage/migrations.h"
#include "storage/statement.h"

#include <QAtomicInt>
#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QStandardPaths>

#include <sqlite3.h>

namespace innkeep {

namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("innkeep-%1").arg(counter.fetchAndAddRelaxed(1));
}

Error fileError(Error::Code code, const QString &path, const QString &message)
{
    return Error{code, message, {}, QDir::toNativeSeparators(path), 0};
}

} // namespace

Database::Database(const QString &path, const Clock &clock)
    : m_path(path)
    , m_connectionName(nextConnectionName())
    , m_clock(clock)
    , m_hlc(clock)
    , m_events(std::make_unique<DatabaseEvents>())
{
}

Database::~Database()
{
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
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/innkeep.sqlite");
}

sqlite3 *Database::handle() const
{
    const QVariant value = m_db.driver()->handle();
    return *static_cast<sqlite3 *const *>(value.constData());
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, const Clock &clock, Mode mode)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    auto header = inspectDatabaseFile(absolute, ApplicationId, latestSchemaVersion());
    if (!header)
        return std::unexpected(header.error());
    if (mode == Mode::OpenExisting && !header->exists)
        return std::unexpected(fileError(Error::Code::NotFound, absolute, tr("There is no database at this path.")));
    if (mode == Mode::CreateNew && header->exists)
        return std::unexpected(fileError(Error::Code::Conflict, absolute, tr("A file already exists at this path.")));
    if (!header->exists && !QDir().mkpath(QFileInfo(absolute).absolutePath()))
        return std::unexpected(fileError(Error::Code::Io, absolute, tr("The folder for the database cannot be created.")));

    std::unique_ptr<Database> db(new Database(absolute, clock));
    if (auto ok = db->configure(mode, header->exists); !ok)
        return std::unexpected(ok.error());
    return db;
}

Result<std::unique_ptr<Database>> Database::openAnother() const
{
    return open(m_path, m_clock, Mode::OpenExisting);
}

Status Database::configure(Mode, bool existed)
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(m_path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_db.open())
        return std::unexpected(fileError(Error::Code::Io, m_path,
                                         tr("The database cannot be opened: %1").arg(m_db.lastError().text())));

    // Reading the schema catches damage the header could not show, before anything is written.
    QSqlQuery probe(m_db);
    if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !probe.next())
        return std::unexpected(fileError(Error::Code::Corrupt, m_path,
                                         tr("The database file is damaged: %1").arg(probe.lastError().databaseText())));
    probe.finish();

    int version = 0;
    if (probe.exec(QStringLiteral("PRAGMA user_version")) && probe.next())
        version = probe.value(0).toInt();
    probe.finish();

    const int latest = latestSchemaVersion();
    if (existed && version > 0 && version < latest) {
        // A copy of the file as it was, in case an upgrade ever goes wrong.
        m_migrationBackup = m_path + QStringLiteral(".schema%1-%2.bak")
                                         .arg(version)
                                         .arg(QDateTime::fromMSecsSinceEpoch(m_clock.nowMs())
                                                  .toUTC()
                                                  .toString(QStringLiteral("yyyyMMdd-HHmmss")));
        QSqlQuery backup(m_db);
        backup.prepare(QStringLiteral("VACUUM INTO ?"));
        backup.addBindValue(m_migrationBackup);
        if (!backup.exec())
            return std::unexpected(fileError(Error::Code::Io, m_path,
                                             tr("A backup could not be made before upgrading the database: %1")
                                                 .arg(backup.lastError().text())));
    }
    auto reached = Migrations::apply(handle(), version, m_path);
    if (!reached)
        return std::unexpected(reached.error());
    m_schemaVersion = *reached;

    // WAL only after the first migration committed, so a new file is never left half-made.
    for (const char *pragma : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL", "PRAGMA foreign_keys = ON",
                               "PRAGMA temp_store = MEMORY"}) {
        if (auto ok = execute(*this, QString::fromLatin1(pragma)); !ok)
            return ok;
    }
    if (auto ok = execute(*this, QStringLiteral("PRAGMA cache_size = -%1").arg(CacheKiB)); !ok)
        return ok;

    Statement device(*this, QStringLiteral("SELECT value FROM local_meta WHERE key = 'device_id'"));
    auto existing = device.scalar();
    if (!existing)
        return std::unexpected(existing.error());
    m_deviceId = existing->toString();
    if (m_deviceId.isEmpty()) {
        m_deviceId = newUuid();
        Statement insert(*this, QStringLiteral("INSERT INTO local_meta(key, value) VALUES ('device_id', ?)"));
        if (auto ok = insert.bind(m_deviceId).exec(); !ok)
            return ok;
    }

    Statement last(*this, QStringLiteral("SELECT hlc FROM change_log ORDER BY id DESC LIMIT 1"));
    auto lastStamp = last.scalar();
    if (!lastStamp)
        return std::unexpected(lastStamp.error());
    m_hlc.observe(lastStamp->toLongLong());
    m_hlc.shareWith(m_deviceId);
    return {};
}

Result<sqlite3_stmt *> Database::preparedStatement(const QString &sql)
{
    if (auto it = m_statements.constFind(sql); it != m_statements.constEnd())
        return *it;
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt *statement = nullptr;
    const char *rest = nullptr;
    if (sqlite3_prepare_v3(handle(), utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &statement, &rest)
        != SQLITE_OK) {
        return fail(Error::Code::Storage, QString::fromUtf8(sqlite3_errmsg(handle())), sql.simplified().left(80));
    }
    if (rest && QByteArray(rest).trimmed() != QByteArray() && QByteArray(rest).trimmed() != ";") {
        sqlite3_finalize(statement);
        return fail(Error::Code::Storage, tr("Only one SQL statement may be prepared at a time."), sql.simplified().left(80));
    }
    m_statements.insert(sql, statement);
    return statement;
}

} // namespace innkeep
