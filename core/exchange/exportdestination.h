// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"

#include <QCoreApplication>
#include <QString>

namespace innkeep {

// The one rule for where a file the app writes may go: JSON exports today, reports, backups and
// sync bundles as they come. Writing means replacing, so it refuses, with an error naming the path:
// an empty path; the open database or its -wal, -shm or -journal under any name that leads there
// (symbolic links followed, as the write would follow them); any SQLite database or journal
// (another venue's file); and anything that exists but is not a regular file — a folder, a device
// such as /dev/full, a pipe, a socket, or a link to one of them. A new file in an existing folder,
// or an existing regular file that is none of those, is fine.
class ExportDestination final
{
    Q_DECLARE_TR_FUNCTIONS(ExportDestination)

public:
    // `databasePath` is the file of the open database (empty when none is open).
    [[nodiscard]] static Status check(const QString &path, const QString &databasePath);

    // The file a write to `path` lands on: symbolic links followed even to a missing target, the
    // folder made canonical, so two spellings of one file give the same text.
    [[nodiscard]] static QString landingPath(const QString &path);
};

} // namespace innkeep
