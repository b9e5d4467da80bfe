// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "insights/kpi.h"
#include "tickets/slaclock.h"

#include <QCoreApplication>

namespace innkeep {

// Median time to acknowledge (median_ack_minutes) or to resolve (median_resolve_minutes), in SLA
// clock minutes: tickets created in the period whose target is achieved (met or breached) at
// KpiFacts::nowMs; the median of the business time the SLA clock charged up to achievement
// (SlaTarget::elapsedMs: quiet hours and, for resolve, waiting on guest or department left out),
// in minutes with fractions kept. Count: those tickets. Lower is better.
// Members: counted = hits = those tickets (each is a value the median is taken over).
class MedianSlaTimeKpi final : public Kpi
{
    Q_DECLARE_TR_FUNCTIONS(MedianSlaTimeKpi)

public:
    explicit MedianSlaTimeKpi(SlaHeadline::Target target) : m_target(target) {}

    [[nodiscard]] QString key() const override;
    [[nodiscard]] QString title() const override;
    [[nodiscard]] QString formula() const override;
    [[nodiscard]] KpiUnit unit() const override { return KpiUnit::Minutes; }
    [[nodiscard]] KpiPopulation population() const override { return KpiPopulation::Tickets; }
    [[nodiscard]] bool higherIsBetter() const override { return false; }
    [[nodiscard]] KpiValue compute(const KpiFacts &facts, const KpiPeriod &period) const override;
    [[nodiscard]] KpiMembers members(const KpiFacts &facts, const KpiPeriod &period) const override;

private:
    [[nodiscard]] const SlaTarget *achievedTarget(const TicketFact &ticket, const KpiPeriod &period) const;

    SlaHeadline::Target m_target;
};

} // namespace innkeep
