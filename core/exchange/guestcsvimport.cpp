// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "guestcsvimport.h"

#include "common/phonenumber.h"
#include "common/textfield.h"
#include "csvtable.h"
#include "exchange/csvreader.h"
#include "exchange/guestcsvmapping.h"
#include "exchange/importfile.h"
#include "exportfile.h"
#include "guests/guestidentity.h"
#include "guests/guestmerge.h"
#include "guests/guestrepository.h"
#include "guests/guestrules.h"
#include "guests/guestservice.h"
#include "jobs/jobrunner.h"
#include "search/namekeybatch.h"
#include "storage/database.h"
#include "storage/privatefiles.h"
#include "storage/storageerror.h"
#include "storage/transaction.h"
#include "storage/writecache.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QThread>
#include <QThreadPool>

#include <algorithm>
#include <deque>
#include <future>
#include <memory>
#include <optional>

namespace innkeep {

namespace {

// Rows per batch handed to a worker: big enough that handing over costs nothing, small enough
// that a few batches in flight keep memory flat for a file of any size.
constexpr int BatchRows = 1000;
constexpr std::size_t NameKeysInMemory = 1'000'000;
constexpr int ImportCacheMiB = 64; // see WriteCache

Error at(Error error, const QString &file, int line)
{
    error.file = file;
    error.line = line;
    return error;
}

struct CsvRow
{
    int line = 0;
    QStringList record;
    std::optional<Error> problem; // a cell the reader refused (a control character)
};

// The rows a dry run counts as new guests, by what GuestIdentity matches on: the import stores the
// first and finds it for the second, so the check counts a person on two rows of the file once too.
class RowsSeen final
{
public:
    [[nodiscard]] bool matches(const Guest &guest) const
    {
        if (!guest.externalId.isEmpty() && m_ids.contains(guest.externalId))
            return true;
        for (const QString &email : guest.emails) {
            if (m_emails.contains(email))
                return true;
        }
        for (const QString &phone : guest.phones) {
            if (m_phones.contains(phone))
                return true;
        }
        const QString name = nameKey(guest);
        if (guest.birthday.isValid())
            return m_namesWithBirthday.contains(name + u'\n' + guest.birthday.toString(Qt::ISODate));
        const bool bare = guest.emails.isEmpty() && guest.phones.isEmpty() && guest.externalId.isEmpty();
        return bare && !guest.latinFamilyName.isEmpty() && m_names.value(name) == 1;
    }
    void add(const Guest &guest)
    {
        if (!guest.externalId.isEmpty())
            m_ids.insert(guest.externalId);
        for (const QString &email : guest.emails)
            m_emails.insert(email);
        for (const QString &phone : guest.phones)
            m_phones.insert(phone);
        const QString name = nameKey(guest);
        if (guest.birthday.isValid())
            m_namesWithBirthday.insert(name + u'\n' + guest.birthday.toString(Qt::ISODate));
        ++m_names[name];
    }

private:
    [[nodiscard]] static QString nameKey(const Guest &guest)
    {
        return guest.latinFamilyName.toLower() + u'\n' + guest.latinGivenName.toLower();
    }
    QSet<QString> m_ids, m_emails, m_phones, m_namesWithBirthday;
    QHash<QString, int> m_names;
};

// One batch of rows, mapped and validated (and, unless it is a dry run, prepared to store).
struct PreparedBatch
{
    QList<NewGuest> guests;
    QList<int> lines;      // the file line of each prepared guest (dry run: of each checked draft)
    QList<Guest> checked;  // dry run, when duplicates are looked for: each valid row, normalised
    QList<Error> problems; // with file and line; a real import stops its batch at the first
    // Skip mode: the rows left out, as read, with the reason (problems stays empty).
    QList<std::pair<QStringList, Error>> rejected;
    qint64 rows = 0;
    qint64 valid = 0; // dry run: rows without a problem
    qint64 emails = 0;
    qint64 phones = 0;
    qint64 notes = 0;
    qint64 phonesInNotes = 0;
    qint64 endPosition = 0; // bytes of the file read up to the batch's last row
};

// Runs on a worker thread: no database, no clock, nothing shared but read-only data.
PreparedBatch prepareBatch(const QList<CsvRow> &rows, const GuestCsvMapping &mapping,
                           const GuestIntake &intake, const QString &fileName, bool dryRun, bool keepChecked,
                           bool skipBadRows, bool badPhonesInNote)
{
    PreparedBatch batch;
    batch.rows = rows.size();
    if (!dryRun) {
        batch.guests.reserve(rows.size());
        batch.lines.reserve(rows.size());
    }
    QStringList notes;
    for (const CsvRow &row : rows) {
        // A real import stops at a bad row, unless it skips them; a dry run lists them all.
        const auto reject = [&](const Error &problem) {
            if (skipBadRows && !dryRun) {
                batch.rejected.append({row.record, problem});
                return false;
            }
            batch.problems.append(problem);
            return !dryRun;
        };
        if (row.problem) {
            if (reject(*row.problem))
                break;
            continue;
        }
        Guest draft;
        notes.clear();
        if (auto ok = mapping.read(row.record, draft, notes); !ok) {
            if (reject(at(ok.error(), fileName, row.line)))
                break;
            continue;
        }
        // A national phone number is read in the row's own country when it names one ("0170 …" of
        // a guest from DE), else in the import's region (--region, else the venue's).
        GuestIntake rowIntake = intake;
        if (PhoneNumber::isKnownRegion(draft.country))
            rowIntake.phoneRegion = draft.country.toUpper();
        // A number that cannot be dialled, kept as written in a note when so chosen.
        qsizetype phonesInNotes = 0;
        if (badPhonesInNote) {
            QStringList dialable;
            for (const QString &typed : std::as_const(draft.phones)) {
                if (typed.trimmed().isEmpty() || PhoneNumber::toE164(typed, rowIntake.phoneRegion)) {
                    dialable.append(typed);
                } else {
                    notes.append(
                        GuestCsvImport::tr("Phone number in the imported file that cannot be dialled "
                                           "as written: %1")
                            .arg(typed.trimmed()));
                    ++phonesInNotes;
                }
            }
            draft.phones = dialable;
        }
        // Counted for the rows that go in (a skipped row's contacts are not imported).
        const qsizetype emails = draft.emails.size();
        const qsizetype phones = draft.phones.size();
        const qsizetype noteCount = notes.size();
        if (dryRun) {
            batch.emails += emails;
            batch.phones += phones;
            batch.notes += noteCount;
            batch.phonesInNotes += phonesInNotes;
            // The same checks as GuestService::prepare, so the dry run refuses what the import would.
            QList<Error> problems = GuestRules::normalise(draft, rowIntake.phoneRegion, rowIntake.today);
            if (auto checked = GuestRules::notes(notes); !checked)
                problems.append(checked.error());
            for (const Error &problem : std::as_const(problems))
                batch.problems.append(at(problem, fileName, row.line));
            batch.valid += problems.isEmpty() ? 1 : 0;
            if (keepChecked && problems.isEmpty()) {
                batch.checked.append(draft);
                batch.lines.append(row.line);
            }
            continue;
        }
        auto prepared = GuestService::prepare(std::move(draft), notes, rowIntake);
        if (!prepared) {
            if (reject(at(prepared.error(), fileName, row.line)))
                break;
            continue;
        }
        batch.emails += emails;
        batch.phones += phones;
        batch.notes += noteCount;
        batch.phonesInNotes += phonesInNotes;
        batch.guests.append(std::move(*prepared));
        batch.lines.append(row.line);
    }
    return batch;
}

} // namespace

int GuestCsvImport::preambleOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 0; // the import's own opening says what is wrong
    CsvReader reader(file, QString(), file.size());
    return preambleIn(reader);
}

