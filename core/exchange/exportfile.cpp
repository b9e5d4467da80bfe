// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportfile.h"

#include "exchange/exportdestination.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>

#include <cerrno>

namespace innkeep {

namespace {

constexpr QFileDevice::Permissions Private = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions Shared = QFileDevice::ReadGroup | QFileDevice::WriteGroup
                                            | QFileDevice::ExeGroup | QFileDevice::ReadOther
                                            | QFileDevice::WriteOther | QFileDevice::ExeOther;

// Qt reports ENOSPC as a ResourceError when nothing at all was written; when part of a block was
// written it reports nothing ("Unknown error"). A short write to a regular file means the file
// system took no more, so the free space decides (read before the temporary file is removed).
constexpr qint64 FullMargin = 1 << 20;

bool isDiskFull(const QSaveFile &file, const QString &landing)
{
    if (file.error() == QFileDevice::ResourceError || file.errorString() == qt_error_string(ENOSPC)
        || file.errorString() == qt_error_string(EDQUOT))
        return true;
    QStorageInfo storage(QFileInfo(landing).absolutePath());
    storage.refresh();
    return storage.isValid() && storage.bytesAvailable() < FullMargin;
}

} // namespace

ExportFile::ExportFile(const QString &path) : m_path(path), m_file(path) {}

Error ExportFile::ioError(const QString &reason) const
{
    return Error{Error::Code::Io, reason, {}, QDir::toNativeSeparators(m_path), 0};
}

Status ExportFile::open(const QString &databasePath)
{
    if (auto ok = ExportDestination::check(m_path, databasePath); !ok)
        return ok;
    if (!m_file.open(QIODevice::WriteOnly))
        return std::unexpected(ioError(tr("Cannot write the file: %1.").arg(m_file.errorString())));
    // Before a single byte of guest data is in it, and before it has its final name.
    if (!m_file.setPermissions(Private)) {
        const QString reason = m_file.errorString();
        m_file.cancelWriting();
        return std::unexpected(
            ioError(tr("Cannot make the file private to you (the folder's file system may not keep "
                       "permissions); nothing was written: %1.")
                        .arg(reason)));
    }
    return {};
}

Error ExportFile::writeFailed()
{
    // Read before cancelWriting(), which replaces the reason with "Writing canceled by application".
    const bool full = isDiskFull(m_file, ExportDestination::landingPath(m_path));
    const QString reason = m_file.errorString();
    m_file.cancelWriting();
    if (full)
        return ioError(
            tr("The disk is full; the export was not written and any old file was left as it was."));
    return ioError(tr("Writing the file failed (%1); any old file was left as it was.").arg(reason));
}

void ExportFile::discard()
{
    m_file.cancelWriting();
}

Status ExportFile::commit()
{
    // Flushed here, not in commit(): a failed commit removes the temporary file before the
    // free space that explains the failure can be read.
    // A writer that does not check every write (QPdfWriter) leaves the failure in error().
    if (!m_file.flush() || m_file.error() != QFileDevice::NoError)
        return std::unexpected(writeFailed());
    if (!m_file.commit()) {
        return std::unexpected(ioError(
            tr("Writing the file failed (%1); any old file was left as it was.").arg(m_file.errorString())));
    }
    const QString landing = ExportDestination::landingPath(m_path);
    if ((QFile::permissions(landing) & Shared) != 0 && !QFile::setPermissions(landing, Private))
        return std::unexpected(
            ioError(tr("The file was written but others can read it; make it private to you.")));
    return {};
}

} // namespace innkeep
