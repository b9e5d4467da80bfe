// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "jobs/backgroundjob.h"
#include "jobs/exchangeprogress.h"

#include <QCoreApplication>
#include <QString>

namespace innkeep {

class Database;
class JobRunner;

struct JsonExportSummary
{
    qint64 guests = 0;
    qint64 notes = 0;
    qint64 preferences = 0;
    qint64 stays = 0;
    qint64 loyaltyTierChanges = 0;
    qint64 loyaltyPoints = 0;
    qint64 staff = 0;
    qint64 ticketCategories = 0;
    qint64 departments = 0;
    qint64 slaPolicies = 0;
    qint64 loyaltyTiers = 0;
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
    qint64 bytes = 0;
};

// Writes the whole venue to one JSON file in the documented schema (docs/json-export.md: `format`
// "innkeep-export", `version` 2): the venue settings, staff, ticket categories, departments, SLA
// policies, loyalty tiers, every guest — archived ones too — with contacts, tags, notes, preferences,
// stays, loyalty tier changes and points nested, guest merges, complaint tickets with their timelines,
// compensations and follow-ups, feedback with its analysis and topics, and saved segments. Not in it:
// what is derived or this device's own (the change log, the search index, local_meta). Records are
// streamed one per line from a consistent snapshot into an ExportFile: the path must pass
// ExportDestination (never the database, never a device), the file is private to the user (0600), and
// it replaces an old one only when complete. JsonImport reads it back.
class JsonExport final
{
    Q_DECLARE_TR_FUNCTIONS(JsonExport)

public:
    static constexpr int FormatVersion = 2;
    [[nodiscard]] static QString formatName() { return QStringLiteral("innkeep-export"); }
    // Columns stored as 0/1 that are written as true/false: the export and the CLI's --json agree.
    [[nodiscard]] static bool isFlagColumn(const QString &name);

    explicit JsonExport(Database &db) : m_db(db) {}

    // The export as a (reading) background job of `runner`, on its own connection, reporting
    // guests written of guests in total (tickets and feedback follow the last guest), stopped by
    // BackgroundJob::cancel() (then no file is written); its result is a JsonExportSummary.
    [[nodiscard]] static Result<std::unique_ptr<BackgroundJob>> start(JobRunner &runner, const QString &path);
    // Called every few hundred guests with guests written of guests in total.
    void setProgress(ProgressCallback callback) { m_progress = std::move(callback); }
    void setCancelFlag(const CancelFlag *cancel) { m_cancel = cancel; }

    [[nodiscard]] Result<JsonExportSummary> write(const QString &path);

private:
    Database &m_db;
    ProgressCallback m_progress;
    const CancelFlag *m_cancel = nullptr;
};

} // namespace innkeep
