// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "averagenightskpi.h"

#include <algorithm>

namespace innkeep {

QString AverageNightsKpi::title() const
{
    return tr("Average nights");
}

QString AverageNightsKpi::formula() const
{
    return tr("The nights of the stays arriving in the period divided by the number of those stays; a stay "
              "arriving and departing on the same day counts with 0 nights. Cancelled and no-show stays do "
              "not count.");
}

KpiMembers AverageNightsKpi::members(const KpiFacts &facts, const KpiPeriod &period) const
{
    KpiMembers m{KpiPopulation::Stays, {}, {}};
    for (const StayFact &s : facts.stays)
        if (kpi::within(s.arrivalDay, period))
            m.counted.append(s.id);
    std::sort(m.counted.begin(), m.counted.end());
    return m;
}

KpiValue AverageNightsKpi::compute(const KpiFacts &facts, const KpiPeriod &period) const
{
    qint64 stays = 0;
    qint64 nights = 0;
    for (const StayFact &s : facts.stays) {
        if (!kpi::within(s.arrivalDay, period))
            continue;
        ++stays;
        nights += s.nights();
    }
    KpiValue v;
    v.count = stays;
    v.value = kpi::share(nights, stays);
    return v;
}

} // namespace innkeep
