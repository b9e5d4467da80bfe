// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "insights/kpi.h"

#include <QCoreApplication>

namespace innkeep {

// Top decile's share of lifetime value: for the n guests with a stay arriving in the period, each
// guest's historic revenue in the venue currency (all their counted stays arriving on or before
// `to`; other currencies are left out, never converted); the share of the sum held by the
// ceil(n / 10) guests with the most. Ties at the edge do not change the value (equal amounts);
// members take the lower guest id first. None when these guests have no venue-currency revenue.
// Count: the n guests. Members: counted = the guests, hits = the top-decile guests.
class LtvTopDecileShareKpi final : public Kpi
{
    Q_DECLARE_TR_FUNCTIONS(LtvTopDecileShareKpi)

public:
    [[nodiscard]] QString key() const override { return QStringLiteral("ltv_top_decile_share"); }
    [[nodiscard]] QString title() const override;
    [[nodiscard]] QString formula() const override;
    [[nodiscard]] KpiUnit unit() const override { return KpiUnit::Rate; }
    [[nodiscard]] KpiPopulation population() const override { return KpiPopulation::Guests; }
    [[nodiscard]] KpiValue compute(const KpiFacts &facts, const KpiPeriod &period) const override;
    [[nodiscard]] KpiMembers members(const KpiFacts &facts, const KpiPeriod &period) const override;
};

} // namespace innkeep
