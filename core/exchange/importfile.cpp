// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importfile.h"

#include "common/textfield.h"

#include <QFile>
#include <QFileInfo>

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

} // namespace innkeep
