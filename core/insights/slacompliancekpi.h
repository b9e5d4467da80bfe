// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "insights/kpi.h"
#include "tickets/slaclock.h"

#include <QCoreApplication>

namespace innkeep {

// SLA compliance of one target (acknowledge: sla_ack_compliance, resolve: sla_resolve_compliance):
// among tickets created in the period whose target is judged at KpiFacts::nowMs — met, breached,
// or overdue (not achieved and its due time has passed) — the share met. Tickets whose target is
// still running, due soon or paused are not judged yet. Count: the judged tickets.
// Members: counted = the judged tickets, hits = the ones that met the target (the drill-down
// shows the misses as counted minus hits).
class SlaComplianceKpi final : public Kpi
{
    Q_DECLARE_TR_FUNCTIONS(SlaComplianceKpi)

public:
    explicit SlaComplianceKpi(SlaHeadline::Target target) : m_target(target) {}

    [[nodiscard]] QString key() const override;
    [[nodiscard]] QString title() const override;
    [[nodiscard]] QString formula() const override;
    [[nodiscard]] KpiUnit unit() const override { return KpiUnit::Rate; }
    [[nodiscard]] KpiPopulation population() const override { return KpiPopulation::Tickets; }
    [[nodiscard]] KpiValue compute(const KpiFacts &facts, const KpiPeriod &period) const override;
    [[nodiscard]] KpiMembers members(const KpiFacts &facts, const KpiPeriod &period) const override;

private:
    [[nodiscard]] const SlaTarget &targetOf(const TicketFact &ticket) const
    {
        return m_target == SlaHeadline::Target::Acknowledge ? ticket.acknowledge : ticket.resolve;
    }

    SlaHeadline::Target m_target;
};

} // namespace innkeep
