// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "guestcsvimport.h"

#include "exchange/csvreader.h"
#include "exchange/guestcsvmapping.h"
#include "guests/guestservice.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QFile>
#include <QFileInfo>

#include <optional>

namespace innkeep {

namespace {

constexpr int ProgressEvery = 512;

Error at(Error error, const QString &file, int line)
{
    error.file = file;
    error.line = line;
    return error;
}

} // namespace

Result<GuestImportSummary> GuestCsvImport::run(const QString &path, bool dryRun)
{
    const QString fileName = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return std::unexpected(Error{Error::Code::Io, tr("Cannot read the file: %1.").arg(file.errorString()), {},
                                     path, 0});
    }
    // Mapped, so a large file is neither copied nor read twice; a pipe falls back to reading it.
    QByteArray buffer;
    QByteArrayView data;
    const qint64 size = file.size();
    if (uchar *mapped = size > 0 ? file.map(0, size) : nullptr) {
        data = QByteArrayView(reinterpret_cast<const char *>(mapped), size);
    } else {
        buffer = file.readAll();
        data = buffer;
    }

    CsvReader reader(data, fileName);
    QStringList record;
    auto header = reader.next(record);
    if (!header)
        return std::unexpected(header.error());
    if (!*header)
        return std::unexpected(at(Error{Error::Code::InvalidInput, tr("The file is empty; it needs a header line."),
                                        {}, {}, 0},
                                  fileName, 1));
    auto mapping = GuestCsvMapping::fromHeader(record, m_mapping);
    if (!mapping)
        return std::unexpected(at(mapping.error(), fileName, reader.line()));

    GuestImportSummary summary;
    summary.file = fileName;
    summary.dryRun = dryRun;
    GuestService guests(m_db);
    std::optional<Transaction> transaction;
    const qsizetype eventMark = m_db.events().mark();
    if (!dryRun) {
        auto tx = Transaction::begin(m_db);
        if (!tx)
            return std::unexpected(tx.error());
        transaction.emplace(std::move(*tx));
    }

    QStringList notes;
    for (;;) {
        auto more = reader.next(record);
        if (!more) {
            if (!dryRun)
                return std::unexpected(more.error());
            summary.problems.append(more.error());
            break; // the rest of the file cannot be read reliably
        }
        if (!*more)
            break;
        ++summary.rows;
        if (summary.rows % ProgressEvery == 0) {
            if (isCancelled(m_cancel))
                return std::unexpected(Error{Error::Code::Cancelled, tr("The import was cancelled; nothing was changed."),
                                             {}, fileName, reader.line()});
            if (m_progress)
                m_progress({reader.position(), reader.size(), summary.rows});
        }

        Guest draft;
        notes.resize(0);
        if (auto ok = mapping->read(record, draft, notes); !ok) {
            if (!dryRun)
                return std::unexpected(at(ok.error(), fileName, reader.line()));
            if (summary.problems.size() < GuestImportSummary::ProblemLimit)
                summary.problems.append(at(ok.error(), fileName, reader.line()));
            continue;
        }
        summary.emails += draft.emails.size();
        summary.phones += draft.phones.size();
        summary.notes += notes.size();

        if (dryRun) {
            const QList<Error> problems = guests.check(std::move(draft));
            for (const Error &problem : problems) {
                if (summary.problems.size() < GuestImportSummary::ProblemLimit)
                    summary.problems.append(at(problem, fileName, reader.line()));
            }
            if (problems.isEmpty())
                ++summary.guests;
            continue;
        }

        auto added = guests.add(std::move(draft));
        if (!added)
            return std::unexpected(at(added.error(), fileName, reader.line()));
        for (const QString &note : std::as_const(notes)) {
            if (auto ok = guests.addNote(added->uuid, note); !ok)
                return std::unexpected(at(ok.error(), fileName, reader.line()));
        }
        ++summary.guests;
    }

    if (isCancelled(m_cancel))
        return std::unexpected(Error{Error::Code::Cancelled, tr("The import was cancelled; nothing was changed."), {},
                                     fileName, 0});
    if (transaction) {
        // One "reload" for the pages instead of a notification per guest.
        m_db.events().truncate(eventMark);
        if (auto ok = transaction->commit(); !ok)
            return std::unexpected(ok.error());
        if (summary.guests > 0)
            Q_EMIT m_db.events().reset();
    }
    if (m_progress)
        m_progress({reader.size(), reader.size(), summary.rows});
    return summary;
}

} // namespace innkeep
