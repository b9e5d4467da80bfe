// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "insights/kpi.h"

#include <QCoreApplication>

namespace innkeep {

// Feedback response rate: feedback received in the period that needed attention (a low rating or
// low sentiment, as the attention list defines it, whether or not it was answered since): the
// share handled by KpiFacts::nowMs — a response recorded or a ticket opened from it.
// Count: the entries that needed attention. Members: counted = those, hits = the handled ones.
class FeedbackResponseRateKpi final : public Kpi
{
    Q_DECLARE_TR_FUNCTIONS(FeedbackResponseRateKpi)

public:
    [[nodiscard]] QString key() const override { return QStringLiteral("feedback_response_rate"); }
    [[nodiscard]] QString title() const override;
    [[nodiscard]] QString formula() const override;
    [[nodiscard]] KpiUnit unit() const override { return KpiUnit::Rate; }
    [[nodiscard]] KpiPopulation population() const override { return KpiPopulation::Feedback; }
    [[nodiscard]] KpiValue compute(const KpiFacts &facts, const KpiPeriod &period) const override;
    [[nodiscard]] KpiMembers members(const KpiFacts &facts, const KpiPeriod &period) const override;

    // Whether the entry was received in the period and needed attention.
    [[nodiscard]] static bool neededAttentionIn(const FeedbackKpiFact &f, const KpiPeriod &period)
    {
        return f.neededAttention && kpi::within(f.receivedDay, period);
    }
    // Whether it was handled (responded to or turned into a ticket) at or before `nowMs`.
    [[nodiscard]] static bool handledBy(const FeedbackKpiFact &f, qint64 nowMs)
    {
        return f.handledAt && *f.handledAt <= nowMs;
    }
};

} // namespace innkeep
