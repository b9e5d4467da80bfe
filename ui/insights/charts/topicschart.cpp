// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "topicschart.h"

#include "analysis/hospitalitytopic.h"
#include "chartlook.h"
#include "widgets/theme.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QHorizontalStackedBarSeries>
#include <QLocale>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace innkeep::ui {

namespace {

int negativeOf(const TopicSummaryRow &row)
{
    return int(std::lround(row.mentions * row.shareNegative));
}

} // namespace

TopicsChart::TopicsChart(QWidget *parent) : QChartView(new QChart, parent)
{
    setMinimumHeight(380); // ten bars with room for their names
    chartlook::dress(this);
}

void TopicsChart::showTopics(const TopicSummary &topics)
{
    m_topics = topics;
    m_shown.clear();
    m_negative = m_other = nullptr;
    QChart *c = chart();
    c->removeAllSeries();
    for (QAbstractAxis *axis : c->axes()) {
        c->removeAxis(axis);
        delete axis;
    }
    for (const TopicSummaryRow &row : topics.topics)
        if (row.mentions > 0 && m_shown.size() < MaxTopics)
            m_shown << row;
    if (m_shown.isEmpty())
        return;

    const QPalette palette = this->palette();
    m_negative = new QBarSet(tr("Negative mentions"));
    m_negative->setColor(theme::foreground(palette, theme::Tone::Critical));
    m_other = new QBarSet(tr("Other mentions"));
    m_other->setColor(theme::foreground(palette, theme::Tone::Info));
    for (QBarSet *set : {m_negative, m_other})
        set->setBorderColor(palette.color(QPalette::Base));
    QStringList names;
    int highest = 0;
    // Bottom to top: the most mentioned topic ends up on top.
    for (auto it = m_shown.crbegin(); it != m_shown.crend(); ++it) {
        names << HospitalityTopic::text(it->topic);
        m_negative->append(negativeOf(*it));
        m_other->append(it->mentions - negativeOf(*it));
        highest = std::max(highest, it->mentions);
    }
    auto *series = new QHorizontalStackedBarSeries;
    series->setBarWidth(0.7);
    series->append(m_negative);
    series->append(m_other);
    c->addSeries(series);
    for (QBarSet *set : {m_negative, m_other}) {
        connect(set, &QBarSet::hovered, this, &TopicsChart::hovered);
        connect(set, &QBarSet::clicked, this, &TopicsChart::clicked);
    }

    chartlook::barCountAxes(this, series, names, highest, 5, tr("Mentions"));
}

QList<chartlook::LegendEntry> TopicsChart::legend() const
{
    if (!m_negative)
        return {};
    return {{m_negative->color(), m_negative->label()}, {m_other->color(), m_other->label()}};
}

int TopicsChart::rowAt(int barIndex) const
{
    const int row = int(m_shown.size()) - 1 - barIndex;
    return row >= 0 && row < m_shown.size() ? row : -1;
}

void TopicsChart::hovered(bool state, int barIndex)
{
    const int row = rowAt(barIndex);
    if (!state || row < 0) {
        QToolTip::hideText();
        return;
    }
    const TopicSummaryRow &topic = m_shown.at(row);
    QToolTip::showText(QCursor::pos(),
                       tr("%1 — mentions: %2, negative: %3")
                           .arg(HospitalityTopic::text(topic.topic), QLocale().toString(topic.mentions),
                                chartlook::percent(topic.shareNegative)),
                       this);
}

void TopicsChart::clicked(int barIndex)
{
    const int row = rowAt(barIndex);
    if (row < 0)
        return;
    InsightsDrill drill;
    drill.kind = InsightsDrill::Kind::Topic;
    drill.topic = m_shown.at(row).topic;
    drill.period = KpiPeriod{m_topics.from, m_topics.to};
    Q_EMIT drillDown(drill);
}

InsightsCharts::Table TopicsChart::table(const QString &title) const
{
    InsightsCharts::Table table{
        title, {tr("Topic"), tr("Mentions"), tr("Negative mentions"), tr("Share negative")}, {}};
    const QLocale locale;
    for (const TopicSummaryRow &row : m_topics.topics)
        table.rows << QStringList{HospitalityTopic::text(row.topic), locale.toString(row.mentions),
                                  locale.toString(negativeOf(row)), chartlook::percent(row.shareNegative)};
    return table;
}

} // namespace innkeep::ui
