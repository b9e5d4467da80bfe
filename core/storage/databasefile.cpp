// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "databasefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

#include <sys/stat.h>

namespace innkeep {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DatabaseFile", text);
}

quint32 bigEndian32(const QByteArray &bytes, int offset)
{
    return qFromBigEndian<quint32>(bytes.constData() + offset);
}

constexpr qint64 WalHeaderSize = 32;

} // namespace

QByteArrayView sqliteFileMagic()
{
    return QByteArrayView("SQLite format 3\0", 16);
}

const QStringList &sqliteCompanionSuffixes()
{
    static const QStringList suffixes{QStringLiteral("-wal"), QStringLiteral("-shm"),
                                      QStringLiteral("-journal")};
    return suffixes;
}

Result<DatabaseFileHeader> inspectDatabaseFile(const QString &path, quint32 applicationId, int latestVersion)
{
    DatabaseFileHeader header;
    struct stat status
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return header; // missing (a dangling link too): SQLite will create it
    header.exists = true;
    header.size = qint64(status.st_size);
    if (S_ISDIR(status.st_mode))
        return std::unexpected(
            fileError(Error::Code::Io, path, tr("This is a folder, not an Innkeep database.")));
    if (!S_ISREG(status.st_mode))
        return std::unexpected(
            fileError(Error::Code::NotInnkeepFile, path,
                      tr("This is not a regular file (it is a named pipe, a device or a socket); "
                         "it is not an Innkeep database and was not opened.")));

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(
            fileError(Error::Code::Io, path, tr("The file cannot be read: %1").arg(file.errorString())));
    const QByteArray bytes = file.read(100);

    if (!bytes.startsWith(sqliteFileMagic())) {
        return std::unexpected(fileError(Error::Code::NotInnkeepFile, path,
                                         header.size == 0
                                             ? tr("The file is empty; it is not an Innkeep database.")
                                             : tr("This is not an Innkeep database (not an SQLite file).")));
    }
    if (bytes.size() < 100)
        return std::unexpected(fileError(Error::Code::Corrupt, path, tr("The database file is truncated.")));

    quint32 pageSize = qFromBigEndian<quint16>(bytes.constData() + 16);
    if (pageSize == 1)
        pageSize = 65536;
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0)
        return std::unexpected(
            fileError(Error::Code::Corrupt, path, tr("The database file is damaged (bad page size).")));

    header.userVersion = int(bigEndian32(bytes, 60));
    header.applicationId = bigEndian32(bytes, 68);
    if (header.applicationId != applicationId)
        return std::unexpected(
            fileError(Error::Code::NotInnkeepFile, path,
                      tr("This SQLite file belongs to another application, not Innkeep.")));
    if (header.userVersion > latestVersion)
        return std::unexpected(
            fileError(Error::Code::NewerSchema, path,
                      tr("This database was written by a newer version of Innkeep (schema %1; "
                         "this version knows up to %2). Update Innkeep to open it.")
                          .arg(QString::number(header.userVersion), QString::number(latestVersion))));

    // While a checkpoint copies pages from the log, page 1 (with the new page count) is written
    // before the pages that make the file that long; a process killed then leaves the log, which
    // SQLite replays. So the header's sizes only count when no log is beside the file.
    header.hasWal = QFileInfo(path + QStringLiteral("-wal")).size() > WalHeaderSize;
    if (header.hasWal)
        return header;

    const quint32 changeCounter = bigEndian32(bytes, 24);
    const quint32 pageCount = bigEndian32(bytes, 28);
    const quint32 validFor = bigEndian32(bytes, 92);
    if (validFor != changeCounter || pageCount == 0)
        return header; // an old writer did not keep the page count; SQLite works it out from the size
    const qint64 expected = qint64(pageSize) * pageCount;
    if (expected > header.size)
        return std::unexpected(fileError(Error::Code::Corrupt, path,
                                         tr("The database file is truncated: %1 of %2 bytes are there.")
                                             .arg(QString::number(header.size), QString::number(expected))));
    const quint32 freelistTrunk = bigEndian32(bytes, 32);
    const quint32 freePages = bigEndian32(bytes, 36);
    if (freelistTrunk > pageCount || freePages >= pageCount || (freePages > 0) != (freelistTrunk > 0))
        header.damage = tr("its list of free pages is wrong");
    return header;
}

} // namespace innkeep
