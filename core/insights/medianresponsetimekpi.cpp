// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "medianresponsetimekpi.h"

#include "insights/feedbackresponseratekpi.h"

#include <algorithm>

namespace innkeep {

namespace {

constexpr double MinuteMs = 60.0 * 1000.0;

bool isHandledIn(const FeedbackKpiFact &f, const KpiFacts &facts, const KpiPeriod &period)
{
    return FeedbackResponseRateKpi::neededAttentionIn(f, period)
           && FeedbackResponseRateKpi::handledBy(f, facts.nowMs);
}

} // namespace

QString MedianResponseTimeKpi::title() const
{
    return tr("Median response time");
}

QString MedianResponseTimeKpi::formula() const
{
    return tr("Feedback received in the period that needed attention and was answered or turned into a "
              "complaint ticket by now: the median of the minutes from receipt to the first of the two.");
}

KpiValue MedianResponseTimeKpi::compute(const KpiFacts &facts, const KpiPeriod &period) const
{
    QList<double> minutes;
    for (const FeedbackKpiFact &f : facts.feedback)
        if (isHandledIn(f, facts, period))
            minutes.append(double(std::max<qint64>(0, *f.handledAt - f.receivedAt)) / MinuteMs);
    KpiValue v;
    v.count = minutes.size();
    v.value = kpi::median(std::move(minutes));
    return v;
}

KpiMembers MedianResponseTimeKpi::members(const KpiFacts &facts, const KpiPeriod &period) const
{
    KpiMembers m{KpiPopulation::Feedback, {}, {}};
    for (const FeedbackKpiFact &f : facts.feedback)
        if (isHandledIn(f, facts, period))
            m.counted.append(f.id);
    std::sort(m.counted.begin(), m.counted.end());
    m.hits = m.counted;
    return m;
}

} // namespace innkeep
