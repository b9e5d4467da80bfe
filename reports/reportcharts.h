// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "insights/insightseries.h"
#include "insights/kpi.h"
#include "reportformat.h"

#include <QColor>
#include <QCoreApplication>
#include <QList>
#include <QPainter>
#include <QRectF>
#include <QStringList>

#include <optional>

namespace innkeep {

// The report's charts as vector drawing with QPainter (no widgets, no Qt Charts), each into the
// rectangle it is given, title included. A chart with nothing to draw says so in its plot area
// instead of showing empty axes.
class ReportCharts final
{
    Q_DECLARE_TR_FUNCTIONS(ReportCharts)

public:
    struct Line
    {
        QString label;
        QColor colour;
        QList<std::optional<double>> values; // one per month; none leaves a gap
    };
    struct Stack
    {
        QString label;
        QColor colour;
        QList<int> values; // one per month
    };

    // Lines over months; the y axis in the unit's terms (rates 0–100 %, others fitted to the data).
    static void lines(QPainter &painter, const QRectF &rect, const QString &title, const QList<QDate> &months,
                      const QList<Line> &lines, KpiUnit unit, const ReportFormat &format);
    // Stacked bars per month with a legend on the right.
    static void stackedBars(QPainter &painter, const QRectF &rect, const QString &title,
                            const QList<QDate> &months, const QList<Stack> &stacks,
                            const ReportFormat &format);
    // Retention cohorts: first-stay month × months since, each cell shaded by its share.
    static void cohortTable(QPainter &painter, const QRectF &rect, const QString &title,
                            const QList<CohortRow> &cohorts, const ReportFormat &format);
    // The height cohortTable() needs for `rows` cohorts.
    [[nodiscard]] static qreal cohortTableHeight(qsizetype rows);
    // One guest-mix list: its heading, the `rows` largest slices with guests and share, the rest
    // as "Others".
    static void mixColumn(QPainter &painter, const QRectF &rect, const QString &title, InsightSeries::Mix mix,
                          const QList<MixSlice> &slices, int rows, const ReportFormat &format);
    [[nodiscard]] static qreal mixHeight(int rows);

private:
    static QRectF frame(QPainter &painter, const QRectF &rect, const QString &title);
    static void empty(QPainter &painter, const QRectF &plot, const QString &text);
    static void monthAxis(QPainter &painter, const QRectF &plot, const QList<QDate> &months,
                          const ReportFormat &format, bool centred);
};

} // namespace innkeep
