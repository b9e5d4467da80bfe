// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace innkeep::ui {

// Every "choose a file" the app asks goes through here (never QFileDialog's static functions
// directly), so a GUI test can answer the next one and drive a menu path end to end. With no
// answer waiting it shows the platform's file dialog; an empty result means the user cancelled.
class FileChooser final
{
public:
    FileChooser() = delete;

    [[nodiscard]] static QString openFile(QWidget *parent, const QString &caption, const QString &suggested,
                                          const QString &filter);
    [[nodiscard]] static QString saveFile(QWidget *parent, const QString &caption, const QString &suggested,
                                          const QString &filter);
    // A folder to write several files into (an existing one).
    [[nodiscard]] static QString chooseFolder(QWidget *parent, const QString &caption,
                                              const QString &suggested);

    // Test seam (GUI thread only): the next file question is answered with `path` (empty = Cancel)
    // without showing a dialog; answers queue in order.
    static void answerNext(const QString &path);
    [[nodiscard]] static qsizetype pendingAnswers();
    // What the last question answered from the queue asked: its caption and suggested path.
    [[nodiscard]] static QString lastCaption();
    [[nodiscard]] static QString lastSuggested();
};

} // namespace innkeep::ui
