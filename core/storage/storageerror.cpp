// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storageerror.h"

#include <QCoreApplication>
#include <QDir>

#include <sqlite3.h>

#include <cerrno>
#include <cstring>

namespace innkeep {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("StorageError", text);
}

} // namespace

QString diskFullMessage()
{
    return tr("The disk is full — nothing was changed.");
}

QString readOnlyFileMessage()
{
    return tr("This file is read-only — opened for viewing.");
}

bool isDiskFull(int code, int systemErrno)
{
    if ((code & 0xff) == SQLITE_FULL)
        return true;
    // The unix VFS reports a failed write or a failed -shm grow as an I/O error; errno says why.
    return (code & 0xff) == SQLITE_IOERR
           && (systemErrno == ENOSPC || systemErrno == EDQUOT || systemErrno == EFBIG);
}

Error describeStorageFailure(int code, int systemErrno, const QString &sqliteText, const QString &file)
{
    Error error{Error::Code::Storage, {}, {}, file.isEmpty() ? QString() : QDir::toNativeSeparators(file), 0};
    if (isDiskFull(code, systemErrno)) {
        error.code = Error::Code::Io;
        error.message = diskFullMessage();
        return error;
    }
    switch (code & 0xff) {
    case SQLITE_READONLY:
        error.code = Error::Code::Io;
        error.message = readOnlyFileMessage();
        break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        error.message = tr("Another program is writing to this file and did not finish in time; nothing was "
                           "changed. Try again in a moment.");
        break;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        error.code = Error::Code::Corrupt;
        error.message = tr("The database file is damaged: %1").arg(sqliteText);
        break;
    case SQLITE_IOERR:
        error.code = Error::Code::Io;
        error.message = systemErrno != 0
                            ? tr("The file could not be read or written (%1): %2")
                                  .arg(QString::fromLocal8Bit(std::strerror(systemErrno)), sqliteText)
                            : tr("The file could not be read or written: %1").arg(sqliteText);
        break;
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_AUTH:
        error.code = Error::Code::Io;
        error.message = systemErrno != 0
                            ? tr("The database cannot be opened (%1): %2")
                                  .arg(QString::fromLocal8Bit(std::strerror(systemErrno)), sqliteText)
                            : tr("The database cannot be opened: %1").arg(sqliteText);
        break;
    default: error.message = tr("The database refused a change: %1").arg(sqliteText);
    }
    return error;
}

Error lastStorageFailure(sqlite3 *handle, const QString &file)
{
    // SQLite records the system error only on some paths (not for a failed COMMIT, say); the
    // thread's errno, read before anything else runs, still holds the failed write's reason
    // (successful system calls leave errno alone).
    const int threadErrno = errno;
    const int recorded = sqlite3_system_errno(handle);
    return describeStorageFailure(sqlite3_extended_errcode(handle), recorded != 0 ? recorded : threadErrno,
                                  QString::fromUtf8(sqlite3_errmsg(handle)), file);
}

} // namespace innkeep
