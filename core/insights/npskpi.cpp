// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "npskpi.h"

namespace innkeep {

using namespace Qt::StringLiterals;

namespace {

bool isNpsAnswer(const FeedbackKpiFact &f, const KpiPeriod &period)
{
    return f.ratingScale == u"nps"_s && f.rating && kpi::within(f.receivedDay, period);
}

} // namespace

QString NpsKpi::title() const
{
    return tr("Net Promoter Score");
}

QString NpsKpi::formula() const
{
    return tr("Feedback on the NPS scale (0–10) received in the period: 100 × (promoters, 9–10, "
              "minus detractors, 0–6) ÷ all NPS answers.");
}

KpiValue NpsKpi::compute(const KpiFacts &facts, const KpiPeriod &period) const
{
    qint64 answers = 0;
    qint64 promoters = 0;
    qint64 detractors = 0;
    for (const FeedbackKpiFact &f : facts.feedback) {
        if (!isNpsAnswer(f, period))
            continue;
        ++answers;
        if (*f.rating >= 9)
            ++promoters;
        else if (*f.rating <= 6)
            ++detractors;
    }
    KpiValue v;
    v.count = answers;
    if (answers > 0)
        v.value = 100.0 * double(promoters - detractors) / double(answers);
    return v;
}

KpiMembers NpsKpi::members(const KpiFacts &facts, const KpiPeriod &period) const
{
    KpiMembers m{KpiPopulation::Feedback, {}, {}};
    for (const FeedbackKpiFact &f : facts.feedback) {
        if (!isNpsAnswer(f, period))
            continue;
        m.counted.append(f.id);
        if (*f.rating >= 9)
            m.hits.append(f.id);
    }
    std::sort(m.counted.begin(), m.counted.end());
    std::sort(m.hits.begin(), m.hits.end());
    return m;
}

} // namespace innkeep
