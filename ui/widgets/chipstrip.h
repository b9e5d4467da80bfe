// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/chip.h"

#include <QWidget>

namespace innkeep::ui {

// A line of chips outside a list (an entry's detail): those that do not fit are counted in "+N";
// the accessible name and the tooltip say the same in words (setChips' `words`).
class ChipStrip final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChipStrip)

public:
    explicit ChipStrip(QWidget *parent = nullptr);
    void setChips(const ChipList &chips, const QString &words);
    [[nodiscard]] const ChipList &chips() const { return m_chips; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    ChipList m_chips;
};

} // namespace innkeep::ui
