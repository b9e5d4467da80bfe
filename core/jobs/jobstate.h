// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "jobs/jobprogress.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QSemaphore>

#include <any>
#include <atomic>
#include <optional>

namespace innkeep {

class BackgroundJob;

// What one running job shares between its worker and the thread that started it (inside core/jobs
// only): the cancel flag, the latest progress and the way back to the BackgroundJob. Progress is
// throttled here: at most one delivery is on its way at a time (queued, or waiting on the caller's
// thread for ProgressIntervalMs since the last one to pass) and it hands over the latest reading, so
// a 100k-row import cannot flood the event loop and the last reading still arrives within the interval.
class JobState final
{
    Q_DISABLE_COPY_MOVE(JobState)

public:
    static constexpr int ProgressIntervalMs = 50;

    explicit JobState(BackgroundJob &job) : m_job(&job) {}

    std::atomic_bool cancel{false};

    // Worker side.
    void report(const JobProgress &progress);
    // Hands the outcome to the job's thread, then lets waitUntilDone() return. Touches nothing
    // of the job afterwards.
    void finish(Status status, std::any value);

    // Caller side: how long the delivery on its way should still wait, then the reading not yet
    // shown (if any), ending that delivery.
    [[nodiscard]] int msUntilDelivery();
    [[nodiscard]] std::optional<JobProgress> takeUnseen(bool endsDelivery);
    // Blocks until finish() ran (any thread).
    void waitUntilDone();

private:
    BackgroundJob *m_job; // alive until finish() returned: its destructor waits for that
    QMutex m_mutex;
    JobProgress m_latest;
    bool m_unseen = false;
    bool m_deliveryQueued = false;
    QElapsedTimer m_sinceDelivery;
    QSemaphore m_done;
};

} // namespace innkeep
