// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "transaction.h"

#include "storage/database.h"
#include "storage/statement.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace innkeep {

Result<Transaction> Transaction::begin(Database &db)
{
    const int depth = db.transactionDepth();
    if (depth == 0) {
        // A read-only file: say why before SQLite says "attempt to write a readonly database".
        if (db.isReadOnly())
            return std::unexpected(Error{Error::Code::Io, db.readOnlyReason(), {}, {}, 0});
        if (auto ok = execute(db, QStringLiteral("BEGIN IMMEDIATE")); !ok)
            return std::unexpected(ok.error());
        db.setRollbackOnly(false);
        db.writeBegan();
    } else {
        db.writeStepBegan();
    }
    ++db.transactionDepth();
    return Transaction(db, depth, db.afterCommit().mark(), sqlite3_total_changes64(db.handle()));
}

Transaction::Transaction(Transaction &&other) noexcept
    : m_db(other.m_db), m_depth(other.m_depth), m_eventMark(other.m_eventMark),
      m_changesAtBegin(other.m_changesAtBegin), m_active(std::exchange(other.m_active, false))
{}

Transaction::~Transaction()
{
    rollback();
}

Status Transaction::commit()
{
    if (!m_active)
        return {};
    if (m_depth > 0) {
        // The outermost transaction decides; nothing to do yet.
        m_active = false;
        --m_db->transactionDepth();
        return {};
    }
    if (m_db->isRollbackOnly()) {
        rollback();
        return fail(Error::Code::Conflict,
                    QCoreApplication::translate("Transaction",
                                                "A step of this action failed, so nothing was saved."));
    }
    if (auto ok = execute(*m_db, QStringLiteral("COMMIT")); !ok) {
        rollback();
        return ok;
    }
    m_active = false;
    --m_db->transactionDepth();
    m_db->writeEnded();
    m_db->afterCommit().run();
    return {};
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    --m_db->transactionDepth();
    m_db->afterCommit().truncate(m_eventMark);
    if (m_depth > 0) {
        // No savepoints: FTS5 flushes its pending index data at every savepoint, which made
        // imports write one tiny index segment per row. A failed inner step instead dooms the
        // whole action, which is what every caller wants (imports are all or nothing).
        if (sqlite3_total_changes64(m_db->handle()) != m_changesAtBegin)
            m_db->setRollbackOnly(true);
        return;
    }
    m_db->writeEnded();
    // SQLite rolls a transaction back by itself after some failures (a full disk, an I/O error):
    // then there is nothing left to roll back, and no warning to print before the real error.
    if (!sqlite3_get_autocommit(m_db->handle())) {
        if (auto ok = execute(*m_db, QStringLiteral("ROLLBACK")); !ok)
            qWarning("Innkeep: rollback failed: %s", qPrintable(ok.error().toString()));
    }
    m_db->afterCommit().discard();
    m_db->settingsCache().clear(); // it may hold a value that was just rolled back
}

} // namespace innkeep