int GuestCsvImport::preambleIn(CsvReader &reader)
{
    QStringList record;
    for (int index = 0; index < 10; ++index) {
        auto read = reader.next(record);
        if (!read || !*read)
            return 0;
        if (record.size() > 1)
            return index;
    }
    return 0;
}

Status GuestCsvImport::readHeader(CsvReader &reader, QStringList &header, int preamble)
{
    for (int i = 0; i < preamble; ++i) {
        if (auto read = reader.next(header); !read)
            return std::unexpected(read.error());
    }
    auto read = reader.next(header);
    if (!read)
        return std::unexpected(read.error());
    if (!*read)
        return std::unexpected(
            at(Error{Error::Code::InvalidInput, tr("The file is empty; it needs a header line."), {}, {}, 0},
               reader.fileName(), 1));
    return {};
}

Result<GuestCsvImport::Preview> GuestCsvImport::preview(const QString &path, const QString &encoding)
{
    const QString fileName = QFileInfo(path).fileName();
    QFile file(path);
    if (auto ok = ImportFile::openForReading(file); !ok)
        return std::unexpected(ok.error());
    Preview preview;
    const auto readFrom = [&](CsvReader &reader, int preamble) -> Status {
        if (auto ok = readHeader(reader, preview.header, preamble); !ok)
            return ok;
        if (auto row = reader.next(preview.firstRow); !row || !*row)
            preview.firstRow.clear(); // a problem in it is for the check to report, with its line
        return {};
    };
    if (ImportFile::needsConverting(encoding)) {
        // The first MiB as UTF-8 holds the header and a row of any file a person would import.
        auto decoder = ImportFile::decoder(encoding);
        if (!decoder)
            return std::unexpected(decoder.error());
        const QByteArray text = QString(decoder->decode(file.read(CsvReader::MaxRecordBytes))).toUtf8();
        CsvReader scan(text, fileName);
        const int preamble = preambleIn(scan);
        CsvReader reader(text, fileName);
        if (auto ok = readFrom(reader, preamble); !ok)
            return std::unexpected(ok.error());
        return preview;
    }
    // Read through the reader's bounded buffer: a header or a row may be at most CsvReader::MaxRecordBytes.
    CsvReader reader(file, fileName, file.size());
    if (auto ok = readFrom(reader, preambleOf(path)); !ok)
        return std::unexpected(ok.error());
    return preview;
}

