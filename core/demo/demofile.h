// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "demo/demogenerator.h"
#include "jobs/backgroundjob.h"
#include "jobs/exchangeprogress.h"

#include <QCoreApplication>
#include <QString>

namespace innkeep {

class Clock;
class JobRunner;

// A demo venue written to a file, whole or not at all. A new file is built as
// "<path>.incomplete-demo" (0600), folded into one file (no log beside it) and renamed to `path`
// only when complete: a full disk, a failure or Cancel leave nothing, a kill leaves only a file
// whose name says it is an incomplete demo (the next build replaces it). An existing Innkeep file
// is filled in place instead, one committed batch of whole guests at a time.
class DemoFile final
{
    Q_DECLARE_TR_FUNCTIONS(DemoFile)

public:
    struct Request
    {
        qint64 guests = 2000;
        quint32 seed = 1;
        ProgressCallback progress;
        const CancelFlag *cancel = nullptr;
        QString activity; // for the DoNotDisturbSign, e.g. "innkeep-cli demo"
    };

    // A writing background job, reporting guests made of `request.guests` and stopped by
    // BackgroundJob::cancel() (the request's progress and cancel fields are the job's); its result
    // is a DemoSummary. On a runner made on a path: build() of that path with the runner's clock.
    // On a runner made on an open Database: that file filled, all or nothing (the job's transaction).
    [[nodiscard]] static Result<std::unique_ptr<BackgroundJob>> start(JobRunner &runner,
                                                                      const Request &request);
    [[nodiscard]] static Result<DemoSummary> build(const QString &path, const Clock &clock,
                                                   const Request &request);
    [[nodiscard]] static QString incompletePathFor(const QString &path);
};

} // namespace innkeep
