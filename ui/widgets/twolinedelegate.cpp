// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "twolinedelegate.h"

#include "models/roles.h"

#include <QApplication>
#include <QPainter>

namespace innkeep::ui {

void TwoLineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString first = opt.text;
    const QString second = index.data(SecondLineRole).toString();
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette &pal = opt.palette;
    const QRect r = opt.rect.adjusted(10, 6, -10, -6);
    QFont bold = opt.font;
    bold.setBold(true);
    const QFontMetrics fm1(bold), fm2(opt.font);
    painter->save();
    painter->setFont(bold);
    painter->setPen(pal.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(QRect(r.left(), r.top(), r.width(), fm1.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      fm1.elidedText(first, Qt::ElideRight, r.width()));
    painter->setFont(opt.font);
    QColor muted = pal.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText);
    painter->setPen(muted);
    painter->drawText(QRect(r.left(), r.top() + fm1.height() + 2, r.width(), fm2.height()),
                      Qt::AlignLeft | Qt::AlignVCenter, fm2.elidedText(second, Qt::ElideRight, r.width()));
    painter->restore();
}

QSize TwoLineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    QFont bold = option.font;
    bold.setBold(true);
    return {200, QFontMetrics(bold).height() + QFontMetrics(option.font).height() + 14};
}

} // namespace innkeep::ui
