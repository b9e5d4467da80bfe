// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobcontext.h"

#include "jobs/jobstate.h"

namespace innkeep {

Database &JobContext::db() const
{
    Q_ASSERT_X(m_db, "JobContext::db", "this runner opens no connection; the job opens its file itself");
    return *m_db;
}

void JobContext::report(const JobProgress &progress)
{
    m_state.report(progress);
}

bool JobContext::isCancelled() const
{
    return m_state.cancel.load(std::memory_order_relaxed);
}

const CancelFlag *JobContext::cancelFlag() const
{
    return &m_state.cancel;
}

ProgressCallback JobContext::progressCallback(const QString &phase)
{
    return [this, phase](const ExchangeProgress &progress) {
        report(JobProgress{progress.done, progress.total, progress.records, phase});
    };
}

} // namespace innkeep