Result<QStringList> GuestCsvImport::recordAt(const QString &path, const QString &encoding, int line)
{
    const QString fileName = QFileInfo(path).fileName();
    QFile file(path);
    if (auto ok = ImportFile::openForReading(file); !ok)
        return std::unexpected(ok.error());
    QByteArray converted;
    if (ImportFile::needsConverting(encoding)) {
        auto decoder = ImportFile::decoder(encoding);
        if (!decoder)
            return std::unexpected(decoder.error());
        converted = QString(decoder->decode(file.readAll())).toUtf8();
    }
    std::optional<CsvReader> reader;
    if (converted.isNull())
        reader.emplace(file, fileName, file.size());
    else
        reader.emplace(converted, fileName);
    QStringList record;
    for (;;) {
        auto more = reader->next(record);
        if (!more)
            return std::unexpected(more.error());
        if (!*more || reader->line() > line)
            break;
        if (reader->line() == line)
            return record;
    }
    return fail(Error::Code::NotFound, tr("No row starts on line %1 of %2.").arg(line).arg(fileName),
                QStringLiteral("line"));
}

Result<std::unique_ptr<BackgroundJob>> GuestCsvImport::start(JobRunner &runner, const QString &path,
                                                             const GuestImportChoices &choices, bool dryRun)
{
    const QString phase = dryRun ? tr("Checking every row") : tr("Importing guests");
    return runner.start<GuestImportSummary>(
        dryRun ? tr("the check of the guest list") : tr("the guest import"),
        dryRun ? JobAccess::Reads : JobAccess::Writes, [path, choices, dryRun, phase](JobContext &context) {
            GuestCsvImport import(context.db());
            import.setChoices(choices);
            import.setProgress(context.progressCallback(phase));
            import.setCancelFlag(context.cancelFlag());
            return import.run(path, dryRun);
        });
}

void GuestCsvImport::setChoices(const GuestImportChoices &choices)
{
    setMapping(choices.mapping);
    setIgnoreUnknown(choices.ignoreUnknown);
    m_rejectsPath = choices.rejectsPath;
    setRegion(choices.region);
    setOnDuplicate(choices.onDuplicate);
    setBadPhonesInNote(choices.badPhonesInNote);
    setEncoding(choices.encoding);
    setFormat({choices.preset, choices.dateFormat});
    m_fixes = choices.fixes;
}

