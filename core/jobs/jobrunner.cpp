// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobrunner.h"

#include "jobs/jobstate.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QtConcurrent/QtConcurrentRun>
#include <QThread>

#include <algorithm>
#include <optional>

namespace innkeep {

namespace {

// The files a writing job of this process is changing now, by canonical path, with the job's name.
struct WritingJobs
{
    QMutex mutex;
    QHash<QString, QString> byFile;
};

WritingJobs &writingJobs()
{
    static WritingJobs jobs;
    return jobs;
}

QString fileKey(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
}

Error cancelledError()
{
    return Error{Error::Code::Cancelled, JobRunner::tr("Cancelled; nothing was changed."), {}, {}, 0};
}

} // namespace

JobRunner::JobRunner(Database &db) : m_db(&db), m_path(db.path()), m_clock(db.clock())
{
    m_pool.setMaxThreadCount(std::max(2, QThread::idealThreadCount()));
}

JobRunner::JobRunner(const QString &path, const Clock &clock) : m_path(path), m_clock(clock)
{
    m_pool.setMaxThreadCount(std::max(2, QThread::idealThreadCount()));
}

JobRunner::~JobRunner()
{
    m_pool.waitForDone();
}

Result<std::unique_ptr<BackgroundJob>> JobRunner::startBody(const QString &name, JobAccess access,
                                                            Body<std::any> body)
{
    const bool writes = access == JobAccess::Writes;
    const QString key = fileKey(m_path);
    if (writes) {
        WritingJobs &jobs = writingJobs();
        const QMutexLocker lock(&jobs.mutex);
        if (const auto running = jobs.byFile.constFind(key); running != jobs.byFile.cend())
            return std::unexpected(fileError(
                Error::Code::Conflict, m_path,
                tr("This file is being changed by %1; try again when it has finished.").arg(*running)));
        jobs.byFile.insert(key, name);
    }

    std::unique_ptr<BackgroundJob> job(new BackgroundJob(name));
    std::shared_ptr<JobState> state = job->m_state;
    // Read here, on the caller's thread: the job acts for whoever is at the desk now.
    const QString staff = m_db ? m_db->staff() : QString();
    Database *source = m_db;
    const QString path = m_path;
    const Clock &clock = m_clock;

    (void)QtConcurrent::run(
        &m_pool, [state, source, path, &clock, staff, writes, key, body = std::move(body)] {
            Status status;
            std::any value;
            {
                std::unique_ptr<Database> connection; // opened and closed on this thread
                std::optional<Transaction> transaction;
                if (state->cancel)
                    status = std::unexpected(cancelledError());
                if (status && source) {
                    auto opened = source->openAnother();
                    if (opened) {
                        connection = std::move(*opened);
                        connection->setStaff(staff);
                    } else {
                        status = std::unexpected(opened.error());
                    }
                }
                if (status && connection && writes) {
                    auto begun = Transaction::begin(*connection);
                    if (begun)
                        transaction.emplace(std::move(*begun));
                    else
                        status = std::unexpected(begun.error());
                }
                if (status) {
                    JobContext context(*state, connection.get(), path, clock);
                    auto result = body(context);
                    if (!result)
                        status = std::unexpected(result.error());
                    else if (transaction && state->cancel) // stopped after its last step: still nothing kept
                        status = std::unexpected(cancelledError());
                    else if (transaction)
                        status = transaction->commit();
                    if (status)
                        value = std::move(*result);
                }
                // An uncommitted transaction rolls back here, before the connection closes.
            }
            if (writes) {
                WritingJobs &jobs = writingJobs();
                const QMutexLocker lock(&jobs.mutex);
                jobs.byFile.remove(key);
            }
            state->finish(std::move(status), std::move(value));
        });
    return job;
}

} // namespace innkeep
