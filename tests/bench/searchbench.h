// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "querymix.h"
#include "stats.h"

#include <QMap>

namespace innkeep {
class Database;
}

namespace innkeep::bench {

struct SearchFigures
{
    Figure core;    // GuestSearch::search
    Figure sql;     // the same statements with the same bound values, rows stepped, nothing built
    Figure coreCpu; // the same, thread CPU time
    Figure sqlCpu;
    QMap<QString, Figure> coreByKind;
    QMap<QString, Figure> sqlByKind;
    qsizetype cases = 0;
    int rounds = 0;
    double meanHits = 0;
};

// Runs every case `rounds` times after one warm-up round, core and floor interleaved case by
// case so both see the same cache state.
[[nodiscard]] Result<SearchFigures> benchSearch(Database &db, const QList<SearchCase> &cases, int rounds);

} // namespace innkeep::bench
