// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "transaction.h"

#include "storage/database.h"
#include "storage/statement.h"

namespace innkeep {

namespace {

QString savepoint(int depth)
{
    return QStringLiteral("sp%1").arg(depth);
}

} // namespace

Result<Transaction> Transaction::begin(Database &db)
{
    const int depth = db.transactionDepth();
    const QString sql = depth == 0 ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("SAVEPOINT ") + savepoint(depth);
    if (auto ok = execute(db, sql); !ok)
        return std::unexpected(ok.error());
    ++db.transactionDepth();
    return Transaction(db, depth, db.events().mark());
}

Transaction::Transaction(Transaction &&other) noexcept
    : m_db(other.m_db)
    , m_depth(other.m_depth)
    , m_eventMark(other.m_eventMark)
    , m_active(std::exchange(other.m_active, false))
{
}

Transaction::~Transaction()
{
    rollback();
}

Status Transaction::commit()
{
    if (!m_active)
        return {};
    const QString sql = m_depth == 0 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + savepoint(m_depth);
    if (auto ok = execute(*m_db, sql); !ok) {
        rollback();
        return ok;
    }
    m_active = false;
    --m_db->transactionDepth();
    if (m_depth == 0)
        m_db->events().flush();
    return {};
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    --m_db->transactionDepth();
    if (m_depth == 0) {
        if (auto ok = execute(*m_db, QStringLiteral("ROLLBACK")); !ok)
            qWarning("rollback failed: %s", qPrintable(ok.error().toString()));
        m_db->events().discard();
    } else {
        (void)execute(*m_db, QStringLiteral("ROLLBACK TO ") + savepoint(m_depth));
        (void)execute(*m_db, QStringLiteral("RELEASE ") + savepoint(m_depth));
        m_db->events().truncate(m_eventMark);
    }
}

} // namespace innkeep
