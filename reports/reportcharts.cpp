// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportcharts.h"

#include "reportstyle.h"

#include <QFontMetricsF>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <limits>

namespace innkeep {

namespace {

constexpr qreal TitleHeight = 15;
constexpr qreal LegendHeight = 12;
constexpr qreal AxisLabelWidth = 34;
constexpr qreal MonthLabelHeight = 13;
constexpr qreal CohortHeaderHeight = 13;
constexpr qreal CohortRowHeight = 12.5;
constexpr qreal CohortMonthWidth = 64;
constexpr qreal CohortGuestsWidth = 38;
constexpr qreal MixRowHeight = 13;
constexpr qreal MixPadding = 3;

// 1, 2, 2.5 or 5 times a power of ten, at least `raw`.
double niceStep(double raw)
{
    if (raw <= 0)
        return 1;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double m : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (m * power >= raw)
            return m * power;
    return 10 * power;
}

struct Scale
{
    double lo = 0;
    double hi = 1;
    double step = 0.25;
    [[nodiscard]] qreal y(const QRectF &plot, double v) const
    {
        return plot.bottom() - (v - lo) / (hi - lo) * plot.height();
    }
};

Scale fitted(double lo, double hi, int ticks)
{
    if (hi - lo < 1e-9) {
        const double pad = std::max(std::abs(hi) * 0.1, 1.0);
        lo -= pad;
        hi += pad;
    }
    Scale s;
    s.step = niceStep((hi - lo) / ticks);
    s.lo = std::floor(lo / s.step) * s.step;
    s.hi = std::ceil(hi / s.step) * s.step;
    return s;
}

QString tickText(double v, double step, KpiUnit unit, const ReportFormat &format)
{
    if (unit == KpiUnit::Rate)
        return format.share(v);
    const int decimals = std::max(0, int(-std::floor(std::log10(step) + 1e-9)));
    return format.locale().toString(std::abs(v) < step / 1000 ? 0.0 : v, 'f', decimals);
}

void yAxis(QPainter &painter, const QRectF &plot, const Scale &scale, KpiUnit unit,
           const ReportFormat &format)
{
    painter.setFont(ReportStyle::small());
    const int steps = int(std::lround((scale.hi - scale.lo) / scale.step));
    for (int i = 0; i <= steps; ++i) {
        const double v = scale.lo + i * scale.step;
        const qreal y = scale.y(plot, v);
        painter.setPen(QPen(std::abs(v) < scale.step / 1000 ? ReportStyle::Muted : ReportStyle::Rule, 0.5));
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(ReportStyle::Muted);
        painter.drawText(QRectF(plot.left() - AxisLabelWidth, y - 6, AxisLabelWidth - 4, 12),
                         Qt::AlignRight | Qt::AlignVCenter, tickText(v, scale.step, unit, format));
    }
}

void legend(QPainter &painter, const QRectF &row, const QList<std::pair<QString, QColor>> &items)
{
    painter.setFont(ReportStyle::small());
    const QFontMetricsF metrics(painter.font(), painter.device());
    qreal x = row.left();
    for (const auto &[label, colour] : items) {
        painter.fillRect(QRectF(x, row.center().y() - 3, 8, 6), colour);
        x += 11;
        painter.setPen(ReportStyle::Ink);
        const QString text = metrics.elidedText(label, Qt::ElideRight, row.right() - x);
        painter.drawText(QRectF(x, row.top(), row.right() - x, row.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, text);
        x += metrics.horizontalAdvance(text) + 12;
        if (x >= row.right())
            break;
    }
}

} // namespace

QRectF ReportCharts::frame(QPainter &painter, const QRectF &rect, const QString &title)
{
    painter.setFont(ReportStyle::bodyBold());
    painter.setPen(ReportStyle::Ink);
    const QFontMetricsF metrics(painter.font(), painter.device());
    painter.drawText(QRectF(rect.left(), rect.top(), rect.width(), TitleHeight), Qt::AlignLeft | Qt::AlignTop,
                     metrics.elidedText(title, Qt::ElideRight, rect.width()));
    return rect.adjusted(0, TitleHeight, 0, 0);
}

void ReportCharts::empty(QPainter &painter, const QRectF &plot, const QString &text)
{
    painter.setPen(QPen(ReportStyle::Rule, 0.6, Qt::DashLine));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(plot);
    painter.setFont(ReportStyle::body());
    painter.setPen(ReportStyle::Muted);
    painter.drawText(plot, Qt::AlignCenter | Qt::TextWordWrap, text);
}

void ReportCharts::monthAxis(QPainter &painter, const QRectF &plot, const QList<QDate> &months,
                             const ReportFormat &format, bool centred)
{
    if (months.isEmpty())
        return;
    painter.setFont(ReportStyle::small());
    painter.setPen(ReportStyle::Muted);
    const QFontMetricsF metrics(painter.font(), painter.device());
    const qreal slot = plot.width() / months.size();
    qreal widest = 0;
    for (const QDate &m : months)
        widest = std::max(widest, metrics.horizontalAdvance(format.monthShort(m)));
    // Every month when the labels fit, else every second or third (the last month always shown).
    const int every = std::max(1, int(std::ceil((widest + 4) / slot)));
    for (qsizetype i = months.size() - 1; i >= 0; i -= every) {
        const qreal x = plot.left() + slot * (qreal(i) + (centred ? 0.5 : 0.5));
        painter.drawText(QRectF(x - slot * every / 2, plot.bottom() + 2, slot * every, MonthLabelHeight - 2),
                         Qt::AlignHCenter | Qt::AlignTop, format.monthShort(months.at(i)));
    }
}

void ReportCharts::lines(QPainter &painter, const QRectF &rect, const QString &title,
                         const QList<QDate> &months, const QList<Line> &lines, KpiUnit unit,
                         const ReportFormat &format)
{
    QRectF area = frame(painter, rect, title);
    double lo = std::numeric_limits<double>::max();
    double hi = std::numeric_limits<double>::lowest();
    for (const Line &line : lines)
        for (const auto &v : line.values)
            if (v) {
                lo = std::min(lo, *v);
                hi = std::max(hi, *v);
            }
    if (lines.size() > 1 && lo <= hi) { // no legend over an empty chart
        QList<std::pair<QString, QColor>> items;
        for (const Line &line : lines)
            items.append({line.label, line.colour});
        legend(painter,
               QRectF(area.left() + AxisLabelWidth, area.top(), area.width() - AxisLabelWidth, LegendHeight),
               items);
        area.setTop(area.top() + LegendHeight);
    }
    const QRectF plot = area.adjusted(AxisLabelWidth, 4, -4, -MonthLabelHeight);

    if (lo > hi) {
        empty(painter, plot, tr("No data in these months"));
        monthAxis(painter, plot, months, format, true);
        return;
    }
    Scale scale;
    if (unit == KpiUnit::Rate) {
        scale = Scale{0, 1, 0.25};
    } else {
        scale = fitted(lo, hi, 4);
    }
    yAxis(painter, plot, scale, unit, format);
    monthAxis(painter, plot, months, format, true);

    const qreal slot = plot.width() / std::max<qsizetype>(1, months.size());
    painter.setRenderHint(QPainter::Antialiasing);
    for (const Line &line : lines) {
        QPainterPath path;
        bool drawing = false;
        for (qsizetype i = 0; i < line.values.size(); ++i) {
            const auto &v = line.values.at(i);
            if (!v) {
                drawing = false;
                continue;
            }
            const QPointF p(plot.left() + slot * (qreal(i) + 0.5), scale.y(plot, *v));
            if (drawing)
                path.lineTo(p);
            else
                path.moveTo(p);
            drawing = true;
        }
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(line.colour, 1.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.drawPath(path);
        painter.setBrush(line.colour);
        painter.setPen(Qt::NoPen);
        for (qsizetype i = 0; i < line.values.size(); ++i)
            if (const auto &v = line.values.at(i))
                painter.drawEllipse(QPointF(plot.left() + slot * (qreal(i) + 0.5), scale.y(plot, *v)), 1.8,
                                    1.8);
    }
}

void ReportCharts::stackedBars(QPainter &painter, const QRectF &rect, const QString &title,
                               const QList<QDate> &months, const QList<Stack> &stacks,
                               const ReportFormat &format)
{
    const QRectF area = frame(painter, rect, title);
    const qreal legendWidth = std::min<qreal>(130, area.width() * 0.28);
    const QRectF plot = area.adjusted(AxisLabelWidth, 4, -legendWidth - 8, -MonthLabelHeight);

    QList<int> totals(months.size(), 0);
    for (const Stack &stack : stacks)
        for (qsizetype i = 0; i < stack.values.size() && i < totals.size(); ++i)
            totals[i] += stack.values.at(i);
    const int most = totals.isEmpty() ? 0 : *std::max_element(totals.cbegin(), totals.cend());
    if (most == 0) {
        empty(painter, plot, tr("No complaints in these months"));
        monthAxis(painter, plot, months, format, true);
        return;
    }
    Scale scale;
    scale.lo = 0;
    scale.step = std::max(1.0, niceStep(most / 4.0));
    if (scale.step != std::floor(scale.step)) // whole tickets: 25, not 2.5 or 25 of 2.5
        scale.step = niceStep(scale.step * 1.2);
    scale.hi = std::ceil(most / scale.step) * scale.step;
    yAxis(painter, plot, scale, KpiUnit::Count, format);
    monthAxis(painter, plot, months, format, true);

    const qreal slot = plot.width() / months.size();
    const qreal bar = slot * 0.62;
    for (qsizetype i = 0; i < months.size(); ++i) {
        qreal base = 0;
        for (const Stack &stack : stacks) {
            const int v = stack.values.value(i);
            if (v <= 0)
                continue;
            const qreal top = scale.y(plot, base + v);
            const qreal bottom = scale.y(plot, base);
            painter.fillRect(QRectF(plot.left() + slot * i + (slot - bar) / 2, top, bar, bottom - top),
                             stack.colour);
            base += v;
        }
    }
    // Legend: one line per stack, top to bottom as they are stacked (the first stack is the lowest).
    painter.setFont(ReportStyle::small());
    const QFontMetricsF metrics(painter.font(), painter.device());
    qreal y = plot.top();
    const qreal x = plot.right() + 12;
    for (auto it = stacks.crbegin(); it != stacks.crend(); ++it) {
        const Stack &stack = *it;
        if (y + LegendHeight > plot.bottom())
            break;
        painter.fillRect(QRectF(x, y + 3, 8, 6), stack.colour);
        painter.setPen(ReportStyle::Ink);
        painter.drawText(QRectF(x + 11, y, legendWidth - 11, LegendHeight), Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(stack.label, Qt::ElideRight, legendWidth - 11));
        y += LegendHeight;
    }
}

qreal ReportCharts::cohortTableHeight(qsizetype rows)
{
    return TitleHeight + CohortHeaderHeight + std::max<qsizetype>(rows, 1) * CohortRowHeight + 4;
}

void ReportCharts::cohortTable(QPainter &painter, const QRectF &rect, const QString &title,
                               const QList<CohortRow> &cohorts, const ReportFormat &format)
{
    const QRectF area = frame(painter, rect, title);
    const qreal cellWidth = (area.width() - CohortMonthWidth - CohortGuestsWidth) / 12;
    painter.setFont(ReportStyle::smallBold());
    painter.setPen(ReportStyle::Muted);
    const qreal top = area.top();
    painter.drawText(QRectF(area.left(), top, CohortMonthWidth, CohortHeaderHeight),
                     Qt::AlignLeft | Qt::AlignVCenter, tr("First stay"));
    painter.drawText(QRectF(area.left() + CohortMonthWidth, top, CohortGuestsWidth - 4, CohortHeaderHeight),
                     Qt::AlignRight | Qt::AlignVCenter, tr("Guests"));
    for (int k = 1; k <= 12; ++k)
        painter.drawText(QRectF(area.left() + CohortMonthWidth + CohortGuestsWidth + (k - 1) * cellWidth, top,
                                cellWidth, CohortHeaderHeight),
                         Qt::AlignCenter, tr("%1 mo", "months since the first stay").arg(format.number(k)));

    bool anyGuests = false;
    double highest = 0;
    for (const CohortRow &row : cohorts) {
        anyGuests = anyGuests || row.guests > 0;
        for (const auto &v : row.returned)
            if (v)
                highest = std::max(highest, *v);
    }
    const QRectF body(area.left(), top + CohortHeaderHeight, area.width(),
                      std::max<qsizetype>(cohorts.size(), 1) * CohortRowHeight);
    if (!anyGuests) {
        empty(painter, body, tr("No guest had a first stay in these months"));
        return;
    }
    painter.setFont(ReportStyle::small());
    for (qsizetype r = 0; r < cohorts.size(); ++r) {
        const CohortRow &row = cohorts.at(r);
        const qreal y = body.top() + r * CohortRowHeight;
        painter.setPen(ReportStyle::Ink);
        painter.drawText(QRectF(area.left(), y, CohortMonthWidth, CohortRowHeight),
                         Qt::AlignLeft | Qt::AlignVCenter, format.month(row.firstMonth));
        painter.drawText(QRectF(area.left() + CohortMonthWidth, y, CohortGuestsWidth - 4, CohortRowHeight),
                         Qt::AlignRight | Qt::AlignVCenter, format.number(row.guests));
        for (qsizetype k = 0; k < row.returned.size() && k < 12; ++k) {
            const QRectF cell(area.left() + CohortMonthWidth + CohortGuestsWidth + k * cellWidth + 0.5,
                              y + 0.5, cellWidth - 1, CohortRowHeight - 1);
            const auto &v = row.returned.at(k);
            if (!v || row.guests == 0) {
                painter.fillRect(cell, ReportStyle::Unknown);
                continue;
            }
            // Shaded against the highest share in the table, so small return rates still show.
            const double t = highest > 0 ? *v / highest : 0;
            const QColor base(0xf4, 0xf8, 0xf8);
            const QColor fill =
                QColor::fromRgbF(float(base.redF() + (ReportStyle::Accent.redF() - base.redF()) * t),
                                 float(base.greenF() + (ReportStyle::Accent.greenF() - base.greenF()) * t),
                                 float(base.blueF() + (ReportStyle::Accent.blueF() - base.blueF()) * t));
            painter.fillRect(cell, fill);
            painter.setPen(t > 0.55 ? Qt::white : ReportStyle::Ink);
            painter.drawText(cell, Qt::AlignCenter, format.share(*v));
        }
    }
}

qreal ReportCharts::mixHeight(int rows)
{
    return MixRowHeight * (rows + 2);
}

void ReportCharts::mixColumn(QPainter &p, const QRectF &col, const QString &title, InsightSeries::Mix mix,
                             const QList<MixSlice> &slices, int rows, const ReportFormat &format)
{
    const qreal w = col.width();
    int total = 0;
    for (const MixSlice &slice : slices)
        total += slice.guests;
    p.fillRect(QRectF(col.left(), col.top(), w, MixRowHeight), ReportStyle::Band);
    p.setFont(ReportStyle::smallBold());
    p.setPen(ReportStyle::Muted);
    const QRectF head(col.left() + MixPadding, col.top(), w - 2 * MixPadding, MixRowHeight);
    p.drawText(head, Qt::AlignLeft | Qt::AlignVCenter, title);
    p.drawText(head, Qt::AlignRight | Qt::AlignVCenter, tr("Guests"));
    p.setFont(ReportStyle::body());
    const QFontMetricsF metrics(p.font(), p.device());
    for (qsizetype i = 0; i <= rows && i < slices.size(); ++i) {
        QString label;
        int guests = 0;
        if (i == rows) { // the rest, together
            label = tr("Others");
            for (qsizetype j = i; j < slices.size(); ++j)
                guests += slices[j].guests;
        } else {
            label = ReportFormat::mixLabel(mix, slices[i].value);
            guests = slices[i].guests;
        }
        const qreal y = col.top() + MixRowHeight * qreal(i + 1);
        const QString count =
            tr("%1 (%2)", "guests, share")
                .arg(format.number(guests), format.share(total ? double(guests) / total : 0));
        const qreal countWidth = metrics.horizontalAdvance(count) + 6;
        p.setPen(ReportStyle::Ink);
        p.drawText(QRectF(col.left() + MixPadding, y, w - countWidth - MixPadding, MixRowHeight),
                   Qt::AlignLeft | Qt::AlignVCenter,
                   metrics.elidedText(label, Qt::ElideRight, w - countWidth - 2 * MixPadding));
        p.drawText(QRectF(col.left(), y, w - MixPadding, MixRowHeight), Qt::AlignRight | Qt::AlignVCenter,
                   count);
        p.setPen(QPen(ReportStyle::Rule, 0.4));
        p.drawLine(QPointF(col.left(), y + MixRowHeight), QPointF(col.right(), y + MixRowHeight));
    }
}

} // namespace innkeep
