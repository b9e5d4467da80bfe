// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The database file under faults: killed checkpoints, damage, pipes, permissions, failed upgrades.
#include "filemode.h"
#include "storage/databasefile.h"
#include "storage/databaserestore.h"
#include "storage/migrations.h"
#include "storage/schemadrift.h"
#include "storage/statement.h"
#include "storage/storageerror.h"
#include "storage/transaction.h"
#include "tempdatabase.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QtEndian>
#include <QThread>

#include <fcntl.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>

using namespace innkeep;
using namespace innkeep::test;

namespace {

SystemClock &systemClock()
{
    static SystemClock clock;
    return clock;
}

// Runs `sql` on `path` through a plain SQLite connection (no Innkeep checks).
void rawExec(const QString &path, const QByteArray &sql)
{
    sqlite3 *handle = nullptr;
    REQUIRE(sqlite3_open(path.toUtf8().constData(), &handle) == SQLITE_OK);
    char *message = nullptr;
    const int rc = sqlite3_exec(handle, sql.constData(), nullptr, nullptr, &message);
    INFO((message ? message : ""));
    sqlite3_free(message);
    sqlite3_close(handle);
    REQUIRE(rc == SQLITE_OK);
}

QString sqliteCheck(const QString &path)
{
    const QString sqlite = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite.isEmpty())
        return QStringLiteral("ok"); // the sqlite3 shell is in .ci/setup; without it, nothing to compare
    QProcess shell;
    shell.start(sqlite, {path, QStringLiteral("PRAGMA integrity_check;")});
    REQUIRE(shell.waitForFinished(30000));
    return QString::fromUtf8(shell.readAllStandardOutput()).trimmed()
           + QString::fromUtf8(shell.readAllStandardError()).trimmed();
}

// A file of `guests` guests, closed, its log folded in.
void makeVenue(const QString &path, int guests)
{
    auto db = Database::open(path, systemClock());
    REQUIRE_OK(db);
    REQUIRE_OK(execute(**db, QStringLiteral("BEGIN")));
    for (int i = 0; i < guests; ++i) {
        Statement insert(
            **db, QStringLiteral(
                      "INSERT INTO guests(uuid, given_name, created_at, updated_at) VALUES (?, ?, 1, 1)"));
        REQUIRE_OK(insert.bind(QStringLiteral("g-%1").arg(i), QStringLiteral("Guest %1").arg(i)).exec());
    }
    REQUIRE_OK(execute(**db, QStringLiteral("COMMIT")));
}

} // namespace

TEST_CASE("Storage: a file whose checkpointing writer is killed at any point opens, and sqlite3 agrees")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("venue.sqlite"));
    int midCheckpoint = 0; // kills that left a page count ahead of the file, explained by the log
    constexpr int Kills = 36;
    for (int kill = 0; kill < Kills; ++kill) {
        QProcess writer;
        writer.start(QStringLiteral(INNKEEP_TEST_WRITER), {QStringLiteral("checkpoint"), path});
        REQUIRE(writer.waitForReadyRead(20000));
        REQUIRE(writer.readLine().trimmed() == "ready");
        // Varied delays, so the kill lands in every phase: inserting, committing, checkpointing.
        QThread::msleep(20 + (kill * 53) % 380);
        INFO(writer.readAllStandardError().toStdString());
        REQUIRE(writer.state() == QProcess::Running); // killed while writing, not after a failure
        ::kill(pid_t(writer.processId()), SIGKILL);
        REQUIRE(writer.waitForFinished(10000));
        INFO("kill " << kill);

        const QByteArray header = readBytes(path).left(100);
        const qint64 pageSize = qFromBigEndian<quint16>(header.constData() + 16);
        const qint64 pageCount = qFromBigEndian<quint32>(header.constData() + 28);
        if (pageSize * pageCount > QFileInfo(path).size())
            ++midCheckpoint;

        {
            auto opened = Database::open(path, systemClock());
            REQUIRE_OK(opened);
            CHECK_FALSE((*opened)->isReadOnly());
            Statement check(**opened, QStringLiteral("PRAGMA quick_check"));
            CHECK(check.scalar()->toString() == QStringLiteral("ok"));
        }
        CHECK(sqliteCheck(path) == QStringLiteral("ok"));
    }
    WARN("kills that landed mid-checkpoint: " << midCheckpoint << " of " << Kills);
}

