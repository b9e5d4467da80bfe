// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace innkeep {

class Database;

// A larger page cache on one connection for the length of one big write (an import), then
// the usual size again. A transaction bigger than the cache spills dirty pages into the WAL
// before it commits, and those pages are written twice: at 100k imported guests a 64 MB cache
// took the import from 7.0 s to 6.4 s and its system time from 1.4 s to 1.0 s.
class WriteCache final
{
    Q_DISABLE_COPY_MOVE(WriteCache)

public:
    WriteCache(Database &db, int mebibytes);
    ~WriteCache();

private:
    Database &m_db;
};

} // namespace innkeep
