// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedbackreanalysis.h"

#include "analysis/feedbackanalyser.h"
#include "feedback/feedbackrepository.h"
#include "feedback/feedbackservice.h"
#include "feedback/feedbackteaching.h"
#include "jobs/backgroundjob.h"
#include "jobs/jobcontext.h"
#include "jobs/jobrunner.h"
#include "storage/database.h"
#include "storage/transaction.h"

namespace innkeep {

FeedbackReanalysis::FeedbackReanalysis(Database &db, JobRunner &jobs, FeedbackService &feedback,
                                       QObject *parent)
    : QObject(parent), m_db(db), m_jobs(jobs), m_feedback(feedback)
{
    qRegisterMetaType<innkeep::BackgroundJob *>();
    m_timer.setSingleShot(true);
    m_timer.setInterval(DefaultDelayMs);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_job) {
            m_queued = true;
            m_queuedScope = Scope::Uncorrected;
            return;
        }
        (void)start(Scope::Uncorrected);
    });
}

FeedbackReanalysis::~FeedbackReanalysis() = default;

Result<qint64> FeedbackReanalysis::run(Database &db, Scope scope, JobContext *context,
                                       std::atomic<qint64> *written)
{
    const QString phase = QCoreApplication::translate("FeedbackReanalysis", "Analysing feedback");
    auto lessons = FeedbackTeaching::lessonsFor(db);
    if (!lessons)
        return std::unexpected(lessons.error());
    const FeedbackAnalyser analyser(*lessons);
    FeedbackRepository repo(db);
    const int versionBelow = scope == Scope::Outdated ? FeedbackAnalyser::Version : 0;
    const bool uncorrectedOnly = scope == Scope::Uncorrected;
    auto total = repo.countToAnalyse(versionBelow, uncorrectedOnly);
    if (!total)
        return std::unexpected(total.error());
    qint64 done = 0;
    qint64 afterId = 0;
    if (context)
        context->report(JobProgress{0, *total, 0, phase});
    while (true) {
        if (context && context->isCancelled())
            return fail(Error::Code::Cancelled,
                        QCoreApplication::translate("FeedbackReanalysis",
                                                    "Stopped; the entries analysed so far are kept."));
        auto batch = repo.toAnalyse(afterId, BatchSize, versionBelow, uncorrectedOnly);
        if (!batch)
            return std::unexpected(batch.error());
        if (batch->isEmpty())
            break;
        QList<TextAnalysis> results;
        results.reserve(batch->size());
        for (const FeedbackText &entry : *batch)
            results.append(FeedbackTeaching::read(analyser, entry.text, entry.language));
        auto tx = Transaction::begin(db);
        if (!tx)
            return std::unexpected(tx.error());
        for (qsizetype i = 0; i < batch->size(); ++i) {
            if (auto ok = repo.storeAnalysis(batch->at(i).id, results.at(i), FeedbackAnalyser::Version); !ok)
                return std::unexpected(ok.error());
        }
        if (auto ok = tx->commit(); !ok)
            return std::unexpected(ok.error());
        done += batch->size();
        if (written)
            *written = done;
        afterId = batch->last().id;
        if (context)
            context->report(JobProgress{std::min(done, *total), std::max(done, *total), done, phase});
    }
    return done;
}

Result<bool> FeedbackReanalysis::startOutdated()
{
    if (m_db.isReadOnly())
        return false;
    auto outdated = FeedbackRepository(m_db).countToAnalyse(FeedbackAnalyser::Version, false);
    if (!outdated)
        return std::unexpected(outdated.error());
    if (*outdated == 0)
        return false;
    if (m_job) {
        m_queued = true;
        m_queuedScope = Scope::Outdated;
        return true;
    }
    if (auto ok = start(Scope::Outdated); !ok)
        return std::unexpected(ok.error());
    return true;
}

void FeedbackReanalysis::scheduleUncorrected()
{
    if (!m_db.isReadOnly())
        m_timer.start();
}

Status FeedbackReanalysis::start(Scope scope)
{
    auto tally = std::make_shared<std::atomic<qint64>>(0);
    auto job = m_jobs.start<qint64>(
        QCoreApplication::translate("FeedbackReanalysis", "the analysis of the feedback"), JobAccess::Reads,
        [scope, tally](JobContext &context) -> Result<qint64> {
            // The count of what was written survives a cancel or a failure part-way.
            return run(context.db(), scope, &context, tally.get());
        });
    if (!job)
        return std::unexpected(job.error());
    m_job = std::move(*job);
    connect(m_job.get(), &BackgroundJob::finished, this, [this, tally](const Status &status) {
        BackgroundJob *ended = m_job.release();
        ended->deleteLater();
        m_feedback.announceMany();
        Q_EMIT finished(tally->load(), status);
        jobEnded();
    });
    Q_EMIT started(m_job.get());
    return {};
}

void FeedbackReanalysis::jobEnded()
{
    if (!m_queued || m_timer.isActive())
        return;
    m_queued = false;
    (void)start(m_queuedScope);
}

} // namespace innkeep
