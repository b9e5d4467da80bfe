// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "insightscharts.h"

#include "charts/chartlook.h"
#include "charts/chartpanel.h"
#include "charts/cohorttable.h"
#include "charts/complaintschart.h"
#include "charts/guestmixchart.h"
#include "charts/monthlinechart.h"
#include "charts/topicschart.h"

#include <QGridLayout>
#include <QLocale>

namespace innkeep::ui {

namespace {

MonthLineChart::Line line(const QString &key, const QString &name, const QString &counted, int colour,
                          std::function<QString(qint64)> countText)
{
    MonthLineChart::Line l;
    l.kpiKey = key;
    l.name = name;
    l.counted = counted;
    l.colour = colour;
    l.countText = std::move(countText);
    return l;
}

} // namespace

InsightsCharts::InsightsCharts(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("insightsCharts"));

    // "label: number" reads right for any count without plural forms.
    auto ratings = [](qint64 n) { return tr("ratings: %1").arg(QLocale().toString(n)); };
    auto entries = [](qint64 n) { return tr("entries analysed: %1").arg(QLocale().toString(n)); };
    auto answers = [](qint64 n) { return tr("answers: %1").arg(QLocale().toString(n)); };
    auto tickets = [](qint64 n) { return tr("tickets: %1").arg(QLocale().toString(n)); };

    MonthLineChart::Line rating =
        line(QStringLiteral("rating_average_10"), tr("Average rating"), tr("Ratings"), 0, ratings);
    MonthLineChart::Line sentiment = line(QStringLiteral("sentiment_average"), tr("Average sentiment"),
                                          tr("Entries analysed"), 3, entries);
    sentiment.rightAxis = true;
    sentiment.decimals = 2;
    m_satisfaction = new MonthLineChart({rating, sentiment}, {tr("Rating (0–10)"), 0, 10, 6},
                                        MonthLineChart::Axis{tr("Sentiment (−1 to 1)"), -1, 1, 5});
    MonthLineChart::Line nps = line(QStringLiteral("nps"), tr("NPS"), tr("NPS answers"), 4, answers);
    nps.decimals = 0;
    m_nps = new MonthLineChart({nps}, {tr("NPS (−100 to 100)"), -100, 100, 5});
    MonthLineChart::Line ack = line(QStringLiteral("sla_ack_compliance"), tr("Acknowledged in time"),
                                    tr("Tickets due to be acknowledged"), 0, tickets);
    MonthLineChart::Line resolve = line(QStringLiteral("sla_resolve_compliance"), tr("Resolved in time"),
                                        tr("Tickets due to be resolved"), 2, tickets);
    for (MonthLineChart::Line *l : {&ack, &resolve}) {
        l->scale = 100;
        l->percent = true;
    }
    m_sla = new MonthLineChart({ack, resolve}, {tr("In time (%)"), 0, 100, 6});
    m_complaints = new ComplaintsChart;
    m_cohorts = new CohortTable;
    m_topics = new TopicsChart;
    m_byCountry = new GuestMixChart(InsightSeries::Mix::Country);
    m_byLanguage = new GuestMixChart(InsightSeries::Mix::Language);
    m_bySource = new GuestMixChart(InsightSeries::Mix::Source);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(8);
    // The month charts and the cohorts across the whole width, so twelve month names fit in any
    // language; topics (long names) and booking sources (long in Georgian) get two thirds.
    grid->addWidget(panel(tr("Rating and sentiment by month"), m_satisfaction), 0, 0, 1, 3);
    grid->addWidget(panel(tr("NPS by month"), m_nps), 1, 0, 1, 3);
    grid->addWidget(panel(tr("Complaints by category and month"), m_complaints), 2, 0, 1, 3);
    grid->addWidget(panel(tr("SLA compliance by month"), m_sla), 3, 0, 1, 3);
    grid->addWidget(
        panel(tr("Guests coming back, by month of first stay (months since that stay)"), m_cohorts), 4, 0, 1,
        3);
    grid->addWidget(panel(tr("Topics guests wrote about"), m_topics), 5, 0, 1, 2);
    grid->addWidget(panel(tr("Guests by country"), m_byCountry), 5, 2);
    grid->addWidget(panel(tr("Guests by language"), m_byLanguage), 6, 0);
    grid->addWidget(panel(tr("Guests by booking source"), m_bySource), 6, 1, 1, 2);
    for (int column = 0; column < 3; ++column)
        grid->setColumnStretch(column, 1);

