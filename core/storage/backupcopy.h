// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"

#include <QCoreApplication>
#include <QString>

namespace innkeep {

class Database;

// What a backup holds, read from the copy itself: enough to choose one to restore.
struct BackupSummary
{
    QString path;
    qint64 bytes = 0;
    int schemaVersion = 0;
    QString venueName;
    QString deviceId;
    // The last change the copy holds (UTC ms; 0 when it holds none) and how many changes.
    qint64 lastChangeMs = 0;
    qint64 lastChangeId = 0;
    qint64 guests = 0;
    qint64 stays = 0;
    qint64 tickets = 0;
    qint64 feedback = 0;
};

// One backup file of a venue: a consistent copy written with VACUUM INTO, checked, made
// durable, and only then given its name, so a name in the backup folder is always a whole,
// checked copy (a crash or a full disk leaves at most a hidden ".partial" file).
class BackupCopy final
{
    Q_DECLARE_TR_FUNCTIONS(BackupCopy)

public:
    // Copies the open database to `target` (which must not exist): written private (0600) under
    // a temporary name beside it, checked (quick_check), fsync'ed, renamed, the folder fsync'ed.
    [[nodiscard]] static Result<BackupSummary> write(Database &db, const QString &target);
    // The summary of an Innkeep file, read without changing it (no journal, no log written
    // beside it). Corrupt or NotInnkeepFile when it is not a readable Innkeep file.
    [[nodiscard]] static Result<BackupSummary> read(const QString &path);
    // read() after SQLite's full integrity check; Corrupt naming the first problems otherwise.
    [[nodiscard]] static Result<BackupSummary> verify(const QString &path);
};

} // namespace innkeep
