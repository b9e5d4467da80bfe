// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "privatefiles.h"

#include "storage/storageerror.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace innkeep {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PrivateFiles", text);
}

} // namespace

Status makePrivateFolder(const QString &folder)
{
    const QString absolute = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    QStringList missing;
    for (QString at = absolute; !QFileInfo::exists(at); at = QFileInfo(at).absolutePath()) {
        missing.prepend(at);
        if (QFileInfo(at).absolutePath() == at)
            break;
    }
    if (missing.isEmpty())
        return {};
    if (!QDir().mkpath(absolute))
        return std::unexpected(fileError(Error::Code::Io, absolute, tr("The folder cannot be created.")));
    for (const QString &made : std::as_const(missing))
        QFile::setPermissions(made, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return {};
}

Status createPrivateFile(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        const int error = errno;
        if (error == EEXIST)
            return std::unexpected(
                fileError(Error::Code::Conflict, path, tr("A file already exists at this path.")));
        if (error == ENOSPC || error == EDQUOT)
            return std::unexpected(fileError(Error::Code::Io, path, diskFullMessage()));
        if (error == EROFS || error == EACCES || error == EPERM)
            return std::unexpected(fileError(Error::Code::Io, path,
                                             tr("The folder is read-only; no file can be created in it.")));
        return std::unexpected(
            fileError(Error::Code::Io, path,
                      tr("The file cannot be created: %1").arg(QString::fromLocal8Bit(strerror(error)))));
    }
    ::close(fd);
    return {};
}

} // namespace innkeep
