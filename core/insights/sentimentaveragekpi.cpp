// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sentimentaveragekpi.h"

#include <algorithm>

namespace innkeep {

namespace {

bool isAnalysed(const FeedbackKpiFact &f, const KpiPeriod &period)
{
    return f.analysed && kpi::within(f.receivedDay, period);
}

} // namespace

QString SentimentAverageKpi::title() const
{
    return tr("Average sentiment");
}

QString SentimentAverageKpi::formula() const
{
    return tr("Feedback received in the period whose text has been analysed: the average sentiment, "
              "from −1 (negative) to 1 (positive). A label set by staff counts as +0.6, 0 or −0.6 "
              "in place of the analyser's score.");
}

KpiValue SentimentAverageKpi::compute(const KpiFacts &facts, const KpiPeriod &period) const
{
    qint64 entries = 0;
    double sum = 0.0;
    for (const FeedbackKpiFact &f : facts.feedback) {
        if (!isAnalysed(f, period))
            continue;
        ++entries;
        sum += f.sentiment;
    }
    KpiValue v;
    v.count = entries;
    if (entries > 0)
        v.value = sum / double(entries);
    return v;
}

KpiMembers SentimentAverageKpi::members(const KpiFacts &facts, const KpiPeriod &period) const
{
    KpiMembers m{KpiPopulation::Feedback, {}, {}};
    for (const FeedbackKpiFact &f : facts.feedback)
        if (isAnalysed(f, period))
            m.counted.append(f.id);
    std::sort(m.counted.begin(), m.counted.end());
    m.hits = m.counted;
    return m;
}

} // namespace innkeep
