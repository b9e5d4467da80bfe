// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobstate.h"

#include "jobs/backgroundjob.h"

#include <QMetaObject>

#include <algorithm>

namespace innkeep {

void JobState::report(const JobProgress &progress)
{
    const QMutexLocker lock(&m_mutex);
    m_latest = progress;
    m_unseen = true;
    if (m_deliveryQueued)
        return; // the delivery on its way hands this reading over
    m_deliveryQueued = true;
    BackgroundJob *job = m_job;
    QMetaObject::invokeMethod(
        job, [job] { job->deliverProgress(); }, Qt::QueuedConnection);
}

int JobState::msUntilDelivery()
{
    const QMutexLocker lock(&m_mutex);
    return m_sinceDelivery.isValid()
               ? int(std::max<qint64>(0, ProgressIntervalMs - m_sinceDelivery.elapsed()))
               : 0;
}

std::optional<JobProgress> JobState::takeUnseen(bool endsDelivery)
{
    const QMutexLocker lock(&m_mutex);
    if (endsDelivery) {
        m_deliveryQueued = false;
        m_sinceDelivery.start();
    }
    if (!m_unseen)
        return std::nullopt;
    m_unseen = false;
    return m_latest;
}

void JobState::finish(Status status, std::any value)
{
    BackgroundJob *job = m_job;
    QMetaObject::invokeMethod(
        job,
        [job, status = std::move(status), value = std::move(value)]() mutable {
            job->deliverFinish(status, std::move(value));
        },
        Qt::QueuedConnection);
    m_done.release();
}

void JobState::waitUntilDone()
{
    m_done.acquire();
    m_done.release(); // for a second waiter
}

} // namespace innkeep
