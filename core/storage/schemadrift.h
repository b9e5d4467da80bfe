// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"

#include <QCoreApplication>
#include <QStringList>

namespace innkeep {

class Database;

// How a file's schema differs from the one its migrations make: the migrations are run up to the
// file's schema version on an in-memory database and sqlite_master is compared (tables, indexes,
// triggers and views, by name and SQL). Empty when they agree. `innkeep-cli check` reports each
// line as a problem (a dropped or altered table).
class SchemaDrift final
{
    Q_DECLARE_TR_FUNCTIONS(SchemaDrift)

public:
    [[nodiscard]] static Result<QStringList> of(Database &db);
};

} // namespace innkeep
