// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "insights/kpi.h"

#include <QCoreApplication>

namespace innkeep {

// Lapsed (churn), the state on the period's last day `to`: among guests with a stay arriving on or
// before `to`, the share whose latest departure among those stays is more than
// KpiFacts::lapsedMonths calendar months before `to` (departed before to - N months; on that day
// exactly is not lapsed). Stays arriving after `to` are ignored; `from` plays no part. Lower is
// better. Count: the guests with a stay arriving on or before `to`. Members: counted = those
// guests, hits = the lapsed ones.
class LapsedRateKpi final : public Kpi
{
    Q_DECLARE_TR_FUNCTIONS(LapsedRateKpi)

public:
    [[nodiscard]] QString key() const override { return QStringLiteral("lapsed_rate"); }
    [[nodiscard]] QString title() const override;
    [[nodiscard]] QString formula() const override;
    [[nodiscard]] KpiUnit unit() const override { return KpiUnit::Rate; }
    [[nodiscard]] KpiPopulation population() const override { return KpiPopulation::Guests; }
    [[nodiscard]] bool higherIsBetter() const override { return false; }
    [[nodiscard]] KpiValue compute(const KpiFacts &facts, const KpiPeriod &period) const override;
    [[nodiscard]] KpiMembers members(const KpiFacts &facts, const KpiPeriod &period) const override;
};

} // namespace innkeep
