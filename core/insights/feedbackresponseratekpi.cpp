// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedbackresponseratekpi.h"

#include <algorithm>

namespace innkeep {

QString FeedbackResponseRateKpi::title() const
{
    return tr("Feedback response rate");
}

QString FeedbackResponseRateKpi::formula() const
{
    return tr("Feedback received in the period that needed attention (a low rating or low sentiment): "
              "the share answered or turned into a complaint ticket by now.");
}

KpiValue FeedbackResponseRateKpi::compute(const KpiFacts &facts, const KpiPeriod &period) const
{
    qint64 needed = 0;
    qint64 handled = 0;
    for (const FeedbackKpiFact &f : facts.feedback) {
        if (!neededAttentionIn(f, period))
            continue;
        ++needed;
        if (handledBy(f, facts.nowMs))
            ++handled;
    }
    KpiValue v;
    v.count = needed;
    v.value = kpi::share(handled, needed);
    return v;
}

KpiMembers FeedbackResponseRateKpi::members(const KpiFacts &facts, const KpiPeriod &period) const
{
    KpiMembers m{KpiPopulation::Feedback, {}, {}};
    for (const FeedbackKpiFact &f : facts.feedback) {
        if (!neededAttentionIn(f, period))
            continue;
        m.counted.append(f.id);
        if (handledBy(f, facts.nowMs))
            m.hits.append(f.id);
    }
    std::sort(m.counted.begin(), m.counted.end());
    std::sort(m.hits.begin(), m.hits.end());
    return m;
}

} // namespace innkeep
