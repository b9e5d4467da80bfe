// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "compensationtotalskpi.h"

#include <algorithm>

namespace innkeep {

void CompensationTotalsKpi::Sums::add(const TicketFact &ticket)
{
    for (auto it = ticket.compensationMinor.cbegin(); it != ticket.compensationMinor.cend(); ++it) {
        m_minor[it.key()] += it.value();
        m_given[it.key()] = true;
    }
}

void CompensationTotalsKpi::Sums::fill(KpiValue &value, const KpiFacts &facts, qint64 divisor) const
{
    for (qsizetype i = 0; i < m_minor.size(); ++i) {
        if (i != 0 && !m_given.at(i))
            continue; // index 0 is the venue currency: always shown
        const QString code = facts.currencyCode(int(i));
        value.byCurrency.insert(code, kpi::major(m_minor.at(i), code) / double(divisor));
    }
    value.value = value.byCurrency.value(facts.venueCurrency);
}

QString CompensationTotalsKpi::title() const
{
    return tr("Compensation");
}

QString CompensationTotalsKpi::formula() const
{
    return tr("The compensation given for complaint tickets created in the period (whenever it was "
              "given), summed per currency and never converted; the headline is the venue currency's "
              "total.");
}

KpiValue CompensationTotalsKpi::compute(const KpiFacts &facts, const KpiPeriod &period) const
{
    Sums sums(facts);
    qint64 tickets = 0;
    for (const TicketFact &t : facts.tickets) {
        if (!kpi::within(t.createdDay, period))
            continue;
        ++tickets;
        sums.add(t);
    }
    KpiValue v;
    v.count = tickets;
    if (tickets > 0)
        sums.fill(v, facts);
    return v;
}

KpiMembers CompensationTotalsKpi::members(const KpiFacts &facts, const KpiPeriod &period) const
{
    KpiMembers m{KpiPopulation::Tickets, {}, {}};
    for (const TicketFact &t : facts.tickets) {
        if (!kpi::within(t.createdDay, period))
            continue;
        m.counted.append(t.id);
        if (!t.compensationMinor.isEmpty())
            m.hits.append(t.id);
    }
    std::sort(m.counted.begin(), m.counted.end());
    std::sort(m.hits.begin(), m.hits.end());
    return m;
}

} // namespace innkeep