TEST_CASE("Storage: a page count ahead of the file is not refused when the write-ahead log explains it")
{
    // The state a process killed during a checkpoint leaves: page 1 already copied from the log
    // (with the larger page count), the pages that make the file that long not yet.
    QTemporaryDir dir;
    const QString live = dir.filePath(QStringLiteral("live.sqlite"));
    makeVenue(live, 10);
    sqlite3 *writer = nullptr;
    REQUIRE(sqlite3_open(live.toUtf8().constData(), &writer) == SQLITE_OK);
    REQUIRE(sqlite3_exec(writer,
                         "PRAGMA wal_autocheckpoint = 0; CREATE TABLE pad(x BLOB); "
                         "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200) "
                         "INSERT INTO pad SELECT randomblob(3000) FROM n;",
                         nullptr, nullptr, nullptr)
            == SQLITE_OK);
    const QString crashed = dir.filePath(QStringLiteral("crashed.sqlite"));
    const QString finished = dir.filePath(QStringLiteral("finished.sqlite"));
    for (const QString &copy : {crashed, finished}) {
        writeBytes(copy, readBytes(live));
        writeBytes(copy + QStringLiteral("-wal"), readBytes(live + QStringLiteral("-wal")));
    }
    sqlite3_close(writer);
    rawExec(finished, "PRAGMA wal_checkpoint(TRUNCATE)");
    const QByteArray newFirstPage = readBytes(finished).left(4096);
    {
        QFile file(crashed);
        REQUIRE(file.open(QIODevice::ReadWrite));
        REQUIRE(file.write(newFirstPage) == 4096);
    }
    const QByteArray header = readBytes(crashed).left(100);
    REQUIRE(qint64(qFromBigEndian<quint32>(header.constData() + 28)) * 4096 > QFileInfo(crashed).size());

    {
        auto opened = Database::open(crashed, systemClock());
        REQUIRE_OK(opened);
        CHECK_FALSE((*opened)->isReadOnly());
        Statement pads(**opened, QStringLiteral("SELECT count(*) FROM pad"));
        CHECK(pads.scalar()->toLongLong() == 200);
        Statement guests(**opened, QStringLiteral("SELECT count(*) FROM guests"));
        CHECK(guests.scalar()->toLongLong() == 10);
    }
    CHECK(sqliteCheck(crashed) == QStringLiteral("ok"));

    // The same header without the log is a truncated file, refused as before.
    const QString cut = dir.filePath(QStringLiteral("cut.sqlite"));
    writeBytes(cut, readBytes(live).left(4096) + QByteArray(4096, '\0'));
    {
        QFile file(cut);
        REQUIRE(file.open(QIODevice::ReadWrite));
        REQUIRE(file.write(newFirstPage) == 4096);
    }
    auto refused = Database::open(cut, systemClock());
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == Error::Code::Corrupt);
}

TEST_CASE("Storage: a named pipe at the database path is refused at once and never read")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("pipe.sqlite"));
    REQUIRE(::mkfifo(QFile::encodeName(path).constData(), 0600) == 0);
    // Hold the pipe open with something in it, so a reader would not block but would consume it.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_NONBLOCK);
    REQUIRE(fd >= 0);
    REQUIRE(::write(fd, "hello", 5) == 5);
    QElapsedTimer timer;
    timer.start();
    auto opened = Database::open(path, systemClock());
    CHECK(timer.elapsed() < 2000);
    REQUIRE_FALSE(opened.has_value());
    CHECK(opened.error().code == Error::Code::NotInnkeepFile);
    CHECK(opened.error().message.contains(QStringLiteral("named pipe")));
    char buffer[8] = {};
    CHECK(::read(fd, buffer, sizeof buffer) == 5); // still there: nobody read it
    ::close(fd);
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
}

TEST_CASE("Storage: an empty path is refused, never taken to mean a default file")
{
    for (const QString &path : {QString(), QStringLiteral("  ")}) {
        auto opened = Database::open(path, systemClock());
        REQUIRE_FALSE(opened.has_value());
        CHECK(opened.error().code == Error::Code::InvalidInput);
    }
}

TEST_CASE("Storage: the file, its log and the folders made for it are private (0600, 0700)")
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("a/b"));
    const QString path = folder + QStringLiteral("/venue.sqlite");
    const mode_t oldMask = ::umask(0022);
    auto opened = Database::open(path, systemClock());
    ::umask(oldMask);
    REQUIRE_OK(opened);
    REQUIRE_OK(execute(**opened, QStringLiteral("INSERT INTO local_meta(key, value) VALUES ('x', 'y')")));
    CHECK(modeOf(path) == 0600);
    CHECK(modeOf(path + QStringLiteral("-wal")) == 0600);
    CHECK(modeOf(path + QStringLiteral("-shm")) == 0600);
    CHECK(modeOf(folder) == 0700);
    CHECK(modeOf(dir.filePath(QStringLiteral("a"))) == 0700);
}

