// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The background-job runner: real SQLite files in temp dirs, real worker threads.
#include "demo/demofile.h"
#include "exchange/guestcsvimport.h"
#include "exchange/jsonexport.h"
#include "guests/guestservice.h"
#include "jobs/jobrunner.h"
#include "storage/hybridlogicalclock.h"
#include "storage/statement.h"
#include "tempdatabase.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace innkeep;
using namespace innkeep::test;

namespace {

// Every table's row count and the whole change log: what a job that must write nothing may not change.
QStringList contentOf(Database &db)
{
    QStringList content;
    Statement tables(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    REQUIRE_OK(tables.exec());
    QStringList names;
    while (tables.next())
        names.append(tables.text(0));
    for (const QString &name : std::as_const(names)) {
        Statement count(db, QStringLiteral("SELECT count(*) FROM \"%1\"").arg(name));
        auto rows = count.scalar();
        REQUIRE(rows.has_value());
        content.append(name + QStringLiteral(": ") + rows->toString());
    }
    Statement log(
        db, QStringLiteral("SELECT id, hlc, staff, table_name, row_uuid, field, new_value FROM change_log "
                           "ORDER BY id"));
    REQUIRE_OK(log.exec());
    while (log.next()) {
        QStringList row;
        for (int i = 0; i < 7; ++i)
            row.append(log.text(i));
        content.append(row.join(QLatin1Char('|')));
    }
    return content;
}

QString writeGuestList(TempDatabase &t, const QString &name, int rows, int badLine = 0)
{
    QByteArray text = "given_name,family_name,email\n";
    for (int i = 0; i < rows; ++i) {
        const bool bad = i + 2 == badLine; // line 1 is the header
        text +=
            "Guest,Number" + QByteArray::number(i) + ','
            + (bad ? QByteArray("not-an-address") : QByteArray("g" + QByteArray::number(i) + "@example.com"))
            + '\n';
    }
    const QString path = t.filePath(name);
    writeBytes(path, text);
    return path;
}

Guest guestNamed(const char *family)
{
    Guest guest;
    guest.givenName = QStringLiteral("Anna");
    guest.familyName = QString::fromUtf8(family);
    return guest;
}

// Waits, without running the event loop, until `flag` is set by the worker.
void waitFor(const std::atomic_bool &flag)
{
    for (int i = 0; i < 20'000 && !flag; ++i)
        QThread::msleep(1);
    REQUIRE(flag);
}

} // namespace

TEST_CASE("Jobs: progress arrives in order on the caller's thread, ends at total, then finished", "[jobs]")
{
    TempDatabase t;
    JobRunner runner(t.db());
    auto job = runner.start<int>(QStringLiteral("counting"), JobAccess::Reads,
                                 [](JobContext &context) -> Result<int> {
                                     for (int i = 1; i <= 20; ++i) {
                                         context.report({i, 20, i, QStringLiteral("Counting")});
                                         QThread::msleep(11); // a fifth of the runner's interval
                                     }
                                     return 42;
                                 });
    REQUIRE_OK(job);
    QList<JobProgress> seen;
    QList<QThread *> threads;
    QStringList order;
    QObject::connect(job->get(), &BackgroundJob::progressed, job->get(), [&](const JobProgress &progress) {
        seen.append(progress);
        threads.append(QThread::currentThread());
        order.append(QStringLiteral("progress"));
    });
    QObject::connect(job->get(), &BackgroundJob::finished, job->get(), [&](const Status &status) {
        CHECK(status.has_value());
        order.append(QStringLiteral("finished"));
    });
    CHECK((*job)->isRunning());
    (*job)->waitForFinished();

    CHECK_FALSE((*job)->isRunning());
    REQUIRE(seen.size() >= 2);
    CHECK(seen.size() < 20); // throttled: about one reading per interval, not one per report
    for (qsizetype i = 1; i < seen.size(); ++i)
        CHECK(seen.at(i - 1).done < seen.at(i).done);
    CHECK(seen.constLast() == JobProgress{20, 20, 20, QStringLiteral("Counting")});
    for (QThread *thread : std::as_const(threads))
        CHECK(thread == QCoreApplication::instance()->thread());
    CHECK(order.constLast() == QStringLiteral("finished"));
    CHECK(order.count(QStringLiteral("finished")) == 1);
    CHECK((*job)->result<int>() == 42);
}

TEST_CASE("Jobs: 100,000 reports while the caller is busy reach it as one or two readings", "[jobs]")
{
    TempDatabase t;
    JobRunner runner(t.db());
    std::atomic_bool reported{false};
    auto job =
        runner.start<void>(QStringLiteral("flooding"), JobAccess::Reads, [&](JobContext &context) -> Status {
            for (qint64 i = 1; i <= 100'000; ++i)
                context.report({i, 100'000, i, {}});
            reported = true;
            return {};
        });
    REQUIRE_OK(job);
    QList<JobProgress> seen;
    QObject::connect(job->get(), &BackgroundJob::progressed, job->get(),
                     [&](const JobProgress &progress) { seen.append(progress); });
    waitFor(reported); // the caller's event loop does not run meanwhile
    (*job)->waitForFinished();
    REQUIRE_OK((*job)->status());
    REQUIRE_FALSE(seen.isEmpty());
    CHECK(seen.size() <= 2); // at most one delivery is ever queued, then the last reading at the end
    CHECK(seen.constLast().done == 100'000);
}

TEST_CASE("Jobs: the last reading before a quiet stretch arrives within the interval, not at the end",
          "[jobs]")
{
    TempDatabase t;
    JobRunner runner(t.db());
    std::atomic_bool release{false};
    std::atomic_bool firstSeen{false};
    auto job =
        runner.start<void>(QStringLiteral("pausing"), JobAccess::Reads, [&](JobContext &context) -> Status {
            context.report({1, 3, 1, QStringLiteral("Reading")});
            for (int i = 0; i < 20'000 && !firstSeen; ++i)
                QThread::msleep(1);
            context.report({2, 3, 2, QStringLiteral("Reading")}); // within the interval: held back a moment
            for (int i = 0; i < 20'000 && !release; ++i) // a long step with nothing to report (a commit)
                QThread::msleep(1);
            context.report({3, 3, 3, QStringLiteral("Reading")});
            return {};
        });
    REQUIRE_OK(job);
    QList<qint64> seen;
    QObject::connect(job->get(), &BackgroundJob::progressed, job->get(), [&](const JobProgress &progress) {
        seen.append(progress.done);
        firstSeen = true;
    });
    CHECK(QTest::qWaitFor([&] { return !seen.isEmpty() && seen.constLast() == 2; }, 2000));
    CHECK((*job)->isRunning());
    release = true;
    (*job)->waitForFinished();
    CHECK(seen == QList<qint64>{1, 2, 3});
}

TEST_CASE(
    "Jobs: a guest import on a worker is attributed to the staff member who started it, at the clock's time",
    "[jobs]")
{
    TempDatabase t;
    t.db().setStaff(QStringLiteral("Ani Hakobyan"));
    const QDateTime at = QDateTime(QDate(2026, 7, 1), QTime(8, 30), Qt::UTC);
    t.clock().set(at);
    const QString path = writeGuestList(t, QStringLiteral("list.csv"), 30);
    auto another = t.db().openAnother();
    REQUIRE_OK(another);
    CHECK((*another)->staff() == QStringLiteral("Ani Hakobyan"));
    another->reset();
    JobRunner runner(t.db());
    QThread *worker = nullptr;
    auto job =
        runner.start<void>(QStringLiteral("probe"), JobAccess::Reads, [&](JobContext &context) -> Status {
            worker = QThread::currentThread();
            CHECK(&context.db() != &t.db());
            CHECK(context.db().staff() == QStringLiteral("Ani Hakobyan"));
            CHECK(&context.db().clock() == &t.clock());
            return {};
        });
    REQUIRE_OK(job);
    (*job)->waitForFinished();
    CHECK(worker != nullptr);
    CHECK(worker != QThread::currentThread());

    auto import = GuestCsvImport::start(runner, path, {});
    REQUIRE_OK(import);
    t.db().setStaff(QStringLiteral("someone else")); // after the start: the job still acts for Ani
    (*import)->waitForFinished();
    auto summary = (*import)->result<GuestImportSummary>();
    REQUIRE_OK(summary);
    CHECK(summary->guests == 30);

    CHECK(t.count(QStringLiteral("guests")) == 30);
    Statement staff(t.db(),
                    QStringLiteral("SELECT DISTINCT staff FROM change_log WHERE table_name = 'guests'"));
    REQUIRE_OK(staff.exec());
    QStringList names;
    while (staff.next())
        names.append(staff.text(0));
    CHECK(names == QStringList{QStringLiteral("Ani Hakobyan")});
    Statement stamps(t.db(),
                     QStringLiteral("SELECT min(hlc), max(hlc) FROM change_log WHERE table_name = 'guests'"));
    REQUIRE_OK(stamps.exec());
    REQUIRE(stamps.next());
    CHECK(HybridLogicalClock::wallMs(stamps.integer(0)) == at.toMSecsSinceEpoch());
    CHECK(HybridLogicalClock::wallMs(stamps.integer(1)) == at.toMSecsSinceEpoch());
    Statement created(t.db(), QStringLiteral("SELECT min(created_at), max(created_at) FROM guests"));
    REQUIRE_OK(created.exec());
    REQUIRE(created.next());
    CHECK(created.integer(0) == at.toMSecsSinceEpoch());
    CHECK(created.integer(1) == at.toMSecsSinceEpoch());
}

TEST_CASE("Jobs: an import cancelled mid-way leaves the file's content as it was", "[jobs]")
{
    TempDatabase t;
    REQUIRE_OK(GuestService(t.db()).add(guestNamed("Before")));
    const QStringList before = contentOf(t.db());
    const QString path = writeGuestList(t, QStringLiteral("many.csv"), 5000);
    JobRunner runner(t.db());
    auto job = GuestCsvImport::start(runner, path, {});
    REQUIRE_OK(job);
    QList<JobProgress> seen;
    QObject::connect(job->get(), &BackgroundJob::progressed, job->get(), [&](const JobProgress &progress) {
        seen.append(progress);
        (*job)->cancel();
    });
    (*job)->waitForFinished();
    REQUIRE_FALSE((*job)->status().has_value());
    CHECK((*job)->status().error().code == Error::Code::Cancelled);
    REQUIRE_FALSE(seen.isEmpty());
    CHECK(seen.constFirst().done < seen.constFirst().total); // it was stopped before the end
    CHECK(contentOf(t.db()) == before);

    // The writing job's lock is released: the same import runs to the end now.
    auto again = GuestCsvImport::start(runner, path, {});
    REQUIRE_OK(again);
    (*again)->waitForFinished();
    REQUIRE_OK((*again)->result<GuestImportSummary>());
    CHECK(t.count(QStringLiteral("guests")) == 5001);
}

TEST_CASE("Jobs: a writing job cancelled after its last step is rolled back, never half kept", "[jobs]")
{
    TempDatabase t;
    const QStringList before = contentOf(t.db());
    JobRunner runner(t.db());
    std::atomic_bool wrote{false};
    auto job =
        runner.start<void>(QStringLiteral("adding"), JobAccess::Writes, [&](JobContext &context) -> Status {
            if (auto added = GuestService(context.db()).add(guestNamed("Written")); !added)
                return std::unexpected(added.error());
            wrote = true;
            for (int i = 0; i < 20'000 && !context.isCancelled(); ++i)
                QThread::msleep(1);
            return {}; // it does not look at the flag itself: the runner does
        });
    REQUIRE_OK(job);
    waitFor(wrote);
    (*job)->cancel();
    (*job)->waitForFinished();
    REQUIRE_FALSE((*job)->status().has_value());
    CHECK((*job)->status().error().code == Error::Code::Cancelled);
    CHECK((*job)->status().error().message == QStringLiteral("Cancelled; nothing was changed."));
    CHECK(contentOf(t.db()) == before);
}

TEST_CASE("Jobs: a failing job reports its error in clear words and writes nothing", "[jobs]")
{
    TempDatabase t;
    REQUIRE_OK(GuestService(t.db()).add(guestNamed("Before")));
    const QStringList before = contentOf(t.db());
    JobRunner runner(t.db());

    auto failing = runner.start<int>(
        QStringLiteral("adding"), JobAccess::Writes, [](JobContext &context) -> Result<int> {
            if (auto added = GuestService(context.db()).add(guestNamed("Written")); !added)
                return std::unexpected(added.error());
            return fail(Error::Code::NotFound, QStringLiteral("Room 812 does not exist."),
                        QStringLiteral("room"));
        });
    REQUIRE_OK(failing);
    QList<Status> finished;
    QObject::connect(failing->get(), &BackgroundJob::finished, failing->get(),
                     [&](const Status &status) { finished.append(status); });
    (*failing)->waitForFinished();
    REQUIRE(finished.size() == 1);
    REQUIRE_FALSE(finished.constFirst().has_value());
    CHECK(finished.constFirst().error().code == Error::Code::NotFound);
    CHECK(finished.constFirst().error().message == QStringLiteral("Room 812 does not exist."));
    auto result = (*failing)->result<int>();
    REQUIRE_FALSE(result.has_value());
    CHECK(result.error().field == QStringLiteral("room"));
    CHECK(contentOf(t.db()) == before);

    // An import whose row 2,500 is bad: its error names the file, line and field; nothing is kept.
    const QString path = writeGuestList(t, QStringLiteral("bad.csv"), 3000, 2500);
    auto import = GuestCsvImport::start(runner, path, {});
    REQUIRE_OK(import);
    (*import)->waitForFinished();
    auto summary = (*import)->result<GuestImportSummary>();
    REQUIRE_FALSE(summary.has_value());
    CHECK(summary.error().file == QStringLiteral("bad.csv"));
    CHECK(summary.error().line == 2500);
    CHECK(summary.error().field == QStringLiteral("email"));
    CHECK(contentOf(t.db()) == before);
}

TEST_CASE("Jobs: a second writing job on the same file is refused while the first runs, readers are not",
          "[jobs]")
{
    TempDatabase t;
    JobRunner runner(t.db());
    std::atomic_bool started{false};
    std::atomic_bool release{false};
    auto first = runner.start<void>(QStringLiteral("the guest import"), JobAccess::Writes,
                                    [&](JobContext &) -> Status {
                                        started = true;
                                        for (int i = 0; i < 20'000 && !release; ++i)
                                            QThread::msleep(1);
                                        return {};
                                    });
    REQUIRE_OK(first);
    waitFor(started);

    const QString path = writeGuestList(t, QStringLiteral("list.csv"), 3);
    auto second = GuestCsvImport::start(runner, path, {});
    REQUIRE_FALSE(second.has_value());
    CHECK(second.error().code == Error::Code::Conflict);
    CHECK(
        second.error().message
        == QStringLiteral("This file is being changed by the guest import; try again when it has finished."));
    CHECK(second.error().file == QDir::toNativeSeparators(t.path()));

    // Another runner, on another connection to the same file (reached through another path), is refused too.
    auto other = t.db().openAnother();
    REQUIRE_OK(other);
    JobRunner otherRunner(**other);
    DemoFile::Request request;
    request.guests = 5;
    auto demo = DemoFile::start(otherRunner, request);
    REQUIRE_FALSE(demo.has_value());
    CHECK(demo.error().code == Error::Code::Conflict);
    const QString link = t.filePath(QStringLiteral("link.sqlite"));
    REQUIRE(QFile::link(t.path(), link));
    JobRunner byLink(link, t.clock());
    CHECK_FALSE(
        byLink.start<void>(QStringLiteral("x"), JobAccess::Writes, [](JobContext &) -> Status { return {}; })
            .has_value());

    // Reading jobs go ahead: the check of the same list, and an export.
    auto check = GuestCsvImport::start(runner, path, {}, true);
    REQUIRE_OK(check);
    (*check)->waitForFinished();
    REQUIRE_OK((*check)->result<GuestImportSummary>());
    auto exported = JsonExport::start(runner, t.filePath(QStringLiteral("out.json")));
    REQUIRE_OK(exported);
    (*exported)->waitForFinished();
    REQUIRE_OK((*exported)->result<JsonExportSummary>());

    release = true;
    (*first)->waitForFinished();
    REQUIRE_OK((*first)->status());
    auto third = GuestCsvImport::start(runner, path, {});
    REQUIRE_OK(third);
    (*third)->waitForFinished();
    REQUIRE_OK((*third)->result<GuestImportSummary>());
    CHECK(t.count(QStringLiteral("guests")) == 3);
}

TEST_CASE("Jobs: destroying a running job cancels it and waits, and nothing it did is kept", "[jobs]")
{
    TempDatabase t;
    const QStringList before = contentOf(t.db());
    JobRunner runner(t.db());
    std::atomic_bool wrote{false};
    {
        auto job = runner.start<void>(
            QStringLiteral("adding"), JobAccess::Writes, [&](JobContext &context) -> Status {
                if (auto added = GuestService(context.db()).add(guestNamed("Written")); !added)
                    return std::unexpected(added.error());
                wrote = true;
                while (!context.isCancelled())
                    QThread::msleep(1);
                return {};
            });
        REQUIRE_OK(job);
        waitFor(wrote);
    }
    CHECK(contentOf(t.db()) == before);
    auto next = runner.start<void>(QStringLiteral("next"), JobAccess::Writes,
                                   [](JobContext &) -> Status { return {}; });
    CHECK(next.has_value()); // the lock went with the job
}

TEST_CASE("Jobs: the demo hotel as a job fills an open file all or nothing", "[jobs]")
{
    TempDatabase t;
    JobRunner runner(t.db());
    DemoFile::Request request;
    request.guests = 40;
    auto cancelled = DemoFile::start(runner, request);
    REQUIRE_OK(cancelled);
    (*cancelled)->cancel();
    (*cancelled)->waitForFinished();
    CHECK((*cancelled)->status().error().code == Error::Code::Cancelled);
    CHECK(t.count(QStringLiteral("guests")) == 0);

    auto job = DemoFile::start(runner, request);
    REQUIRE_OK(job);
    JobProgress last;
    QObject::connect(job->get(), &BackgroundJob::progressed, job->get(),
                     [&](const JobProgress &p) { last = p; });
    (*job)->waitForFinished();
    auto summary = (*job)->result<DemoSummary>();
    REQUIRE_OK(summary);
    CHECK(summary->guests == 40);
    CHECK(last.done == 40);
    CHECK(last.total == 40);
    CHECK(t.count(QStringLiteral("guests")) == 40);
}
