// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "jobs/jobprogress.h"

#include <QObject>
#include <QString>

#include <any>
#include <memory>
#include <type_traits>

namespace innkeep {

class JobState;

// A long piece of work (an import, an export, the demo hotel) running on a worker thread, as the
// thread that started it sees it. Made by JobRunner::start(). It lives on the starting thread and
// emits there: progressed() in order, throttled, the last one before finished() carrying the job's
// last reading; then finished() once, with Status ok, the job's error in clear words, or
// Error::Code::Cancelled. Destroying a running job cancels it and waits for its worker.
class BackgroundJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackgroundJob)

public:
    ~BackgroundJob() override;

    // What the job is, in a few translated words ("the guest import").
    [[nodiscard]] const QString &name() const { return m_name; }
    // True from start() until finished() has been emitted.
    [[nodiscard]] bool isRunning() const { return m_running; }
    // Asks the job to stop. A writing job then rolls back: nothing it did is kept. Ignored once
    // the job has finished.
    void cancel();
    // Runs this thread's event loop until finished() (so progressed() and finished() are delivered
    // as usual): the way a command-line tool waits for its job.
    void waitForFinished();

    // After finished(): ok, the job's error, or Cancelled. Before: a Conflict saying it still runs.
    [[nodiscard]] const Status &status() const { return m_status; }
    // After finished(): what the job returned (T as given to JobRunner::start), or its error.
    template<typename T>
    [[nodiscard]] Result<T> result() const
    {
        if (!m_status)
            return std::unexpected(m_status.error());
        if constexpr (std::is_void_v<T>) {
            return {};
        } else {
            if (const T *value = std::any_cast<T>(&m_value))
                return *value;
            return std::unexpected(Error{Error::Code::Conflict, wrongResultType(), {}, {}, 0});
        }
    }

Q_SIGNALS:
    void progressed(const innkeep::JobProgress &progress);
    void finished(const innkeep::Status &status);

private:
    friend class JobRunner;
    friend class JobState;
    explicit BackgroundJob(QString name);
    [[nodiscard]] static QString wrongResultType();
    void deliverProgress();
    void deliverFinish(const Status &status, std::any value);

    QString m_name;
    std::shared_ptr<JobState> m_state;
    bool m_running = true;
    Status m_status;
    std::any m_value;
};

} // namespace innkeep
