// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"

#include <QString>

struct sqlite3;

namespace innkeep {

// The one place where what SQLite reports becomes words a receptionist can act on: a full disk,
// a read-only file, a busy or damaged file, or (for everything else, e.g. a constraint) "the
// database refused a change" with SQLite's own text.
// `code` is SQLite's extended result code, `systemErrno` what sqlite3_system_errno() said,
// `sqliteText` sqlite3_errmsg(). The Error's field is left for the caller (the SQL, usually).
[[nodiscard]] Error describeStorageFailure(int code, int systemErrno, const QString &sqliteText,
                                           const QString &file = {});

// The same for the last failure on `handle`.
[[nodiscard]] Error lastStorageFailure(sqlite3 *handle, const QString &file = {});

// The fixed sentences, so callers and tests name them once.
[[nodiscard]] QString diskFullMessage();
[[nodiscard]] QString readOnlyFileMessage();

// True for the codes that say the disk (or the file's size limit) is full.
[[nodiscard]] bool isDiskFull(int code, int systemErrno);

} // namespace innkeep
