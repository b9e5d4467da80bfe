// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chipstrip.h"

#include "widgets/plaintext.h"

#include <QPainter>

namespace innkeep::ui {

ChipStrip::ChipStrip(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void ChipStrip::setChips(const ChipList &chips, const QString &words)
{
    m_chips = chips;
    setAccessibleName(words);
    setToolTip(PlainText::toolTip(words));
    updateGeometry();
    update();
}

QSize ChipStrip::sizeHint() const
{
    return {Chip::rowWidth(m_chips, font()), Chip::height(font()) + 2};
}

QSize ChipStrip::minimumSizeHint() const
{
    return {0, Chip::height(font()) + 2};
}

void ChipStrip::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    Chip::paintRow(painter, rect(), m_chips, font(), palette());
}

} // namespace innkeep::ui
