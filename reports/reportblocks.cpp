// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportblocks.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPen>

namespace innkeep {

qreal ReportBlocks::textHeight(const QFont &font, qreal width, const QString &text) const
{
    const QFontMetricsF metrics(font, m_device);
    return metrics.boundingRect(QRectF(0, 0, width, 1e5), Qt::TextWordWrap, text).height();
}

void ReportBlocks::heading(const QString &text, const QString &note)
{
    const QFont font = ReportStyle::heading();
    const qreal noteHeight =
        note.isEmpty() ? 0 : textHeight(ReportStyle::small(), m_layout.width(), note) + 2;
    m_layout.space(10);
    m_layout.add(
        24 + noteHeight,
        [text, note, font](QPainter &p, const QRectF &r) {
            p.setFont(font);
            p.setPen(ReportStyle::Accent);
            p.drawText(QRectF(r.left(), r.top(), r.width(), 19), Qt::AlignLeft | Qt::AlignBottom, text);
            p.setPen(QPen(ReportStyle::Accent, 0.8));
            p.drawLine(QPointF(r.left(), r.top() + 21), QPointF(r.right(), r.top() + 21));
            if (!note.isEmpty()) {
                p.setFont(ReportStyle::small());
                p.setPen(ReportStyle::Muted);
                p.drawText(QRectF(r.left(), r.top() + 24, r.width(), r.height() - 24), Qt::TextWordWrap,
                           note);
            }
        },
        true);
}

void ReportBlocks::subheading(const QString &text)
{
    m_layout.space(4);
    m_layout.add(
        16,
        [text](QPainter &p, const QRectF &r) {
            p.setFont(ReportStyle::bodyBold());
            p.setPen(ReportStyle::Ink);
            p.drawText(r, Qt::AlignLeft | Qt::AlignVCenter, text);
        },
        true);
}

void ReportBlocks::paragraph(const QString &text, const QFont &font, const QColor &colour, bool keepWithNext)
{
    const qreal height = textHeight(font, m_layout.width(), text) + 4;
    m_layout.add(
        height,
        [text, font, colour](QPainter &p, const QRectF &r) {
            p.setFont(font);
            p.setPen(colour);
            p.drawText(r.adjusted(0, 1, 0, 0), Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, text);
        },
        keepWithNext);
}

QList<qreal> ReportBlocks::widths(const QList<Column> &columns) const
{
    qreal total = 0;
    for (const Column &c : columns)
        total += c.weight;
    QList<qreal> w;
    for (const Column &c : columns)
        w.append(m_layout.width() * c.weight / total);
    return w;
}

void ReportBlocks::table(const QList<Column> &columns, const QList<QList<Cell>> &rows)
{
    const QList<qreal> w = widths(columns);
    qreal headerHeight = 0;
    for (qsizetype i = 0; i < columns.size(); ++i)
        headerHeight = std::max(
            headerHeight, textHeight(ReportStyle::smallBold(), w[i] - 2 * CellPadding, columns[i].title));
    headerHeight += 2 * CellPadding;
    m_layout.beginTable(headerHeight, [columns, w](QPainter &p, const QRectF &r) {
        p.fillRect(r, ReportStyle::Band);
        p.setFont(ReportStyle::smallBold());
        p.setPen(ReportStyle::Muted);
        qreal x = r.left();
        for (qsizetype i = 0; i < columns.size(); ++i) {
            p.drawText(QRectF(x + CellPadding, r.top(), w[i] - 2 * CellPadding, r.height()),
                       columns[i].align | Qt::AlignVCenter | Qt::TextWordWrap, columns[i].title);
            x += w[i];
        }
        p.setPen(QPen(ReportStyle::Rule, 0.6));
        p.drawLine(r.bottomLeft(), r.bottomRight());
    });
    for (const QList<Cell> &row : rows) {
        qreal height = 0;
        for (qsizetype i = 0; i < row.size() && i < columns.size(); ++i)
            height = std::max(height, textHeight(row[i].bold ? ReportStyle::bodyBold() : ReportStyle::body(),
                                                 w[i] - 2 * CellPadding, row[i].text));
        height += 2 * CellPadding;
        m_layout.addRow(height, [columns, w, row](QPainter &p, const QRectF &r) {
            qreal x = r.left();
            for (qsizetype i = 0; i < row.size() && i < columns.size(); ++i) {
                p.setFont(row[i].bold ? ReportStyle::bodyBold() : ReportStyle::body());
                p.setPen(row[i].colour);
                p.drawText(QRectF(x + CellPadding, r.top() + CellPadding, w[i] - 2 * CellPadding,
                                  r.height() - 2 * CellPadding),
                           columns[i].align | Qt::AlignTop | Qt::TextWordWrap, row[i].text);
                x += w[i];
            }
            p.setPen(QPen(ReportStyle::Rule, 0.4));
            p.drawLine(r.bottomLeft(), r.bottomRight());
        });
    }
    m_layout.endTable();
}

void ReportBlocks::pageFrame(QPainter &p, const QRectF &page, qreal sideMargin, const QString &left,
                             const QString &right, const QString &footer, int number, int count)
{
    p.setFont(ReportStyle::smallBold());
    p.setPen(ReportStyle::Ink);
    const QRectF header(sideMargin, 24, page.width() - 2 * sideMargin, 14);
    const QFontMetricsF metrics(p.font(), p.device());
    p.drawText(header, Qt::AlignLeft | Qt::AlignVCenter,
               metrics.elidedText(left, Qt::ElideRight, header.width() / 2));
    p.setFont(ReportStyle::small());
    p.setPen(ReportStyle::Muted);
    p.drawText(header, Qt::AlignRight | Qt::AlignVCenter, right);
    p.setPen(QPen(ReportStyle::Rule, 0.6));
    p.drawLine(QPointF(header.left(), header.bottom() + 4), QPointF(header.right(), header.bottom() + 4));
    const QRectF bottom(sideMargin, page.height() - 36, page.width() - 2 * sideMargin, 14);
    p.drawLine(QPointF(bottom.left(), bottom.top() - 4), QPointF(bottom.right(), bottom.top() - 4));
    p.setPen(ReportStyle::Muted);
    p.drawText(bottom, Qt::AlignLeft | Qt::AlignVCenter, footer);
    // The words keep the context they were first translated in (the Insights report's).
    p.drawText(bottom, Qt::AlignRight | Qt::AlignVCenter,
               QCoreApplication::translate("ReportPdf", "Page %1 of %2")
                   .arg(QString::number(number), QString::number(count)));
}

} // namespace innkeep
