// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "kpibench.h"

#include "common/clock.h"
#include "insights/insightseries.h"
#include "insights/kpiboard.h"
#include "insights/kpifacts.h"
#include "storage/database.h"

#include <algorithm>

namespace innkeep::bench {

Result<KpiFigures> benchKpis(Database &db, const Clock &clock, int rounds)
{
    KpiFigures f;
    f.kpis = int(KpiBoard::all().size());
    const KpiPeriod period = KpiPeriod::preset(KpiPreset::LastMonth, clock.today());
    Samples load, compute, total, totalCpu, tiles, refilter;
    double checksum = 0;
    // One round first, reported apart: SQLite's cache is cold once per connection, not per refresh.
    for (int r = -1; r < std::max(1, rounds); ++r) {
        Result<KpiFacts> facts;
        qint64 loadCpu = 0;
        qint64 computeCpu = 0;
        const qint64 loadNs =
            timeNs([&] { facts = KpiFacts::load(db, KpiFilter{}, clock.nowMs()); }, &loadCpu);
        if (!facts)
            return std::unexpected(facts.error());
        const qint64 computeNs = timeNs(
            [&] {
                const KpiBoardReport report = KpiBoard::read(*facts, period);
                const InsightSeries series = InsightSeries::compute(*facts, period, 12);
                for (const KpiReading &reading : report.readings)
                    checksum += double(reading.current.count);
                checksum += double(series.cohorts.size());
            },
            &computeCpu);
        f.stays = facts->stays.size();
        f.tickets = facts->tickets.size();
        f.feedback = facts->feedback.size();
        if (r < 0) {
            f.firstMs = double(loadNs + computeNs) / 1e6;
            continue;
        }
        tiles.add(timeNs([&] { checksum += double(KpiBoard::read(*facts, period).readings.size()); }));
        KpiFilter vip;
        vip.vipOnly = true;
        refilter.add(timeNs(
            [&] { checksum += double(KpiBoard::read(facts->narrowed(vip), period).readings.size()); }));
        load.add(loadNs);
        compute.add(computeNs);
        total.add(loadNs + computeNs);
        totalCpu.add(loadCpu + computeCpu);
    }
    f.load = load.figure();
    f.compute = compute.figure();
    f.total = total.figure();
    f.totalCpu = totalCpu.figure();
    f.tiles = tiles.figure();
    f.refilter = refilter.figure();
    f.total.maxMs += checksum * 0.0; // keep the computation from being optimised away
    return f;
}

} // namespace innkeep::bench
