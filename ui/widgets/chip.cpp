// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chip.h"

#include <QCoreApplication>
#include <QFontMetrics>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace innkeep::ui {

namespace {

constexpr int PadX = 7;
constexpr int PadY = 2;

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
                            float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

void paintOne(QPainter &painter, const QRect &box, const QString &text, const QFont &font,
              std::optional<theme::Tone> tone, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    QColor fill, border, ink;
    if (tone) {
        fill = theme::background(palette, *tone);
        ink = theme::foreground(palette, *tone);
        border = mix(fill, ink, 0.45);
    } else {
        ink = palette.color(QPalette::Text);
        fill = mix(base, ink, theme::isDark(palette) ? 0.12 : 0.06);
        border = mix(fill, ink, 0.35);
    }
    QPainterPath path;
    path.addRoundedRect(QRectF(box).adjusted(0.5, 0.5, -0.5, -0.5), box.height() / 2.0, box.height() / 2.0);
    painter.setPen(border);
    painter.setBrush(fill);
    painter.drawPath(path);
    painter.setFont(font);
    painter.setPen(ink);
    painter.drawText(box.adjusted(PadX, 0, -PadX, 0), Qt::AlignCenter | Qt::TextSingleLine, text);
}

} // namespace

QString Chip::shownText() const
{
    // U+270E LOWER RIGHT PENCIL: DejaVu Sans draws it; the tooltip and accessible text say it in words.
    return edited ? text + QStringLiteral("\u2009\u270E") : text;
}

QFont Chip::font(const QFont &base) const
{
    QFont f = base;
    if (small)
        f.setPointSizeF(base.pointSizeF() > 0 ? base.pointSizeF() * 0.9 : 9.0);
    else
        f.setBold(true);
    return f;
}

int Chip::width(const QFont &base) const
{
    return QFontMetrics(font(base)).horizontalAdvance(shownText()) + 2 * PadX;
}

int Chip::height(const QFont &base)
{
    return QFontMetrics(base).height() + 2 * PadY;
}

int Chip::spacing(const QFont &base)
{
    return std::max(4, QFontMetrics(base).averageCharWidth() / 2);
}

int Chip::rowWidth(const QList<Chip> &chips, const QFont &base)
{
    int w = 0;
    for (const Chip &chip : chips)
        w += chip.width(base) + spacing(base);
    return chips.isEmpty() ? 0 : w - spacing(base);
}

int Chip::paintRow(QPainter &painter, const QRect &rect, const QList<Chip> &chips, const QFont &base,
                   const QPalette &palette)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const int h = std::min(rect.height(), height(base));
    const int top = rect.top() + (rect.height() - h) / 2;
    const int gap = spacing(base);
    int x = rect.left();
    int drawn = 0;
    for (int i = 0; i < chips.size(); ++i) {
        const Chip &chip = chips.at(i);
        const int w = chip.width(base);
        const int rest = int(chips.size()) - i - 1;
        // Room for this chip, and for a "+N" after it when more follow.
        Chip more;
        more.small = true;
        more.text = QCoreApplication::translate("innkeep::ui::Chip", "+%1").arg(QLocale().toString(rest));
        const int reserve = rest > 0 ? gap + more.width(base) : 0;
        if (x + w + reserve > rect.right() + 1 && drawn == 0) {
            // Not even the first fits whole: it is shortened rather than left out.
            const int room = rect.right() + 1 - x - reserve - 2 * PadX;
            const QFontMetrics metrics(chip.font(base));
            if (room >= metrics.averageCharWidth() * 3) {
                const QString shortened = metrics.elidedText(chip.shownText(), Qt::ElideRight, room);
                const int sw = metrics.horizontalAdvance(shortened) + 2 * PadX;
                paintOne(painter, QRect(x, top, sw, h), shortened, chip.font(base), chip.tone, palette);
                x += sw + gap;
                ++drawn;
                if (rest > 0)
                    paintOne(painter, QRect(x, top, more.width(base), h), more.shownText(), more.font(base),
                             std::nullopt, palette);
                break;
            }
        }
        if (x + w + reserve > rect.right() + 1) {
            more.text =
                QCoreApplication::translate("innkeep::ui::Chip", "+%1").arg(QLocale().toString(rest + 1));
            if (x + more.width(base) <= rect.right() + 1)
                paintOne(painter, QRect(x, top, more.width(base), h), more.shownText(), more.font(base),
                         std::nullopt, palette);
            break;
        }
        paintOne(painter, QRect(x, top, w, h), chip.shownText(), chip.font(base), chip.tone, palette);
        x += w + gap;
        ++drawn;
    }
    painter.restore();
    return drawn;
}

} // namespace innkeep::ui
