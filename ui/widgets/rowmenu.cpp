// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rowmenu.h"

#include <QAbstractItemView>
#include <QItemSelectionModel>

namespace innkeep::ui {

void onRowMenu(QAbstractItemView *view, std::function<void(const QModelIndex &, const QPoint &)> show)
{
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(view, &QWidget::customContextMenuRequested, view, [view, show](const QPoint &pos) {
        QModelIndex index = view->indexAt(pos);
        QPoint at = pos;
        if (index.isValid()) {
            view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect
                                                               | QItemSelectionModel::Rows);
        } else {
            index = view->currentIndex(); // the menu key: the current row
            if (!index.isValid())
                return;
            at = view->visualRect(index).bottomLeft();
        }
        show(index, view->viewport()->mapToGlobal(at));
    });
}

} // namespace innkeep::ui
