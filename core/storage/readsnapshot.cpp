// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "readsnapshot.h"

#include "storage/database.h"
#include "storage/statement.h"

#include <sqlite3.h>

namespace innkeep {

ReadSnapshot::ReadSnapshot(Database &db) : m_db(db)
{
    if (!sqlite3_get_autocommit(db.handle()))
        return; // a transaction is open: it already is one view
    m_status = execute(db, QStringLiteral("BEGIN DEFERRED"));
    m_own = m_status.has_value();
}

ReadSnapshot::~ReadSnapshot()
{
    // Statements still stepping (a cursor not run to its end) were reset by their Statement
    // objects, which the caller declared after this one and so destroyed first.
    if (m_own && !sqlite3_get_autocommit(m_db.handle()))
        (void)execute(m_db, QStringLiteral("ROLLBACK"));
}

} // namespace innkeep
