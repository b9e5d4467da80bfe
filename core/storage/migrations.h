// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"

#include <QStringList>

struct sqlite3;

namespace innkeep {

// The schema's history: resources/migrations/NNNN_name.sql, applied in order. Each file is
// one step from version N-1 to N and runs in its own transaction together with the
// PRAGMA user_version bump, so a failed step leaves the file at the previous version.
class Migrations final
{
public:
    [[nodiscard]] static QStringList files();
    [[nodiscard]] static int latestVersion();
    // Applies every step above `currentVersion` up to `targetVersion` (-1: the latest); returns
    // the version reached.
    [[nodiscard]] static Result<int> apply(sqlite3 *handle, int currentVersion, const QString &path,
                                           int targetVersion = -1);
};

} // namespace innkeep
