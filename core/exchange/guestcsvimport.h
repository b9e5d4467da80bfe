// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "exchange/guestcsvmapping.h"
#include "jobs/backgroundjob.h"
#include "jobs/exchangeprogress.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace innkeep {

class CsvReader;
class Database;
class GuestService;
class NameKeyBatch;
struct NewGuest;
class JobRunner;

// What an import does with a row that is a guest already stored (GuestIdentity: the same external
// id, e-mail, phone, or name and birthday): merge it into the stored guest (the default: empty
// fields filled, contacts, tags and notes added; nothing the desk entered is overwritten), skip
// it, or add it anyway (no look-up at all). Importing the same file twice adds no one the second time.
enum class OnDuplicate { Add, Skip, Merge };
[[nodiscard]] QString toToken(OnDuplicate choice); // "add", "skip", "merge"
[[nodiscard]] std::optional<OnDuplicate> onDuplicateFromToken(const QString &token);

// What the person importing chose, beside the file: what the unknown columns are, what to do with
// likely duplicates and bad rows, the phone region, and numbers that cannot be dialled.
struct GuestImportChoices
{
    QHash<QString, QString> mapping; // header as written -> guest field token
    OnDuplicate onDuplicate = OnDuplicate::Merge;
    bool ignoreUnknown = false;
    QString rejectsPath; // skip mode when set (see GuestCsvImport::setSkipBadRows)
    QString region;      // empty: the venue's
    // A phone number that is not one in use ("+1 123 456 7890", "555-0123") is kept as written
    // in a note on the guest instead of refusing the row.
    bool badPhonesInNote = false;
    // The file's text encoding when it is not Unicode (UTF-8, or UTF-16/32 with a byte-order mark,
    // which are recognised by themselves): "windows-1251", "windows-1252", "iso-8859-1" … (ICU's
    // names). Empty: recognised.
    QString encoding;
    // The export the file is (GuestImportPreset: "google", "opera" …; "none"; empty: recognised
    // from the header) and how its dates are written (ImportDate's notation, e.g. "MM/DD/YYYY").
    QString preset;
    QString dateFormat;
    // Cells the user corrected before importing, by the line the row starts on and the column's
    // index: read instead of what the file has there (the file is not changed).
    QHash<int, QHash<qsizetype, QString>> fixes;
};

struct GuestImportSummary
{
    QString file;
    qint64 rows = 0;    // data rows read (not counting the header)
    qint64 guests = 0;  // guests added (or, in a dry run, that would be)
    qint64 skipped = 0; // rows skipped as likely duplicates (OnDuplicate::Skip)
    qint64 merged = 0;  // rows merged into a stored guest (OnDuplicate::Merge)
    qint64 emails = 0;
    qint64 phones = 0;
    qint64 notes = 0;
    qint64 phonesInNotes = 0;   // numbers that cannot be dialled, kept as written in a note
    QStringList ignoredColumns; // headers not read, as written
    QString preset;             // the preset the file was read with, empty when none
    qint64 rejected = 0;        // skip mode: bad rows left out (a dry run: rows that would be)
    QString rejectsFile;        // skip mode: where they were written with their reasons
    bool dryRun = false;
    // Dry run only: every problem found (at most ProblemLimit), each with file, line and field.
    QList<Error> problems;
    static constexpr int ProblemLimit = 100;
};

// Imports guests from a CSV file (see CsvReader, GuestCsvMapping) with the same rules as a guest
// entered at the desk (GuestService::prepare/store), all or nothing: every row runs inside one
// outer transaction, and the first bad row rolls everything back and is reported as
// "file:line: field: message". A dry run checks every row, writes nothing, and lists the
// problems it found. Only a regular file is read (a folder, device, pipe or socket is refused
// before it is opened), once, through CsvReader's bounded buffer; rows are validated and prepared on a
// pool of worker threads while this thread writes them in file order (docs/decisions.md,
// "Imports prepare on workers, write on one thread"). Run it as a background job with start().
class GuestCsvImport final
{
    Q_DECLARE_TR_FUNCTIONS(GuestCsvImport)

public:
    explicit GuestCsvImport(Database &db) : m_db(db) {}

