// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPainter>
#include <QRectF>

#include <functional>

namespace innkeep {

// Lays a report out on pages of one body size: blocks of known height placed top to bottom, a
// block never split (so a table row is never clipped), a heading kept with what follows it, a
// table's header repeated on each page its rows continue on. Paginate first (page n of m), then
// paint each page.
class ReportLayout final
{
public:
    // Paints a block into its rectangle (origin at the block's top left).
    using Paint = std::function<void(QPainter &, const QRectF &)>;
    struct Placed
    {
        qsizetype item = 0;
        qreal y = 0;
    };
    using Page = QList<Placed>;

    explicit ReportLayout(QSizeF body) : m_body(body) {}

    [[nodiscard]] qreal width() const { return m_body.width(); }
    // A block `height` high; keepWithNext keeps it on the page of the block after it (headings).
    void add(qreal height, Paint paint, bool keepWithNext = false);
    // Vertical space; dropped at the top of a page.
    void space(qreal height);
    // A table: its header, then rows; the header is repeated on every page the rows continue on.
    void beginTable(qreal headerHeight, Paint header);
    void addRow(qreal height, Paint paint);
    void endTable();
    void pageBreak();

    [[nodiscard]] QList<Page> paginate() const;
    // Paints one page's blocks with the body's top left at `origin`.
    void paint(QPainter &painter, const Page &page, QPointF origin) const;

private:
    struct Item
    {
        qreal height = 0;
        Paint paint;
        bool keepWithNext = false;
        bool isSpace = false;
        bool isBreak = false;
        qsizetype header = -1; // a table row: its header item
        bool isHeader = false;
    };
    QSizeF m_body;
    QList<Item> m_items;
    qsizetype m_header = -1;
};

} // namespace innkeep
