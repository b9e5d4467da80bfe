// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QMenuBar;

namespace innkeep::ui {

// Help ▸ Keyboard Shortcuts: every menu action that has a shortcut, read from the menus
// themselves so the list never drifts, plus the keys of the search list.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)

public:
    ShortcutsDialog(QMenuBar *menus, QWidget *parent = nullptr);
};

} // namespace innkeep::ui
