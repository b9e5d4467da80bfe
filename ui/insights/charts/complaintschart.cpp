// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "complaintschart.h"

#include "chartlook.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QLocale>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

namespace innkeep::ui {

ComplaintsChart::ComplaintsChart(QWidget *parent) : QChartView(new QChart, parent)
{
    setMinimumHeight(260);
    chartlook::dress(this);
}

QString ComplaintsChart::label(const QString &category) const
{
    if (category.isEmpty())
        return tr("No category");
    return m_labels.value(category, category);
}

void ComplaintsChart::showMonths(const QList<MonthFigures> &months,
                                 const QMap<QString, QString> &categoryLabels)
{
    m_months = months;
    m_labels = categoryLabels;
    m_sets.clear();
    m_x = nullptr;
    QChart *c = chart();
    c->removeAllSeries();
    for (QAbstractAxis *axis : c->axes()) {
        c->removeAxis(axis);
        delete axis;
    }

    // Categories with complaints in these months, the most frequent first (at the bottom).
    QMap<QString, int> totals;
    int highest = 0;
    for (const MonthFigures &month : months) {
        int sum = 0;
        for (auto it = month.complaintsByCategory.cbegin(); it != month.complaintsByCategory.cend(); ++it) {
            if (it.value() > 0)
                totals[it.key()] += it.value();
            sum += it.value();
        }
        highest = std::max(highest, sum);
    }
    m_categories = totals.keys();
    std::stable_sort(m_categories.begin(), m_categories.end(),
                     [&](const QString &a, const QString &b) { return totals.value(a) > totals.value(b); });
    if (m_categories.isEmpty())
        return;

    auto *series = new QStackedBarSeries;
    series->setBarWidth(0.7);
    const QPalette palette = this->palette();
    for (int i = 0; i < m_categories.size(); ++i) {
        const QString category = m_categories.at(i);
        auto *set = new QBarSet(label(category));
        set->setColor(chartlook::seriesColour(palette, i));
        set->setBorderColor(palette.color(QPalette::Base));
        for (const MonthFigures &month : months)
            set->append(month.complaintsByCategory.value(category));
        connect(set, &QBarSet::hovered, this, [this, category](bool state, int index) {
            if (!state || index < 0 || index >= m_months.size()) {
                QToolTip::hideText();
                return;
            }
            const MonthFigures &month = m_months.at(index);
            const int count = month.complaintsByCategory.value(category);
            QToolTip::showText(
                QCursor::pos(),
                tr("%1, %2 — complaints: %3")
                    .arg(label(category), chartlook::monthName(month.month.from), QLocale().toString(count)),
                this);
        });
        connect(set, &QBarSet::clicked, this, [this, category](int index) {
            if (index < 0 || index >= m_months.size())
                return;
            InsightsDrill drill;
            drill.kind = InsightsDrill::Kind::Complaints;
            drill.category = category;
            drill.period = m_months.at(index).month;
            Q_EMIT drillDown(drill);
        });
        series->append(set);
        m_sets << set;
    }
    c->addSeries(series);

    auto *x = new QBarCategoryAxis;
    x->append(chartlook::monthAxisLabels(months));
    x->setTitleText(chartlook::monthRange(months));
    chartlook::dressAxis(x, this);
    m_x = x;
    c->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = new QValueAxis;
    // Whole complaints: ticks on integers, at most 6 of them.
    const int step = std::max(1, (highest + 4) / 5);
    y->setRange(0, step * ((highest + step - 1) / step));
    y->setTickType(QValueAxis::TicksDynamic);
    y->setTickAnchor(0);
    y->setTickInterval(step);
    y->setLabelFormat(QStringLiteral("%d"));
    y->setTitleText(tr("Complaints"));
    chartlook::dressAxis(y, this);
    c->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    chartlook::fitMonthLabels(this, m_x, int(months.size()));
}

void ComplaintsChart::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    chartlook::fitMonthLabels(this, m_x, int(m_months.size()));
}

QList<chartlook::LegendEntry> ComplaintsChart::legend() const
{
    QList<chartlook::LegendEntry> entries;
    for (QBarSet *set : m_sets)
        entries << chartlook::LegendEntry{set->color(), set->label()};
    return entries;
}

InsightsCharts::Table ComplaintsChart::table(const QString &title) const
{
    InsightsCharts::Table table{title, {tr("Month")}, {}};
    for (const QString &category : m_categories)
        table.header << label(category);
    table.header << tr("All complaints");
    const QLocale locale;
    for (const MonthFigures &month : m_months) {
        QStringList row{chartlook::monthName(month.month.from)};
        int sum = 0;
        for (const QString &category : m_categories) {
            const int count = month.complaintsByCategory.value(category);
            row << locale.toString(count);
            sum += count;
        }
        row << locale.toString(sum);
        table.rows << row;
    }
    return table;
}

QBarSet *ComplaintsChart::setOf(const QString &category) const
{
    const int at = m_categories.indexOf(category);
    return at >= 0 && at < m_sets.size() ? m_sets.at(at) : nullptr;
}

} // namespace innkeep::ui
