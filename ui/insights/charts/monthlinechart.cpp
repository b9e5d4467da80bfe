// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "monthlinechart.h"

#include "chartlook.h"

#include <QBarCategoryAxis>
#include <QChart>
#include <QCursor>
#include <QLineSeries>
#include <QToolTip>
#include <QValueAxis>

#include <cmath>

namespace innkeep::ui {

MonthLineChart::MonthLineChart(QList<Line> lines, Axis left, std::optional<Axis> right, QWidget *parent)
    : QChartView(new QChart, parent), m_lines(std::move(lines)), m_left(std::move(left)),
      m_right(std::move(right))
{
    setMinimumHeight(240);
    chartlook::dress(this);
}

void MonthLineChart::showMonths(const QList<MonthFigures> &months)
{
    m_months = months;
    m_x = nullptr;
    QChart *c = chart();
    c->removeAllSeries();
    for (QAbstractAxis *axis : c->axes()) {
        c->removeAxis(axis);
        delete axis;
    }

    auto *x = new QBarCategoryAxis;
    x->append(chartlook::monthAxisLabels(months));
    x->setTitleText(chartlook::monthRange(months));
    chartlook::dressAxis(x, this);
    m_x = x;
    c->addAxis(x, Qt::AlignBottom);
    auto valueAxis = [&](const Axis &spec, Qt::Alignment side) {
        auto *axis = new QValueAxis;
        axis->setRange(spec.min, spec.max);
        axis->setTickCount(spec.ticks);
        axis->setLabelFormat(QStringLiteral("%g"));
        axis->setTitleText(spec.title);
        chartlook::dressAxis(axis, this);
        c->addAxis(axis, side);
        return axis;
    };
    QValueAxis *left = valueAxis(m_left, Qt::AlignLeft);
    QValueAxis *right = m_right ? valueAxis(*m_right, Qt::AlignRight) : nullptr;

    const QPalette palette = this->palette();
    for (const Line &line : std::as_const(m_lines)) {
        const QColor colour = chartlook::seriesColour(palette, line.colour);
        if (right)
            (line.rightAxis ? right : left)->setTitleBrush(colour);
        QLineSeries *piece = nullptr;
        for (int i = 0; i < months.size(); ++i) {
            const std::optional<double> value = months.at(i).kpis.value(line.kpiKey).value;
            if (!value) {
                piece = nullptr;
                continue;
            }
            if (!piece) {
                piece = new QLineSeries;
                piece->setObjectName(line.kpiKey);
                piece->setName(line.name);
                QPen pen(colour, 2.5);
                piece->setPen(pen);
                piece->setPointsVisible(true);
                piece->setMarkerSize(7);
                c->addSeries(piece);
                piece->attachAxis(x);
                piece->attachAxis(line.rightAxis && right ? right : left);
                connect(piece, &QLineSeries::hovered, this,
                        [this, line](const QPointF &p, bool state) { pointHovered(line, p, state); });
                connect(piece, &QLineSeries::clicked, this,
                        [this, line](const QPointF &p) { pointClicked(line, p); });
            }
            piece->append(i, *value * line.scale);
        }
    }
    chartlook::fitMonthLabels(this, m_x, int(months.size()));
}

void MonthLineChart::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    chartlook::fitMonthLabels(this, m_x, int(m_months.size()));
}

QList<chartlook::LegendEntry> MonthLineChart::legend() const
{
    QList<chartlook::LegendEntry> entries;
    for (const Line &line : m_lines)
        if (!seriesOf(line.kpiKey).isEmpty())
            entries << chartlook::LegendEntry{chartlook::seriesColour(palette(), line.colour), line.name};
    return entries;
}

bool MonthLineChart::hasData() const
{
    for (const MonthFigures &month : m_months)
        for (const Line &line : m_lines)
            if (month.kpis.value(line.kpiKey).value)
                return true;
    return false;
}

QString MonthLineChart::valueText(const Line &line, const KpiValue &value) const
{
    if (!value.value)
        return {};
    return line.percent ? chartlook::percent(*value.value) : chartlook::number(*value.value, line.decimals);
}

InsightsCharts::Table MonthLineChart::table(const QString &title) const
{
    InsightsCharts::Table table{title, {tr("Month")}, {}};
    for (const Line &line : m_lines)
        table.header << line.name << line.counted;
    for (const MonthFigures &month : m_months) {
        QStringList row{chartlook::monthName(month.month.from)};
        for (const Line &line : m_lines) {
            const KpiValue value = month.kpis.value(line.kpiKey);
            row << valueText(line, value) << QLocale().toString(value.count);
        }
        table.rows << row;
    }
    return table;
}

QList<QLineSeries *> MonthLineChart::seriesOf(const QString &kpiKey) const
{
    QList<QLineSeries *> pieces;
    for (QAbstractSeries *series : chart()->series())
        if (series->objectName() == kpiKey)
            pieces << static_cast<QLineSeries *>(series);
    return pieces;
}

int MonthLineChart::monthAt(const QPointF &point) const
{
    const int index = int(std::lround(point.x()));
    return index >= 0 && index < m_months.size() ? index : -1;
}

void MonthLineChart::pointHovered(const Line &line, const QPointF &point, bool state)
{
    const int index = monthAt(point);
    if (!state || index < 0) {
        QToolTip::hideText();
        return;
    }
    const MonthFigures &month = m_months.at(index);
    const KpiValue value = month.kpis.value(line.kpiKey);
    QToolTip::showText(QCursor::pos(),
                       tr("%1, %2: %3 (%4)")
                           .arg(line.name, chartlook::monthName(month.month.from), valueText(line, value),
                                line.countText(value.count)),
                       this);
}

void MonthLineChart::pointClicked(const Line &line, const QPointF &point)
{
    const int index = monthAt(point);
    if (index < 0)
        return;
    InsightsDrill drill;
    drill.kind = InsightsDrill::Kind::Kpi;
    drill.kpiKey = line.kpiKey;
    drill.period = m_months.at(index).month;
    Q_EMIT drillDown(drill);
}

} // namespace innkeep::ui
