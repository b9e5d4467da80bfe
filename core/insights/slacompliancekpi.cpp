// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "slacompliancekpi.h"

#include <algorithm>

namespace innkeep {

using namespace Qt::StringLiterals;

namespace {

// Met, breached or overdue: the answer is known. Running, due-soon and paused targets may still
// be met.
bool isJudged(const SlaTarget &target)
{
    return target.state == SlaState::Met || target.state == SlaState::Breached
           || target.state == SlaState::Overdue;
}

} // namespace

QString SlaComplianceKpi::key() const
{
    return m_target == SlaHeadline::Target::Acknowledge ? u"sla_ack_compliance"_s
                                                        : u"sla_resolve_compliance"_s;
}

QString SlaComplianceKpi::title() const
{
    return m_target == SlaHeadline::Target::Acknowledge ? tr("Acknowledged in time") : tr("Resolved in time");
}

QString SlaComplianceKpi::formula() const
{
    if (m_target == SlaHeadline::Target::Acknowledge)
        return tr("Among complaint tickets created in the period whose acknowledge target is met, "
                  "breached or overdue now, the share met. Tickets still within their time, or "
                  "paused, are not counted yet.");
    return tr("Among complaint tickets created in the period whose resolve target is met, breached or "
              "overdue now, the share met. Tickets still within their time, or paused while waiting, "
              "are not counted yet.");
}

KpiValue SlaComplianceKpi::compute(const KpiFacts &facts, const KpiPeriod &period) const
{
    qint64 judged = 0;
    qint64 met = 0;
    for (const TicketFact &t : facts.tickets) {
        const SlaTarget &target = targetOf(t);
        if (!kpi::within(t.createdDay, period) || !isJudged(target))
            continue;
        ++judged;
        if (target.state == SlaState::Met)
            ++met;
    }
    KpiValue v;
    v.count = judged;
    v.value = kpi::share(met, judged);
    return v;
}

KpiMembers SlaComplianceKpi::members(const KpiFacts &facts, const KpiPeriod &period) const
{
    KpiMembers m{KpiPopulation::Tickets, {}, {}};
    for (const TicketFact &t : facts.tickets) {
        const SlaTarget &target = targetOf(t);
        if (!kpi::within(t.createdDay, period) || !isJudged(target))
            continue;
        m.counted.append(t.id);
        if (target.state == SlaState::Met)
            m.hits.append(t.id);
    }
    std::sort(m.counted.begin(), m.counted.end());
    std::sort(m.hits.begin(), m.hits.end());
    return m;
}

} // namespace innkeep
