// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "house/venuebackups.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace innkeep {
class OpenVenue;
}

namespace innkeep::ui {

// File ▸ Restore a Backup: the venue's backups (and the copies made before upgrades) with when
// each was made and what it holds, any other Innkeep file by "Other File…", and a last question
// before the chosen copy is put in place. The dialog only chooses; the caller restores.
class RestoreBackupDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestoreBackupDialog)

public:
    explicit RestoreBackupDialog(OpenVenue &venue, QWidget *parent = nullptr);

    // The copy to restore, once accepted.
    [[nodiscard]] QString chosenPath() const { return m_chosen; }
    [[nodiscard]] QTreeWidget *list() const { return m_list; }
    [[nodiscard]] QLabel *details() const { return m_details; }

    void accept() override;

private:
    void addBackup(const VenueBackups::Backup &backup, const QString &kind);
    void chooseOtherFile();
    void showSelected();

    OpenVenue &m_venue;
    QTreeWidget *m_list;
    QLabel *m_details;
    QPushButton *m_otherFile;
    QDialogButtonBox *m_buttons;
    QPushButton *m_restore;
    QList<VenueBackups::Backup> m_backups;
    QString m_chosen;
};

} // namespace innkeep::ui
