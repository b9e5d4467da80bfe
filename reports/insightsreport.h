// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "insights/feedbacktopicsummary.h"
#include "insights/insightseries.h"
#include "insights/kpiboard.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

namespace innkeep {

class OpenVenue;

// One complaint category over the report's period, with how its tickets ended.
struct ComplaintCategoryRow
{
    QString category;  // ticket category key
    QString label;     // what the venue calls it (the key when the category is unknown)
    int tickets = 0;   // created in the period
    int serious = 0;   // of those, severity high or critical
    int recovered = 0; // outcome recovered
    int lost = 0;      // outcome lost
    int open = 0;      // not yet resolved or closed
    friend bool operator==(const ComplaintCategoryRow &, const ComplaintCategoryRow &) = default;
};

// Everything the Insights report prints, gathered once from one venue: the PDF and the CSV files
// are two views of this value. Read-only; all figures come from core (KpiFacts, KpiBoard,
// InsightSeries, FeedbackTopicSummary, FeedbackTrends), so they equal the page's and
// `innkeep-cli kpi`'s.
struct InsightsReport
{
    Q_DECLARE_TR_FUNCTIONS(InsightsReport)

public:
    static constexpr int ChartMonths = 12;

    QString venueName;
    KpiPeriod period;
    qint64 generatedAt = 0;                    // UTC ms, the venue clock's now
    KpiBoardReport board;                      // every KpiBoard::all() KPI: current, previous, year before
    InsightSeries series;                      // ChartMonths months ending with the period's last month
    QMap<QString, QString> categoryLabels;     // ticket category key -> label
    QList<ComplaintCategoryRow> topComplaints; // categories with tickets, most first, then by label
    int complaints = 0;                        // tickets created in the period
    TopicSummary topics;                       // feedback topics of the period, most mentioned first
    QList<TopicSummaryRow> gettingWorse;       // FeedbackTrends: largest rise of share negative first

    // The report for `period` of the open venue at its clock's now. InvalidInput naming "from" or
    // "to" when the period is not valid; storage errors as the core queries give them.
    [[nodiscard]] static Result<InsightsReport> gather(OpenVenue &venue, const KpiPeriod &period);

    // The category's label, or the key when the venue has none.
    [[nodiscard]] QString categoryLabel(const QString &key) const;
    // Whether the venue has anything at all to report over the chart months.
    [[nodiscard]] bool hasAnyData() const;
};

} // namespace innkeep
