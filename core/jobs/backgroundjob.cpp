// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backgroundjob.h"

#include "jobs/jobstate.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

namespace innkeep {

BackgroundJob::BackgroundJob(QString name)
    : m_name(std::move(name)), m_state(std::make_shared<JobState>(*this)),
      m_status(
          std::unexpected(Error{Error::Code::Conflict,
                                QCoreApplication::translate("BackgroundJob", "The job has not finished yet."),
                                {},
                                {},
                                0}))
{}

BackgroundJob::~BackgroundJob()
{
    if (!m_running)
        return;
    m_state->cancel = true;
    // The worker may still post to this object until finish() returns; ~QObject then drops what
    // it posted.
    m_state->waitUntilDone();
}

QString BackgroundJob::wrongResultType()
{
    return QCoreApplication::translate("BackgroundJob", "The job's result was asked for as the wrong type.");
}

void BackgroundJob::cancel()
{
    if (m_running)
        m_state->cancel = true;
}

void BackgroundJob::waitForFinished()
{
    if (!m_running)
        return;
    QEventLoop loop;
    connect(this, &BackgroundJob::finished, &loop, &QEventLoop::quit);
    loop.exec();
}

void BackgroundJob::deliverProgress()
{
    if (!m_running)
        return;
    if (const int wait = m_state->msUntilDelivery(); wait > 0) {
        QTimer::singleShot(wait, this, &BackgroundJob::deliverProgress);
        return;
    }
    if (auto progress = m_state->takeUnseen(true))
        Q_EMIT progressed(*progress);
}

void BackgroundJob::deliverFinish(const Status &status, std::any value)
{
    // The last reading first, so a listener sees the job end at its total before it hears the end.
    if (auto progress = m_state->takeUnseen(false))
        Q_EMIT progressed(*progress);
    m_status = status;
    m_value = std::move(value);
    m_running = false;
    // Last: a listener may delete this job from its slot.
    Q_EMIT finished(m_status);
}

} // namespace innkeep
