// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "question.h"

#include <QQueue>

namespace innkeep::ui {

namespace {

// Answers a test queued, and what the last answered box said. Only the GUI thread asks.
struct Queued
{
    QQueue<QMessageBox::StandardButton> answers;
    QString title;
    QString text;
};

Queued &queued()
{
    static Queued state;
    return state;
}

QMessageBox::StandardButton show(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                                 const QString &text, QMessageBox::StandardButtons buttons,
                                 QMessageBox::StandardButton defaultButton = QMessageBox::NoButton)
{
    QMessageBox box(icon, title, text, buttons, parent);
    if (defaultButton != QMessageBox::NoButton)
        box.setDefaultButton(defaultButton);
    return Question::exec(box);
}

} // namespace

QMessageBox::StandardButton Question::exec(QMessageBox &box)
{
    Queued &state = queued();
    if (!state.answers.isEmpty()) {
        state.title = box.windowTitle();
        state.text = box.informativeText().isEmpty() ? box.text()
                                                     : box.text() + QLatin1Char('\n') + box.informativeText();
        return state.answers.dequeue();
    }
    box.exec();
    return box.clickedButton() ? box.standardButton(box.clickedButton()) : QMessageBox::NoButton;
}

QMessageBox::StandardButton Question::ask(QWidget *parent, const QString &title, const QString &text,
                                          QMessageBox::StandardButtons buttons,
                                          QMessageBox::StandardButton defaultButton)
{
    return show(parent, QMessageBox::Question, title, text, buttons, defaultButton);
}

void Question::warn(QWidget *parent, const QString &title, const QString &text)
{
    (void)show(parent, QMessageBox::Warning, title, text, QMessageBox::Ok);
}

void Question::inform(QWidget *parent, const QString &title, const QString &text)
{
    (void)show(parent, QMessageBox::Information, title, text, QMessageBox::Ok);
}

void Question::about(QWidget *parent, const QString &title, const QString &text)
{
    Queued &state = queued();
    if (!state.answers.isEmpty()) {
        state.title = title;
        state.text = text;
        state.answers.dequeue();
        return;
    }
    QMessageBox::about(parent, title, text);
}

void Question::answerNext(QMessageBox::StandardButton button)
{
    queued().answers.enqueue(button);
}

qsizetype Question::pendingAnswers()
{
    return queued().answers.size();
}

QString Question::lastTitle()
{
    return queued().title;
}

QString Question::lastText()
{
    return queued().text;
}

} // namespace innkeep::ui
