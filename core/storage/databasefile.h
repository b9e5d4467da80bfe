// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"

#include <QByteArrayView>
#include <QString>
#include <QStringList>

namespace innkeep {

// The first 16 bytes of every SQLite database ("SQLite format 3" and a NUL).
[[nodiscard]] QByteArrayView sqliteFileMagic();
// The files SQLite keeps beside a database, as suffixes of its path: the write-ahead log, its
// shared memory and the rollback journal. They belong to the database and move or go with it.
[[nodiscard]] const QStringList &sqliteCompanionSuffixes();

// What the first 100 bytes of a file say about it, read without opening it as a database
// (so nothing, not even a journal, can be written to a file we are about to refuse).
struct DatabaseFileHeader
{
    bool exists = false;
    qint64 size = 0;
    quint32 applicationId = 0;
    int userVersion = 0;
    // A non-empty write-ahead log sits beside the file: the header's page count may be behind
    // or ahead of the file (a checkpoint in progress), and SQLite will replay the log.
    bool hasWal = false;
    // Why the header's own bookkeeping (page count, freelist) cannot be right, or empty. Such a
    // file is not refused: it is opened for viewing only.
    QString damage;
};

// Ok for a missing file or an Innkeep file with a schema we know; an error (NotInnkeepFile,
// Corrupt, NewerSchema, Io) that names the file otherwise. A named pipe, device or socket is
// refused from its stat() alone, before anything opens it (opening a pipe would block).
// A page count larger than the file is refused as truncated only when no write-ahead log can
// explain it.
[[nodiscard]] Result<DatabaseFileHeader> inspectDatabaseFile(const QString &path, quint32 applicationId,
                                                             int latestVersion);

} // namespace innkeep
