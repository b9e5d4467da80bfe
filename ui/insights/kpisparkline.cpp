// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "kpisparkline.h"

#include "kpitext.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace innkeep::ui {

KpiSparkline::KpiSparkline(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

QSize KpiSparkline::sizeHint() const
{
    return {120, fontMetrics().height() * 2};
}

QSize KpiSparkline::minimumSizeHint() const
{
    return {60, fontMetrics().height() * 2};
}

void KpiSparkline::setPoints(const QList<KpiPoint> &points, KpiUnit unit, const QString &currency)
{
    m_values.clear();
    QStringList words;
    const QLocale locale;
    for (const KpiPoint &p : points) {
        m_values.append(p.value.value);
        words << tr("%1: %2").arg(locale.toString(p.period.from, QStringLiteral("MMM yyyy")),
                                  KpiText::value(unit, p.value, currency, locale));
    }
    setAccessibleName(tr("Last %1 months").arg(locale.toString(points.size())));
    setAccessibleDescription(words.join(QStringLiteral("; ")));
    update();
}

void KpiSparkline::paintEvent(QPaintEvent *)
{
    QList<double> known;
    for (const auto &v : std::as_const(m_values))
        if (v)
            known.append(*v);
    if (known.isEmpty() || m_values.size() < 2)
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const auto [low, high] = std::minmax_element(known.cbegin(), known.cend());
    const double span = *high - *low;
    const QRectF area = QRectF(rect()).adjusted(3, 3, -3, -3);
    auto pointAt = [&](qsizetype i) {
        const double x = area.left() + area.width() * double(i) / double(m_values.size() - 1);
        const double share = span > 0 ? (*m_values.at(i) - *low) / span : 0.5;
        return QPointF(x, area.bottom() - share * area.height());
    };
    // A faint base line, then the figures; a month without one breaks the line.
    QColor faint = palette().color(QPalette::PlaceholderText);
    faint.setAlpha(90);
    painter.setPen(QPen(faint, 1));
    painter.drawLine(QPointF(area.left(), area.bottom()), QPointF(area.right(), area.bottom()));
    const QColor accent = palette().color(QPalette::Highlight);
    painter.setPen(QPen(accent, 1.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    QPainterPath path;
    bool open = false;
    for (qsizetype i = 0; i < m_values.size(); ++i) {
        if (!m_values.at(i)) {
            open = false;
            continue;
        }
        const QPointF p = pointAt(i);
        if (open)
            path.lineTo(p);
        else
            path.moveTo(p);
        open = true;
    }
    painter.drawPath(path);
    // Lone months (no neighbour with a figure) and the latest one as dots.
    painter.setBrush(accent);
    for (qsizetype i = 0; i < m_values.size(); ++i) {
        if (!m_values.at(i))
            continue;
        const bool lone =
            (i == 0 || !m_values.at(i - 1)) && (i + 1 == m_values.size() || !m_values.at(i + 1));
        if (lone || i + 1 == m_values.size())
            painter.drawEllipse(pointAt(i), 2.2, 2.2);
    }
}

} // namespace innkeep::ui
