// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"

namespace innkeep {

class Database;

// One user action's unit of work. The outermost Transaction is BEGIN IMMEDIATE ... COMMIT;
// a nested one (a service called inside an import) joins it: if a nested step that wrote
// something is not committed, the whole action is rolled back and the outer commit() reports
// it. (A nested step that returns early without writing, e.g. "nothing changed", harms nothing.)
// Anything not committed is rolled back when the object goes away. Change notifications
// are sent only when the outermost transaction commits.
class Transaction final
{
public:
    [[nodiscard]] static Result<Transaction> begin(Database &db);
    Transaction(Transaction &&other) noexcept;
    Transaction &operator=(Transaction &&) = delete;
    Transaction(const Transaction &) = delete;
    ~Transaction();

    [[nodiscard]] Status commit();
    void rollback();

private:
    Transaction(Database &db, int depth, qsizetype eventMark, qint64 changes)
        : m_db(&db), m_depth(depth), m_eventMark(eventMark), m_changesAtBegin(changes)
    {}
    Database *m_db;
    int m_depth;
    qsizetype m_eventMark;
    qint64 m_changesAtBegin; // rows changed on the connection so far, to tell whether this step wrote
    bool m_active = true;
};

} // namespace innkeep
