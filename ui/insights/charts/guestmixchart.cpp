// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "guestmixchart.h"

#include "chartlook.h"
#include "guests/guest.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QHorizontalBarSeries>
#include <QLocale>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

namespace innkeep::ui {

GuestMixChart::GuestMixChart(InsightSeries::Mix mix, QWidget *parent)
    : QChartView(new QChart, parent), m_mix(mix)
{
    setMinimumHeight(300); // nine bars with room for their names
    chartlook::dress(this);
}

QString GuestMixChart::label(const QString &value) const
{
    if (value.isEmpty())
        return tr("Not recorded");
    switch (m_mix) {
    case InsightSeries::Mix::Source:
        if (const auto source = guestSourceFromToken(value))
            return displayText(*source);
        break;
    case InsightSeries::Mix::Language: {
        // The language's own name ("հայերեն"), which every reader of it recognises.
        const QLocale locale(value);
        if (locale.language() != QLocale::C && !locale.nativeLanguageName().isEmpty())
            return locale.nativeLanguageName(); // as the Feedback page lists languages
        break;
    }
    case InsightSeries::Mix::Country: break; // as the desk typed it (a code like "AM" or a name)
    }
    return value;
}

void GuestMixChart::showMix(const QList<MixSlice> &slices, const KpiPeriod &period)
{
    m_period = period;
    m_bars.clear();
    m_total = 0;
    m_set = nullptr;
    QChart *c = chart();
    c->removeAllSeries();
    for (QAbstractAxis *axis : c->axes()) {
        c->removeAxis(axis);
        delete axis;
    }
    Bar other{{}, tr("Other"), 0, true};
    for (const MixSlice &slice : slices) {
        if (slice.guests <= 0)
            continue;
        m_total += slice.guests;
        if (m_bars.size() < Shown)
            m_bars << Bar{slice.value, label(slice.value), slice.guests, false};
        else
            other.guests += slice.guests;
    }
    if (other.guests > 0)
        m_bars << other;
    if (m_bars.isEmpty())
        return;

    m_set = new QBarSet(tr("Guests"));
    m_set->setColor(chartlook::seriesColour(palette(), 0));
    m_set->setBorderColor(palette().color(QPalette::Base));
    QStringList names;
    int highest = 0;
    for (auto it = m_bars.crbegin(); it != m_bars.crend(); ++it) { // bottom to top
        names << it->label;
        m_set->append(it->guests);
        highest = std::max(highest, it->guests);
    }
    auto *series = new QHorizontalBarSeries;
    series->setBarWidth(0.7);
    series->append(m_set);
    c->addSeries(series);
    connect(m_set, &QBarSet::hovered, this, [this](bool state, int index) {
        const int at = barAt(index);
        if (!state || at < 0) {
            QToolTip::hideText();
            return;
        }
        const Bar &bar = m_bars.at(at);
        QToolTip::showText(QCursor::pos(),
                           tr("%1 — guests: %2 (%3)")
                               .arg(bar.label, QLocale().toString(bar.guests),
                                    chartlook::percent(double(bar.guests) / m_total)),
                           this);
    });
    connect(m_set, &QBarSet::clicked, this, [this](int index) {
        const int at = barAt(index);
        if (at < 0 || m_bars.at(at).isOther)
            return;
        InsightsDrill drill;
        drill.kind = InsightsDrill::Kind::Mix;
        drill.mix = m_mix;
        drill.value = m_bars.at(at).value;
        drill.period = m_period;
        Q_EMIT drillDown(drill);
    });

    chartlook::barCountAxes(this, series, names, highest, 4, tr("Guests"));
}

int GuestMixChart::barAt(int index) const
{
    const int at = int(m_bars.size()) - 1 - index;
    return at >= 0 && at < m_bars.size() ? at : -1;
}

InsightsCharts::Table GuestMixChart::table(const QString &title) const
{
    const QString what = m_mix == InsightSeries::Mix::Country    ? tr("Country")
                         : m_mix == InsightSeries::Mix::Language ? tr("Language")
                                                                 : tr("Source");
    InsightsCharts::Table table{title, {what, tr("Guests"), tr("Share of guests")}, {}};
    const QLocale locale;
    for (const Bar &bar : m_bars)
        table.rows << QStringList{bar.label, locale.toString(bar.guests),
                                  chartlook::percent(double(bar.guests) / m_total)};
    return table;
}

} // namespace innkeep::ui
