// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace innkeep {

// A new random UUID in its 36-character lower-case form without braces: the global identity
// of every syncable row.
[[nodiscard]] QString newUuid();
[[nodiscard]] bool isUuid(const QString &text);

} // namespace innkeep
