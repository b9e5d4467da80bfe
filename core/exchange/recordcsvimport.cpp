// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordcsvimport.h"

#include "exchange/csvreader.h"
#include "exchange/csvtable.h"
#include "exchange/exportfile.h"
#include "exchange/importdate.h"
#include "exchange/importfile.h"
#include "jobs/jobrunner.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QFileInfo>
#include <QTemporaryDir>

#include <optional>

namespace innkeep {

using namespace Qt::StringLiterals;

namespace {

constexpr int ProgressRows = 100;

Error at(Error error, const QString &file, int line)
{
    error.file = file;
    error.line = line;
    return error;
}

} // namespace

Result<RecordCsvImport::Preview> RecordCsvImport::preview(const QString &givenPath, const QString &encoding)
{
    QTemporaryDir scratch;
    QFile file;
    if (auto ok = ImportFile::openReadable(file, givenPath, encoding, scratch); !ok)
        return std::unexpected(ok.error());
    CsvReader reader(file, QFileInfo(givenPath).fileName(), file.size());
    Preview preview;
    auto read = reader.next(preview.header);
    if (!read)
        return std::unexpected(read.error());
    // A bad first row is the check's to report; the preview shows the columns all the same.
    if (*read && !reader.next(preview.firstRow))
        preview.firstRow.clear();
    return preview;
}

Result<std::unique_ptr<BackgroundJob>> RecordCsvImport::startJob(JobRunner &runner, const QString &name,
                                                                 const QString &phase, const QString &path,
                                                                 const RecordImportChoices &choices,
                                                                 bool dryRun, Make make)
{
    // run() begins its own transaction; a writing job's body already runs inside the runner's, which
    // run()'s joins. A dry run rolls its transaction back, and a nested rollback that wrote dooms the
    // outer one, so the runner's commit would turn every dry run into "a step failed". The dry run
    // therefore runs as a reading job whose connection has no transaction: run()'s is the outermost,
    // BEGIN IMMEDIATE, and it takes the write lock for as long as the check lasts (SQLite's busy
    // timeout covers a desk edit meanwhile), then rolls back. The import itself is a writing job: the
    // runner refuses a second writer on the file and commits only when run() succeeded.
    return runner.start<RecordImportSummary>(
        name, dryRun ? JobAccess::Reads : JobAccess::Writes,
        [path, choices, dryRun, phase, make = std::move(make)](JobContext &context) {
            std::unique_ptr<RecordCsvImport> import = make(context.db());
            import->setChoices(choices);
            import->setProgress(context.progressCallback(phase));
            import->setCancelFlag(context.cancelFlag());
            return import->run(path, dryRun);
        });
}

Result<RecordImportSummary> RecordCsvImport::run(const QString &givenPath, bool dryRun)
{
    const QString fileName = QFileInfo(givenPath).fileName();
    if (auto ok = ImportDate::checkFormat(m_choices.dateFormat); !ok)
        return std::unexpected(ok.error());
    QTemporaryDir scratch;
    QFile file;
    if (auto ok = ImportFile::openReadable(file, givenPath, m_choices.encoding, scratch); !ok)
        return std::unexpected(ok.error());
    // Read through a bounded buffer, not mapped: a file that shrinks while it is read ends early
    // and the reader says so, where a mapped one would kill the process.
    CsvReader reader(file, fileName, file.size());
    QStringList record;
    auto read = reader.next(record);
    if (!read)
        return std::unexpected(read.error());
    if (!*read)
        return std::unexpected(
            at(Error{Error::Code::InvalidInput, tr("The file is empty; it needs a header line."), {}, {}, 0},
               fileName, 1));
    auto columns = columnsOf(record);
    if (!columns)
        return std::unexpected(at(columns.error(), fileName, reader.line()));

    RecordImportSummary summary;
    summary.file = fileName;
    summary.dryRun = dryRun;
    summary.ignoredColumns = columns->ignoredHeaders();
    const bool skipBadRows = !m_choices.rejectsPath.isEmpty();
    std::optional<CsvTable> rejects;
    if (skipBadRows) {
        QStringList header = record;
        header.append(u"import_error"_s);
        rejects.emplace(header, CsvTable::Cells::AsWritten);
    }

    // A dry run writes too, so that every rule the services apply is checked as the import would
    // meet it, and then rolls back.
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return std::unexpected(transaction.error());
    if (auto ok = begin(); !ok)
        return std::unexpected(at(ok.error(), fileName, 0));

    for (;;) {
        if (isCancelled(m_cancel))
            return std::unexpected(Error{Error::Code::Cancelled,
                                         tr("The import was cancelled; nothing was changed."),
                                         {},
                                         fileName,
                                         reader.line()});
        record.clear();
        auto more = reader.next(record);
        std::optional<Error> problem;
        if (!more && reader.canReadOn()) { // a bad cell: a problem of its row
            problem = more.error();
        } else if (!more) {
            // The rest of the file cannot be read reliably.
            if (!dryRun)
                return std::unexpected(more.error());
            if (summary.problems.size() < RecordImportSummary::ProblemLimit)
                summary.problems.append(more.error());
            break;
        } else if (!*more) {
            break;
        }
        ++summary.rows;
        if (!problem) {
            if (auto wide = columns->checkWidth(record); !wide)
                problem = at(wide.error(), fileName, reader.line());
            else if (auto stored = storeRow(*columns, record); !stored)
                problem = at(stored.error(), fileName, reader.line());
            else
                ++(*stored == Outcome::Added ? summary.added : summary.skipped);
        }
        if (problem) {
            if (dryRun) {
                if (skipBadRows)
                    ++summary.rejected;
                if (summary.problems.size() < RecordImportSummary::ProblemLimit)
                    summary.problems.append(*problem);
            } else if (skipBadRows) {
                ++summary.rejected;
                // The reason without the file's name: the row now sits in another file.
                QString reason = problem->line > 0 ? tr("line %1: ").arg(problem->line) : QString();
                if (!problem->field.isEmpty())
                    reason += problem->field + u": "_s;
                QStringList cells = record;
                cells.resize(rejects->header().size() - 1);
                cells.append(reason + problem->message);
                rejects->addRow(cells);
            } else {
                return std::unexpected(*problem);
            }
        }
        if (m_progress && summary.rows % ProgressRows == 0)
            m_progress({reader.position(), reader.size(), summary.rows});
    }

    if (dryRun) {
        transaction->rollback();
    } else {
        // The rejected rows go to their file under a temporary name first; it takes its place only
        // when the records are committed, so neither is left half done.
        std::optional<ExportFile> rejectsFile;
        if (rejects && summary.rejected > 0) {
            rejectsFile.emplace(m_choices.rejectsPath);
            if (auto ok = rejectsFile->open(m_db.path()); !ok)
                return std::unexpected(ok.error());
            const QByteArray bytes = rejects->toCsv();
            if (rejectsFile->device().write(bytes) != bytes.size())
                return std::unexpected(rejectsFile->writeFailed());
            summary.rejectsFile = m_choices.rejectsPath;
        }
        if (auto ok = transaction->commit(); !ok)
            return std::unexpected(ok.error());
        if (rejectsFile) {
            if (auto ok = rejectsFile->commit(); !ok)
                return std::unexpected(Error{ok.error().code,
                                             tr("The rows were imported, but the rejected rows could not "
                                                "be saved: %1")
                                                 .arg(ok.error().message),
                                             {},
                                             m_choices.rejectsPath,
                                             0});
        }
    }
    if (m_progress)
        m_progress({reader.size(), reader.size(), summary.rows});
    return summary;
}

} // namespace innkeep
