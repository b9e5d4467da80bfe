// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "jobs/exchangeprogress.h"

#include <QCoreApplication>
#include <QString>

namespace innkeep {

class Database;

// What an import of a JSON export restored (or, in a dry run, would restore).
struct JsonImportSummary
{
    QString file;
    bool dryRun = false;
    int version = 0;  // the file's format version
    QString deviceId; // the device the file was written by, which this database now continues as
    qint64 venueSettings = 0;
    qint64 staff = 0;
    qint64 ticketCategories = 0;
    qint64 departments = 0;
    qint64 slaPolicies = 0;
    qint64 loyaltyTiers = 0;
    qint64 guests = 0;
    qint64 emails = 0;
    qint64 phones = 0;
    qint64 tags = 0;
    qint64 notes = 0;
    qint64 preferences = 0;
    qint64 stays = 0;
    qint64 loyaltyTierChanges = 0;
    qint64 loyaltyPoints = 0;
    qint64 guestMerges = 0;
    qint64 tickets = 0;
    qint64 ticketEvents = 0;
    qint64 compensations = 0;
    qint64 followUps = 0;
    qint64 feedback = 0;
    qint64 feedbackTopics = 0;
    qint64 segments = 0;
    qint64 messageTemplates = 0;
    qint64 reminderActions = 0;
};

// Restores a JSON export (docs/json-export.md, written by JsonExport, versions 1 and 2) into a
// database that holds no guests, stays, tickets or feedback yet — a new file from `innkeep-cli
// init` —, keeping every uuid, time and the exporting device's id (docs/decisions.md, "JSON import").
// The file's staff, ticket categories, departments, SLA policies, loyalty tiers and segments replace
// the new file's (seeded) ones, its venue settings overwrite theirs. All in one transaction: a file
// with any problem changes nothing, and the first problem comes back as file, line (where the record
// starts), field (the JSON path, `guests[3].emails[0]`) and message. Every record is checked: types,
// required keys, tokens, ranges, dates, and that a uuid a record refers to names a record in the file.
// Every row is recorded in the change log as this device's insert, and the search index is built for
// the new guests, complaints and feedback. The file is read a record at a time (JsonStreamReader):
// memory does not grow with its size.
class JsonImport final
{
    Q_DECLARE_TR_FUNCTIONS(JsonImport)
    Q_DISABLE_COPY_MOVE(JsonImport)

public:
    explicit JsonImport(Database &db);
    ~JsonImport();

    // Called every few hundred records with bytes read of the file's size.
    void setProgress(ProgressCallback callback) { m_progress = std::move(callback); }
    void setCancelFlag(const CancelFlag *cancel) { m_cancel = cancel; }

    // Refuses a database that already holds guests, stays, tickets, feedback or anything that
    // belongs to them, naming what it holds.
    [[nodiscard]] Status checkEmpty();
    // Reads `path` into the database. A dry run checks everything the import would (the same
    // writes, then rolled back) and changes nothing.
    [[nodiscard]] Result<JsonImportSummary> read(const QString &path, bool dryRun = false);

private:
    class Run;
    Database &m_db;
    ProgressCallback m_progress;
    const CancelFlag *m_cancel = nullptr;
};

} // namespace innkeep
