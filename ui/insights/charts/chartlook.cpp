// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartlook.h"

#include "insights/insightseries.h"
#include "widgets/theme.h"

#include <QAbstractAxis>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QLegend>
#include <QLocale>

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
    chart->legend()->setAlignment(Qt::AlignBottom);
    view->setRenderHint(QPainter::Antialiasing);
    view->setBackgroundBrush(palette.color(QPalette::Base));
    view->setFrameShape(QFrame::NoFrame);
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
    static constexpr theme::Tone tones[] = {theme::Tone::Info, theme::Tone::Critical, theme::Tone::Success,
                                            theme::Tone::Warning, theme::Tone::Accent};
    constexpr int toneCount = int(std::size(tones));
    const QColor tone = theme::foreground(palette, tones[index % toneCount]);
    const int round = (index / toneCount) % 3;
    return round == 0 ? tone : mixed(tone, palette.color(QPalette::Base), 0.3 * round);
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
    for (int i = 0; i < months.size(); ++i) {
        const QDate day = months.at(i).month.from;
        const QString name = locale.standaloneMonthName(day.month(), QLocale::ShortFormat);
        labels << (i == 0 || day.month() == 1 ? tr("%1 %2", "short month name, year")
                                                    .arg(name, locale.toString(day, QStringLiteral("yyyy")))
                                              : name);
    }
    return labels;
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
