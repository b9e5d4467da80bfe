// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "insights/kpi.h"

#include <QCoreApplication>

namespace innkeep {

// Follow-up rate: tickets resolved in the period (resolved_at's local date; a reopened ticket is
// not resolved) with at least one follow-up recorded ÷ tickets resolved in the period.
// Count: the resolved tickets. Members: counted = those tickets, hits = the followed-up ones.
class FollowUpRateKpi final : public Kpi
{
    Q_DECLARE_TR_FUNCTIONS(FollowUpRateKpi)

public:
    [[nodiscard]] QString key() const override { return QStringLiteral("follow_up_rate"); }
    [[nodiscard]] QString title() const override;
    [[nodiscard]] QString formula() const override;
    [[nodiscard]] KpiUnit unit() const override { return KpiUnit::Rate; }
    [[nodiscard]] KpiPopulation population() const override { return KpiPopulation::Tickets; }
    [[nodiscard]] KpiValue compute(const KpiFacts &facts, const KpiPeriod &period) const override;
    [[nodiscard]] KpiMembers members(const KpiFacts &facts, const KpiPeriod &period) const override;
};

} // namespace innkeep
