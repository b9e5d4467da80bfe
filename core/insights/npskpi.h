// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "insights/kpi.h"

#include <QCoreApplication>

namespace innkeep {

// NPS: feedback on the NPS scale (0-10) received in the period:
// 100 × (promoters 9-10 − detractors 0-6) / all NPS answers. Count: the NPS answers.
// Members: counted = the NPS answers, hits = the promoters.
class NpsKpi final : public Kpi
{
    Q_DECLARE_TR_FUNCTIONS(NpsKpi)

public:
    [[nodiscard]] QString key() const override { return QStringLiteral("nps"); }
    [[nodiscard]] QString title() const override;
    [[nodiscard]] QString formula() const override;
    [[nodiscard]] KpiUnit unit() const override { return KpiUnit::Score; }
    [[nodiscard]] KpiPopulation population() const override { return KpiPopulation::Feedback; }
    [[nodiscard]] KpiValue compute(const KpiFacts &facts, const KpiPeriod &period) const override;
    [[nodiscard]] KpiMembers members(const KpiFacts &facts, const KpiPeriod &period) const override;
};

} // namespace innkeep
