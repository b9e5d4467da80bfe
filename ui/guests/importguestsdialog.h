// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "exchange/guestcsvimport.h"
#include "jobs/backgroundjob.h"

#include <QDialog>
#include <QHash>

#include <memory>

class QDialogButtonBox;
class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace innkeep::ui {

class AppServices;

// Import guests from a CSV file: shows what each column will be read as (unknown columns
// ignored unless the user picks a field), checks every row at once in a background job and
// lists each problem by line and field, then imports all or nothing with progress and a way
// to stop. The file is never changed; a failed or stopped import leaves the database as it was.
class ImportGuestsDialog final : public QDialog
{
    Q_OBJECT

public:
    ImportGuestsDialog(AppServices &services, const QString &path, QWidget *parent = nullptr);
    ~ImportGuestsDialog() override;

    // For tests and screenshots: true while a check or an import runs in its background job.
    [[nodiscard]] bool isBusy() const;
    [[nodiscard]] QTableWidget *columnsTable() const { return m_columns; }
    [[nodiscard]] QListWidget *problemsList() const { return m_problems; }
    [[nodiscard]] QPushButton *importButton() const { return m_import; }
    // Import the good rows and save the rows with problems to a file (asked for at Import).
    [[nodiscard]] QCheckBox *skipBadRowsBox() const { return m_skipBad; }
    [[nodiscard]] QCheckBox *badPhonesInNoteBox() const { return m_badPhonesInNote; }
    // What happens to a row that is a stored guest: merge (the default), skip, or add.
    [[nodiscard]] QComboBox *duplicateChoice() const { return m_onDuplicate; }
    // How slashed dates are read, and the file's text encoding (reading the columns again).
    [[nodiscard]] QComboBox *dateFormatChoice() const { return m_dateFormat; }
    [[nodiscard]] QComboBox *encodingChoice() const { return m_encoding; }
    // Reads the file again, keeping the column choices.
    [[nodiscard]] QPushButton *reloadButton() const { return m_reload; }
    // Correct the cell of the chosen problem here (the file itself is not changed), then check again.
    [[nodiscard]] QPushButton *fixCellButton() const { return m_fixCell; }
    void fixCell(QListWidgetItem *item);
    [[nodiscard]] QString statusText() const;

Q_SIGNALS:
    void imported(qint64 guests);

protected:
    void reject() override;

private:
    enum class Stage { Checking, Ready, Problems, Importing, Done, Failed };
    enum ProblemRole { LineRole = Qt::UserRole + 1, FieldRole, MessageRole };

    void addProblem(const Error &error);
    // The column of the problem's cell, or -1 when the problem is not one cell's.
    [[nodiscard]] int cellOf(const QListWidgetItem *item) const;
    [[nodiscard]] int fixedCells() const;

    void readColumns();
    // The heading: the file, the program it was exported from, and which way the import goes.
    void describeFile();
    void check();
    // Beside the imported file: "guests-rows-left-out.csv".
    [[nodiscard]] QString rejectsSuggestion() const;
    void startImport();
    void start(bool dryRun);
    void showProgress(const JobProgress &progress);
    void finish(bool dryRun, const Result<GuestImportSummary> &result);
    void setStage(Stage stage);
    [[nodiscard]] QHash<QString, QString> mapping() const;
    [[nodiscard]] static QString describe(const Error &error);

    AppServices &m_services;
    QString m_path;
    QStringList m_header;
    QString m_preset; // the export the header is, empty when none
    Stage m_stage = Stage::Checking;
    qint64 m_ready = 0;
    qint64 m_leftOut = 0; // skip mode, from the last check: rows to leave out
    bool m_checkAgain = false;
    std::unique_ptr<BackgroundJob> m_job; // the check or import running now, or the last one

    QLabel *m_file;
    QTableWidget *m_columns;
    QComboBox *m_onDuplicate;
    QComboBox *m_dateFormat;
    QComboBox *m_encoding;
    QCheckBox *m_skipBad = nullptr;
    QCheckBox *m_badPhonesInNote = nullptr;
    QString m_rejectsPath; // where the rows left out go (skip mode), chosen at Import
    QLabel *m_status;
    QProgressBar *m_progress;
    QListWidget *m_problems;
    QDialogButtonBox *m_buttons;
    QPushButton *m_reload;
    QPushButton *m_fixCell = nullptr;
    QHash<int, QHash<qsizetype, QString>> m_fixes; // line -> column -> corrected cell
    QHash<int, QStringList> m_cells;               // rows read for correcting, by line
    QPushButton *m_import;
    QPushButton *m_close;
};

} // namespace innkeep::ui
