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
    qint64 bytes = 0;
};

// Writes the venue settings and every guest — archived ones too — with contacts, tags, notes,
// preferences and stays nested, to one JSON file in the documented schema (docs/json-export.md:
// `format` "innkeep-export", `version` 1). Not in it (yet): complaints (tickets, with their
// timelines, compensation and follow-ups), feedback, staff, the venue's ticket lists and SLA
// policies, and the change log. Guests are streamed one at a time (one per line) from a consistent
// snapshot into an ExportFile: the path must pass ExportDestination (never the database, never a
// device), the file is private to the user (0600), and it replaces an old one only when complete.
class JsonExport final
{
    Q_DECLARE_TR_FUNCTIONS(JsonExport)

public:
    static constexpr int FormatVersion = 1;
    [[nodiscard]] static QString formatName() { return QStringLiteral("innkeep-export"); }
    // Columns stored as 0/1 that are written as true/false: the export and the CLI's --json agree.
    [[nodiscard]] static bool isFlagColumn(const QString &name);

    explicit JsonExport(Database &db) : m_db(db) {}

    // The export as a (reading) background job of `runner`, on its own connection, reporting
    // guests written of guests in total, stopped by BackgroundJob::cancel() (then no file is
    // written); its result is a JsonExportSummary.
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
