// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QRandomGenerator;

namespace innkeep {

// A version 7 UUID (RFC 9562) in its 36-character lower-case form without braces: 48 bits of
// `unixMs`, then 74 bits drawn from `random`. Core takes its ids from Database::newUuid()
// (IdSource: the Database's clock and random source), so a test with a fixed clock and seed gets
// the same ids every run.
[[nodiscard]] QString uuidV7(qint64 unixMs, QRandomGenerator &random);
// A fresh id from the system time and the system's random source, for code with no Database
// (tests asking for an id nothing has). Core services use Database::newUuid().
[[nodiscard]] QString newUuid();
[[nodiscard]] bool isUuid(const QString &text);

} // namespace innkeep
