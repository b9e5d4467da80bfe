// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdestination.h"

#include "storage/databasefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace innkeep {

namespace {

constexpr int MaxLinkDepth = 40; // as the kernel's ELOOP limit

// The first bytes of a write-ahead log (either checksum order) and of a rollback journal.
const QByteArray WalMagicLittle("\x37\x7f\x06\x82", 4);
const QByteArray WalMagicBig("\x37\x7f\x06\x83", 4);
const QByteArray JournalMagic("\xd9\xd5\x05\xf9\x20\xa1\x63\xd7", 8);

bool isDatabase(const QString &path)
{
    QFile file(path);
    return QFileInfo(path).isFile() && file.open(QIODevice::ReadOnly) && file.read(16) == sqliteFileMagic();
}

} // namespace

QString ExportDestination::landingPath(const QString &path)
{
    QFileInfo info(path);
    for (int depth = 0; depth < MaxLinkDepth && info.isSymLink(); ++depth)
        info.setFile(info.symLinkTarget());
    if (info.exists())
        return info.canonicalFilePath();
    const QString folder = QDir(info.absolutePath()).canonicalPath();
    return folder.isEmpty() ? info.absoluteFilePath() : folder + QLatin1Char('/') + info.fileName();
}

Status ExportDestination::check(const QString &path, const QString &databasePath)
{
    if (path.isEmpty())
        return std::unexpected(
            fileError(Error::Code::InvalidInput, path, tr("No file name was given to write to.")));

    const QString landing = landingPath(path);
    if (!databasePath.isEmpty()) {
        const QString database = landingPath(databasePath);
        if (landing == database)
            return std::unexpected(
                fileError(Error::Code::InvalidInput, path,
                          tr("This is the open database; choose another file to write to.")));
        for (const QString &suffix : sqliteCompanionSuffixes()) {
            if (landing == database + suffix)
                return std::unexpected(fileError(
                    Error::Code::InvalidInput, path,
                    tr("This is a working file of the open database; choose another file to write to.")));
        }
    }

    QFileInfo link(path);
    for (int depth = 0; depth < MaxLinkDepth && link.isSymLink(); ++depth)
        link.setFile(link.symLinkTarget());
    if (link.isSymLink())
        return std::unexpected(fileError(Error::Code::InvalidInput, path,
                                         tr("The symbolic links at this path lead round in a circle.")));

    // The companion files of another database: a journal would be replayed into it, a -shm read as its index.
    for (const QString &suffix : sqliteCompanionSuffixes()) {
        if (landing.endsWith(suffix) && isDatabase(landing.chopped(suffix.size())))
            return std::unexpected(
                fileError(Error::Code::InvalidInput, path,
                          tr("This is a working file of a database; choose another file to write to.")));
    }

    const QFileInfo target(landing);
    if (!target.exists())
        return {};
    if (target.isDir())
        return std::unexpected(fileError(Error::Code::InvalidInput, path,
                                         tr("This is a folder; give the name of a file to write.")));
    if (!target.isFile()) {
        return std::unexpected(
            fileError(Error::Code::InvalidInput, path,
                      tr("This is not a regular file (it is a device, a pipe or a socket); "
                         "only a regular file can be written or replaced.")));
    }
    QFile existing(landing);
    if (!existing.open(QIODevice::ReadOnly)) {
        return std::unexpected(
            fileError(Error::Code::InvalidInput, path,
                      tr("This file cannot be read, so it cannot be checked before it is replaced: %1")
                          .arg(existing.errorString())));
    }
    const QByteArray head = existing.read(16);
    if (head == sqliteFileMagic())
        return std::unexpected(fileError(Error::Code::InvalidInput, path,
                                         tr("This is a database (an SQLite file), which is never replaced; "
                                            "choose another file to write to.")));
    if (head.startsWith(WalMagicLittle) || head.startsWith(WalMagicBig) || head.startsWith(JournalMagic))
        return std::unexpected(
            fileError(Error::Code::InvalidInput, path,
                      tr("This is a working file of a database; choose another file to write to.")));
    return {};
}

} // namespace innkeep
