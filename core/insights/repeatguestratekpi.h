// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "insights/kpi.h"

#include <QCoreApplication>

namespace innkeep {

// Repeat-guest rate: among guests with a stay arriving in the period, the share with at least two
// stays arriving on or before the period's last day. Count: the guests with a stay arriving in the
// period. Members: counted = those guests, hits = the repeat guests among them.
class RepeatGuestRateKpi final : public Kpi
{
    Q_DECLARE_TR_FUNCTIONS(RepeatGuestRateKpi)

public:
    [[nodiscard]] QString key() const override { return QStringLiteral("repeat_guest_rate"); }
    [[nodiscard]] QString title() const override;
    [[nodiscard]] QString formula() const override;
    [[nodiscard]] KpiUnit unit() const override { return KpiUnit::Rate; }
    [[nodiscard]] KpiPopulation population() const override { return KpiPopulation::Guests; }
    [[nodiscard]] KpiValue compute(const KpiFacts &facts, const KpiPeriod &period) const override;
    [[nodiscard]] KpiMembers members(const KpiFacts &facts, const KpiPeriod &period) const override;
};

} // namespace innkeep
