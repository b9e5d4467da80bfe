// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "insights/kpi.h"

#include <QCoreApplication>

namespace innkeep {

// Lifetime value, median: for the guests with a stay arriving in the period, each guest's historic
// revenue (all their counted stays arriving on or before `to`, per currency, never converted); per
// currency, the median over all those guests (a guest with no revenue in that currency counts as
// 0; an even count takes the mean of the two middle values). Value: the venue currency's figure;
// byCurrency: the venue currency and every currency these guests have revenue in. Count: the
// guests. Members: counted = the guests, no hits.
class LtvMedianKpi final : public Kpi
{
    Q_DECLARE_TR_FUNCTIONS(LtvMedianKpi)

public:
    [[nodiscard]] QString key() const override { return QStringLiteral("ltv_median"); }
    [[nodiscard]] QString title() const override;
    [[nodiscard]] QString formula() const override;
    [[nodiscard]] KpiUnit unit() const override { return KpiUnit::Money; }
    [[nodiscard]] KpiPopulation population() const override { return KpiPopulation::Guests; }
    [[nodiscard]] KpiValue compute(const KpiFacts &facts, const KpiPeriod &period) const override;
    [[nodiscard]] KpiMembers members(const KpiFacts &facts, const KpiPeriod &period) const override;
};

} // namespace innkeep
