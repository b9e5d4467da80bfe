// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace innkeep {
class OpenVenue;
}

namespace innkeep::ui {

class MessageBar;

// Settings → "Backups": where this computer keeps the venue's backups, whether they are made
// by themselves, when the last one was made, and "Back Up Now" / "Restore a Backup…".
class BackupSection final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupSection)

public:
    explicit BackupSection(OpenVenue &venue, QWidget *parent = nullptr);

    void load();
    // "Back Up Now"; false, with the reason shown, when it failed.
    bool backUpNow();
    [[nodiscard]] QLineEdit *folderField() const { return m_folder; }
    [[nodiscard]] QCheckBox *automaticBox() const { return m_automatic; }
    [[nodiscard]] QLabel *lastBackupLabel() const { return m_last; }
    [[nodiscard]] MessageBar *messageBar() const { return m_messages; }

protected:
    void showEvent(QShowEvent *event) override;

Q_SIGNALS:
    // "Restore a Backup…": the window asks which copy and restores it.
    void restoreRequested();

private:
    void chooseFolder();
    void useDefaultFolder();
    void setAutomatic(bool on);

    OpenVenue &m_venue;
    MessageBar *m_messages;
    QLineEdit *m_folder;
    QPushButton *m_choose;
    QPushButton *m_useDefault;
    QCheckBox *m_automatic;
    QLabel *m_last;
    QLabel *m_advice;
    QPushButton *m_backUp;
    QPushButton *m_restore;
};

} // namespace innkeep::ui
