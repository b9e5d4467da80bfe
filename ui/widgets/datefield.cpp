// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "datefield.h"

#include <QDateTimeEdit>
#include <QKeyEvent>

namespace innkeep::ui {

namespace {

class LeaveOnTab final : public QObject
{
public:
    explicit LeaveOnTab(QDateTimeEdit *edit) : QObject(edit), m_edit(edit) {}

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched != m_edit || event->type() != QEvent::KeyPress)
            return false;
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool back = key->key() == Qt::Key_Backtab
                          || (key->key() == Qt::Key_Tab && (key->modifiers() & Qt::ShiftModifier));
        if (key->key() != Qt::Key_Tab && key->key() != Qt::Key_Backtab)
            return false;
        // The next field in the window's focus chain that takes Tab, past the edit's own parts.
        QWidget *w = m_edit;
        do {
            w = back ? w->previousInFocusChain() : w->nextInFocusChain();
        } while (w != m_edit
                 && (m_edit->isAncestorOf(w) || !w->isVisible() || !w->isEnabled()
                     || !(w->focusPolicy() & Qt::TabFocus) || w->focusProxy()));
        if (w != m_edit)
            w->setFocus(back ? Qt::BacktabFocusReason : Qt::TabFocusReason);
        return true;
    }

private:
    QDateTimeEdit *m_edit;
};

} // namespace

void tabLeavesDateField(QDateTimeEdit *edit)
{
    edit->installEventFilter(new LeaveOnTab(edit));
}

} // namespace innkeep::ui
