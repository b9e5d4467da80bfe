// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "exchange/csvcolumns.h"
#include "jobs/backgroundjob.h"
#include "jobs/exchangeprogress.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace innkeep {

class CsvReader;
class Database;
class JobRunner;

// What the person importing stays or feedback chose, beside the file.
struct RecordImportChoices
{
    QHash<QString, QString> mapping; // header as written -> field token or "ignore" (--map)
    bool ignoreUnknown = false;
    QString rejectsPath; // skip mode when set: bad rows are left out and written here
    // The file's date format (see ImportDate::formats()); empty: only dates that can be read one way.
    QString dateFormat;
    // The file's text encoding when it is not Unicode ("windows-1251" …; see ImportFile); empty:
    // UTF-8 or UTF-16 with a byte-order mark, recognised.
    QString encoding;
};

struct RecordImportSummary
{
    QString file;
    qint64 rows = 0;     // data rows read (not counting the header)
    qint64 added = 0;    // stays or feedback entries added (or, in a dry run, that would be)
    qint64 skipped = 0;  // rows already stored (an earlier import of the same file), left alone
    qint64 rejected = 0; // skip mode: bad rows left out (a dry run: rows that would be)
    QString rejectsFile; // skip mode: where they were written with their reasons
    QStringList ignoredColumns;
    bool dryRun = false;
    // Dry run only: every problem found (at most ProblemLimit), each with file, line and field.
    QList<Error> problems;
    static constexpr int ProblemLimit = 100;
};

// The frame of an import of records that belong to stored guests (StayCsvImport,
// FeedbackCsvImport): reads a regular file once through CsvReader, asks the importer which column
// is which, and stores row after row through the importer's service, all in one transaction: the
// first bad row rolls everything back and is reported as "file:line: field: message". In skip mode
// bad rows are left out and written, as read, with an "import_error" column to the rejects file
// (private to the user, complete or not at all) when the good rows are committed. A dry run does
// everything a real import does inside a transaction that is rolled back, so it finds exactly
// what the import would (docs/decisions.md, "Importing stays and feedback").
class RecordCsvImport
{
    Q_DECLARE_TR_FUNCTIONS(RecordCsvImport)
    Q_DISABLE_COPY_MOVE(RecordCsvImport)

public:
    enum class Outcome { Added, Skipped };

    explicit RecordCsvImport(Database &db) : m_db(db) {}
    virtual ~RecordCsvImport() = default;

    void setChoices(const RecordImportChoices &choices) { m_choices = choices; }
    // Called every hundred rows with bytes read of bytes total.
    void setProgress(ProgressCallback callback) { m_progress = std::move(callback); }
    // When it becomes true, the import stops and rolls back with an Error::Code::Cancelled.
    void setCancelFlag(const CancelFlag *cancel) { m_cancel = cancel; }

    [[nodiscard]] Result<RecordImportSummary> run(const QString &path, bool dryRun = false);

    // The header and the first data row of a file (empty when it has none), read as run() reads it.
    struct Preview
    {
        QStringList header;
        QStringList firstRow;
    };
    // `encoding` as in RecordImportChoices::encoding.
    [[nodiscard]] static Result<Preview> preview(const QString &path, const QString &encoding = {});

protected:
    using Make = std::function<std::unique_ptr<RecordCsvImport>(Database &)>;
    // run() as a background job on `runner`, with progress (each reading with `phase`) and Cancel:
    // the importer is made by `make` on the job's own connection. `name` is the job's for a refusal.
    [[nodiscard]] static Result<std::unique_ptr<BackgroundJob>>
    startJob(JobRunner &runner, const QString &name, const QString &phase, const QString &path,
             const RecordImportChoices &choices, bool dryRun, Make make);

    // Which column is which, from the header (CsvColumns::fromHeader with the importer's fields).
    [[nodiscard]] virtual Result<CsvColumns> columnsOf(const QStringList &header) = 0;
    // Inside the transaction, before the first row: what was stored before this import.
    [[nodiscard]] virtual Status begin() { return {}; }
    // Stores one row through the service, or leaves it as already stored. An error names the field;
    // the frame adds the file and line.
    [[nodiscard]] virtual Result<Outcome> storeRow(const CsvColumns &columns, const QStringList &record) = 0;

    [[nodiscard]] Database &db() { return m_db; }
    [[nodiscard]] const RecordImportChoices &choices() const { return m_choices; }

private:
    Database &m_db;
    RecordImportChoices m_choices;
    ProgressCallback m_progress;
    const CancelFlag *m_cancel = nullptr;
};

} // namespace innkeep
