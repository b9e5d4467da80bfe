// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "insights/kpi.h"

#include <QCoreApplication>

namespace innkeep {

// Average rating on 0-10: every rating received in the period, whatever its scale, normalised to
// 0..1 (1-5: (r-1)/4, 1-10: (r-1)/9, NPS: r/10, rounded to 4 decimals as stored) and × 10; the
// mean of those. Count: the ratings. Members: counted = hits = the rated entries (each adds to
// the sum).
class RatingAverageKpi final : public Kpi
{
    Q_DECLARE_TR_FUNCTIONS(RatingAverageKpi)

public:
    [[nodiscard]] QString key() const override { return QStringLiteral("rating_average_10"); }
    [[nodiscard]] QString title() const override;
    [[nodiscard]] QString formula() const override;
    [[nodiscard]] KpiUnit unit() const override { return KpiUnit::Score; }
    [[nodiscard]] KpiPopulation population() const override { return KpiPopulation::Feedback; }
    [[nodiscard]] KpiValue compute(const KpiFacts &facts, const KpiPeriod &period) const override;
    [[nodiscard]] KpiMembers members(const KpiFacts &facts, const KpiPeriod &period) const override;
};

} // namespace innkeep
