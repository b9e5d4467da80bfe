// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportlayout.h"

namespace innkeep {

void ReportLayout::add(qreal height, Paint paint, bool keepWithNext)
{
    m_items.append(Item{height, std::move(paint), keepWithNext, false, false, -1, false});
}

void ReportLayout::space(qreal height)
{
    m_items.append(Item{height, {}, false, true, false, -1, false});
}

void ReportLayout::beginTable(qreal headerHeight, Paint header)
{
    m_header = m_items.size();
    m_items.append(Item{headerHeight, std::move(header), true, false, false, -1, true});
}

void ReportLayout::addRow(qreal height, Paint paint)
{
    m_items.append(Item{height, std::move(paint), false, false, false, m_header, false});
}

void ReportLayout::endTable()
{
    m_header = -1;
}

void ReportLayout::pageBreak()
{
    m_items.append(Item{0, {}, false, false, true, -1, false});
}

QList<ReportLayout::Page> ReportLayout::paginate() const
{
    QList<Page> pages(1);
    qreal y = 0;
    const auto newPage = [&] {
        pages.append(Page{});
        y = 0;
    };
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        const Item &item = m_items.at(i);
        if (item.isBreak) {
            if (!pages.constLast().isEmpty())
                newPage();
            continue;
        }
        if (item.isSpace) {
            if (y > 0)
                y += item.height;
            continue;
        }
        // What must fit together with this block: the blocks it is kept with (a heading and
        // the table header after it, and that table's first row).
        qreal need = item.height;
        bool kept = item.keepWithNext;
        for (qsizetype j = i + 1; kept && j < m_items.size(); ++j) {
            const Item &next = m_items.at(j);
            if (next.isBreak)
                break;
            need += next.height;
            kept = next.isSpace || next.keepWithNext; // space between two kept blocks keeps them together
        }
        if (y > 0 && y + need > m_body.height())
            newPage();
        // A row continuing its table on a new page brings the table's header along.
        if (y == 0 && item.header >= 0) {
            pages.last().append(Placed{item.header, y});
            y += m_items.at(item.header).height;
        }
        pages.last().append(Placed{i, y});
        y += item.height;
    }
    if (pages.size() > 1 && pages.constLast().isEmpty())
        pages.removeLast();
    return pages;
}

void ReportLayout::paint(QPainter &painter, const Page &page, QPointF origin) const
{
    for (const Placed &placed : page) {
        const Item &item = m_items.at(placed.item);
        if (!item.paint)
            continue;
        painter.save();
        painter.translate(origin.x(), origin.y() + placed.y);
        const QRectF rect(0, 0, m_body.width(), item.height);
        item.paint(painter, rect);
        painter.restore();
    }
}

} // namespace innkeep
