// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// innkeep_test_writer: a process the storage tests kill or wait for.
//   checkpoint FILE          grows FILE by ~1 MB per transaction and checkpoints after each, forever
//   hold FILE MS ACTIVITY    holds the write lock for MS milliseconds as a long write named ACTIVITY
// It prints "ready" once the file is open (checkpoint) or the lock is held (hold).
#include "common/clock.h"
#include "storage/database.h"
#include "storage/statement.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

#include <cstdio>

using namespace innkeep;

namespace {

int fail(const Error &error)
{
    std::fprintf(stderr, "%s\n", qPrintable(error.toString()));
    return 1;
}

int checkpointForever(Database &db)
{
    if (auto ok = execute(db, QStringLiteral("PRAGMA wal_autocheckpoint = 0; PRAGMA synchronous = OFF; "
                                             "CREATE TABLE IF NOT EXISTS pad(x BLOB)"));
        !ok)
        return fail(ok.error());
    std::puts("ready");
    std::fflush(stdout);
    for (;;) {
        // Growth, so each checkpoint writes a page 1 with a larger page count before the pages
        // that make the file that long.
        if (auto ok =
                execute(db, QStringLiteral("BEGIN IMMEDIATE; WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL "
                                           "SELECT i + 1 FROM n WHERE i < 300) INSERT INTO pad SELECT "
                                           "randomblob(3000) FROM n; COMMIT"));
            !ok)
            return fail(ok.error());
        if (auto ok = execute(db, QStringLiteral("PRAGMA wal_checkpoint")); !ok)
            return fail(ok.error());
        // Start small again now and then, so the file stays a few megabytes and keeps growing.
        qint64 pageCount = 0;
        {
            Statement pages(db, QStringLiteral("PRAGMA page_count"));
            pageCount = pages.scalar().value_or(QVariant()).toLongLong();
        }
        if (pageCount > 2500) {
            if (auto ok =
                    execute(db, QStringLiteral("DELETE FROM pad; VACUUM; PRAGMA wal_checkpoint(TRUNCATE)"));
                !ok)
                return fail(ok.error());
        }
    }
}

int hold(Database &db, qint64 ms, const QString &activity)
{
    db.setActivity(activity);
    auto outer = Transaction::begin(db);
    if (!outer)
        return fail(outer.error());
    std::puts("ready");
    std::fflush(stdout);
    QElapsedTimer timer;
    timer.start();
    for (qint64 step = 0; timer.elapsed() < ms; ++step) {
        // Like an import: one nested service step per row.
        auto inner = Transaction::begin(db);
        if (!inner)
            return fail(inner.error());
        Statement row(
            db, QStringLiteral("INSERT OR REPLACE INTO local_meta(key, value) VALUES ('test-writer', ?)"));
        if (auto ok = row.bind(QString::number(step)).exec(); !ok)
            return fail(ok.error());
        if (auto ok = inner->commit(); !ok)
            return fail(ok.error());
        QThread::msleep(5);
    }
    if (auto ok = outer->commit(); !ok)
        return fail(ok.error());
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 3)
        return 2;
    SystemClock clock;
    auto db = Database::open(args.at(2), clock);
    if (!db)
        return fail(db.error());
    if (args.at(1) == QStringLiteral("checkpoint"))
        return checkpointForever(**db);
    if (args.at(1) == QStringLiteral("hold") && args.size() == 5)
        return hold(**db, args.at(3).toLongLong(), args.at(4));
    return 2;
}
