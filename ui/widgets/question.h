// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMessageBox>

namespace innkeep::ui {

// Every message box the app shows (a yes/no question, a warning, a notice, About) goes through
// here, never QMessageBox's static functions or exec() directly, so a GUI test can answer the
// next one and read what it said. With no answer waiting the box is shown as usual.
class Question final
{
public:
    Question() = delete;

    // Shows `box` modally; returns the standard button pressed (NoButton when it was closed
    // another way). Give custom labels to standard buttons (box.button(...)->setText()) rather
    // than adding custom buttons, so a test can answer with a StandardButton.
    static QMessageBox::StandardButton exec(QMessageBox &box);
    // QMessageBox::question: Yes or No (or what `buttons` offers).
    static QMessageBox::StandardButton ask(QWidget *parent, const QString &title, const QString &text,
                                           QMessageBox::StandardButtons buttons = QMessageBox::Yes
                                                                                  | QMessageBox::No,
                                           QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);
    static void warn(QWidget *parent, const QString &title, const QString &text);
    static void inform(QWidget *parent, const QString &title, const QString &text);
    static void about(QWidget *parent, const QString &title, const QString &text);

    // Test seam (GUI thread only): the next box is answered with `button` without being shown;
    // answers queue in order.
    static void answerNext(QMessageBox::StandardButton button);
    [[nodiscard]] static qsizetype pendingAnswers();
    // The title and text (then the informative text, on a new line) of the last box answered
    // from the queue.
    [[nodiscard]] static QString lastTitle();
    [[nodiscard]] static QString lastText();
};

} // namespace innkeep::ui
