// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "insightsreport.h"

#include "house/openvenue.h"
#include "insights/feedbacktrends.h"
#include "insights/kpifacts.h"

#include <algorithm>

namespace innkeep {

namespace {

QList<ComplaintCategoryRow> categoriesOf(const KpiFacts &facts, const KpiPeriod &period,
                                         const QMap<QString, QString> &labels)
{
    QMap<QString, ComplaintCategoryRow> byKey;
    for (const TicketFact &t : facts.tickets) {
        if (!kpi::within(t.createdDay, period))
            continue;
        ComplaintCategoryRow &row = byKey[t.category];
        row.category = t.category;
        row.label = labels.value(t.category, t.category);
        ++row.tickets;
        if (t.severity == u"high" || t.severity == u"critical")
            ++row.serious;
        if (t.outcome == u"recovered")
            ++row.recovered;
        else if (t.outcome == u"lost")
            ++row.lost;
        if (isOpen(t.status))
            ++row.open;
    }
    QList<ComplaintCategoryRow> rows = byKey.values();
    std::stable_sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) {
        if (a.tickets != b.tickets)
            return a.tickets > b.tickets;
        return QString::localeAwareCompare(a.label, b.label) < 0;
    });
    return rows;
}

} // namespace

Result<InsightsReport> InsightsReport::gather(OpenVenue &venue, const KpiPeriod &period)
{
    if (!period.from.isValid())
        return fail(Error::Code::InvalidInput, tr("The first day is not a valid date."),
                    QStringLiteral("from"));
    if (!period.to.isValid() || period.from > period.to)
        return fail(Error::Code::InvalidInput,
                    tr("The last day must be a valid date on or after the first day."), QStringLiteral("to"));

    InsightsReport report;
    report.venueName = venue.settings().venueName();
    report.period = period;
    report.generatedAt = venue.clock().nowMs();

    auto categories = venue.ticketSettings().items(TicketListItem::List::Categories, true);
    if (!categories)
        return std::unexpected(categories.error());
    for (const TicketListItem &item : *categories)
        report.categoryLabels.insert(item.key, item.label);

    auto facts = KpiFacts::load(venue.database(), KpiFilter{}, report.generatedAt);
    if (!facts)
        return std::unexpected(facts.error());
    report.board = KpiBoard::read(*facts, period);
    report.series = InsightSeries::compute(*facts, period, ChartMonths);
    report.topComplaints = categoriesOf(*facts, period, report.categoryLabels);
    for (const ComplaintCategoryRow &row : std::as_const(report.topComplaints))
        report.complaints += row.tickets;

    auto topics = venue.feedbackTopics().between(period.from, period.to);
    if (!topics)
        return std::unexpected(topics.error());
    report.topics = *topics;

    TrendQuery query;
    query.from = period.from;
    query.to = period.to;
    query.by = TrendPeriod::Month;
    auto trends = venue.feedbackTrends().report(query);
    if (!trends)
        return std::unexpected(trends.error());
    report.gettingWorse = trends->gettingWorse;
    return report;
}

QString InsightsReport::categoryLabel(const QString &key) const
{
    if (key.isEmpty())
        return tr("No category");
    return categoryLabels.value(key, key);
}

bool InsightsReport::hasAnyData() const
{
    for (const KpiReading &r : board.readings)
        if (r.current.count > 0 || r.previous.count > 0 || r.yearBefore.count > 0)
            return true;
    for (const MonthFigures &m : series.months) {
        if (!m.complaintsByCategory.isEmpty())
            return true;
        for (const KpiValue &v : m.kpis)
            if (v.count > 0)
                return true;
    }
    return topics.entries > 0;
}

} // namespace innkeep
