// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ltvmediankpi.h"

#include "common/money.h"
#include "insights/kpiguestrevenue.h"

#include <cmath>

namespace innkeep {

QString LtvMedianKpi::title() const
{
    return tr("Lifetime value (median)");
}

QString LtvMedianKpi::formula() const
{
    return tr("For the guests with a stay arriving in the period: each guest's revenue from all their stays "
              "arriving on or before the period's last day, summed per currency. Per currency, the median "
              "over these guests (a guest without revenue in that currency counts as 0; for an even number "
              "of guests, the mean of the two middle values). Currencies are never converted. Cancelled and "
              "no-show stays do not count.");
}

KpiMembers LtvMedianKpi::members(const KpiFacts &facts, const KpiPeriod &period) const
{
    return KpiMembers{KpiPopulation::Guests, KpiGuestRevenue::of(facts, period).guests, {}};
}

KpiValue LtvMedianKpi::compute(const KpiFacts &facts, const KpiPeriod &period) const
{
    const KpiGuestRevenue revenue = KpiGuestRevenue::of(facts, period);
    KpiValue v;
    v.count = revenue.guests.size();
    QList<double> sums(v.count);
    for (int c : revenue.reportedCurrencies()) {
        for (qsizetype g = 0; g < v.count; ++g)
            sums[g] = double(revenue.at(g, c));
        const QString code = facts.currencyCode(c);
        // The median of minor units, then in major units (a monotone scaling keeps the middle).
        const double minorPerMajor = std::pow(10.0, Money::minorDigits(code));
        v.byCurrency.insert(code, kpi::median(sums).value_or(0.0) / minorPerMajor);
    }
    if (v.count > 0)
        v.value = v.byCurrency.value(facts.venueCurrency);
    return v;
}

} // namespace innkeep
