// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ratingaveragekpi.h"

#include <algorithm>

namespace innkeep {

namespace {

bool isRating(const FeedbackKpiFact &f, const KpiPeriod &period)
{
    return f.ratingNormalised && kpi::within(f.receivedDay, period);
}

} // namespace

QString RatingAverageKpi::title() const
{
    return tr("Average rating (0–10)");
}

QString RatingAverageKpi::formula() const
{
    return tr("Every rating received in the period, on any scale, normalised to 0–1 (1–5: (rating − 1) "
              "÷ 4; 1–10: (rating − 1) ÷ 9; NPS: rating ÷ 10) and multiplied by 10: the average of "
              "those.");
}

KpiValue RatingAverageKpi::compute(const KpiFacts &facts, const KpiPeriod &period) const
{
    qint64 ratings = 0;
    double sum = 0.0;
    for (const FeedbackKpiFact &f : facts.feedback) {
        if (!isRating(f, period))
            continue;
        ++ratings;
        sum += *f.ratingNormalised * 10.0;
    }
    KpiValue v;
    v.count = ratings;
    if (ratings > 0)
        v.value = sum / double(ratings);
    return v;
}

KpiMembers RatingAverageKpi::members(const KpiFacts &facts, const KpiPeriod &period) const
{
    KpiMembers m{KpiPopulation::Feedback, {}, {}};
    for (const FeedbackKpiFact &f : facts.feedback)
        if (isRating(f, period))
            m.counted.append(f.id);
    std::sort(m.counted.begin(), m.counted.end());
    m.hits = m.counted;
    return m;
}

} // namespace innkeep
