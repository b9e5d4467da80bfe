// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "writecache.h"

#include "storage/database.h"
#include "storage/statement.h"

namespace innkeep {

WriteCache::WriteCache(Database &db, int mebibytes) : m_db(db)
{
    // A cache size is a hint: if SQLite refuses it, the write is only slower.
    (void)execute(m_db, QStringLiteral("PRAGMA cache_size = -%1").arg(qint64(mebibytes) * 1024));
}

WriteCache::~WriteCache()
{
    (void)execute(m_db, QStringLiteral("PRAGMA cache_size = -%1").arg(Database::CacheKiB));
}

} // namespace innkeep
