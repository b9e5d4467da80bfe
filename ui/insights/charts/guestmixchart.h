// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "insights/insightscharts.h"
#include "insights/insightseries.h"
#include "insights/kpiperiod.h"

#include <QChartView>

class QBarSet;

namespace innkeep::ui {

// Who stayed in the period by country, language or booking source: the Shown largest values as
// horizontal bars (largest on top) and the rest together as "Other". Hovering tells the guests and
// share; clicking a value lists its guests ("Other" is several values and does not drill).
class GuestMixChart final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuestMixChart)

public:
    static constexpr int Shown = 8;

    explicit GuestMixChart(InsightSeries::Mix mix, QWidget *parent = nullptr);

    void showMix(const QList<MixSlice> &slices, const KpiPeriod &period);
    [[nodiscard]] bool hasData() const { return !m_bars.isEmpty(); }
    [[nodiscard]] InsightsCharts::Table table(const QString &title) const;
    // The bars, top first: the value ("" = not recorded; isOther for the rest) and its guests.
    struct Bar
    {
        QString value;
        QString label;
        int guests = 0;
        bool isOther = false;
    };
    [[nodiscard]] const QList<Bar> &bars() const { return m_bars; }
    [[nodiscard]] QBarSet *barSet() const { return m_set; }
    [[nodiscard]] QString label(const QString &value) const;

Q_SIGNALS:
    void drillDown(const innkeep::ui::InsightsDrill &drill);

private:
    [[nodiscard]] int barAt(int index) const;

    InsightSeries::Mix m_mix;
    KpiPeriod m_period;
    QList<Bar> m_bars;
    int m_total = 0;
    QBarSet *m_set = nullptr;
};

} // namespace innkeep::ui
