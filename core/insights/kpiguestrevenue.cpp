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
    const qsizetype n = facts.stays.size();
    for (qsizetype i = 0; i < n;) {
        const qint64 guest = facts.stays.at(i).guestId;
        // A zeroed row, taken back when the guest has no stay arriving in the period.
        const qsizetype row = r.minor.size();
        r.minor.resize(row + r.currencyCount);
        bool arrivedInPeriod = false;
        for (; i < n && facts.stays.at(i).guestId == guest; ++i) {
            const StayFact &s = facts.stays.at(i);
            if (s.arrivalDay > last)
                continue;
            arrivedInPeriod = arrivedInPeriod || s.arrivalDay >= first;
            r.minor[row + s.currency] += s.revenueMinor;
        }
        if (!arrivedInPeriod) {
            r.minor.resize(row);
            continue;
        }
        r.guests.append(guest);
        for (int c = 0; c < r.currencyCount; ++c)
            r.totals[c] += r.minor.at(row + c);
    }
    return r;
}

} // namespace innkeep
