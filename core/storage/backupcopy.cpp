// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupcopy.h"

#include "storage/database.h"
#include "storage/databasefile.h"
#include "storage/hybridlogicalclock.h"
#include "storage/privatefiles.h"
#include "storage/storageerror.h"
#include "storage/vacuuminto.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>
#include <QUrl>

#include <fcntl.h>
#include <sqlite3.h>
#include <unistd.h>

namespace innkeep {

namespace {

// Read-only and immutable: looking at a backup never writes a journal or log beside it (the
// folder may be a read-only USB stick, and a backup must stay byte for byte what was written).
sqlite3 *openCopy(const QString &path)
{
    QUrl uri = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
    uri.setQuery(QStringLiteral("immutable=1"));
    sqlite3 *handle = nullptr;
    if (sqlite3_open_v2(uri.toString(QUrl::FullyEncoded).toUtf8().constData(), &handle,
                        SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr)
        != SQLITE_OK) {
        sqlite3_close(handle);
        return nullptr;
    }
    return handle;
}

// The first column of the first row, or `fallback` when the query fails (an older schema
// without the table) or returns nothing.
QString scalar(sqlite3 *handle, const char *sql, const QString &fallback = {})
{
    sqlite3_stmt *statement = nullptr;
    QString value = fallback;
    if (sqlite3_prepare_v2(handle, sql, -1, &statement, nullptr) == SQLITE_OK
        && sqlite3_step(statement) == SQLITE_ROW && sqlite3_column_type(statement, 0) != SQLITE_NULL)
        value = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
    sqlite3_finalize(statement);
    return value;
}

qint64 number(sqlite3 *handle, const char *sql)
{
    return scalar(handle, sql, QStringLiteral("0")).toLongLong();
}

enum class Check { None, Quick, Full };

// Up to `limit` lines of PRAGMA integrity_check (or quick_check); empty when the file is intact.
QStringList integrityProblems(sqlite3 *handle, Check check, int limit)
{
    QStringList problems;
    sqlite3_stmt *statement = nullptr;
    const QByteArray sql =
        QByteArray(check == Check::Full ? "PRAGMA integrity_check(" : "PRAGMA quick_check(")
        + QByteArray::number(limit) + ')';
    if (sqlite3_prepare_v2(handle, sql.constData(), -1, &statement, nullptr) != SQLITE_OK) {
        problems.append(QString::fromUtf8(sqlite3_errmsg(handle)));
        return problems;
    }
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
        const QString line =
            QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
        if (line != QLatin1String("ok"))
            problems.append(line);
    }
    if (rc != SQLITE_DONE)
        problems.append(QString::fromUtf8(sqlite3_errmsg(handle)));
    sqlite3_finalize(statement);
    return problems;
}

Result<BackupSummary> summarise(const QString &path, Check check)
{
    auto header = inspectDatabaseFile(path, Database::ApplicationId, Database::latestSchemaVersion());
    if (!header)
        return std::unexpected(header.error());
    if (!header->exists)
        return std::unexpected(
            fileError(Error::Code::NotFound, path, BackupCopy::tr("There is no file at this path.")));
    if (header->applicationId != Database::ApplicationId)
        return std::unexpected(
            fileError(Error::Code::NotInnkeepFile, path, BackupCopy::tr("This is not an Innkeep file.")));
    if (!header->damage.isEmpty())
        return std::unexpected(fileError(Error::Code::Corrupt, path, header->damage));

    sqlite3 *handle = openCopy(path);
    if (!handle)
        return std::unexpected(
            fileError(Error::Code::Io, path, BackupCopy::tr("The file could not be opened for reading.")));
    if (check != Check::None) {
        const QStringList problems = integrityProblems(handle, check, 5);
        if (!problems.isEmpty()) {
            sqlite3_close(handle);
            return std::unexpected(fileError(
                Error::Code::Corrupt, path,
                BackupCopy::tr("The copy is damaged: %1").arg(problems.join(QStringLiteral("; ")))));
        }
    }
    BackupSummary summary;
    summary.path = QFileInfo(path).absoluteFilePath();
    summary.bytes = header->size;
    summary.schemaVersion = header->userVersion;
    summary.venueName = scalar(handle, "SELECT value FROM venue_settings WHERE key = 'venue_name'");
    summary.deviceId = scalar(handle, "SELECT value FROM local_meta WHERE key = 'device_id'");
    summary.lastChangeId = number(handle, "SELECT max(id) FROM change_log");
    summary.lastChangeMs = HybridLogicalClock::wallMs(number(handle, "SELECT max(hlc) FROM change_log"));
    summary.guests = number(handle, "SELECT count(*) FROM guests");
    summary.stays = number(handle, "SELECT count(*) FROM stays");
    summary.tickets = number(handle, "SELECT count(*) FROM tickets");
    summary.feedback = number(handle, "SELECT count(*) FROM feedback");
    sqlite3_close(handle);
    return summary;
}

// Makes what was written to `path` durable: the file's bytes, then (after a rename) the folder
// entry that names it.
bool syncToDisk(const QString &path, int flags)
{
    const int fd = ::open(QFile::encodeName(path).constData(), flags | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    return synced;
}

} // namespace

Result<BackupSummary> BackupCopy::write(Database &db, const QString &target)
{
    const QFileInfo named(target);
    if (named.exists())
        return std::unexpected(
            fileError(Error::Code::Conflict, target, tr("A file with this name is already there.")));
    if (auto ok = makePrivateFolder(named.absolutePath()); !ok)
        return std::unexpected(ok.error());
    // Hidden and unfinished-looking until it is whole and checked.
    const QString partial =
        named.absolutePath() + QStringLiteral("/.") + named.fileName() + QStringLiteral(".partial");
    QFile::remove(partial);
    const auto refused = [&](const Error &error) {
        QFile::remove(partial);
        return std::unexpected(error);
    };
    if (auto ok = createPrivateFile(partial); !ok)
        return refused(ok.error());

    if (auto copied = vacuumInto(db.handle(), partial, target); !copied)
        return refused(fileError(Error::Code::Io, target,
                                 tr("The backup could not be written: %1").arg(copied.error().message)));

    // A fresh copy is checked for what a disk or a cut-off write does to pages (quick_check: every
    // page and row readable, lengths and orders right), not whether VACUUM built its indexes right
    // (the full integrity_check, `backup verify`, takes three to four times as long).
    auto checked = summarise(partial, Check::Quick);
    if (!checked)
        return refused(fileError(
            checked.error().code, target,
            tr("The backup was written but did not pass its check: %1").arg(checked.error().message)));
    if (!syncToDisk(partial, O_RDONLY))
        return refused(
            fileError(Error::Code::Io, target, tr("The backup could not be flushed to the disk.")));
    if (!QFile::rename(partial, named.absoluteFilePath()))
        return refused(
            fileError(Error::Code::Io, target, tr("The finished backup could not be given its name.")));
    syncToDisk(named.absolutePath(), O_RDONLY | O_DIRECTORY);
    checked->path = named.absoluteFilePath();
    return checked;
}

Result<BackupSummary> BackupCopy::read(const QString &path)
{
    return summarise(path, Check::None);
}

Result<BackupSummary> BackupCopy::verify(const QString &path)
{
    return summarise(path, Check::Full);
}

} // namespace innkeep
