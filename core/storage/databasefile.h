// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"

#include <QString>

namespace innkeep {

// What the first 100 bytes of a file say about it, read without opening it as a database
// (so nothing, not even a journal, can be written to a file we are about to refuse).
struct DatabaseFileHeader
{
    bool exists = false;
    qint64 size = 0;
    quint32 applicationId = 0;
    int userVersion = 0;
};

// Ok for a missing file or an Innkeep file with a schema we know; an error (NotInnkeepFile,
// Corrupt, NewerSchema, Io) that names the file otherwise.
[[nodiscard]] Result<DatabaseFileHeader> inspectDatabaseFile(const QString &path, quint32 applicationId,
                                                            int latestVersion);

} // namespace innkeep
