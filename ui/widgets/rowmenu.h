// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QModelIndex>
#include <QPoint>

#include <functional>

class QAbstractItemView;

namespace innkeep::ui {

// Calls `show` when the user asks for a row's menu: a right-click on a row (which becomes the
// current, selected row), or the menu key / Shift+F10 on the current row (the menu opens under
// it). `globalPos` is where the menu belongs.
void onRowMenu(QAbstractItemView *view,
               std::function<void(const QModelIndex &index, const QPoint &globalPos)> show);

} // namespace innkeep::ui
