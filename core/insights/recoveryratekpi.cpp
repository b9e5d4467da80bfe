// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recoveryratekpi.h"

#include <algorithm>

namespace innkeep {

using namespace Qt::StringLiterals;

namespace {

bool isRecovered(const TicketFact &t)
{
    return t.outcome == u"recovered"_s;
}

bool isClosedWithOutcome(const TicketFact &t, const KpiPeriod &period)
{
    return t.closedDay && kpi::within(*t.closedDay, period) && (isRecovered(t) || t.outcome == u"lost"_s);
}

} // namespace

QString RecoveryRateKpi::title() const
{
    return tr("Recovery rate");
}

QString RecoveryRateKpi::formula() const
{
    return tr("Complaint tickets closed in the period with an outcome: recovered ÷ (recovered + lost). "
              "Tickets closed without an outcome are not counted.");
}

KpiValue RecoveryRateKpi::compute(const KpiFacts &facts, const KpiPeriod &period) const
{
    qint64 withOutcome = 0;
    qint64 recovered = 0;
    for (const TicketFact &t : facts.tickets) {
        if (!isClosedWithOutcome(t, period))
            continue;
        ++withOutcome;
        if (isRecovered(t))
            ++recovered;
    }
    KpiValue v;
    v.count = withOutcome;
    v.value = kpi::share(recovered, withOutcome);
    return v;
}

KpiMembers RecoveryRateKpi::members(const KpiFacts &facts, const KpiPeriod &period) const
{
    KpiMembers m{KpiPopulation::Tickets, {}, {}};
    for (const TicketFact &t : facts.tickets) {
        if (!isClosedWithOutcome(t, period))
            continue;
        m.counted.append(t.id);
        if (isRecovered(t))
            m.hits.append(t.id);
    }
    std::sort(m.counted.begin(), m.counted.end());
    std::sort(m.hits.begin(), m.hits.end());
    return m;
}

} // namespace innkeep
