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

class QLabel;

namespace innkeep::ui {

// The charts of the Insights page: rating, NPS and sentiment per month, complaints by category per
// month, SLA compliance, the retention cohorts, topics, and the guest mix. Each chart shows "No data
// for this period" instead of empty axes; hovering a bar, point or cell tells its value and count;
// clicking one asks the page to list the records behind it (drillDown). The Mix and Topic drills
// carry the TopicSummary's period (the page's period), the others the month clicked.
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

Q_SIGNALS:
    void drillDown(const innkeep::ui::InsightsDrill &drill);

private:
    QLabel *m_empty;
    QList<Table> m_tables;
};

} // namespace innkeep::ui