Result<bool> GuestCsvImport::storedAlready(GuestService &guests, const NewGuest &row, NameKeyBatch &nameKeys)
{
    auto known = GuestIdentity(m_db).storedAs(row.guest);
    if (!known)
        return std::unexpected(known.error());
    if (!known->has_value())
        return false;
    if (m_onDuplicate == OnDuplicate::Skip)
        return true;
    // The stored guest may be one this import added, whose name keys still wait in the batch: they go
    // to the index first, so the update below rewrites them instead of meeting them later.
    if (nameKeys.size() > 0) {
        if (auto ok = nameKeys.write(m_db); !ok)
            return std::unexpected(ok.error());
    }
    auto stored = guests.find(**known);
    if (!stored)
        return std::unexpected(stored.error());
    Guest filled = GuestMerge::filledFrom(*stored, row.guest);
    filled.latinGivenName = stored->latinGivenName; // derived from the stored names, kept with them
    filled.latinFamilyName = stored->latinFamilyName;
    // Found by e-mail, phone or name: the id the file gives is theirs from now on, when they have
    // none and no one else has it.
    if (filled.externalId.isEmpty() && !row.guest.externalId.isEmpty()) {
        auto holder = GuestRepository(m_db).findByExternalId(row.guest.externalId, stored->id);
        if (!holder)
            return std::unexpected(holder.error());
        if (!holder->has_value())
            filled.externalId = row.guest.externalId;
    }
    if (auto saved = guests.update(filled); !saved)
        return std::unexpected(saved.error());
    for (const QString &note : row.notes) {
        if (auto added = guests.addNote(stored->uuid, note); !added)
            return std::unexpected(added.error());
    }
    return true;
}

QString toToken(OnDuplicate choice)
{
    switch (choice) {
    case OnDuplicate::Add: return QStringLiteral("add");
    case OnDuplicate::Skip: return QStringLiteral("skip");
    case OnDuplicate::Merge: return QStringLiteral("merge");
    }
    return {};
}

std::optional<OnDuplicate> onDuplicateFromToken(const QString &token)
{
    for (const OnDuplicate choice : {OnDuplicate::Add, OnDuplicate::Skip, OnDuplicate::Merge}) {
        if (token == toToken(choice))
            return choice;
    }
    return std::nullopt;
}

