// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportfiles.h"

#include "exchange/exportfile.h"
#include "storage/privatefiles.h"

#include <QDir>
#include <QFileInfo>

#include <memory>
#include <vector>

namespace innkeep {

namespace {

// Removes the folders this write made (deepest first) when they are still empty.
void removeMadeFolders(const QStringList &made)
{
    for (auto it = made.crbegin(); it != made.crend(); ++it)
        QDir().rmdir(*it);
}

} // namespace

Status ReportFiles::write(const QList<File> &files, const QString &folder, const QString &databasePath)
{
    QStringList made;
    if (!folder.isEmpty()) {
        const QFileInfo info(folder);
        if (info.exists() && !info.isDir())
            return std::unexpected(fileError(Error::Code::Io, folder, tr("This is a file, not a folder.")));
        for (QString at = QDir::cleanPath(info.absoluteFilePath()); !QFileInfo::exists(at);
             at = QFileInfo(at).absolutePath()) {
            made.prepend(at);
            if (QFileInfo(at).absolutePath() == at)
                break;
        }
        if (auto ok = makePrivateFolder(folder); !ok)
            return ok;
    }

    std::vector<std::unique_ptr<ExportFile>> open;
    const auto abandon = [&open, &made] {
        for (auto &file : open)
            file->discard();
        removeMadeFolders(made);
    };
    for (const File &file : files) {
        auto out = std::make_unique<ExportFile>(file.path);
        if (auto ok = out->open(databasePath); !ok) {
            abandon();
            return ok;
        }
        open.push_back(std::move(out));
        ExportFile &last = *open.back();
        if (last.device().write(file.bytes) != file.bytes.size()) {
            const Error error = last.writeFailed();
            abandon();
            return std::unexpected(error);
        }
    }
    for (auto &file : open) {
        if (auto ok = file->commit(); !ok) {
            abandon();
            return ok;
        }
    }
    return {};
}

} // namespace innkeep
