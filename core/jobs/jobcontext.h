// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobs/exchangeprogress.h"
#include "jobs/jobprogress.h"

#include <QString>

namespace innkeep {

class Clock;
class Database;
class JobState;

// What a job's body gets on its worker thread: its own connection to the file, the file's path and
// clock, a way to report progress and the cancel flag to check between steps. Made by JobRunner;
// valid only while the body runs.
class JobContext final
{
    Q_DISABLE_COPY_MOVE(JobContext)

public:
    JobContext(JobState &state, Database *db, QString path, const Clock &clock)
        : m_state(state), m_db(db), m_path(std::move(path)), m_clock(clock)
    {}

    // The job's connection (Database::openAnother() of the caller's, opened on this thread, with the
    // staff member who started the job). A writing job's body runs inside one transaction on it
    // that the runner commits. Only for a runner made on an open Database (hasDatabase()).
    [[nodiscard]] Database &db() const;
    [[nodiscard]] bool hasDatabase() const { return m_db != nullptr; }
    [[nodiscard]] const QString &path() const { return m_path; }
    [[nodiscard]] const Clock &clock() const { return m_clock; }

    // Cheap and safe to call often: the caller hears at most one reading every few tens of
    // milliseconds, always the latest, and the last one before the job's end.
    void report(const JobProgress &progress);
    [[nodiscard]] bool isCancelled() const;
    [[nodiscard]] const CancelFlag *cancelFlag() const;
    // For work that reports ExchangeProgress (GuestCsvImport, JsonExport, DemoGenerator): each
    // reading reported with `phase`.
    [[nodiscard]] ProgressCallback progressCallback(const QString &phase);

private:
    JobState &m_state;
    Database *m_db;
    QString m_path;
    const Clock &m_clock;
};

} // namespace innkeep
