// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QDate>
#include <QList>
#include <QPalette>
#include <QString>
#include <QStringList>

class QAbstractAxis;
class QAbstractBarSeries;
class QChart;
class QChartView;

namespace innkeep {
struct MonthFigures;
}

namespace innkeep::ui::chartlook {

// How the Insights charts look: the widget's palette and font, theme tones for the series, no
// animation, so they read in light and dark and print the same.
void dress(QChartView *view);
void dressAxis(QAbstractAxis *axis, const QChartView *view);
// The axes of a horizontal bar chart: `names` down the left, a count along the bottom from 0 in
// whole steps (about `ticks` of them) up to at least `highest`, titled `title`.
void barCountAxes(QChartView *view, QAbstractBarSeries *series, const QStringList &names, int highest,
                  int ticks, const QString &title);
// The n-th series colour: the theme's tones, then lighter variants of them.
[[nodiscard]] QColor seriesColour(const QPalette &palette, int index);
// A cell background for a share 0..1 (more = stronger), and a text colour readable on it.
[[nodiscard]] QColor heat(const QPalette &palette, double share);
[[nodiscard]] QColor textOn(const QColor &background);

// The months' short names ("Mar"), unique over twelve months; the year is in monthRange().
[[nodiscard]] QStringList monthAxisLabels(const QList<MonthFigures> &months);
[[nodiscard]] QString monthRange(const QList<MonthFigures> &months); // "June 2025 – May 2026"
// Sets a month axis's label size: smaller (down to 70 %) when the names do not fit side by side.
void fitMonthLabels(QChartView *view, QAbstractAxis *axis, int months);
// A legend that wraps (the chart's own cuts long names short): "■ name" per entry, as rich text.
struct LegendEntry
{
    QColor colour;
    QString name;
};
[[nodiscard]] QString legendText(const QList<LegendEntry> &entries);
[[nodiscard]] QString monthName(const QDate &month); // "March 2026"
[[nodiscard]] QString percent(double share);         // 0.425 -> "43%" in the locale's digits
[[nodiscard]] QString number(double value, int decimals);

} // namespace innkeep::ui::chartlook