    for (MonthLineChart *chart : {m_satisfaction, m_nps, m_sla})
        connect(chart, &MonthLineChart::drillDown, this, &InsightsCharts::drillDown);
    connect(m_complaints, &ComplaintsChart::drillDown, this, &InsightsCharts::drillDown);
    connect(m_cohorts, &CohortTable::drillDown, this, &InsightsCharts::drillDown);
    connect(m_topics, &TopicsChart::drillDown, this, &InsightsCharts::drillDown);
    for (GuestMixChart *chart : {m_byCountry, m_byLanguage, m_bySource})
        connect(chart, &GuestMixChart::drillDown, this, &InsightsCharts::drillDown);
}

ChartPanel *InsightsCharts::panel(const QString &title, QWidget *chart)
{
    auto *p = new ChartPanel(title, chart);
    m_panels << p;
    return p;
}

GuestMixChart *InsightsCharts::mixChart(InsightSeries::Mix mix) const
{
    switch (mix) {
    case InsightSeries::Mix::Country: return m_byCountry;
    case InsightSeries::Mix::Language: return m_byLanguage;
    case InsightSeries::Mix::Source: return m_bySource;
    }
    return nullptr;
}

void InsightsCharts::showSeries(const innkeep::InsightSeries &series, const innkeep::TopicSummary &topics,
                                const QMap<QString, QString> &categoryLabels)
{
    // The page's period: the topic summary's, else the last month drawn.
    KpiPeriod period{topics.from, topics.to};
    if (!period.isValid() && !series.months.isEmpty())
        period = series.months.last().month;

    for (MonthLineChart *chart : {m_satisfaction, m_nps, m_sla})
        chart->showMonths(series.months);
    m_complaints->showMonths(series.months, categoryLabels);
    m_cohorts->showCohorts(series.cohorts);
    m_topics->showTopics(topics);
    m_byCountry->showMix(series.byCountry, period);
    m_byLanguage->showMix(series.byLanguage, period);
    m_bySource->showMix(series.bySource, period);

    const bool hasData[] = {m_satisfaction->hasData(), m_nps->hasData(),        m_complaints->hasData(),
                            m_sla->hasData(),          m_cohorts->hasData(),    m_topics->hasData(),
                            m_byCountry->hasData(),    m_byLanguage->hasData(), m_bySource->hasData()};
    for (int i = 0; i < m_panels.size(); ++i)
        m_panels.at(i)->setEmpty(!hasData[i]);
    m_panels.at(0)->setLegend(chartlook::legendText(m_satisfaction->legend()));
    m_panels.at(2)->setLegend(chartlook::legendText(m_complaints->legend()));
    m_panels.at(3)->setLegend(chartlook::legendText(m_sla->legend()));
    m_panels.at(5)->setLegend(chartlook::legendText(m_topics->legend()));
}

QList<InsightsCharts::Table> InsightsCharts::tables() const
{
    return {m_satisfaction->table(m_panels.at(0)->title()), m_nps->table(m_panels.at(1)->title()),
            m_complaints->table(m_panels.at(2)->title()),   m_sla->table(m_panels.at(3)->title()),
            m_cohorts->table(m_panels.at(4)->title()),      m_topics->table(m_panels.at(5)->title()),
            m_byCountry->table(m_panels.at(6)->title()),    m_byLanguage->table(m_panels.at(7)->title()),
            m_bySource->table(m_panels.at(8)->title())};
}

} // namespace innkeep::ui
