// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "medianslatimekpi.h"

#include <algorithm>

namespace innkeep {

using namespace Qt::StringLiterals;

namespace {

constexpr double MinuteMs = 60.0 * 1000.0;

} // namespace

QString MedianSlaTimeKpi::key() const
{
    return m_target == SlaHeadline::Target::Acknowledge ? u"median_ack_minutes"_s
                                                        : u"median_resolve_minutes"_s;
}

QString MedianSlaTimeKpi::title() const
{
    return m_target == SlaHeadline::Target::Acknowledge ? tr("Median time to acknowledge")
                                                        : tr("Median time to resolve");
}

QString MedianSlaTimeKpi::formula() const
{
    if (m_target == SlaHeadline::Target::Acknowledge)
        return tr("Complaint tickets created in the period and acknowledged by now: the median of the "
                  "minutes the SLA clock charged until acknowledgement. Quiet hours are not charged.");
    return tr("Complaint tickets created in the period and resolved by now: the median of the minutes "
              "the SLA clock charged until resolution. Quiet hours and time spent waiting on the guest "
              "or a department are not charged.");
}

const SlaTarget *MedianSlaTimeKpi::achievedTarget(const TicketFact &ticket, const KpiPeriod &period) const
{
    const SlaTarget &target =
        m_target == SlaHeadline::Target::Acknowledge ? ticket.acknowledge : ticket.resolve;
    if (!kpi::within(ticket.createdDay, period))
        return nullptr;
    if (target.state != SlaState::Met && target.state != SlaState::Breached)
        return nullptr;
    return &target;
}

KpiValue MedianSlaTimeKpi::compute(const KpiFacts &facts, const KpiPeriod &period) const
{
    QList<double> minutes;
    for (const TicketFact &t : facts.tickets)
        if (const SlaTarget *target = achievedTarget(t, period))
            minutes.append(double(target->elapsedMs) / MinuteMs);
    KpiValue v;
    v.count = minutes.size();
    v.value = kpi::median(std::move(minutes));
    return v;
}

KpiMembers MedianSlaTimeKpi::members(const KpiFacts &facts, const KpiPeriod &period) const
{
    KpiMembers m{KpiPopulation::Tickets, {}, {}};
    for (const TicketFact &t : facts.tickets)
        if (achievedTarget(t, period))
            m.counted.append(t.id);
    std::sort(m.counted.begin(), m.counted.end());
    m.hits = m.counted;
    return m;
}

} // namespace innkeep
