// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "insights/kpi.h"

#include <QCoreApplication>

namespace innkeep {

// Average daily rate: per currency, the revenue of the counted stays arriving in the period with
// at least one night ÷ the nights of those stays (never converted). Day-use stays (0 nights) are
// left out; a stay without a revenue counts with 0. Value: the venue currency's figure, none when
// no such stay is in the venue currency; byCurrency: every currency with such a stay. Count: those
// stays, all currencies. Members: counted = those stays, no hits.
class AverageDailyRateKpi final : public Kpi
{
    Q_DECLARE_TR_FUNCTIONS(AverageDailyRateKpi)

public:
    [[nodiscard]] QString key() const override { return QStringLiteral("average_daily_rate"); }
    [[nodiscard]] QString title() const override;
    [[nodiscard]] QString formula() const override;
    [[nodiscard]] KpiUnit unit() const override { return KpiUnit::Money; }
    [[nodiscard]] KpiPopulation population() const override { return KpiPopulation::Stays; }
    [[nodiscard]] KpiValue compute(const KpiFacts &facts, const KpiPeriod &period) const override;
    [[nodiscard]] KpiMembers members(const KpiFacts &facts, const KpiPeriod &period) const override;
};

} // namespace innkeep