namespace {

// A file at the schema before the latest, whose upgrade fails every time: the last migration's
// first table is already there.
QString makeUnupgradable(const QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    const int previous = Migrations::latestVersion() - 1;
    REQUIRE(previous >= 1);
    sqlite3 *handle = nullptr;
    REQUIRE(sqlite3_open(path.toUtf8().constData(), &handle) == SQLITE_OK);
    REQUIRE(Migrations::apply(handle, 0, path, previous).value_or(-1) == previous);
    QFile last(Migrations::files().last());
    REQUIRE(last.open(QIODevice::ReadOnly));
    const QString sql = QString::fromUtf8(last.readAll());
    // Its first new table, or else its first new index, is made beforehand under the same name.
    const qsizetype table = sql.indexOf(QStringLiteral("CREATE TABLE "));
    qsizetype index = sql.indexOf(QStringLiteral("CREATE INDEX "));
    if (index < 0) {
        index = sql.indexOf(QStringLiteral("CREATE UNIQUE INDEX "));
        if (index >= 0)
            index += 7; // "UNIQUE "
    }
    REQUIRE((table >= 0 || index >= 0));
    const QString clash =
        table >= 0 ? QStringLiteral("CREATE TABLE %1(x)")
                         .arg(sql.mid(table + 13).section(QLatin1Char(' '), 0, 0).remove(QLatin1Char('(')))
                   : QStringLiteral("CREATE INDEX %1 ON local_meta(value)")
                         .arg(sql.mid(index + 13).section(QLatin1Char(' '), 0, 0));
    REQUIRE(sqlite3_exec(handle, clash.toUtf8().constData(), nullptr, nullptr, nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_exec(handle, "INSERT INTO local_meta(key, value) VALUES ('device_id', 'dev-1')", nullptr,
                         nullptr, nullptr)
            == SQLITE_OK);
    sqlite3_close(handle);
    return path;
}

QStringList backupsBeside(const QString &path)
{
    return QFileInfo(path).dir().entryList({QFileInfo(path).fileName() + QStringLiteral(".schema*.bak")},
                                           QDir::Files);
}

} // namespace

TEST_CASE("Storage: a failed upgrade retried keeps one private backup of that file version")
{
    QTemporaryDir dir;
    const QString path = makeUnupgradable(dir, QStringLiteral("old.sqlite"));
    ManualClock clock(fixedNow());
    for (int attempt = 0; attempt < 3; ++attempt) {
        auto opened = Database::open(path, clock);
        REQUIRE_FALSE(opened.has_value());
        CHECK(opened.error().message.contains(QStringLiteral("Upgrading the database failed")));
        clock.advance(61'000);
    }
    const QStringList backups = backupsBeside(path);
    REQUIRE(backups.size() == 1);
    CHECK(modeOf(dir.filePath(backups.first())) == 0600);

    // A changed file is another version of it: that one gets its own copy.
    rawExec(path, "INSERT INTO local_meta(key, value) VALUES ('changed', '1')");
    rawExec(path,
            "INSERT INTO guests(uuid, given_name, created_at, updated_at) VALUES ('g-new', 'Ani', 1, 1)");
    CHECK_FALSE(Database::open(path, clock).has_value());
    CHECK(backupsBeside(path).size() == 2);
}

namespace {

// A venue whose `guests` table root page is overwritten: SQLite still reads the schema, but the
// quick check fails.
QString makeDamaged(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("damaged.sqlite"));
    makeVenue(path, 300);
    damageGuestsTable(path);
    return path;
}

void requireViewOnly(const QString &path, const QString &expectedWord)
{
    const QByteArray before = readBytes(path);
    {
        auto opened = Database::open(path, systemClock());
        REQUIRE_OK(opened);
        Database &db = **opened;
        CHECK(db.isReadOnly());
        CHECK(db.isDamaged());
        CHECK(db.readOnlyReason().contains(expectedWord));
        CHECK(db.readOnlyReason().contains(QStringLiteral("opened for viewing")));
        // Every write fails, and says why.
        auto tx = Transaction::begin(db);
        REQUIRE_FALSE(tx.has_value());
        CHECK(tx.error().message == db.readOnlyReason());
        Statement write(db, QStringLiteral("INSERT INTO local_meta(key, value) VALUES ('x', 'y')"));
        auto written = write.exec();
        REQUIRE_FALSE(written.has_value());
        CHECK(written.error().message == db.readOnlyReason());
        // Reading what can be read still works.
        Statement meta(db, QStringLiteral("SELECT count(*) FROM local_meta"));
        CHECK(meta.scalar().has_value());
        // A worker's connection is just as read-only, without checking again.
        auto other = db.openAnother();
        REQUIRE_OK(other);
        CHECK((*other)->isDamaged());
        CHECK((*other)->readOnlyReason() == db.readOnlyReason());
    }
    CHECK(readBytes(path) == before);
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-shm")));
}

} // namespace

TEST_CASE("Storage: a file that fails the open-time check opens read-only, unchanged, and says why")
{
    QTemporaryDir dir;
    SECTION("damage the quick check finds")
    {
        requireViewOnly(makeDamaged(dir), QStringLiteral("damaged"));
    }
    SECTION("a free-page list the header cannot have")
    {
        const QString path = dir.filePath(QStringLiteral("freelist.sqlite"));
        makeVenue(path, 20);
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadWrite));
        REQUIRE(file.seek(32));
        const QByteArray bogus("\x00\x0f\x42\x40\x00\x0f\x42\x40", 8); // trunk and count of 1,000,000
        REQUIRE(file.write(bogus) == 8);
        file.close();
        requireViewOnly(path, QStringLiteral("free pages"));
    }
}

