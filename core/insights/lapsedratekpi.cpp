// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lapsedratekpi.h"

#include <algorithm>

namespace innkeep {

namespace {

// Calls visit(guestId, lapsed) for each guest with a stay arriving on or before the period's last
// day, in ascending guest order. One pass over the stays (grouped by guest, then by arrival).
template<typename Visit>
void eachKnownGuest(const KpiFacts &facts, const KpiPeriod &period, Visit visit)
{
    const qint64 last = kpi::lastDay(period);
    // Departed on this day or later: not lapsed.
    const qint64 cutoff = period.to.addMonths(-facts.lapsedMonths).toJulianDay();
    facts.forEachGuest([&](const GuestStays &guest) {
        bool known = false;
        qint64 lastDeparture = 0;
        for (const StayFact &s : guest.stays) {
            if (s.arrivalDay > last)
                continue; // a later stay had not happened yet on `to`
            known = true;
            lastDeparture = std::max(lastDeparture, s.departureDay);
        }
        if (known)
            visit(guest.guestId, lastDeparture < cutoff);
    });
}

} // namespace

QString LapsedRateKpi::title() const
{
    return tr("Lapsed guests");
}

QString LapsedRateKpi::formula() const
{
    return tr("Among guests with a stay arriving on or before the period's last day, the share whose last "
              "departure (of those stays) is more than N calendar months before that day, N being the "
              "venue setting kpi.lapsed_months (18 unless set); a departure exactly N months before it "
              "is not lapsed. Cancelled and no-show stays do not count.");
}

KpiMembers LapsedRateKpi::members(const KpiFacts &facts, const KpiPeriod &period) const
{
    KpiMembers m{KpiPopulation::Guests, {}, {}};
    eachKnownGuest(facts, period, [&](qint64 guest, bool lapsed) {
        m.counted.append(guest);
        if (lapsed)
            m.hits.append(guest);
    });
    return m;
}

KpiValue LapsedRateKpi::compute(const KpiFacts &facts, const KpiPeriod &period) const
{
    qint64 known = 0;
    qint64 lapsed = 0;
    eachKnownGuest(facts, period, [&](qint64, bool gone) {
        ++known;
        lapsed += gone ? 1 : 0;
    });
    KpiValue v;
    v.count = known;
    v.value = kpi::share(lapsed, known);
    return v;
}

} // namespace innkeep
