// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "shortcutsdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QScrollBar>
#include <QTableWidget>
#include <QVBoxLayout>

namespace innkeep::ui {

ShortcutsDialog::ShortcutsDialog(QMenuBar *menus, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    auto *table = new QTableWidget(0, 2, this);
    table->setHorizontalHeaderLabels({tr("Action"), tr("Keys")});
    table->setAccessibleName(tr("Keyboard shortcuts"));
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    auto add = [table](const QString &action, const QString &keys) {
        const int row = table->rowCount();
        table->insertRow(row);
        table->setItem(row, 0, new QTableWidgetItem(action));
        table->setItem(row, 1, new QTableWidgetItem(keys));
    };
    const auto menuActions = menus->actions();
    for (QAction *menuAction : menuActions) {
        QMenu *menu = menuAction->menu();
        if (!menu)
            continue;
        const auto actions = menu->actions();
        for (QAction *action : actions) {
            if (action->shortcuts().isEmpty())
                continue;
            QStringList keys;
            for (const QKeySequence &key : action->shortcuts())
                keys.append(key.toString(QKeySequence::NativeText));
            QString text = action->text().remove(QLatin1Char('&'));
            // Undo/redo actions carry the command name; list them by their plain verb.
            if (action->shortcuts().contains(QKeySequence(QKeySequence::Undo)))
                text = tr("Undo");
            else if (action->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)))
                text = tr("Redo");
            text.remove(QStringLiteral("…"));
            add(text, keys.join(QStringLiteral(", ")));
        }
    }
    add(tr("Move through search results"), tr("Up, Down"));
    add(tr("Open the selected result or guest"), tr("Enter"));
    add(tr("Close search results"), tr("Esc"));
    add(tr("Delete the selected preference"),
        QKeySequence(QKeySequence::Delete).toString(QKeySequence::NativeText));
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(table);
    layout->addWidget(buttons);
    table->resizeRowsToContents();
    const int width =
        table->horizontalHeader()->length() + table->verticalScrollBar()->sizeHint().width() + 40;
    resize(std::max(520, width), 600);
}

} // namespace innkeep::ui
