// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"

#include <QString>

struct sqlite3;

namespace innkeep {

// A consistent, compact copy of the database open on `handle` written into `target` (an empty
// file the caller made private first) with VACUUM INTO: what backups, the copy before a schema
// upgrade and a restore all write. The error is SQLite's, naming `file`.
[[nodiscard]] Status vacuumInto(sqlite3 *handle, const QString &target, const QString &file = {});

} // namespace innkeep
