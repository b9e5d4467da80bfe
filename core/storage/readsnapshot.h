// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"

#include <QtGlobal>

namespace innkeep {

class Database;

// One consistent view of the file for a read made of several queries (an export, a guest with
// its contacts and tags, the shift handover): a deferred read transaction, begun here and ended
// (rolled back: it wrote nothing) when the object goes away. Another program's commit in between
// is not seen halfway. Inside a transaction already open on the connection (a write, or an outer
// snapshot) it does nothing: that one already gives a single view. Not for writing: a
// Transaction cannot begin while a snapshot is open.
class ReadSnapshot final
{
    Q_DISABLE_COPY_MOVE(ReadSnapshot)

public:
    explicit ReadSnapshot(Database &db);
    ~ReadSnapshot();

    // The BEGIN failed (the reads would still run, each on its own view).
    [[nodiscard]] const Status &status() const { return m_status; }

private:
    Database &m_db;
    Status m_status;
    bool m_own = false;
};

} // namespace innkeep
