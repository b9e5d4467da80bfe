// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "insights/kpi.h"

#include <QCoreApplication>

namespace innkeep {

// Average sentiment (-1..1): feedback received in the period that has been analysed (it has text
// and a sentiment from the analyser or a staff label): the mean of the effective sentiment (a
// staff label counts +0.6 / 0 / -0.6, else the analyser's score). Count: those entries.
// Members: counted = hits = those entries (each adds to the sum).
class SentimentAverageKpi final : public Kpi
{
    Q_DECLARE_TR_FUNCTIONS(SentimentAverageKpi)

public:
    [[nodiscard]] QString key() const override { return QStringLiteral("sentiment_average"); }
    [[nodiscard]] QString title() const override;
    [[nodiscard]] QString formula() const override;
    [[nodiscard]] KpiUnit unit() const override { return KpiUnit::Score; }
    [[nodiscard]] KpiPopulation population() const override { return KpiPopulation::Feedback; }
    [[nodiscard]] KpiValue compute(const KpiFacts &facts, const KpiPeriod &period) const override;
    [[nodiscard]] KpiMembers members(const KpiFacts &facts, const KpiPeriod &period) const override;
};

} // namespace innkeep
