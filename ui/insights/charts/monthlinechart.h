// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartlook.h"
#include "insights/insightscharts.h"
#include "insights/insightseries.h"

#include <QChartView>
#include <QList>
#include <QString>

#include <functional>

class QLineSeries;

namespace innkeep::ui {

// KPIs month by month as lines (rating and sentiment, NPS, SLA compliance): one line per KPI,
// broken where a month has nothing to count, each month a point. Hovering a point tells the
// month, value and count; clicking it drills into that KPI over that month.
class MonthLineChart final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MonthLineChart)

public:
    struct Line
    {
        QString kpiKey;  // KpiBoard key in MonthFigures::kpis
        QString name;    // legend and table header
        QString counted; // table header of the count ("Ratings")
        int colour = 0;  // chartlook::seriesColour index
        bool rightAxis = false;
        double scale = 1.0; // drawn value = value × scale (rates: 100)
        int decimals = 1;
        bool percent = false;                     // shown as a percentage of the value 0..1
        std::function<QString(qint64)> countText; // "12 ratings"
    };
    struct Axis
    {
        QString title;
        double min = 0;
        double max = 1;
        int ticks = 5;
    };

    MonthLineChart(QList<Line> lines, Axis left, std::optional<Axis> right = std::nullopt,
                   QWidget *parent = nullptr);

    void showMonths(const QList<MonthFigures> &months);
    [[nodiscard]] bool hasData() const;
    [[nodiscard]] InsightsCharts::Table table(const QString &title) const;
    // The line pieces drawn for a KPI (one per run of months with a value), for tests.
    [[nodiscard]] QList<QLineSeries *> seriesOf(const QString &kpiKey) const;
    [[nodiscard]] QString valueText(const Line &line, const KpiValue &value) const;
    [[nodiscard]] const QList<Line> &lines() const { return m_lines; }
    [[nodiscard]] QList<chartlook::LegendEntry> legend() const; // the lines drawn

Q_SIGNALS:
    void drillDown(const innkeep::ui::InsightsDrill &drill);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void pointHovered(const Line &line, const QPointF &point, bool state);
    void pointClicked(const Line &line, const QPointF &point);
    [[nodiscard]] int monthAt(const QPointF &point) const;

    QList<Line> m_lines;
    Axis m_left;
    std::optional<Axis> m_right;
    QList<MonthFigures> m_months;
    QAbstractAxis *m_x = nullptr;
};

} // namespace innkeep::ui
