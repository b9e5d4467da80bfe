// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "insights/kpi.h"

#include <QCoreApplication>

namespace innkeep {

// Complaints per 100 stays: tickets created in the period × 100 ÷ stays (not cancelled, not
// no-show) arriving in the period; none when no stay arrived. Count: those stays. Lower is better.
// Members (the drill-down lists the complaints, not the stays): counted = hits = the tickets
// created in the period.
class ComplaintsPerStaysKpi final : public Kpi
{
    Q_DECLARE_TR_FUNCTIONS(ComplaintsPerStaysKpi)

public:
    [[nodiscard]] QString key() const override { return QStringLiteral("complaints_per_100_stays"); }
    [[nodiscard]] QString title() const override;
    [[nodiscard]] QString formula() const override;
    [[nodiscard]] KpiUnit unit() const override { return KpiUnit::Count; }
    [[nodiscard]] KpiPopulation population() const override { return KpiPopulation::Tickets; }
    [[nodiscard]] bool higherIsBetter() const override { return false; }
    [[nodiscard]] KpiValue compute(const KpiFacts &facts, const KpiPeriod &period) const override;
    [[nodiscard]] KpiMembers members(const KpiFacts &facts, const KpiPeriod &period) const override;
};

} // namespace innkeep
