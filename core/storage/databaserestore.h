// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"

#include <QCoreApplication>
#include <QStringList>

namespace innkeep {

// Putting a copy back in place of a damaged file. Nothing is ever deleted: the damaged file
// (with its -wal and -shm) is moved aside as "<file>.damaged-<UTC stamp>", then a consistent
// copy of the chosen file is written, 0600, where it was. Call it with the file closed.
class DatabaseRestore final
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseRestore)

public:
    // The Innkeep files beside `databasePath` that could replace it, newest first: the
    // pre-upgrade copies (*.bak) and any other Innkeep file there.
    [[nodiscard]] static QStringList candidates(const QString &databasePath);
    // Replaces `databasePath` with a copy of `copyPath`; returns where the old file went.
    [[nodiscard]] static Result<QString> restore(const QString &databasePath, const QString &copyPath,
                                                 qint64 nowMs);
};

} // namespace innkeep
