// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importfile.h"

#include "common/textfield.h"
#include "storage/privatefiles.h"
#include "storage/storageerror.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace innkeep {

Status ImportFile::openForReading(QFile &file)
{
    const QFileInfo info(file.fileName());
    const auto refuse = [&](const QString &message) {
        return std::unexpected(Error{Error::Code::Io, message, {}, file.fileName(), 0});
    };
    if (info.isDir())
        return refuse(tr("This is a folder, not a CSV file."));
    if (info.exists() && !info.isFile())
        return refuse(tr("This is not a regular file (it is a device, a pipe or a socket); import a CSV file "
                         "saved on disk."));
    if (file.open(QIODevice::ReadOnly))
        return {};
    return refuse(tr("Cannot read the file: %1.").arg(file.errorString()));
}

bool ImportFile::needsConverting(const QString &encoding)
{
    const QString name = encoding.trimmed();
    return !name.isEmpty() && name.compare(QLatin1String("utf-8"), Qt::CaseInsensitive) != 0;
}

Result<QStringDecoder> ImportFile::decoder(const QString &encoding)
{
    QStringDecoder decoder(encoding.trimmed().toLatin1().constData());
    if (!decoder.isValid())
        return fail(Error::Code::InvalidInput,
                    tr("\"%1\" is not a text encoding Innkeep knows; try windows-1251, windows-1252 or "
                       "iso-8859-1.")
                        .arg(TextField::quoted(encoding.trimmed())),
                    QStringLiteral("encoding"));
    return decoder;
}

Result<QString> ImportFile::readableCopy(const QString &path, const QString &encoding,
                                         const QTemporaryDir &scratch)
{
    if (!needsConverting(encoding))
        return path;
    auto decoded = decoder(encoding);
    if (!decoded)
        return std::unexpected(decoded.error());
    QFile original(path);
    if (auto ok = openForReading(original); !ok)
        return std::unexpected(ok.error());
    if (!scratch.isValid())
        return std::unexpected(
            fileError(Error::Code::Io, QDir::tempPath(), tr("No private scratch folder could be made.")));
    const QString copyPath = scratch.filePath(QFileInfo(path).fileName());
    if (auto ok = createPrivateFile(copyPath); !ok)
        return std::unexpected(ok.error());
    QFile copy(copyPath);
    if (!copy.open(QIODevice::WriteOnly))
        return std::unexpected(fileError(Error::Code::Io, copyPath, tr("The file could not be converted.")));
    while (!original.atEnd()) {
        const QByteArray chunk = original.read(1 << 20);
        if (chunk.isEmpty() && original.error() != QFileDevice::NoError)
            return std::unexpected(fileError(Error::Code::Io, path, tr("The file could not be read.")));
        const QByteArray utf8 = QString((*decoded)(chunk)).toUtf8();
        if (copy.write(utf8) != utf8.size())
            return std::unexpected(fileError(Error::Code::Io, copyPath, diskFullMessage()));
    }
    return copyPath;
}

Status ImportFile::openReadable(QFile &file, const QString &path, const QString &encoding,
                                const QTemporaryDir &scratch)
{
    auto readable = readableCopy(path, encoding, scratch);
    if (!readable)
        return std::unexpected(readable.error());
    file.setFileName(*readable);
    return openForReading(file);
}

} // namespace innkeep
