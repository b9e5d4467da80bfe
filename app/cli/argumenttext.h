// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"

#include <QStringList>

namespace innkeep::cli {

// The command line as text: every argument after the program name, decoded as UTF-8 whatever
// the locale says. An argument that is not valid UTF-8 is refused (InvalidInput, `field` naming
// the option it belongs to, or "argument N") rather than stored with U+FFFD in place of its bytes.
[[nodiscard]] Result<QStringList> argumentsAsText(int argc, const char *const *argv);

// The offset of the first byte of `bytes` that does not belong to a well-formed UTF-8 sequence
// (overlong forms, surrogates and code points past U+10FFFF included), or -1 when all are.
[[nodiscard]] qsizetype firstInvalidUtf8(QByteArrayView bytes);

} // namespace innkeep::cli
