// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "kpiguestrevenue.h"

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
    const StayFact *stays = facts.stays.constData();
    const qsizetype n = facts.stays.size();
    for (qsizetype i = 0; i < n;) {
        const qint64 guest = stays[i].guestId;
        // The guest's run of stays [i, end) and whether one of them arrives in the period.
        bool arrivedInPeriod = false;
        qsizetype end = i;
        for (; end < n && stays[end].guestId == guest; ++end)
            arrivedInPeriod =
                arrivedInPeriod || (stays[end].arrivalDay >= first && stays[end].arrivalDay <= last);
        if (arrivedInPeriod) {
            const qsizetype row = r.minor.size();
            r.minor.resize(row + r.currencyCount);
            qint64 *sums = r.minor.data() + row;
            // Arrivals ascend within the run: stop at the first one after the period.
            for (qsizetype k = i; k < end && stays[k].arrivalDay <= last; ++k)
                sums[stays[k].currency] += stays[k].revenueMinor;
            for (int c = 0; c < r.currencyCount; ++c)
                r.totals[c] += sums[c];
            r.guests.append(guest);
        }
        i = end;
    }
    return r;
}

} // namespace innkeep
