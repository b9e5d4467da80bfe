// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"

#include <QCoreApplication>
#include <QStringList>

namespace innkeep {

// Putting a copy (a backup) back in place of a file. Nothing is ever deleted: the copy is
// checked (SQLite's integrity check) and copied beside the file first; only then is the file
// (with its -wal and -shm) moved aside as "<file>.damaged-<UTC stamp>" (or ".before-restore-"
// when it was not damaged) and the copy, 0600, put where it was. Call it with the file closed.
class DatabaseRestore final
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseRestore)

public:
    // The Innkeep files beside `databasePath` that could replace it, newest first: the
    // pre-upgrade copies (*.bak) and any other Innkeep file there.
    [[nodiscard]] static QStringList candidates(const QString &databasePath);
    enum class Replacing { Damaged, Working };
    // Replaces `databasePath` with a copy of `copyPath`; returns where the old file went.
    [[nodiscard]] static Result<QString> restore(const QString &databasePath, const QString &copyPath,
                                                 qint64 nowMs, Replacing replacing = Replacing::Damaged);
};

} // namespace innkeep
