// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "filechooser.h"

#include <QFileDialog>
#include <QQueue>

#include <optional>

namespace innkeep::ui {

namespace {

// Answers a test queued, and what was asked when one was used. Only the GUI thread asks.
struct Queued
{
    QQueue<QString> answers;
    QString caption;
    QString suggested;
};

Queued &queued()
{
    static Queued state;
    return state;
}

// The queued answer, if a test left one.
std::optional<QString> takeAnswer(const QString &caption, const QString &suggested)
{
    Queued &state = queued();
    if (state.answers.isEmpty())
        return std::nullopt;
    state.caption = caption;
    state.suggested = suggested;
    return state.answers.dequeue();
}

} // namespace

QString FileChooser::openFile(QWidget *parent, const QString &caption, const QString &suggested,
                              const QString &filter)
{
    if (auto answer = takeAnswer(caption, suggested))
        return *answer;
    return QFileDialog::getOpenFileName(parent, caption, suggested, filter);
}

QString FileChooser::saveFile(QWidget *parent, const QString &caption, const QString &suggested,
                              const QString &filter)
{
    if (auto answer = takeAnswer(caption, suggested))
        return *answer;
    return QFileDialog::getSaveFileName(parent, caption, suggested, filter);
}

QString FileChooser::chooseFolder(QWidget *parent, const QString &caption, const QString &suggested)
{
    if (auto answer = takeAnswer(caption, suggested))
        return *answer;
    return QFileDialog::getExistingDirectory(parent, caption, suggested);
}

void FileChooser::answerNext(const QString &path)
{
    queued().answers.enqueue(path);
}

qsizetype FileChooser::pendingAnswers()
{
    return queued().answers.size();
}

QString FileChooser::lastCaption()
{
    return queued().caption;
}

QString FileChooser::lastSuggested()
{
    return queued().suggested;
}

} // namespace innkeep::ui
