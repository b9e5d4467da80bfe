// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"

#include <QString>

namespace innkeep {

// Every file Innkeep writes holds personal data: files are created 0600 and folders 0700, from
// the first byte (never created open and narrowed later).

// Makes `folder` and any missing parents; the folders made here get 0700 (existing ones are
// left as they are).
[[nodiscard]] Status makePrivateFolder(const QString &folder);

// Creates `path` as a new, empty file readable and writable by its owner only; fails (Conflict)
// when something is already there.
[[nodiscard]] Status createPrivateFile(const QString &path);

} // namespace innkeep
