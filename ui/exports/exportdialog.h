// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "jobs/backgroundjob.h"

#include <QDialog>
#include <QStringList>

#include <memory>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace innkeep::ui {

class AppServices;

// File ▸ Export…: the venue's data out of Innkeep, as the CLI's `export json|csv|vcard` write it —
// the whole venue as JSON (to restore or move it), spreadsheets (four CSV files in a folder), or the
// guests as contacts (a vCard file; every current guest, or the ones chosen on the Guests page).
// Asks where, then writes in a background job with progress and Stop; the file is the user's only
// and appears only when complete.
class ExportDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Kind { Venue, Spreadsheets, Contacts };

    // `chosenGuests`: the guests chosen on the Guests page (uuids), offered for the contacts.
    ExportDialog(AppServices &services, const QStringList &chosenGuests, QWidget *parent = nullptr);
    ~ExportDialog() override;

    void setKind(Kind kind);
    [[nodiscard]] Kind kind() const;
    [[nodiscard]] bool isBusy() const;
    [[nodiscard]] QString statusText() const;
    [[nodiscard]] QPushButton *exportButton() const { return m_export; }
    [[nodiscard]] QCheckBox *semicolonBox() const { return m_semicolon; }
    [[nodiscard]] QCheckBox *byteOrderMarkBox() const { return m_byteOrderMark; }
    [[nodiscard]] QComboBox *vcardVersionChoice() const { return m_version; }
    [[nodiscard]] QCheckBox *onlyChosenBox() const { return m_onlyChosen; }
    // Where the last export went (a file, or the folder of the spreadsheets).
    [[nodiscard]] const QString &writtenTo() const { return m_writtenTo; }

protected:
    void reject() override;

private:
    void showOptions();
    void startExport();
    void finish(const Status &status);
    void setWorking(bool working);

    AppServices &m_services;
    QStringList m_chosen;
    std::unique_ptr<BackgroundJob> m_job;
    QString m_writtenTo;

    QButtonGroup *m_kinds;
    QRadioButton *m_venue;
    QRadioButton *m_spreadsheets;
    QRadioButton *m_contacts;
    QCheckBox *m_semicolon;
    QCheckBox *m_byteOrderMark;
    QLabel *m_versionLabel;
    QComboBox *m_version;
    QCheckBox *m_onlyChosen;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_export;
    QPushButton *m_close;
};

} // namespace innkeep::ui