TEST_CASE(
    "Storage: restoring a backup moves the damaged file aside, never deletes it, and puts the copy in place")
{
    QTemporaryDir dir;
    const QString good = dir.filePath(QStringLiteral("damaged.sqlite.schema3-20260101-000000.bak"));
    makeVenue(good, 5);
    const QString path = makeDamaged(dir);
    const QByteArray damagedBytes = readBytes(path);
    writeBytes(dir.filePath(QStringLiteral("notes.txt")), "not a database");

    const QStringList candidates = DatabaseRestore::candidates(path);
    CHECK(candidates == QStringList{good});

    auto aside = DatabaseRestore::restore(path, good, fixedNow().toMSecsSinceEpoch());
    REQUIRE_OK(aside);
    CHECK(aside->startsWith(path + QStringLiteral(".damaged-")));
    CHECK(readBytes(*aside) == damagedBytes);
    CHECK(QFileInfo::exists(good));
    CHECK(modeOf(path) == 0600);
    auto reopened = Database::open(path, systemClock());
    REQUIRE_OK(reopened);
    CHECK_FALSE((*reopened)->isReadOnly());
    Statement guests(**reopened, QStringLiteral("SELECT count(*) FROM guests"));
    CHECK(guests.scalar()->toLongLong() == 5);
}

TEST_CASE("Storage: what SQLite reports is said in clear words, in one place")
{
    CHECK(describeStorageFailure(SQLITE_FULL, 0, QStringLiteral("database or disk is full")).message
          == QStringLiteral("The disk is full — nothing was changed."));
    CHECK(describeStorageFailure(SQLITE_IOERR_WRITE, ENOSPC, QStringLiteral("disk I/O error")).message
          == diskFullMessage());
    CHECK(describeStorageFailure(SQLITE_IOERR_SHMSIZE, ENOSPC, QStringLiteral("disk I/O error")).message
          == diskFullMessage());
    CHECK(describeStorageFailure(SQLITE_READONLY, 0, QStringLiteral("attempt to write a readonly database"))
              .message
          == QStringLiteral("This file is read-only — opened for viewing."));
    const Error busy = describeStorageFailure(SQLITE_BUSY, 0, QStringLiteral("database is locked"));
    CHECK_FALSE(busy.message.contains(QStringLiteral("database is locked")));
    CHECK(busy.message.contains(QStringLiteral("Another program is writing")));
    CHECK(describeStorageFailure(SQLITE_CORRUPT, 0, QStringLiteral("malformed")).code
          == Error::Code::Corrupt);
    CHECK(describeStorageFailure(SQLITE_CONSTRAINT_UNIQUE, 0,
                                 QStringLiteral("UNIQUE constraint failed: guests.uuid"))
              .message.contains(QStringLiteral("UNIQUE constraint failed")));
}

TEST_CASE("Storage: the schema is compared with what the migrations make")
{
    TempDatabase t;
    auto clean = SchemaDrift::of(t.db());
    REQUIRE_OK(clean);
    CHECK(clean->isEmpty());

    REQUIRE_OK(execute(t.db(), QStringLiteral("DROP TABLE guest_tags")));
    REQUIRE_OK(execute(t.db(), QStringLiteral("ALTER TABLE stays ADD COLUMN extra TEXT")));
    REQUIRE_OK(execute(t.db(), QStringLiteral("CREATE TABLE stray(x)")));
    auto drift = SchemaDrift::of(t.db());
    REQUIRE_OK(drift);
    CHECK(drift->contains(QStringLiteral("table guest_tags is missing")));
    CHECK(drift->contains(QStringLiteral("table stays differs from what the migrations make")));
    CHECK(drift->contains(QStringLiteral("table stray is not made by the migrations")));
}
