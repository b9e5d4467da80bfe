// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "insights/feedbacktopicsummary.h"
#include "insights/insightlists.h"
#include "insights/insightseries.h"
#include "insights/kpiboard.h"

#include <QHash>
#include <QThread>

#include <memory>

namespace innkeep::ui {

// Everything the Insights page shows for one period and filter, computed together off the GUI
// thread (InsightsComputation) from one load of the facts.
struct InsightsFigures
{
    KpiPeriod period;
    KpiFilter filter;
    // Kept for drill-downs: the members of a KPI or a chart's bar are computed from the same facts
    // the figures came from, so a list always matches its number.
    std::shared_ptr<const KpiFacts> facts;
    // The same facts before the filter (what the next filter change narrows in memory).
    std::shared_ptr<const KpiFacts> allFacts;
    // False for the first stage (tiles' values from the facts already in memory): sparklines,
    // chart series, topics and choices follow in the complete figures.
    bool complete = true;
    KpiBoardReport board;
    QHash<QString, QList<KpiPoint>> sparklines; // KPI key -> 12 months ending with the period's month
    InsightSeries series;
    TopicSummary topics;
    QString topicsError; // why the topic summary could not be read ('' when it was)
    InsightChoices choices;
    bool hasChoices = false;         // choices were read (else the page keeps the ones it has)
    const QThread *thread = nullptr; // where it was computed (never the GUI thread)
    qint64 computeMs = 0;
    // Where the time went (ms): loading the facts, the board, the sparklines, the chart series,
    // the topic summary, the filter choices.
    QList<std::pair<QString, qint64>> steps;
};

} // namespace innkeep::ui
