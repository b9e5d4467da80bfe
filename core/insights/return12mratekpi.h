// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "insights/kpi.h"

#include <QCoreApplication>

namespace innkeep {

// Return within 12 months: among guests whose first counted stay arrived in the period, the share
// with another stay arriving from that first stay's departure day to 365 days after it (both
// inclusive). Stays arriving before the first stay departed (a second room, a split booking) are
// not returns. Provisional while the window of some counted guest is still open (its last day is
// today or later); the value is then computed on the stays known today. Count: the cohort.
// Members: counted = the cohort, hits = the guests who returned.
class Return12mRateKpi final : public Kpi
{
    Q_DECLARE_TR_FUNCTIONS(Return12mRateKpi)

public:
    // Days after the first stay's departure a return may arrive on, inclusive.
    static constexpr qint64 WindowDays = 365;

    [[nodiscard]] QString key() const override { return QStringLiteral("return_12m_rate"); }
    [[nodiscard]] QString title() const override;
    [[nodiscard]] QString formula() const override;
    [[nodiscard]] KpiUnit unit() const override { return KpiUnit::Rate; }
    [[nodiscard]] KpiPopulation population() const override { return KpiPopulation::Guests; }
    [[nodiscard]] KpiValue compute(const KpiFacts &facts, const KpiPeriod &period) const override;
    [[nodiscard]] KpiMembers members(const KpiFacts &facts, const KpiPeriod &period) const override;
};

} // namespace innkeep
