// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chipdelegate.h"

#include "models/roles.h"
#include "widgets/chip.h"

#include <QApplication>
#include <QPainter>

namespace innkeep::ui {

void ChipDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                         const QModelIndex &index) const
{
    const QVariant value = index.data(ChipsRole);
    if (!value.canConvert<ChipList>() || value.value<ChipList>().isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, opt.widget) + 2;
    Chip::paintRow(*painter, opt.rect.adjusted(margin, 1, -margin, -1), value.value<ChipList>(), opt.font,
                   opt.palette);
}

QSize ChipDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariant value = index.data(ChipsRole);
    if (!value.canConvert<ChipList>())
        return QStyledItemDelegate::sizeHint(option, index);
    return {Chip::rowWidth(value.value<ChipList>(), option.font) + 8, Chip::height(option.font) + 4};
}

} // namespace innkeep::ui
