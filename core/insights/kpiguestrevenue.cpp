// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "kpiguestrevenue.h"

#include <algorithm>

namespace innkeep {

QList<int> KpiGuestRevenue::reportedCurrencies() const
{
    QList<int> reported;
    if (guests.isEmpty())
        return reported;
    for (int c = 0; c < currencyCount; ++c)
        if (c == 0 || totals.at(c) != 0)
            reported.append(c);
    return reported;
}

KpiGuestRevenue KpiGuestRevenue::of(const KpiFacts &facts, const KpiPeriod &period)
{
    KpiGuestRevenue r;
    r.currencyCount = int(facts.currencies.size());
    r.totals.resize(r.currencyCount);
    const qint64 first = kpi::firstDay(period);
    const qint64 last = kpi::lastDay(period);
    facts.forEachGuest([&](const GuestStays &guest) {
        const bool arrivedInPeriod =
            std::any_of(guest.stays.begin(), guest.stays.end(),
                        [&](const StayFact &s) { return s.arrivalDay >= first && s.arrivalDay <= last; });
        if (!arrivedInPeriod)
            return;
        const qsizetype row = r.minor.size();
        r.minor.resize(row + r.currencyCount);
        qint64 *sums = r.minor.data() + row;
        // Arrivals ascend within the run: stop at the first one after the period.
        for (const StayFact &s : guest.stays) {
            if (s.arrivalDay > last)
                break;
            sums[s.currency] += s.revenueMinor;
        }
        for (int c = 0; c < r.currencyCount; ++c)
            r.totals[c] += sums[c];
        r.guests.append(guest.guestId);
    });
    return r;
}

} // namespace innkeep
