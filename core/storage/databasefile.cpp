// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "databasefile.h"

#include <QCoreApplication>
#include <QFile>
#include <QDir>
#include <QFileInfo>
#include <QtEndian>

namespace innkeep {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DatabaseFile", text);
}

Error refuse(Error::Code code, const QString &path, const QString &message)
{
    return Error{code, message, {}, QDir::toNativeSeparators(path), 0};
}

quint32 bigEndian32(const QByteArray &bytes, int offset)
{
    return qFromBigEndian<quint32>(bytes.constData() + offset);
}

} // namespace

Result<DatabaseFileHeader> inspectDatabaseFile(const QString &path, quint32 applicationId, int latestVersion)
{
    DatabaseFileHeader header;
    const QFileInfo info(path);
    if (!info.exists())
        return header;
    header.exists = true;
    header.size = info.size();
    if (info.isDir())
        return std::unexpected(refuse(Error::Code::Io, path, tr("This is a folder, not an Innkeep database.")));

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(refuse(Error::Code::Io, path, tr("The file cannot be read: %1").arg(file.errorString())));
    const QByteArray bytes = file.read(100);

    static const QByteArray magic("SQLite format 3\0", 16);
    if (!bytes.startsWith(magic)) {
        return std::unexpected(refuse(Error::Code::NotInnkeepFile, path,
                                      header.size == 0 ? tr("The file is empty; it is not an Innkeep database.")
                                                       : tr("This is not an Innkeep database (not an SQLite file).")));
    }
    if (bytes.size() < 100)
        return std::unexpected(refuse(Error::Code::Corrupt, path, tr("The database file is truncated.")));

    quint32 pageSize = qFromBigEndian<quint16>(bytes.constData() + 16);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 changeCounter = bigEndian32(bytes, 24);
    const quint32 pageCount = bigEndian32(bytes, 28);
    const quint32 validFor = bigEndian32(bytes, 92);
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0)
        return std::unexpected(refuse(Error::Code::Corrupt, path, tr("The database file is damaged (bad page size).")));
    if (validFor == changeCounter && qint64(pageSize) * pageCount > header.size)
        return std::unexpected(refuse(Error::Code::Corrupt, path,
                                      tr("The database file is truncated: %1 of %2 bytes are there.")
                                          .arg(header.size)
                                          .arg(qint64(pageSize) * pageCount)));

    header.userVersion = int(bigEndian32(bytes, 60));
    header.applicationId = bigEndian32(bytes, 68);
    if (header.applicationId != applicationId)
        return std::unexpected(refuse(Error::Code::NotInnkeepFile, path,
                                      tr("This SQLite file belongs to another application, not Innkeep.")));
    if (header.userVersion > latestVersion)
        return std::unexpected(refuse(Error::Code::NewerSchema, path,
                                      tr("This database was written by a newer version of Innkeep (schema %1; "
                                         "this version knows up to %2). Update Innkeep to open it.")
                                          .arg(header.userVersion)
                                          .arg(latestVersion)));
    return header;
}

} // namespace innkeep
