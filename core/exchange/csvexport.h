// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "jobs/backgroundjob.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace innkeep {

class Database;
class JobRunner;

struct CsvExportSummary
{
    qint64 guests = 0;
    qint64 stays = 0;
    qint64 tickets = 0;
    qint64 feedback = 0;
    QStringList files; // as written, in order
};

// The venue as four CSV files a spreadsheet opens and Innkeep imports again: guests.csv (the
// columns `import guests` reads, by their field tokens: a guest exported and imported comes back
// the same), stays.csv, tickets.csv and feedback.csv (with the guest's id and e-mail to match them
// to their guest). Archived and erased guests are left out of guests.csv; their stays, tickets
// and feedback are in the other files. Cells a spreadsheet would run as formulas get a leading
// apostrophe, which the import takes off again. Options for spreadsheets: ';' between fields
// (locales whose decimal mark is a comma) and a UTF-8 byte-order mark. Every file passes
// ExportDestination, is private (0600), and replaces an old one only when all four are written.
class CsvExport final
{
    Q_DECLARE_TR_FUNCTIONS(CsvExport)

public:
    struct Options
    {
        QChar separator = u',';
        bool byteOrderMark = false;
    };

    explicit CsvExport(Database &db) : m_db(db) {}

    // The export as a (reading) background job of `runner` on its own connection; its result is a
    // CsvExportSummary.
    [[nodiscard]] static Result<std::unique_ptr<BackgroundJob>>
    start(JobRunner &runner, const QString &folder, const Options &options);

    [[nodiscard]] Result<CsvExportSummary> write(const QString &folder, const Options &options);

private:
    Database &m_db;
};

} // namespace innkeep
