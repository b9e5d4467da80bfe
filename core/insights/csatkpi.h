// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "insights/kpi.h"

#include <QCoreApplication>

namespace innkeep {

// CSAT: ratings on the 1-5 scale received in the period: the share rated 4 or higher (a 4.5 from
// a review site counts, a 3.5 does not). Count: those ratings.
// Members: counted = the 1-5 ratings, hits = the ones of 4 or higher.
class CsatKpi final : public Kpi
{
    Q_DECLARE_TR_FUNCTIONS(CsatKpi)

public:
    [[nodiscard]] QString key() const override { return QStringLiteral("csat"); }
    [[nodiscard]] QString title() const override;
    [[nodiscard]] QString formula() const override;
    [[nodiscard]] KpiUnit unit() const override { return KpiUnit::Rate; }
    [[nodiscard]] KpiPopulation population() const override { return KpiPopulation::Feedback; }
    [[nodiscard]] KpiValue compute(const KpiFacts &facts, const KpiPeriod &period) const override;
    [[nodiscard]] KpiMembers members(const KpiFacts &facts, const KpiPeriod &period) const override;
};

} // namespace innkeep
