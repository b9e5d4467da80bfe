// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// demo: fill a database with a believable venue.
#include "commandregistry.h"
#include "commands.h"
#include "console.h"
#include "demo/demofile.h"
#include "jobs/jobrunner.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonObject>

namespace innkeep::cli {

namespace {

class DemoCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(DemoCommand)

public:
    using Command::Command;
    QString name() const override { return QStringLiteral("demo"); }
    QString description() const override
    {
        return tr("Fill a database (created if missing) with demo guests, stays, preferences, notes, tickets "
                  "and feedback.");
    }

protected:
    bool printsData() const override { return true; }
    void addOptions(QCommandLineParser &parser) override
    {
        parser.addOption(QCommandLineOption(QStringLiteral("guests"), tr("How many guests (default 2000)."),
                                            tr("n"), QStringLiteral("2000")));
        parser.addOption(QCommandLineOption(
            QStringLiteral("seed"), tr("Random seed; the same seed gives the same venue (default 1)."),
            tr("n"), QStringLiteral("1")));
    }
    int run(const QCommandLineParser &parser) override
    {
        if (auto ok = expectPositional(parser, 0); !ok)
            return usage(ok.error().message);
        bool ok = false;
        const qint64 guests = parser.value(QStringLiteral("guests")).toLongLong(&ok);
        if (!ok || guests < 0 || guests > 10'000'000)
            return usage(tr("--guests: \"%1\" is not a number from 0 to 10000000.")
                             .arg(parser.value(QStringLiteral("guests"))));
        const quint32 seed = parser.value(QStringLiteral("seed")).toUInt(&ok);
        if (!ok)
            return usage(tr("--seed: \"%1\" is not a whole number from 0 to 4294967295.")
                             .arg(parser.value(QStringLiteral("seed"))));

        const QString path = QFileInfo(databasePath(parser)).absoluteFilePath();
        QElapsedTimer timer;
        timer.start();
        DemoFile::Request request;
        request.guests = guests;
        request.seed = seed;
        request.activity = QStringLiteral("innkeep-cli demo");
        JobRunner runner(path, clock());
        auto job = DemoFile::start(runner, request);
        if (!job)
            return fail(job.error());
        QObject::connect(
            job->get(), &BackgroundJob::progressed, job->get(), [&timer](const JobProgress &progress) {
                printProgress(tr("Demo: %1 of %2 guests (%3 s)")
                                  .arg(QString::number(progress.done), QString::number(progress.total),
                                       QString::number(double(timer.elapsed()) / 1000.0, 'f', 1)));
            });
        (*job)->waitForFinished();
        endProgress();
        auto summary = (*job)->result<DemoSummary>();
        if (!summary)
            return fail(summary.error());
        const double seconds = double(timer.elapsed()) / 1000.0;
        if (json(parser)) {
            printJson(QJsonObject{{QStringLiteral("file"), QDir::toNativeSeparators(path)},
                                  {QStringLiteral("guests"), summary->guests},
                                  {QStringLiteral("stays"), summary->stays},
                                  {QStringLiteral("preferences"), summary->preferences},
                                  {QStringLiteral("notes"), summary->notes},
                                  {QStringLiteral("tickets"), summary->tickets},
                                  {QStringLiteral("feedback"), summary->feedback},
                                  {QStringLiteral("seconds"), seconds}});
        } else {
            printLine(tr("%1: %2 guests, %3 stays, %4 preferences, %5 notes, %6 tickets, %7 feedback entries "
                         "in %8 s.")
                          .arg(QDir::toNativeSeparators(path), QString::number(summary->guests),
                               QString::number(summary->stays), QString::number(summary->preferences),
                               QString::number(summary->notes), QString::number(summary->tickets),
                               QString::number(summary->feedback), QString::number(seconds, 'f', 1)));
        }
        return Success;
    }
};

} // namespace

void registerDemoCommands(CommandRegistry &registry, const Clock &clock)
{
    registry.add(std::make_unique<DemoCommand>(clock));
}

} // namespace innkeep::cli
