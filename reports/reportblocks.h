// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportlayout.h"
#include "reportstyle.h"

#include <QColor>
#include <QFont>
#include <QList>
#include <QString>

class QPaintDevice;

namespace innkeep {

// The text blocks a printed report is made of (headings, paragraphs, tables), measured on the PDF
// device so what is measured is what prints, added to a ReportLayout; and the frame every page
// gets (header line, footer with "Page n of m"). The Insights report and the shift handover share them.
class ReportBlocks final
{
public:
    static constexpr qreal CellPadding = 3;

    struct Cell
    {
        QString text;
        QColor colour = ReportStyle::Ink;
        bool bold = false;
    };
    struct Column
    {
        QString title;
        qreal weight = 1; // share of the width
        Qt::Alignment align = Qt::AlignRight;
    };

    ReportBlocks(ReportLayout &layout, QPaintDevice *device) : m_layout(layout), m_device(device) {}

    [[nodiscard]] qreal textHeight(const QFont &font, qreal width, const QString &text) const;
    // A section heading with a rule under it and an optional note, kept with what follows.
    void heading(const QString &text, const QString &note = {});
    void subheading(const QString &text);
    void paragraph(const QString &text, const QFont &font = ReportStyle::body(),
                   const QColor &colour = ReportStyle::Ink, bool keepWithNext = false);
    // A full-width table: columns share the width by weight, cells wrap at word boundaries, a row
    // never breaks across pages and the header repeats on each page.
    void table(const QList<Column> &columns, const QList<QList<Cell>> &rows);
    [[nodiscard]] QList<qreal> widths(const QList<Column> &columns) const;

    // The frame of page `number` of `count`: `left` (the venue) and `right` (what the document
    // is) over a rule at the top, `footer` and "Page n of m" under a rule at the bottom.
    static void pageFrame(QPainter &p, const QRectF &page, qreal sideMargin, const QString &left,
                          const QString &right, const QString &footer, int number, int count);

private:
    ReportLayout &m_layout;
    QPaintDevice *m_device;
};

} // namespace innkeep
