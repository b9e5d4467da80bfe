// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demofile.h"

#include "jobs/jobrunner.h"
#include "storage/database.h"
#include "storage/databasefile.h"
#include "storage/donotdisturbsign.h"
#include "storage/statement.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace innkeep {

namespace {

void removeWithCompanions(const QString &path)
{
    QFile::remove(path);
    for (const QString &suffix : sqliteCompanionSuffixes())
        QFile::remove(path + suffix);
    QFile::remove(DoNotDisturbSign::pathFor(path));
}

Result<DemoSummary> fill(Database &db, const DemoFile::Request &request)
{
    db.setStaff(QStringLiteral("demo"));
    if (!request.activity.isEmpty())
        db.setActivity(request.activity);
    DemoGenerator generator(db, request.seed);
    if (request.progress)
        generator.setProgress(request.progress);
    generator.setCancelFlag(request.cancel);
    return generator.run(request.guests);
}

} // namespace

QString DemoFile::incompletePathFor(const QString &path)
{
    return QFileInfo(path).absoluteFilePath() + QStringLiteral(".incomplete-demo");
}

Result<std::unique_ptr<BackgroundJob>> DemoFile::start(JobRunner &runner, const Request &request)
{
    return runner.start<DemoSummary>(tr("the demo hotel"), JobAccess::Writes, [request](JobContext &context) {
        Request forJob = request;
        forJob.progress = context.progressCallback(tr("Creating the demo hotel"));
        forJob.cancel = context.cancelFlag();
        // On an open file's runner: fill that file, all of it in the job's one transaction.
        if (context.hasDatabase()) {
            auto filled = fill(context.db(), forJob);
            if (!filled && filled.error().code == Error::Code::Cancelled) // the batches made go too
                filled.error().message = tr("Cancelled; no demo guest was added.");
            return filled;
        }
        return build(context.path(), context.clock(), forJob);
    });
}

Result<DemoSummary> DemoFile::build(const QString &path, const Clock &clock, const Request &request)
{
    const QFileInfo target(path);
    if (target.exists() || target.isSymLink()) {
        auto opened = Database::open(path, clock, Database::Mode::OpenExisting);
        if (!opened)
            return std::unexpected(opened.error());
        return fill(**opened, request);
    }

    const QString partial = incompletePathFor(path);
    removeWithCompanions(partial); // a killed build's leftovers
    Result<DemoSummary> summary = std::unexpected(Error{});
    {
        auto opened = Database::open(partial, clock, Database::Mode::CreateNew);
        if (!opened) {
            Error error = opened.error();
            error.file = QDir::toNativeSeparators(target.absoluteFilePath());
            return std::unexpected(error);
        }
        summary = fill(**opened, request);
        // One self-contained file: the log is folded in and gone before the rename, so nothing
        // of the venue can be left behind in "<partial>-wal".
        if (summary) {
            if (auto ok = execute(**opened, QStringLiteral("PRAGMA journal_mode = DELETE")); !ok)
                summary = std::unexpected(ok.error());
        }
    }
    if (summary && QFileInfo::exists(partial + QStringLiteral("-wal")))
        summary = fail(Error::Code::Io, tr("The demo's log could not be folded into the file."));
    if (!summary) {
        removeWithCompanions(partial);
        if (summary.error().code == Error::Code::Cancelled)
            summary.error().message = tr("Cancelled; no demo file was made.");
        summary.error().file = QDir::toNativeSeparators(target.absoluteFilePath());
        return summary;
    }
    // Never over a file that appeared meanwhile (QFile::rename does not replace).
    if (!QFile::rename(partial, target.absoluteFilePath())) {
        removeWithCompanions(partial);
        return std::unexpected(
            Error{Error::Code::Conflict,
                  tr("A file appeared at this path while the demo was made; it was left as it was."),
                  {},
                  QDir::toNativeSeparators(target.absoluteFilePath()),
                  0});
    }
    return summary;
}

} // namespace innkeep
