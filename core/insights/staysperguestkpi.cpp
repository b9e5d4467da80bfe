// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "staysperguestkpi.h"

namespace innkeep {

namespace {

// Calls visit(guestId, staysInPeriod) for each guest with a stay arriving in the period, in
// ascending guest order. One pass over the stays (grouped by guest, then by arrival).
template<typename Visit>
void eachArrivingGuest(const KpiFacts &facts, const KpiPeriod &period, Visit visit)
{
    facts.forEachGuest([&](const GuestStays &guest) {
        qint64 stays = 0;
        for (const StayFact &s : guest.stays)
            stays += kpi::within(s.arrivalDay, period) ? 1 : 0;
        if (stays > 0)
            visit(guest.guestId, stays);
    });
}

} // namespace

QString StaysPerGuestKpi::title() const
{
    return tr("Stays per guest");
}

QString StaysPerGuestKpi::formula() const
{
    return tr("Stays arriving in the period divided by the number of different guests with a stay arriving "
              "in the period. Cancelled and no-show stays do not count.");
}

KpiMembers StaysPerGuestKpi::members(const KpiFacts &facts, const KpiPeriod &period) const
{
    KpiMembers m{KpiPopulation::Guests, {}, {}};
    eachArrivingGuest(facts, period, [&](qint64 guest, qint64 stays) {
        m.counted.append(guest);
        if (stays >= 2)
            m.hits.append(guest);
    });
    return m;
}

KpiValue StaysPerGuestKpi::compute(const KpiFacts &facts, const KpiPeriod &period) const
{
    qint64 guests = 0;
    qint64 stays = 0;
    eachArrivingGuest(facts, period, [&](qint64, qint64 guestStays) {
        ++guests;
        stays += guestStays;
    });
    KpiValue v;
    v.count = guests;
    v.value = kpi::share(stays, guests);
    return v;
}

} // namespace innkeep
