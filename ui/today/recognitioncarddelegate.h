// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace innkeep::ui {

// Paints a Today row as a recognition card: native name large, Latin name, "3rd stay",
// room and dates, VIP badge, then one line per alert (critical preferences first).
// Heights come from font metrics, so Armenian and Georgian are never clipped.
class RecognitionCardDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecognitionCardDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace innkeep::ui
