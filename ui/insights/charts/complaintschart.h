// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartlook.h"
#include "insights/insightscharts.h"
#include "insights/insightseries.h"

#include <QChartView>
#include <QMap>
#include <QStringList>

class QBarSet;

namespace innkeep::ui {

// Complaints logged per month, stacked by category (the most frequent category at the bottom).
// Hovering a piece tells the category, month and count; clicking it lists those tickets.
class ComplaintsChart final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComplaintsChart)

public:
    explicit ComplaintsChart(QWidget *parent = nullptr);

    void showMonths(const QList<MonthFigures> &months, const QMap<QString, QString> &categoryLabels);
    [[nodiscard]] bool hasData() const { return !m_categories.isEmpty(); }
    [[nodiscard]] InsightsCharts::Table table(const QString &title) const;
    [[nodiscard]] const QStringList &categories() const { return m_categories; } // keys, as stacked
    [[nodiscard]] QBarSet *setOf(const QString &category) const;
    [[nodiscard]] QList<chartlook::LegendEntry> legend() const;

Q_SIGNALS:
    void drillDown(const innkeep::ui::InsightsDrill &drill);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    [[nodiscard]] QString label(const QString &category) const;

    QList<MonthFigures> m_months;
    QMap<QString, QString> m_labels;
    QStringList m_categories;
    QList<QBarSet *> m_sets;
    QAbstractAxis *m_x = nullptr;
};

} // namespace innkeep::ui
