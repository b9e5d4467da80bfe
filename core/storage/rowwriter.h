// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "storage/changelog.h"

#include <QVariantMap>

namespace innkeep {

class Database;

// Column-map writes for repositories. Table and column names are compile-time constants of
// the repositories, never user input; values are always bound.
[[nodiscard]] Result<qint64> insertRow(Database &db, const QString &table, const QVariantMap &row);
[[nodiscard]] Status updateRow(Database &db, const QString &table, qint64 id,
                               const QList<FieldChange> &changes);
[[nodiscard]] Status deleteRow(Database &db, const QString &table, qint64 id);

} // namespace innkeep
