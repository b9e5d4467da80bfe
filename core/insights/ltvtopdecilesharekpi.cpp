// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ltvtopdecilesharekpi.h"

#include "insights/kpiguestrevenue.h"

#include <algorithm>
#include <functional>
#include <numeric>

namespace innkeep {

namespace {

// ceil(n / 10): the guests in the top decile.
qsizetype topDecileSize(qsizetype guests)
{
    return (guests + 9) / 10;
}

} // namespace

QString LtvTopDecileShareKpi::title() const
{
    return tr("Top 10 % share of lifetime value");
}

QString LtvTopDecileShareKpi::formula() const
{
    return tr("For the guests with a stay arriving in the period: each guest's revenue in the venue currency "
              "from all their stays arriving on or before the period's last day. The share of these guests' "
              "total held by the tenth of them with the most (the number of guests divided by 10, rounded "
              "up). Other currencies are left out. None when the total is 0. Cancelled and no-show stays "
              "do not count.");
}

KpiMembers LtvTopDecileShareKpi::members(const KpiFacts &facts, const KpiPeriod &period) const
{
    const KpiGuestRevenue revenue = KpiGuestRevenue::of(facts, period);
    KpiMembers m{KpiPopulation::Guests, revenue.guests, {}};
    QList<qsizetype> rows(revenue.guests.size());
    std::iota(rows.begin(), rows.end(), 0);
    const qsizetype top = topDecileSize(rows.size());
    // Most revenue first; on equal revenue the lower guest id (rows are in ascending id order).
    std::partial_sort(rows.begin(), rows.begin() + top, rows.end(), [&](qsizetype a, qsizetype b) {
        const qint64 ra = revenue.at(a, 0);
        const qint64 rb = revenue.at(b, 0);
        return ra != rb ? ra > rb : a < b;
    });
    for (qsizetype i = 0; i < top; ++i)
        m.hits.append(revenue.guests.at(rows.at(i)));
    std::sort(m.hits.begin(), m.hits.end());
    return m;
}

KpiValue LtvTopDecileShareKpi::compute(const KpiFacts &facts, const KpiPeriod &period) const
{
    const KpiGuestRevenue revenue = KpiGuestRevenue::of(facts, period);
    KpiValue v;
    v.count = revenue.guests.size();
    if (v.count == 0 || revenue.totals.at(0) == 0)
        return v;
    QList<qint64> sums(v.count);
    for (qsizetype g = 0; g < v.count; ++g)
        sums[g] = revenue.at(g, 0);
    const qsizetype top = topDecileSize(v.count);
    // The `top` largest first, in linear time (no sort).
    std::nth_element(sums.begin(), sums.begin() + (top - 1), sums.end(), std::greater<qint64>());
    const qint64 topSum = std::accumulate(sums.cbegin(), sums.cbegin() + top, qint64(0));
    v.value = double(topSum) / double(revenue.totals.at(0));
    return v;
}

} // namespace innkeep
