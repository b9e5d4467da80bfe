// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "stats.h"

namespace innkeep {
class Clock;
class Database;
}

namespace innkeep::bench {

// What the Insights page does before its first paint (issue 12), off the GUI thread: one
// KpiFacts::load of the whole file, then every KPI over last month, the month before and the same
// month a year before (KpiBoard::read) and the charts' twelve months (InsightSeries::compute).
struct KpiFigures
{
    Figure load;     // KpiFacts::load, no filter
    Figure compute;  // KpiBoard::read + InsightSeries::compute over the loaded facts
    Figure total;    // load + compute of the same round
    Figure totalCpu; // the same in this thread's CPU time (other load on the machine aside)
    // The Insights page with its facts resident (read in the background when the venue opens):
    Figure tiles;       // KpiBoard::read alone: the tiles' first paint
    Figure refilter;    // KpiFacts::narrowed (VIP only) + KpiBoard::read: a filter changed
    double firstMs = 0; // the first round (not in the figures above): SQLite's page cache cold
    int kpis = 0;       // how many KPIs the board has in this build
    qint64 stays = 0;   // counted stays loaded
    qint64 tickets = 0;
    qint64 feedback = 0;
};

[[nodiscard]] Result<KpiFigures> benchKpis(Database &db, const Clock &clock, int rounds);

} // namespace innkeep::bench
