// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "databaserestore.h"

#include "storage/backupcopy.h"
#include "storage/database.h"
#include "storage/databasefile.h"
#include "storage/donotdisturbsign.h"
#include "storage/privatefiles.h"
#include "storage/storageerror.h"
#include "storage/vacuuminto.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

#include <sqlite3.h>

namespace innkeep {

namespace {

bool isCompanion(const QString &name)
{
    if (name.endsWith(DoNotDisturbSign::suffix()))
        return true;
    for (const QString &suffix : sqliteCompanionSuffixes()) {
        if (name.endsWith(suffix))
            return true;
    }
    return false;
}

// A consistent copy of `from` (its log included) into the new, empty, private file `to`.
Status copyDatabase(const QString &from, const QString &to)
{
    QUrl uri = QUrl::fromLocalFile(from);
    sqlite3 *handle = nullptr;
    int rc = sqlite3_open_v2(uri.toString(QUrl::FullyEncoded).toUtf8().constData(), &handle,
                             SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr);
    Status copied = rc == SQLITE_OK ? vacuumInto(handle, to, from)
                                    : Status(std::unexpected(lastStorageFailure(handle, from)));
    sqlite3_close(handle);
    return copied;
}

// Nobody may have the file open while it is replaced: a program still writing to it would go on
// writing to the file moved aside, and its changes would be lost without a word. Leaving WAL
// needs the file to itself, so it is the test; it also folds the log into the file, so the
// file kept aside is one self-contained file.
Status takeOutOfUse(const QString &path)
{
    sqlite3 *handle = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &handle, SQLITE_OPEN_READWRITE, nullptr);
    QString mode;
    if (rc == SQLITE_OK) {
        sqlite3_busy_timeout(handle, 2000);
        sqlite3_stmt *statement = nullptr;
        rc = sqlite3_prepare_v2(handle, "PRAGMA journal_mode = DELETE", -1, &statement, nullptr);
        if (rc == SQLITE_OK && sqlite3_step(statement) == SQLITE_ROW)
            mode = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
        sqlite3_finalize(statement);
    }
    sqlite3_close(handle);
    if (mode.compare(QLatin1String("delete"), Qt::CaseInsensitive) != 0)
        return std::unexpected(
            fileError(Error::Code::Conflict, path,
                      DatabaseRestore::tr("The file is open in Innkeep or another program. "
                                          "Close it there first; nothing was changed.")));
    return {};
}

} // namespace

QStringList DatabaseRestore::candidates(const QString &databasePath)
{
    const QFileInfo database(databasePath);
    QStringList found;
    const QFileInfoList files = database.dir().entryInfoList(QDir::Files, QDir::Time);
    for (const QFileInfo &file : files) {
        if (file.absoluteFilePath() == database.absoluteFilePath() || isCompanion(file.fileName()))
            continue;
        if (file.fileName().contains(QLatin1String(".incomplete-demo"))
            || file.fileName().contains(QLatin1String(".damaged-"))
            || file.fileName().contains(QLatin1String(".before-restore-")))
            continue;
        auto header = inspectDatabaseFile(file.absoluteFilePath(), Database::ApplicationId,
                                          Database::latestSchemaVersion());
        if (header && header->exists)
            found.append(file.absoluteFilePath());
    }
    return found;
}

Result<QString> DatabaseRestore::restore(const QString &databasePath, const QString &copyPath, qint64 nowMs,
                                         Replacing replacing)
{
    const QString path = QFileInfo(databasePath).absoluteFilePath();
    const QString copy = QFileInfo(copyPath).absoluteFilePath();
    if (copy == path)
        return std::unexpected(fileError(Error::Code::Io, copy, tr("Choose a copy, not the file itself.")));
    auto header = inspectDatabaseFile(copy, Database::ApplicationId, Database::latestSchemaVersion());
    if (!header)
        return std::unexpected(header.error());
    if (!header->exists)
        return std::unexpected(fileError(Error::Code::Io, copy, tr("There is no file at this path.")));
    // A damaged copy is never put in place of anything.
    if (auto checked = BackupCopy::verify(copy); !checked)
        return std::unexpected(checked.error());

    if (replacing == Replacing::Working && QFileInfo::exists(path)) {
        if (auto ok = takeOutOfUse(path); !ok)
            return std::unexpected(ok.error());
    }

    // First the copy, beside the file; only when it is complete is anything moved.
    const QString incoming = path + QStringLiteral(".restoring");
    QFile::remove(incoming);
    if (auto ok = createPrivateFile(incoming); !ok)
        return std::unexpected(ok.error());
    if (auto ok = copyDatabase(copy, incoming); !ok) {
        QFile::remove(incoming);
        return std::unexpected(ok.error());
    }

    const QString stamp =
        QDateTime::fromMSecsSinceEpoch(nowMs).toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString asideSuffix =
        replacing == Replacing::Damaged ? QStringLiteral(".damaged-") : QStringLiteral(".before-restore-");
    QString aside = path + asideSuffix + stamp;
    for (int n = 2; QFileInfo::exists(aside); ++n)
        aside = path + asideSuffix + QStringLiteral("%1-%2").arg(stamp, QString::number(n));
    if (QFileInfo::exists(path) && !QFile::rename(path, aside)) {
        QFile::remove(incoming);
        return std::unexpected(
            fileError(Error::Code::Io, path, tr("The file could not be moved aside; nothing was changed.")));
    }
    // The log and shared memory belong to the file being replaced: they go with it, or SQLite
    // would replay its log into the copy.
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFileInfo::exists(path + suffix) && !QFile::rename(path + suffix, aside + suffix)) {
            QFile::rename(aside, path);
            QFile::remove(incoming);
            return std::unexpected(fileError(Error::Code::Io, path,
                                             tr("The file's log could not be moved aside; nothing was "
                                                "changed.")));
        }
    }
    if (!QFile::rename(incoming, path))
        return std::unexpected(fileError(Error::Code::Io, path,
                                         tr("The copy could not be put in place; the file is at %1.")
                                             .arg(QDir::toNativeSeparators(aside))));
    return aside;
}

} // namespace innkeep
