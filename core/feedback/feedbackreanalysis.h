// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"

#include <QCoreApplication>
#include <QObject>
#include <QTimer>

#include <atomic>
#include <memory>

namespace innkeep {

class BackgroundJob;
class Database;
class FeedbackService;
class JobContext;
class JobRunner;

// Reading the venue's feedback again in the background (JobRunner), with the analyser as it is now
// and the venue's lessons learned on the job's own connection: entries analysed by an older
// analyser version (or never) when the venue opens, and every uncorrected entry a few seconds after
// staff corrected one (debounced: a burst of corrections gives one job). The job is a reading job
// on the runner that writes in its own short transactions of BatchSize entries, so the window and
// other programs never wait long for the file; cancelling keeps the batches already written. Only
// the analyser's columns and topics are written: staff corrections are never overwritten. When a
// job ends, FeedbackService announces manyChanged() so lists reload.
class FeedbackReanalysis final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeedbackReanalysis)

public:
    enum class Scope {
        Outdated,   // analyser_version < FeedbackAnalyser::Version
        Uncorrected // every entry without a staff correction (after the lessons changed)
    };
    static constexpr int BatchSize = 300;
    static constexpr int DefaultDelayMs = 3000;

    FeedbackReanalysis(Database &db, JobRunner &jobs, FeedbackService &feedback, QObject *parent = nullptr);
    ~FeedbackReanalysis() override;

    // The work itself, on `db` (the job's connection, or any for a command-line tool): learns the
    // venue's lessons from `db`, then analyses the entries in `scope` in batches, each in its own
    // transaction. Reports progress ("Analysing feedback") and stops between batches when cancelled
    // (Error::Code::Cancelled; the batches written stay). Returns how many entries it analysed;
    // `written` (optional) follows that count as batches commit, also when the run fails later.
    [[nodiscard]] static Result<qint64> run(Database &db, Scope scope, JobContext *context = nullptr,
                                            std::atomic<qint64> *written = nullptr);

    // Starts the background job for outdated entries when there are any and the file is writable;
    // returns whether it started (or was queued behind a running job).
    [[nodiscard]] Result<bool> startOutdated();
    // Re-analysis of the uncorrected entries, `delayMs` after the last call (a correction).
    void scheduleUncorrected();
    void setDelay(int ms) { m_timer.setInterval(ms); }

    // The running job (its progressed() and finished() signals), or nullptr.
    [[nodiscard]] BackgroundJob *job() const { return m_job.get(); }
    [[nodiscard]] bool isScheduled() const { return m_timer.isActive() || m_queued; }

Q_SIGNALS:
    // A job started: watch its progress.
    void started(innkeep::BackgroundJob *job);
    // A job ended: `analysed` entries were written (also when it failed or was cancelled part-way).
    void finished(qint64 analysed, const innkeep::Status &status);

private:
    [[nodiscard]] Status start(Scope scope);
    void jobEnded();

    Database &m_db;
    JobRunner &m_jobs;
    FeedbackService &m_feedback;
    QTimer m_timer;
    std::unique_ptr<BackgroundJob> m_job;
    bool m_queued = false; // an uncorrected re-analysis waits for the running job
    Scope m_queuedScope = Scope::Uncorrected;
};

} // namespace innkeep
