// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "return12mratekpi.h"

namespace innkeep {

namespace {

// Calls visit(guestId, returned, windowOpen) for each guest whose first stay arrived in the
// period, in ascending guest order. One pass over the stays (grouped by guest, then by arrival).
template<typename Visit>
void eachCohortGuest(const KpiFacts &facts, const KpiPeriod &period, Visit visit)
{
    facts.forEachGuest([&](const GuestStays &guest) {
        const StayFact &first = guest.stays.front();
        if (!kpi::within(first.arrivalDay, period))
            return;
        const qint64 limit = first.departureDay + Return12mRateKpi::WindowDays;
        bool returned = false;
        for (const StayFact &later : guest.stays.subspan(1))
            if (later.arrivalDay >= first.departureDay && later.arrivalDay <= limit)
                returned = true;
        visit(guest.guestId, returned, limit >= facts.today);
    });
}

} // namespace

QString Return12mRateKpi::title() const
{
    return tr("Return within 12 months");
}

QString Return12mRateKpi::formula() const
{
    return tr("Among guests whose first stay arrived in the period, the share with another stay arriving "
              "between that first stay's departure day and 365 days after it, both days included. Stays "
              "arriving before the first stay departed are not returns. Provisional while some of these "
              "guests' 365 days have not passed yet. Cancelled and no-show stays do not count.");
}

KpiMembers Return12mRateKpi::members(const KpiFacts &facts, const KpiPeriod &period) const
{
    KpiMembers m{KpiPopulation::Guests, {}, {}};
    eachCohortGuest(facts, period, [&](qint64 guest, bool returned, bool) {
        m.counted.append(guest);
        if (returned)
            m.hits.append(guest);
    });
    return m;
}

KpiValue Return12mRateKpi::compute(const KpiFacts &facts, const KpiPeriod &period) const
{
    qint64 cohort = 0;
    qint64 returned = 0;
    bool open = false;
    eachCohortGuest(facts, period, [&](qint64, bool back, bool windowOpen) {
        ++cohort;
        returned += back ? 1 : 0;
        open = open || windowOpen;
    });
    KpiValue v;
    v.count = cohort;
    v.value = kpi::share(returned, cohort);
    v.provisional = open;
    return v;
}

} // namespace innkeep
