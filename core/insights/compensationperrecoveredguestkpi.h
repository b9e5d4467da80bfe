// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "insights/kpi.h"

#include <QCoreApplication>

namespace innkeep {

// Compensation per recovered guest: the period's compensation cost (compensation_totals: every
// ticket created in the period, recovered or not, per currency) ÷ the distinct guests of the
// tickets closed in the period with the outcome "recovered" — what winning one guest back cost.
// Tickets without a guest add to the cost, not to the guests. value = the venue currency's figure,
// byCurrency = the venue currency and every currency given. Count: those guests; none when there
// are none. Members: counted = hits = those guests.
class CompensationPerRecoveredGuestKpi final : public Kpi
{
    Q_DECLARE_TR_FUNCTIONS(CompensationPerRecoveredGuestKpi)

public:
    [[nodiscard]] QString key() const override { return QStringLiteral("compensation_per_recovered_guest"); }
    [[nodiscard]] QString title() const override;
    [[nodiscard]] QString formula() const override;
    [[nodiscard]] KpiUnit unit() const override { return KpiUnit::Money; }
    [[nodiscard]] KpiPopulation population() const override { return KpiPopulation::Guests; }
    [[nodiscard]] bool higherIsBetter() const override { return false; }
    [[nodiscard]] KpiValue compute(const KpiFacts &facts, const KpiPeriod &period) const override;
    [[nodiscard]] KpiMembers members(const KpiFacts &facts, const KpiPeriod &period) const override;
};

} // namespace innkeep
