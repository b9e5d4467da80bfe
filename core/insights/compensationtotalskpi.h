// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "insights/kpi.h"

#include <QCoreApplication>

namespace innkeep {

// Compensation cost: what was given to make up for the complaints of tickets created in the period
// (by the ticket's creation date, whenever the compensation was recorded: the facts carry each
// ticket's totals), summed per currency, never converted. value = the venue currency's total
// (0 when none was given in it), byCurrency = the venue currency and every currency given.
// Count: the tickets created in the period; none when there are none. Lower is better.
// Members: counted = the tickets created in the period, hits = the compensated ones.
class CompensationTotalsKpi final : public Kpi
{
    Q_DECLARE_TR_FUNCTIONS(CompensationTotalsKpi)

public:
    [[nodiscard]] QString key() const override { return QStringLiteral("compensation_totals"); }
    [[nodiscard]] QString title() const override;
    [[nodiscard]] QString formula() const override;
    [[nodiscard]] KpiUnit unit() const override { return KpiUnit::Money; }
    [[nodiscard]] KpiPopulation population() const override { return KpiPopulation::Tickets; }
    [[nodiscard]] bool higherIsBetter() const override { return false; }
    [[nodiscard]] KpiValue compute(const KpiFacts &facts, const KpiPeriod &period) const override;
    [[nodiscard]] KpiMembers members(const KpiFacts &facts, const KpiPeriod &period) const override;

    // Compensation summed per currency over some tickets, in minor units, indexed like
    // KpiFacts::currencies (one allocation, whatever the number of tickets).
    class Sums
    {
    public:
        explicit Sums(const KpiFacts &facts)
            : m_minor(facts.currencies.size(), 0), m_given(facts.currencies.size(), false)
        {}
        void add(const TicketFact &ticket);
        // byCurrency = each total in major units ÷ `divisor`, for the venue currency and every
        // currency given; value = the venue currency's.
        void fill(KpiValue &value, const KpiFacts &facts, qint64 divisor = 1) const;

    private:
        QList<qint64> m_minor;
        QList<bool> m_given;
    };
};

} // namespace innkeep
