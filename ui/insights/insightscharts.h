// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "insights/feedbacktopicsummary.h"
#include "insights/insightseries.h"
#include "insightsdrill.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QWidget>

namespace innkeep::ui {

class ChartPanel;
class CohortTable;
class ComplaintsChart;
class GuestMixChart;
class MonthLineChart;
class TopicsChart;

// The charts of the Insights page: rating and sentiment, NPS, complaints by category, SLA
// compliance (each per month), the retention cohorts, topics, and the guest mix by country,
// language and source. Each chart shows "No data for this period" instead of empty axes; hovering
// a bar, point or cell tells its value and count; clicking one asks the page to list the records
// behind it (drillDown). Kpi and Complaints drills carry the month clicked, Cohort drills the
// cohort's month, Mix and Topic drills the TopicSummary's period (the page's period).
class InsightsCharts final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InsightsCharts)

public:
    explicit InsightsCharts(QWidget *parent = nullptr);

    // Redraw everything from one computation (all inputs computed off the GUI thread by the page).
    void showSeries(const innkeep::InsightSeries &series, const innkeep::TopicSummary &topics,
                    const QMap<QString, QString> &categoryLabels); // ticket category key -> label

    // Every chart's data as a table for CSV export: title + header + rows (display text).
    struct Table
    {
        QString title;
        QStringList header;
        QList<QStringList> rows;
    };
    [[nodiscard]] QList<Table> tables() const;

    // The parts, for the page's layout and for tests.
    [[nodiscard]] MonthLineChart *satisfactionChart() const { return m_satisfaction; }
    [[nodiscard]] MonthLineChart *npsChart() const { return m_nps; }
    [[nodiscard]] ComplaintsChart *complaintsChart() const { return m_complaints; }
    [[nodiscard]] MonthLineChart *slaChart() const { return m_sla; }
    [[nodiscard]] CohortTable *cohortTable() const { return m_cohorts; }
    [[nodiscard]] TopicsChart *topicsChart() const { return m_topics; }
    [[nodiscard]] GuestMixChart *mixChart(innkeep::InsightSeries::Mix mix) const;
    [[nodiscard]] QList<ChartPanel *> panels() const { return m_panels; }

Q_SIGNALS:
    void drillDown(const innkeep::ui::InsightsDrill &drill);

private:
    ChartPanel *panel(const QString &title, QWidget *chart);

    MonthLineChart *m_satisfaction;
    MonthLineChart *m_nps;
    ComplaintsChart *m_complaints;
    MonthLineChart *m_sla;
    CohortTable *m_cohorts;
    TopicsChart *m_topics;
    GuestMixChart *m_byCountry;
    GuestMixChart *m_byLanguage;
    GuestMixChart *m_bySource;
    QList<ChartPanel *> m_panels;
};

} // namespace innkeep::ui
