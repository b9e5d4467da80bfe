// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csatkpi.h"

#include <algorithm>

namespace innkeep {

using namespace Qt::StringLiterals;

namespace {

bool isFivePointRating(const FeedbackKpiFact &f, const KpiPeriod &period)
{
    return f.ratingScale == u"1-5"_s && f.rating && kpi::within(f.receivedDay, period);
}

bool isSatisfied(const FeedbackKpiFact &f)
{
    return *f.rating >= 4.0;
}

} // namespace

QString CsatKpi::title() const
{
    return tr("Guest satisfaction (CSAT)");
}

QString CsatKpi::formula() const
{
    return tr("Ratings on the 1–5 scale received in the period: ratings of 4 or higher ÷ all 1–5 "
              "ratings. Ratings on other scales do not count.");
}

KpiValue CsatKpi::compute(const KpiFacts &facts, const KpiPeriod &period) const
{
    qint64 ratings = 0;
    qint64 satisfied = 0;
    for (const FeedbackKpiFact &f : facts.feedback) {
        if (!isFivePointRating(f, period))
            continue;
        ++ratings;
        if (isSatisfied(f))
            ++satisfied;
    }
    KpiValue v;
    v.count = ratings;
    v.value = kpi::share(satisfied, ratings);
    return v;
}

KpiMembers CsatKpi::members(const KpiFacts &facts, const KpiPeriod &period) const
{
    KpiMembers m{KpiPopulation::Feedback, {}, {}};
    for (const FeedbackKpiFact &f : facts.feedback) {
        if (!isFivePointRating(f, period))
            continue;
        m.counted.append(f.id);
        if (isSatisfied(f))
            m.hits.append(f.id);
    }
    std::sort(m.counted.begin(), m.counted.end());
    std::sort(m.hits.begin(), m.hits.end());
    return m;
}

} // namespace innkeep
