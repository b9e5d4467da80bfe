// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace innkeep {

// Writes a report's files (the PDF, the CSV files) all or nothing, as far as a file system
// allows: the CSV folder is made 0700 when missing; every destination passes ExportDestination
// and gets a private (0600) temporary file before any is written; only when every one is written
// completely are they given their names (ExportFile). On any failure nothing new is left behind
// (a folder made here is removed again) and old files keep their content.
class ReportFiles final
{
    Q_DECLARE_TR_FUNCTIONS(ReportFiles)

public:
    struct File
    {
        QString path;
        QByteArray bytes;
    };

    // `folder` is made first when not empty (the CSV folder); it must be a folder when it exists.
    // Errors name the path that failed. `databasePath` is the open venue's file (never overwritten).
    [[nodiscard]] static Status write(const QList<File> &files, const QString &folder,
                                      const QString &databasePath);
};

} // namespace innkeep
