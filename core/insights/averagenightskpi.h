// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "insights/kpi.h"

#include <QCoreApplication>

namespace innkeep {

// Average nights: the nights (departure day − arrival day) of the counted stays arriving in the
// period ÷ those stays; day-use stays count with 0 nights. Count: those stays. Members: counted =
// those stays, no hits.
class AverageNightsKpi final : public Kpi
{
    Q_DECLARE_TR_FUNCTIONS(AverageNightsKpi)

public:
    [[nodiscard]] QString key() const override { return QStringLiteral("average_nights"); }
    [[nodiscard]] QString title() const override;
    [[nodiscard]] QString formula() const override;
    [[nodiscard]] KpiUnit unit() const override { return KpiUnit::Count; }
    [[nodiscard]] KpiPopulation population() const override { return KpiPopulation::Stays; }
    [[nodiscard]] KpiValue compute(const KpiFacts &facts, const KpiPeriod &period) const override;
    [[nodiscard]] KpiMembers members(const KpiFacts &facts, const KpiPeriod &period) const override;
};

} // namespace innkeep
