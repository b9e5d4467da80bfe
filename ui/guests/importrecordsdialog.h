// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "exchange/recordcsvimport.h"
#include "jobs/backgroundjob.h"

#include <QDialog>
#include <QHash>

#include <memory>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace innkeep::ui {

class AppServices;

// Import stays or feedback from a CSV file, as the guest import does: shows what each column will
// be read as, checks every row in a background job (a dry run) on opening and after every choice,
// lists each problem by line and field, then imports all or nothing (or, in skip mode, the good
// rows, saving the others to a file) with progress and a way to stop. The file is never changed; a
// failed or stopped import leaves the database as it was.
class ImportRecordsDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Kind { Stays, Feedback };

    ImportRecordsDialog(AppServices &services, Kind kind, const QString &path, QWidget *parent = nullptr);
    ~ImportRecordsDialog() override;

    [[nodiscard]] Kind kind() const { return m_kind; }
    // For tests and screenshots: true while a check or an import runs in its background job.
    [[nodiscard]] bool isBusy() const;
    [[nodiscard]] QLabel *heading() const { return m_file; }
    [[nodiscard]] QTableWidget *columnsTable() const { return m_columns; }
    // The combo of the file's column `column`: "ignore" or one of the importer's field tokens.
    [[nodiscard]] QComboBox *columnChoice(int column) const;
    [[nodiscard]] QListWidget *problemsList() const { return m_problems; }
    [[nodiscard]] QPushButton *importButton() const { return m_import; }
    // Cancel, Stop while importing, Close at the end.
    [[nodiscard]] QPushButton *closeButton() const { return m_close; }
    [[nodiscard]] QPushButton *reloadButton() const { return m_reload; }
    // Import the good rows and save the rows with problems to a file (asked for at Import).
    [[nodiscard]] QCheckBox *skipBadRowsBox() const { return m_skipBad; }
    // How slashed dates are read: as written, day first or month first.
    [[nodiscard]] QComboBox *dateFormatChoice() const { return m_dateFormat; }
    // Feedback only (nullptr for stays): the scale of ratings written as bare numbers.
    [[nodiscard]] QComboBox *scaleChoice() const { return m_scale; }
    // The file's text encoding (reading the columns again when it changes).
    [[nodiscard]] QComboBox *encodingChoice() const { return m_encoding; }
    [[nodiscard]] QString statusText() const;

Q_SIGNALS:
    // After an import that added `count` stays or feedback entries.
    void imported(qint64 count);

protected:
    void reject() override;

private:
    enum class Stage { Checking, Ready, Problems, Importing, Done, Failed };

    void readColumns();
    // The heading: the file, what each row becomes and which way the import goes.
    void describeFile();
    void setTabChain();
    void check();
    void startImport();
    void start(bool dryRun);
    void showProgress(const JobProgress &progress);
    void finish(bool dryRun, const Result<RecordImportSummary> &result);
    void finishCheck(const RecordImportSummary &summary);
    void setStage(Stage stage);
    [[nodiscard]] QHash<QString, QString> mapping() const;
    [[nodiscard]] QString describe(const Error &error) const;
    // "1 stay", "3 stays", "1 feedback entry", "3 feedback entries".
    [[nodiscard]] QString records(qint64 count) const;
    [[nodiscard]] QList<RecordField> fields() const;
    [[nodiscard]] QString recognise(const QString &header) const;
    // Beside the imported file: "stays-rows-left-out.csv".
    [[nodiscard]] QString rejectsSuggestion() const;

    AppServices &m_services;
    const Kind m_kind;
    QString m_path;
    QStringList m_header;
    Stage m_stage = Stage::Checking;
    qint64 m_ready = 0;   // from the last check: records the import would add
    qint64 m_leftOut = 0; // skip mode, from the last check: rows to leave out
    bool m_checkAgain = false;
    std::unique_ptr<BackgroundJob> m_job; // the check or import running now, or the last one
    QString m_rejectsPath;                // where the rows left out go (skip mode), chosen at Import

    QLabel *m_file;
    QLabel *m_columnsLabel;
    QTableWidget *m_columns;
    QComboBox *m_dateFormat;
    QComboBox *m_encoding;
    QComboBox *m_scale = nullptr;
    QCheckBox *m_skipBad;
    QLabel *m_status;
    QProgressBar *m_progress;
    QListWidget *m_problems;
    QDialogButtonBox *m_buttons;
    QPushButton *m_reload;
    QPushButton *m_import;
    QPushButton *m_close;
};

} // namespace innkeep::ui
