// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "insights/kpi.h"

#include <QCoreApplication>

namespace innkeep {

// Stays per guest: counted stays arriving in the period ÷ the distinct guests with such a stay.
// Count: those guests. Members: counted = those guests, hits = the ones with two or more stays
// arriving in the period.
class StaysPerGuestKpi final : public Kpi
{
    Q_DECLARE_TR_FUNCTIONS(StaysPerGuestKpi)

public:
    [[nodiscard]] QString key() const override { return QStringLiteral("stays_per_guest"); }
    [[nodiscard]] QString title() const override;
    [[nodiscard]] QString formula() const override;
    [[nodiscard]] KpiUnit unit() const override { return KpiUnit::Count; }
    [[nodiscard]] KpiPopulation population() const override { return KpiPopulation::Guests; }
    [[nodiscard]] KpiValue compute(const KpiFacts &facts, const KpiPeriod &period) const override;
    [[nodiscard]] KpiMembers members(const KpiFacts &facts, const KpiPeriod &period) const override;
};

} // namespace innkeep
