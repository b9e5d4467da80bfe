// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartlook.h"

#include "insights/insightseries.h"
#include "widgets/theme.h"

#include <QAbstractAxis>
#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QFontMetrics>
#include <QLegend>
#include <QLocale>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace innkeep::ui::chartlook {

namespace {

QColor mixed(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
                            float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

QString tr(const char *text, const char *comment = nullptr)
{
    return QCoreApplication::translate("InsightsCharts", text, comment);
}

} // namespace

void dress(QChartView *view)
{
    QChart *chart = view->chart();
    const QPalette palette = view->palette();
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setBackgroundPen(Qt::NoPen);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setLabelColor(palette.color(QPalette::Text));
    chart->legend()->setFont(view->font());
    chart->legend()->setVisible(false); // the panel shows a legend that wraps
    view->setRenderHint(QPainter::Antialiasing);
    view->setBackgroundBrush(palette.color(QPalette::Base));
    view->setFrameShape(QFrame::NoFrame);
}

void barCountAxes(QChartView *view, QAbstractBarSeries *series, const QStringList &names, int highest,
                  int ticks, const QString &title)
{
    QChart *chart = view->chart();
    auto *y = new QBarCategoryAxis;
    y->append(names);
    dressAxis(y, view);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    auto *x = new QValueAxis;
    const int step = std::max(1, (highest + ticks - 1) / ticks);
    x->setRange(0, step * ((highest + step - 1) / step));
    x->setTickType(QValueAxis::TicksDynamic);
    x->setTickAnchor(0);
    x->setTickInterval(step);
    x->setLabelFormat(QStringLiteral("%d"));
    x->setTitleText(title);
    dressAxis(x, view);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
}

void dressAxis(QAbstractAxis *axis, const QChartView *view)
{
    const QPalette palette = view->palette();
    const QColor text = palette.color(QPalette::Text);
    QFont font = view->font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    axis->setLabelsFont(font);
    axis->setLabelsColor(text);
    axis->setTitleFont(font);
    axis->setTitleBrush(text);
    axis->setGridLineColor(mixed(palette.color(QPalette::Base), text, 0.15));
    axis->setLinePenColor(mixed(palette.color(QPalette::Base), text, 0.4));
}

QColor seriesColour(const QPalette &palette, int index)
{
    // Blue, red, green, amber, then purple and teal between them (Accent is too close to Warning).
    const QColor info = theme::foreground(palette, theme::Tone::Info);
    const QColor critical = theme::foreground(palette, theme::Tone::Critical);
    const QColor success = theme::foreground(palette, theme::Tone::Success);
    const QColor colours[] = {info,
                              critical,
                              success,
                              theme::foreground(palette, theme::Tone::Warning),
                              mixed(info, critical, 0.5),
                              mixed(info, success, 0.5)};
    constexpr int count = int(std::size(colours));
    const int round = (index / count) % 3;
    const QColor colour = colours[index % count];
    return round == 0 ? colour : mixed(colour, palette.color(QPalette::Base), 0.35 * round);
}

QColor heat(const QPalette &palette, double share)
{
    const double t = std::sqrt(std::clamp(share, 0.0, 1.0));
    return mixed(palette.color(QPalette::Base), theme::foreground(palette, theme::Tone::Success),
                 0.08 + 0.85 * t);
}

QColor textOn(const QColor &background)
{
    // Relative luminance (WCAG): dark text on light cells, white on dark ones.
    auto channel = [](double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    const double l = 0.2126 * channel(background.redF()) + 0.7152 * channel(background.greenF())
                     + 0.0722 * channel(background.blueF());
    return l > 0.179 ? QColor(0x1a, 0x1a, 0x1a) : QColor(Qt::white);
}

QStringList monthAxisLabels(const QList<MonthFigures> &months)
{
    const QLocale locale;
    QStringList labels;
    for (const MonthFigures &month : months)
        labels << locale.standaloneMonthName(month.month.from.month(), QLocale::ShortFormat);
    return labels;
}

QString monthRange(const QList<MonthFigures> &months)
{
    if (months.isEmpty())
        return {};
    return tr("%1 – %2", "first month – last month")
        .arg(monthName(months.first().month.from), monthName(months.last().month.from));
}

void fitMonthLabels(QChartView *view, QAbstractAxis *axis, int months)
{
    if (!axis || months <= 0)
        return;
    auto *categories = qobject_cast<QBarCategoryAxis *>(axis);
    if (!categories)
        return;
    // The plot is the view less the value axes and margins (about 120 px with one, 180 with two);
    // Qt Charts cuts a label short ("Se...") when it is wider than its month less some padding.
    const int sides = int(view->chart()->axes(Qt::Vertical).size());
    const double perMonth = double(view->width() - 60 - 60 * sides) / months - 10;
    QFont font = view->font();
    for (const double scale : {0.9, 0.8, 0.7}) {
        font.setPointSizeF(view->font().pointSizeF() * scale);
        const QFontMetrics metrics(font);
        int widest = 0;
        for (const QString &label : categories->categories())
            widest = std::max(widest, metrics.horizontalAdvance(label));
        if (widest <= perMonth)
            break;
    }
    if (axis->labelsFont() != font)
        axis->setLabelsFont(font);
}

QString legendText(const QList<LegendEntry> &entries)
{
    QStringList parts;
    for (const LegendEntry &entry : entries)
        parts
            << QStringLiteral(
                   "<span style=\"white-space:nowrap\"><span style=\"color:%1\">\u25A0</span>&nbsp;%2</span>")
                   .arg(entry.colour.name(), entry.name.toHtmlEscaped());
    return parts.join(QStringLiteral(" &nbsp; "));
}

QString monthName(const QDate &month)
{
    const QLocale locale;
    return tr("%1 %2", "month name, year")
        .arg(locale.standaloneMonthName(month.month()), locale.toString(month, QStringLiteral("yyyy")));
}

QString percent(double share)
{
    return tr("%1%", "a percentage").arg(QLocale().toString(int(std::lround(share * 100))));
}

QString number(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

} // namespace innkeep::ui::chartlook