Result<GuestImportSummary> GuestCsvImport::run(const QString &givenPath, bool dryRun)
{
    const QString fileName = QFileInfo(givenPath).fileName();
    // A single-byte encoding is read through a UTF-8 copy (ImportFile::openReadable): every line
    // keeps its number, so problems still point into the file.
    QTemporaryDir scratch;
    QFile file;
    if (auto ok = ImportFile::openReadable(file, givenPath, m_encoding, scratch); !ok)
        return std::unexpected(ok.error());
    // Read through a bounded buffer, not mapped: a mapped file that shrinks while it is read kills
    // the process (SIGBUS); read, it ends early and the reader says the file changed.
    CsvReader reader(file, fileName, file.size());
    QStringList record;
    if (auto ok = readHeader(reader, record, preambleOf(file.fileName())); !ok)
        return std::unexpected(ok.error());
    const auto mapping = GuestCsvMapping::fromHeader(record, m_mapping, m_ignoreUnknown, m_format);
    if (!mapping)
        return std::unexpected(at(mapping.error(), fileName, reader.line()));

    GuestImportSummary summary;
    summary.file = fileName;
    summary.dryRun = dryRun;
    summary.ignoredColumns = mapping->ignoredHeaders();
    summary.preset = mapping->presetName();
    GuestService guests(m_db);
    GuestIntake intake = guests.intake();
    if (!m_region.isEmpty()) {
        if (!PhoneNumber::isKnownRegion(m_region))
            return fail(Error::Code::InvalidInput,
                        tr("--region: \"%1\" is not a region code (two letters, e.g. AM, GE, DE).")
                            .arg(TextField::quoted(m_region)),
                        QStringLiteral("region"));
        intake.phoneRegion = m_region.toUpper();
    }
    std::optional<WriteCache> writeCache;
    std::optional<Transaction> transaction;
    const qsizetype eventMark = m_db.afterCommit().mark();
    if (!dryRun) {
        writeCache.emplace(m_db, ImportCacheMiB);
        auto tx = Transaction::begin(m_db);
        if (!tx)
            return std::unexpected(tx.error());
        transaction.emplace(std::move(*tx));
    }

    // Workers map and validate rows and work out ids, change-log rows and search documents;
    // this thread reads the file and writes the prepared batches in file order. The pool is
    // declared last so that it finishes every batch before anything it reads goes away.
    const int workers = std::max(1, QThread::idealThreadCount());
    const std::size_t maxInFlight = std::size_t(workers) + 2;
    QThreadPool pool;
    pool.setMaxThreadCount(workers);
    std::deque<std::future<PreparedBatch>> inFlight;
    std::optional<Error> readError;
    bool atEnd = false;
    NameKeyBatch nameKeys;
    RowsSeen seen; // a dry run's new guests, so a person on two rows counts once
    // Skip mode: the rows left out, written beside the import when it commits.
    std::optional<CsvTable> rejects;
    if (!m_rejectsPath.isEmpty()) {
        QStringList header = record;
        header.append(QStringLiteral("import_error"));
        rejects.emplace(header, CsvTable::Cells::AsWritten);
    }

    const auto submitNextBatch = [&] {
        QList<CsvRow> rows;
        rows.reserve(BatchRows);
        while (rows.size() < BatchRows) {
            auto more = reader.next(record);
            if (!more && reader.canReadOn()) { // a bad cell: a problem of its row, in file order
                rows.append({reader.line(), {}, more.error()});
                continue;
            }
            if (!more) {
                readError = more.error(); // the rest of the file cannot be read reliably
                atEnd = true;
                break;
            }
            if (!*more) {
                atEnd = true;
                break;
            }
            // A cell the user corrected before importing (the file itself is not changed).
            if (const auto fixed = m_fixes.constFind(reader.line()); fixed != m_fixes.cend()) {
                for (auto cell = fixed->cbegin(); cell != fixed->cend(); ++cell) {
                    if (cell.key() >= 0 && cell.key() < record.size())
                        record[cell.key()] = cell.value();
                }
            }
            rows.append({reader.line(), std::move(record)});
            record = QStringList();
        }
        if (rows.isEmpty())
            return;
        auto task = std::make_shared<std::packaged_task<PreparedBatch()>>(
            [rows = std::move(rows), &mapping = *mapping, intake, fileName, dryRun, end = reader.position(),
             keepChecked = m_onDuplicate != OnDuplicate::Add, skip = !m_rejectsPath.isEmpty(),
             inNote = m_badPhonesInNote] {
                PreparedBatch batch =
                    prepareBatch(rows, mapping, intake, fileName, dryRun, keepChecked, skip, inNote);
                batch.endPosition = end;
                return batch;
            });
        inFlight.push_back(task->get_future());
        pool.start([task] { (*task)(); });
    };
    const auto cancelled = [&](int line) {
        pool.clear();
        return Error{
            Error::Code::Cancelled, tr("The import was cancelled; nothing was changed."), {}, fileName, line};
    };

    for (;;) {
        while (!atEnd && inFlight.size() < maxInFlight)
            submitNextBatch();
        if (inFlight.empty())
            break;
        PreparedBatch batch = inFlight.front().get();
        inFlight.pop_front();
        if (isCancelled(m_cancel))
            return std::unexpected(cancelled(batch.lines.value(0)));

        summary.rows += batch.rows;
        summary.emails += batch.emails;
        summary.phones += batch.phones;
        summary.notes += batch.notes;
        summary.phonesInNotes += batch.phonesInNotes;
        if (dryRun) {
            summary.guests += batch.valid;
            if (!m_rejectsPath.isEmpty())
                summary.rejected += batch.rows - batch.valid;
            for (qsizetype i = 0; i < batch.checked.size(); ++i) {
                auto known = GuestIdentity(m_db).storedAs(batch.checked.at(i));
                if (!known) {
                    pool.clear();
                    return std::unexpected(at(known.error(), fileName, batch.lines.at(i)));
                }
                const Guest &row = batch.checked.at(i);
                if (!known->has_value() && !seen.matches(row)) {
                    seen.add(row);
                    continue;
                }
                --summary.guests;
                ++(m_onDuplicate == OnDuplicate::Skip ? summary.skipped : summary.merged);
            }
            for (const Error &problem : std::as_const(batch.problems)) {
                if (summary.problems.size() < GuestImportSummary::ProblemLimit)
                    summary.problems.append(problem);
            }
        } else {
            qint64 stored = 0;
            for (qsizetype i = 0; i < batch.guests.size(); ++i) {
                if (m_onDuplicate != OnDuplicate::Add) {
                    auto handled = storedAlready(guests, batch.guests[i], nameKeys);
                    if (!handled) {
                        pool.clear();
                        return std::unexpected(at(handled.error(), fileName, batch.lines.at(i)));
                    }
                    if (*handled) {
                        ++(m_onDuplicate == OnDuplicate::Skip ? summary.skipped : summary.merged);
                        continue;
                    }
                }
                if (auto ok = guests.store(batch.guests[i], nameKeys); !ok) {
                    pool.clear();
                    return std::unexpected(at(ok.error(), fileName, batch.lines.at(i)));
                }
                ++stored;
            }
            // Bounded memory for a file of any size: about 30 MB of keys, then a sorted run.
            if (nameKeys.size() >= NameKeysInMemory) {
                if (auto ok = nameKeys.write(m_db); !ok)
                    return std::unexpected(at(ok.error(), fileName, batch.lines.value(0)));
            }
            summary.guests += stored;
            for (auto &[cells, problem] : batch.rejected) {
                ++summary.rejected;
                // The reason without the file's name: the row now sits in another file.
                QString reason = problem.line > 0 ? tr("line %1: ").arg(problem.line) : QString();
                if (!problem.field.isEmpty())
                    reason += problem.field + QStringLiteral(": ");
                cells.resize(rejects->header().size() - 1);
                cells.append(reason + problem.message);
                rejects->addRow(cells);
            }
            if (!batch.problems.isEmpty()) {
                pool.clear();
                return std::unexpected(batch.problems.first());
            }
        }
        if (m_progress)
            m_progress({batch.endPosition, reader.size(), summary.rows});
        // Freed on a worker, where it was allocated, not on the thread that writes.
        pool.start([spent = std::make_shared<PreparedBatch>(std::move(batch))]() mutable { spent.reset(); });
    }
    if (readError) {
        if (!dryRun)
            return std::unexpected(*readError);
        if (summary.problems.size() < GuestImportSummary::ProblemLimit)
            summary.problems.append(*readError);
    }

    if (isCancelled(m_cancel))
        return std::unexpected(cancelled(0));
    // The rejected rows go to their file under a temporary name first; it takes its place only when
    // the guests are committed, so neither is left half done.
    std::optional<ExportFile> rejectsFile;
    if (transaction && rejects && summary.rejected > 0) {
        rejectsFile.emplace(m_rejectsPath);
        if (auto ok = rejectsFile->open(m_db.path()); !ok)
            return std::unexpected(ok.error());
        const QByteArray bytes = rejects->toCsv();
        if (rejectsFile->device().write(bytes) != bytes.size())
            return std::unexpected(
                Error{Error::Code::Io,
                      tr("Could not write the rejected rows: %1.").arg(rejectsFile->device().errorString()),
                      {},
                      m_rejectsPath,
                      0});
        summary.rejectsFile = m_rejectsPath;
    }
    if (transaction) {
        if (auto ok = nameKeys.write(m_db); !ok)
            return std::unexpected(at(ok.error(), fileName, 0));
        // One "reload" for the pages instead of a notification per guest.
        m_db.afterCommit().truncate(eventMark);
        if (summary.guests > 0)
            m_db.afterCommit().noteBulkWrite();
        if (auto ok = transaction->commit(); !ok)
            return std::unexpected(ok.error());
        if (rejectsFile) {
            if (auto ok = rejectsFile->commit(); !ok)
                return std::unexpected(Error{ok.error().code,
                                             tr("The guests were imported, but the rejected rows could not "
                                                "be saved: %1")
                                                 .arg(ok.error().message),
                                             {},
                                             m_rejectsPath,
                                             0});
        }
    }
    if (m_progress)
        m_progress({reader.size(), reader.size(), summary.rows});
    return summary;
}

} // namespace innkeep
