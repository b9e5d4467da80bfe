// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "complaintsperstayskpi.h"

#include <algorithm>

namespace innkeep {

QString ComplaintsPerStaysKpi::title() const
{
    return tr("Complaints per 100 stays");
}

QString ComplaintsPerStaysKpi::formula() const
{
    return tr("Complaint tickets created in the period × 100 ÷ stays arriving in the period. Cancelled "
              "and no-show stays do not count.");
}

KpiValue ComplaintsPerStaysKpi::compute(const KpiFacts &facts, const KpiPeriod &period) const
{
    qint64 stays = 0;
    for (const StayFact &s : facts.stays)
        if (kpi::within(s.arrivalDay, period))
            ++stays;
    qint64 tickets = 0;
    for (const TicketFact &t : facts.tickets)
        if (kpi::within(t.createdDay, period))
            ++tickets;
    KpiValue v;
    v.count = stays;
    if (stays > 0)
        v.value = 100.0 * double(tickets) / double(stays);
    return v;
}

KpiMembers ComplaintsPerStaysKpi::members(const KpiFacts &facts, const KpiPeriod &period) const
{
    KpiMembers m{KpiPopulation::Tickets, {}, {}};
    for (const TicketFact &t : facts.tickets)
        if (kpi::within(t.createdDay, period))
            m.counted.append(t.id);
    std::sort(m.counted.begin(), m.counted.end());
    m.hits = m.counted;
    return m;
}

} // namespace innkeep
