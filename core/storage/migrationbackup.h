// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"

#include <QCoreApplication>
#include <QString>

namespace innkeep {

class Database;

// The copy of a file made before its schema is upgraded: "<file>.schema<N>-<UTC stamp>.bak",
// written with VACUUM INTO into a file created 0600. One copy per version of the file: an upgrade
// that fails and is retried finds the copy of the same content and reuses it.
class MigrationBackup final
{
    Q_DECLARE_TR_FUNCTIONS(MigrationBackup)

public:
    // An existing copy of `db` as it is now at schema `version` (same device id, same last
    // change, same number of guests), or empty.
    [[nodiscard]] static QString find(Database &db, int version);
    // Writes a new copy; its path.
    [[nodiscard]] static Result<QString> make(Database &db, int version);
};

} // namespace innkeep
