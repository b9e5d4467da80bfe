// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ltvaveragekpi.h"

#include "insights/kpiguestrevenue.h"

namespace innkeep {

QString LtvAverageKpi::title() const
{
    return tr("Lifetime value (average)");
}

QString LtvAverageKpi::formula() const
{
    return tr("For the guests with a stay arriving in the period: each guest's revenue from all their stays "
              "arriving on or before the period's last day, summed per currency. Per currency, the sum over "
              "these guests divided by the number of these guests (a guest without revenue in that "
              "currency counts as 0). Currencies are never converted. Cancelled and no-show stays do not "
              "count.");
}

KpiMembers LtvAverageKpi::members(const KpiFacts &facts, const KpiPeriod &period) const
{
    return KpiMembers{KpiPopulation::Guests, KpiGuestRevenue::of(facts, period).guests, {}};
}

KpiValue LtvAverageKpi::compute(const KpiFacts &facts, const KpiPeriod &period) const
{
    const KpiGuestRevenue revenue = KpiGuestRevenue::of(facts, period);
    KpiValue v;
    v.count = revenue.guests.size();
    for (int c : revenue.reportedCurrencies()) {
        const QString code = facts.currencyCode(c);
        v.byCurrency.insert(code, kpi::major(revenue.totals.at(c), code) / double(v.count));
    }
    if (v.count > 0)
        v.value = v.byCurrency.value(facts.venueCurrency);
    return v;
}

} // namespace innkeep
