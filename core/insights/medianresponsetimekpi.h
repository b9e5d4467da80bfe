// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "insights/kpi.h"

#include <QCoreApplication>

namespace innkeep {

// Median response time: feedback received in the period that needed attention and was handled by
// KpiFacts::nowMs (the population and hits of feedback_response_rate): the median of the wall-clock
// minutes from received to handled (response recorded or ticket opened, the earlier; never below
// 0), fractions kept. Count: those entries. Lower is better.
// Members: counted = hits = those entries.
class MedianResponseTimeKpi final : public Kpi
{
    Q_DECLARE_TR_FUNCTIONS(MedianResponseTimeKpi)

public:
    [[nodiscard]] QString key() const override { return QStringLiteral("median_response_minutes"); }
    [[nodiscard]] QString title() const override;
    [[nodiscard]] QString formula() const override;
    [[nodiscard]] KpiUnit unit() const override { return KpiUnit::Minutes; }
    [[nodiscard]] KpiPopulation population() const override { return KpiPopulation::Feedback; }
    [[nodiscard]] bool higherIsBetter() const override { return false; }
    [[nodiscard]] KpiValue compute(const KpiFacts &facts, const KpiPeriod &period) const override;
    [[nodiscard]] KpiMembers members(const KpiFacts &facts, const KpiPeriod &period) const override;
};

} // namespace innkeep
