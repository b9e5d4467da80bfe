// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace innkeep::bench {

// The keys every run must produce (issue 5), each a number, or null with a reason under
// "unavailable".
[[nodiscard]] const QStringList &requiredKeys();

// Names of required keys that are neither a number nor explained under "unavailable".
[[nodiscard]] QStringList missingFigures(const QJsonObject &report);

// The human-readable table of a report.
[[nodiscard]] QString formatTable(const QJsonObject &report);

} // namespace innkeep::bench
