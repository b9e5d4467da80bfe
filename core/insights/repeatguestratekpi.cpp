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
    // Stays are grouped by guest (ascending id), then by arrival.
    for (qsizetype i = 0; i < facts.stays.size();) {
        const qint64 guest = facts.stays.at(i).guestId;
        bool arrivedInPeriod = false;
        int staysToLast = 0;
        for (; i < facts.stays.size() && facts.stays.at(i).guestId == guest; ++i) {
            const qint64 arrival = facts.stays.at(i).arrivalDay;
            if (arrival >= first && arrival <= last)
                arrivedInPeriod = true;
            if (arrival <= last)
                ++staysToLast;
        }
        if (!arrivedInPeriod)
            continue;
        m.counted.append(guest);
        if (staysToLast >= 2)
            m.hits.append(guest);
    }
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