    // The import (or, with `dryRun`, the check) as a background job of `runner`, on its own
    // connection, reporting bytes read of the file's size and rows so far, stopped by
    // BackgroundJob::cancel(); its result is a GuestImportSummary. A real import is a writing
    // job: refused while another writes to the same file.
    [[nodiscard]] static Result<std::unique_ptr<BackgroundJob>>
    start(JobRunner &runner, const QString &path, const GuestImportChoices &choices, bool dryRun = false);

    // All the choices at once (the setters below, one by one).
    void setChoices(const GuestImportChoices &choices);

    // Header (as written in the file) → guest field token, for columns the importer does not know.
    void setMapping(const QHash<QString, QString> &mapping) { m_mapping = mapping; }
    // Skip mode: a bad row is left out instead of stopping the import, and every row left out is
    // written to `rejectsPath` (a CSV of the file's columns plus "import_error" with the reason,
    // cells as they were, so it can be fixed and imported again), private to the user and
    // complete or not at all. The good rows are stored in one transaction as always.
    void setSkipBadRows(const QString &rejectsPath) { m_rejectsPath = rejectsPath; }
    // The region national phone numbers are read in when the row names no country of its own
    // (ISO 3166 code); empty: the venue's. An unknown code fails the import at once.
    void setRegion(const QString &region) { m_region = region.trimmed(); }
    // Columns nobody recognises are not read (and reported) instead of refusing the file.
    void setIgnoreUnknown(bool ignore) { m_ignoreUnknown = ignore; }
    // Numbers that cannot be dialled go into a note instead of refusing the row.
    void setBadPhonesInNote(bool inNote) { m_badPhonesInNote = inNote; }
    // A single-byte encoding the file is in (see GuestImportChoices::encoding): the file is read
    // through a private UTF-8 copy of it; lines and problems are the file's own.
    void setEncoding(const QString &encoding) { m_encoding = encoding.trimmed(); }
    // Which export the file is and how its dates are written (see GuestCsvFormat).
    void setFormat(const GuestCsvFormat &format) { m_format = format; }
    // Checked against the stored guests (and the rows before it) only when not Add.
    void setOnDuplicate(OnDuplicate choice) { m_onDuplicate = choice; }
    // Called every few hundred rows with bytes read of bytes total.
    void setProgress(ProgressCallback callback) { m_progress = std::move(callback); }
    // When it becomes true, the import stops and rolls back with an Error::Code::Cancelled.
    void setCancelFlag(const CancelFlag *cancel) { m_cancel = cancel; }

    [[nodiscard]] Result<GuestImportSummary> run(const QString &path, bool dryRun = false);

    // The column headers of a CSV file, as written, and its first row (empty when it has none),
    // for choosing what each column is.
    struct Preview
    {
        QStringList header;
        QStringList firstRow;
    };
    // `encoding` as in GuestImportChoices::encoding (empty: recognised).
    [[nodiscard]] static Result<Preview> preview(const QString &path, const QString &encoding = {});
    // The cells of the row that starts on `line` of the file, as written, for correcting one.
    [[nodiscard]] static Result<QStringList> recordAt(const QString &path, const QString &encoding, int line);

private:
    // A prepared row that may be a stored guest: skipped, or merged into that guest (by
    // m_onDuplicate); false when it is nobody stored and is to be added.
    [[nodiscard]] Result<bool> storedAlready(GuestService &guests, const NewGuest &row,
                                             NameKeyBatch &nameKeys);
    // Reads the header line, after the lines of notes some exports put above it (LinkedIn's
    // "Notes:"), which are `preamble` records of one cell each (see preambleOf()).
    [[nodiscard]] static Status readHeader(CsvReader &reader, QStringList &header, int preamble = 0);
    // How many one-cell records come before the first record of several cells within the first ten
    // records, when the file starts with one: 0 for a file whose first line is its header.
    [[nodiscard]] static int preambleOf(const QString &path);
    [[nodiscard]] static int preambleIn(CsvReader &reader);
    Database &m_db;
    QHash<QString, QString> m_mapping;
    OnDuplicate m_onDuplicate = OnDuplicate::Merge;
    bool m_ignoreUnknown = false;
    bool m_badPhonesInNote = false;
    QString m_encoding;
    GuestCsvFormat m_format;
    QHash<int, QHash<qsizetype, QString>> m_fixes; // line -> column index -> cell
    QString m_rejectsPath;                         // skip mode when set
    QString m_region;                              // empty: the venue's
    ProgressCallback m_progress;
    const CancelFlag *m_cancel = nullptr;
};

} // namespace innkeep
