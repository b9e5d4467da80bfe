// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "followupratekpi.h"

#include <algorithm>

namespace innkeep {

namespace {

bool isResolvedIn(const TicketFact &t, const KpiPeriod &period)
{
    return t.resolvedDay && kpi::within(*t.resolvedDay, period);
}

} // namespace

QString FollowUpRateKpi::title() const
{
    return tr("Follow-up rate");
}

QString FollowUpRateKpi::formula() const
{
    return tr("Complaint tickets resolved in the period with a follow-up with the guest recorded ÷ all "
              "complaint tickets resolved in the period.");
}

KpiValue FollowUpRateKpi::compute(const KpiFacts &facts, const KpiPeriod &period) const
{
    qint64 resolved = 0;
    qint64 followedUp = 0;
    for (const TicketFact &t : facts.tickets) {
        if (!isResolvedIn(t, period))
            continue;
        ++resolved;
        if (t.followedUp)
            ++followedUp;
    }
    KpiValue v;
    v.count = resolved;
    v.value = kpi::share(followedUp, resolved);
    return v;
}

KpiMembers FollowUpRateKpi::members(const KpiFacts &facts, const KpiPeriod &period) const
{
    KpiMembers m{KpiPopulation::Tickets, {}, {}};
    for (const TicketFact &t : facts.tickets) {
        if (!isResolvedIn(t, period))
            continue;
        m.counted.append(t.id);
        if (t.followedUp)
            m.hits.append(t.id);
    }
    std::sort(m.counted.begin(), m.counted.end());
    std::sort(m.hits.begin(), m.hits.end());
    return m;
}

} // namespace innkeep
