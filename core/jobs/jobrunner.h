// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "jobs/backgroundjob.h"
#include "jobs/jobcontext.h"

#include <QCoreApplication>
#include <QString>
#include <QThreadPool>

#include <any>
#include <functional>
#include <memory>
#include <type_traits>

namespace innkeep {

class Clock;
class Database;

// Whether a job changes the database. A writing job is all or nothing, and one file has at most
// one at a time from this process.
enum class JobAccess { Reads, Writes };

// The one way core runs long work (imports, exports, the demo hotel; analysis and sync later) off
// the thread that asked for it: start() hands the body to a worker (QtConcurrent on a pool of the
// runner's) and returns the BackgroundJob the caller watches, cancels or waits for.
//
// Made on an open Database, each job gets its own connection to the file on its worker
// (Database::openAnother(): same clock, read-only state and activity), attributed to the staff
// member acting on the caller's connection when the job started. A writing job's body runs inside
// one transaction the runner begins and commits only when the body succeeded and was not cancelled:
// a failure or Cancel leaves the file as it was. Made on a path, the runner opens nothing; the job
// opens or makes the file itself (the demo hotel before any file is open) and is whole or absent
// by its own rules.
//
// While a writing job runs, start() refuses another writing job on the same file (by canonical
// path, from any runner in this process) with Error::Code::Conflict naming the job that writes.
// Reading jobs are never refused. The runner outlives its jobs' workers: its destructor waits.
class JobRunner final
{
    Q_DECLARE_TR_FUNCTIONS(JobRunner)
    Q_DISABLE_COPY_MOVE(JobRunner)

public:
    explicit JobRunner(Database &db);
    JobRunner(const QString &path, const Clock &clock);
    [[nodiscard]] const Clock &clock() const { return m_clock; }
    ~JobRunner();

    template<typename T>
    using Body = std::function<Result<T>(JobContext &)>;

    // Starts `body` on a worker; `name` says in a few translated words what it is ("the guest
    // import"), for the refusal of a second writing job. The job's Result<T> is read with
    // BackgroundJob::result<T>() after it finished.
    template<typename T>
    [[nodiscard]] Result<std::unique_ptr<BackgroundJob>> start(const QString &name, JobAccess access,
                                                               Body<T> body)
    {
        return startBody(name, access, [body = std::move(body)](JobContext &context) -> Result<std::any> {
            auto result = body(context);
            if (!result)
                return std::unexpected(result.error());
            if constexpr (std::is_void_v<T>)
                return std::any();
            else
                return std::any(std::move(*result));
        });
    }

    [[nodiscard]] const QString &path() const { return m_path; }

private:
    [[nodiscard]] Result<std::unique_ptr<BackgroundJob>> startBody(const QString &name, JobAccess access,
                                                                   Body<std::any> body);

    Database *m_db = nullptr;
    QString m_path;
    const Clock &m_clock;
    QThreadPool m_pool;
};

} // namespace innkeep
