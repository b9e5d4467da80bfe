// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "handoverpdf.h"

#include "reportblocks.h"
#include "reportlayout.h"
#include "reportstyle.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace innkeep {

using namespace Qt::StringLiterals;

namespace {

constexpr qreal SideMargin = 36;
constexpr qreal TopMargin = 52;
constexpr qreal BottomMargin = 48;
constexpr int DeadlineColumn = 4;

// Shares of the width: the complaint gets the most, short words (severity, status) the least.
const qreal Weights[] = {0.8, 1.7, 1.1, 1.0, 1.5, 3.4, 1.3};

void titleBlock(ReportLayout &layout, ReportBlocks &blocks, const HandoverSheet &sheet)
{
    const QString venue = sheet.venue;
    const QString title = sheet.title;
    layout.add(46, [venue, title](QPainter &p, const QRectF &r) {
        p.setPen(ReportStyle::Accent);
        p.setFont(ReportStyle::title());
        p.drawText(QRectF(r.left(), r.top(), r.width(), 26), Qt::AlignLeft | Qt::AlignVCenter, title);
        p.setPen(ReportStyle::Ink);
        p.setFont(ReportStyle::font(12, true));
        const QFontMetricsF metrics(p.font(), p.device());
        p.drawText(QRectF(r.left(), r.top() + 28, r.width(), 18), Qt::AlignLeft | Qt::AlignVCenter,
                   metrics.elidedText(venue, Qt::ElideRight, r.width()));
    });
    blocks.paragraph(sheet.subtitle, ReportStyle::body(), ReportStyle::Muted);
}

void signOff(ReportLayout &layout, const HandoverSheet &sheet)
{
    const QString by = sheet.handedOverBy;
    const QString handed = HandoverPdf::tr("Handed over by");
    const QString taken = HandoverPdf::tr("Taken over by");
    const QString signature = HandoverPdf::tr("Signature");
    const QString time = HandoverPdf::tr("Date and time");
    layout.space(14);
    layout.add(78, [=](QPainter &p, const QRectF &r) {
        p.setPen(QPen(ReportStyle::Accent, 0.8));
        p.drawLine(r.topLeft(), r.topRight());
        const qreal nameWidth = r.width() * 0.42;
        const qreal signatureWidth = r.width() * 0.33;
        auto line = [&](qreal y, const QString &label, const QString &filled) {
            const qreal columns[] = {r.left(), r.left() + nameWidth + 12,
                                     r.left() + nameWidth + signatureWidth + 24};
            const qreal widths[] = {nameWidth, signatureWidth, r.right() - columns[2]};
            const QString labels[] = {label, signature, time};
            for (int i = 0; i < 3; ++i) {
                p.setFont(ReportStyle::small());
                p.setPen(ReportStyle::Muted);
                p.drawText(QRectF(columns[i], y, widths[i], 10), Qt::AlignLeft | Qt::AlignVCenter, labels[i]);
                p.setPen(QPen(ReportStyle::Ink, 0.6));
                p.drawLine(QPointF(columns[i], y + 28), QPointF(columns[i] + widths[i], y + 28));
            }
            if (!filled.isEmpty()) {
                p.setFont(ReportStyle::body());
                p.setPen(ReportStyle::Ink);
                p.drawText(QRectF(columns[0], y + 12, widths[0], 14), Qt::AlignLeft | Qt::AlignBottom,
                           filled);
            }
        };
        line(r.top() + 8, handed, by);
        line(r.top() + 44, taken, {});
    });
}

} // namespace

Status HandoverPdf::paint(const HandoverSheet &sheet, QPagedPaintDevice *device)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return fail(Error::Code::Io,
                    tr("The handover needs a graphical application to draw its pages (Qt Gui)."));
    if (device->logicalDpiX() != 72)
        return fail(Error::Code::Io,
                    tr("The handover could not be laid out: the printer is not set to 72 dpi."));
    device->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF()));
    const QRectF page(QPointF(0, 0), device->pageLayout().fullRectPoints().size());
    ReportLayout layout(QSizeF(page.width() - 2 * SideMargin, page.height() - TopMargin - BottomMargin));
    ReportBlocks blocks(layout, device);
    titleBlock(layout, blocks, sheet);
    for (const HandoverSheet::Section &section : sheet.sections) {
        QList<ReportBlocks::Column> columns;
        for (qsizetype i = 0; i < sheet.columns.size(); ++i) {
            const QString title =
                i == DeadlineColumn && !section.whenTitle.isEmpty() ? section.whenTitle : sheet.columns.at(i);
            columns.append({title, i < qsizetype(std::size(Weights)) ? Weights[i] : 1.0, Qt::AlignLeft});
        }
        blocks.heading(section.title);
        if (section.rows.isEmpty()) {
            blocks.paragraph(sheet.none, ReportStyle::body(), ReportStyle::Muted);
            continue;
        }
        QList<QList<ReportBlocks::Cell>> rows;
        for (const QStringList &row : section.rows) {
            QList<ReportBlocks::Cell> cells;
            for (qsizetype i = 0; i < row.size(); ++i) {
                const bool alarm = section.alarm && i == DeadlineColumn;
                cells.append({row.at(i), alarm ? ReportStyle::Worse : ReportStyle::Ink, alarm || i == 0});
            }
            rows.append(cells);
        }
        blocks.table(columns, rows);
        if (!section.more.isEmpty())
            blocks.paragraph(section.more, ReportStyle::small(), ReportStyle::Muted);
    }
    signOff(layout, sheet);

    const QList<ReportLayout::Page> pages = layout.paginate();
    QPainter painter;
    if (!painter.begin(device))
        return fail(Error::Code::Io, tr("The handover could not be drawn."));
    for (qsizetype i = 0; i < pages.size(); ++i) {
        if (i > 0)
            device->newPage();
        ReportBlocks::pageFrame(painter, page, SideMargin, sheet.venue, sheet.title, sheet.subtitle,
                                int(i + 1), int(pages.size()));
        layout.paint(painter, pages[i], QPointF(SideMargin, TopMargin));
    }
    painter.end();
    return {};
}

Result<QByteArray> HandoverPdf::render(const HandoverSheet &sheet)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(72); // one device unit = one point
        writer.setCreator(u"Innkeep"_s);
        writer.setTitle(tr("%1, %2", "document title: what, venue").arg(sheet.title, sheet.venue));
        if (auto ok = paint(sheet, &writer); !ok)
            return std::unexpected(ok.error());
    }
    return buffer.data();
}

} // namespace innkeep
