// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "averagedailyratekpi.h"

#include <algorithm>

namespace innkeep {

namespace {

bool counts(const StayFact &s, const KpiPeriod &period)
{
    return s.nights() > 0 && kpi::within(s.arrivalDay, period);
}

} // namespace

QString AverageDailyRateKpi::title() const
{
    return tr("Average daily rate");
}

QString AverageDailyRateKpi::formula() const
{
    return tr("Per currency, the revenue of the stays arriving in the period divided by their nights. Stays "
              "arriving and departing on the same day are left out; a stay without a revenue counts as 0. "
              "Currencies are never converted. Cancelled and no-show stays do not count.");
}

KpiMembers AverageDailyRateKpi::members(const KpiFacts &facts, const KpiPeriod &period) const
{
    KpiMembers m{KpiPopulation::Stays, {}, {}};
    for (const StayFact &s : facts.stays)
        if (counts(s, period))
            m.counted.append(s.id);
    std::sort(m.counted.begin(), m.counted.end());
    return m;
}

KpiValue AverageDailyRateKpi::compute(const KpiFacts &facts, const KpiPeriod &period) const
{
    QList<qint64> revenue(facts.currencies.size());
    QList<qint64> nights(facts.currencies.size());
    KpiValue v;
    for (const StayFact &s : facts.stays) {
        if (!counts(s, period))
            continue;
        ++v.count;
        revenue[s.currency] += s.revenueMinor;
        nights[s.currency] += s.nights();
    }
    for (int c = 0; c < facts.currencies.size(); ++c) {
        if (nights.at(c) == 0)
            continue;
        const QString code = facts.currencyCode(c);
        v.byCurrency.insert(code, kpi::major(revenue.at(c), code) / double(nights.at(c)));
    }
    if (!nights.isEmpty() && nights.at(0) > 0)
        v.value = v.byCurrency.value(facts.venueCurrency);
    return v;
}

} // namespace innkeep
