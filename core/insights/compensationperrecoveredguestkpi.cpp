// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "compensationperrecoveredguestkpi.h"

#include "insights/compensationtotalskpi.h"

#include <algorithm>

namespace innkeep {

using namespace Qt::StringLiterals;

namespace {

bool isRecoveredGuest(const TicketFact &t, const KpiPeriod &period)
{
    return t.guestId > 0 && t.outcome == u"recovered"_s && t.closedDay && kpi::within(*t.closedDay, period);
}

// The distinct guests in `ids`, ascending.
QList<qint64> distinct(QList<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

} // namespace

QString CompensationPerRecoveredGuestKpi::title() const
{
    return tr("Compensation per recovered guest");
}

QString CompensationPerRecoveredGuestKpi::formula() const
{
    return tr("The compensation given for complaint tickets created in the period, recovered or not, "
              "per currency ÷ the number of different guests whose complaint tickets were closed in "
              "the period as recovered.");
}

KpiValue CompensationPerRecoveredGuestKpi::compute(const KpiFacts &facts, const KpiPeriod &period) const
{
    CompensationTotalsKpi::Sums sums(facts);
    QList<qint64> guests;
    for (const TicketFact &t : facts.tickets) {
        if (kpi::within(t.createdDay, period))
            sums.add(t);
        if (isRecoveredGuest(t, period))
            guests.append(t.guestId);
    }
    KpiValue v;
    v.count = distinct(std::move(guests)).size();
    if (v.count > 0)
        sums.fill(v, facts, v.count);
    return v;
}

KpiMembers CompensationPerRecoveredGuestKpi::members(const KpiFacts &facts, const KpiPeriod &period) const
{
    KpiMembers m{KpiPopulation::Guests, {}, {}};
    for (const TicketFact &t : facts.tickets)
        if (isRecoveredGuest(t, period))
            m.counted.append(t.guestId);
    m.counted = distinct(std::move(m.counted));
    m.hits = m.counted;
    return m;
}

} // namespace innkeep
