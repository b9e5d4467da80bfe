// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "insights/kpi.h"

#include <QCoreApplication>

namespace innkeep {

// Recovery rate: among tickets closed in the period (closed_at's local date; a reopened ticket is
// not closed) with an outcome, recovered ÷ (recovered + lost). Closed tickets without an outcome
// are not counted. Count: the tickets with an outcome.
// Members: counted = those tickets, hits = the recovered ones.
class RecoveryRateKpi final : public Kpi
{
    Q_DECLARE_TR_FUNCTIONS(RecoveryRateKpi)

public:
    [[nodiscard]] QString key() const override { return QStringLiteral("recovery_rate"); }
    [[nodiscard]] QString title() const override;
    [[nodiscard]] QString formula() const override;
    [[nodiscard]] KpiUnit unit() const override { return KpiUnit::Rate; }
    [[nodiscard]] KpiPopulation population() const override { return KpiPopulation::Tickets; }
    [[nodiscard]] KpiValue compute(const KpiFacts &facts, const KpiPeriod &period) const override;
    [[nodiscard]] KpiMembers members(const KpiFacts &facts, const KpiPeriod &period) const override;
};

} // namespace innkeep
