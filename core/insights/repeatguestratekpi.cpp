// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "repeatguestratekpi.h"

namespace innkeep {

QString RepeatGuestRateKpi::title() const
{
    return tr("Repeat guests");
}

QString RepeatGuestRateKpi::formula() const
{
    return tr("Among guests with a stay arriving in the period, the share with at least two stays "
              "arriving on or before the period's last day. Cancelled and no-show stays do not count.");
}

KpiMembers RepeatGuestRateKpi::members(const KpiFacts &facts, const KpiPeriod &period) const
{
    KpiMembers m{KpiPopulation::Guests, {}, {}};
    const qint64 first = kpi::firstDay(period);
    const qint64 last = kpi::lastDay(period);
    facts.forEachGuest([&](const GuestStays &guest) {
        bool arrivedInPeriod = false;
        int staysToLast = 0;
        for (const StayFact &s : guest.stays) {
            if (s.arrivalDay >= first && s.arrivalDay <= last)
                arrivedInPeriod = true;
            if (s.arrivalDay <= last)
                ++staysToLast;
        }
        if (!arrivedInPeriod)
            return;
        m.counted.append(guest.guestId);
        if (staysToLast >= 2)
            m.hits.append(guest.guestId);
    });
    return m;
}

KpiValue RepeatGuestRateKpi::compute(const KpiFacts &facts, const KpiPeriod &period) const
{
    const KpiMembers m = members(facts, period);
    KpiValue v;
    v.count = m.counted.size();
    v.value = kpi::share(m.hits.size(), m.counted.size());
    return v;
}

} // namespace innkeep
