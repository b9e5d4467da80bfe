// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// innkeep-cli on files under faults: empty --db, pipes, damaged, read-only, full disk, busy, killed demos.
#include "clisandbox.h"
#include "filemode.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <csignal>

namespace {

using innkeep::test::modeOf;

struct Options
{
    qint64 fileSizeLimit = 0;    // RLIMIT_FSIZE for the child: writes past it fail as on a full disk
    bool asOrdinaryUser = false; // as root, run as "nobody" so file permissions apply
    int timeoutMs = 60000;
};

// innkeep-cli as a process, with a time limit (a command that blocks fails the test instead of
// hanging it).
CliRun runCli(const CliSandbox &s, const QStringList &arguments, const Options &options = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), s.path(QStringLiteral("xdg")));
    environment.insert(QStringLiteral("HOME"), s.path(QStringLiteral("home")));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(environment);
    if (options.fileSizeLimit > 0) {
        const qint64 limit = options.fileSizeLimit;
        process.setChildProcessModifier([limit] {
            ::signal(SIGXFSZ, SIG_IGN);
            const rlimit size{rlim_t(limit), rlim_t(limit)};
            ::setrlimit(RLIMIT_FSIZE, &size);
        });
    }
    QString program = QStringLiteral(INNKEEP_CLI);
    QStringList all = arguments;
    if (options.asOrdinaryUser && ::geteuid() == 0) {
        all = QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                          QStringLiteral("--clear-groups"), program}
              + arguments;
        program = QStringLiteral("setpriv");
    }
    process.start(program, all);
    REQUIRE(process.waitForStarted(10000));
    const bool finished = process.waitForFinished(options.timeoutMs);
    if (!finished) {
        process.kill();
        process.waitForFinished(5000);
    }
    INFO("innkeep-cli " << arguments.join(QLatin1Char(' ')).toStdString());
    REQUIRE(finished);
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QStringList addGuest(const QString &db)
{
    return {QStringLiteral("guest"),    QStringLiteral("add"),
            QStringLiteral("--given"),  QStringLiteral("Anna"),
            QStringLiteral("--family"), QStringLiteral("Keller"),
            QStringLiteral("--db"),     db};
}

QStringList demo(const QString &db, int guests)
{
    return {QStringLiteral("demo"), QStringLiteral("--guests"), QString::number(guests),
            QStringLiteral("--db"), db};
}

void rawSql(const QString &path, const QString &sql)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery query(db);
        INFO(sql.toStdString());
        REQUIRE(query.exec(sql));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QStringList companions(const QString &path)
{
    QStringList found;
    for (const char *suffix : {"-wal", "-shm", "-journal"}) {
        if (QFileInfo::exists(path + QLatin1String(suffix)))
            found.append(QLatin1String(suffix));
    }
    return found;
}

} // namespace

TEST_CASE("CLI storage: --db with an empty path is refused, never the default database")
{
    CliSandbox s;
    for (const QStringList &arguments :
         {QStringList{QStringLiteral("init"), QStringLiteral("--db"), QString()}, addGuest(QString()),
          QStringList{QStringLiteral("check"), QStringLiteral("--db=")}}) {
        const CliRun run = runCli(s, arguments);
        INFO(run.err.toStdString());
        CHECK(run.code == 2);
        CHECK(run.err.contains(QStringLiteral("--db: the path is empty")));
        CHECK(run.oneLineError());
    }
    CHECK_FALSE(QFileInfo::exists(s.path(QStringLiteral("xdg/innkeep/innkeep.sqlite"))));
}

TEST_CASE("CLI storage: a named pipe at the database path is refused at once")
{
    CliSandbox s;
    const QString pipe = s.path(QStringLiteral("pipe.sqlite"));
    REQUIRE(::mkfifo(QFile::encodeName(pipe).constData(), 0600) == 0);
    Options quick;
    quick.timeoutMs = 10000;
    for (const QStringList &arguments : {QStringList{QStringLiteral("check"), QStringLiteral("--db"), pipe},
                                         addGuest(pipe), demo(pipe, 10)}) {
        const CliRun run = runCli(s, arguments, quick);
        INFO(run.err.toStdString());
        CHECK(run.code == 1);
        CHECK(run.err.contains(QStringLiteral("named pipe")));
    }
    CHECK(companions(pipe).isEmpty());
}

TEST_CASE("CLI storage: check compares the schema with the migrations")
{
    CliSandbox s;
    REQUIRE(runCli(s, demo(s.db(), 30)).code == 0);
    REQUIRE(runCli(s, {QStringLiteral("check"), QStringLiteral("--db"), s.db()}).code == 0);

    rawSql(s.db(), QStringLiteral("DROP TABLE guests"));
    const CliRun text = runCli(s, {QStringLiteral("check"), QStringLiteral("--db"), s.db()});
    CHECK(text.code == 1);
    CHECK(text.out.contains(QStringLiteral("table guests is missing")));
    const CliRun json =
        runCli(s, {QStringLiteral("check"), QStringLiteral("--json"), QStringLiteral("--db"), s.db()});
    CHECK(json.code == 1);
    const QJsonObject report = json.json();
    CHECK(report.value(QStringLiteral("schema"))
              .toString()
              .contains(QStringLiteral("table guests is missing")));
    CHECK(report.value(QStringLiteral("problems"))
              .toArray()
              .contains(QStringLiteral("table guests is missing")));
}

TEST_CASE("CLI storage: a damaged file is reported by check and opens for reading only")
{
    CliSandbox s;
    REQUIRE(runCli(s, demo(s.db(), 30)).code == 0);
    {
        // A free-page list the header cannot have.
        QFile file(s.db());
        REQUIRE(file.open(QIODevice::ReadWrite));
        REQUIRE(file.seek(32));
        REQUIRE(file.write(QByteArray("\x00\x0f\x42\x40\x00\x0f\x42\x40", 8)) == 8);
    }
    const QByteArray before = bytesOf(s.db());
    const CliRun check =
        runCli(s, {QStringLiteral("check"), QStringLiteral("--json"), QStringLiteral("--db"), s.db()});
    CHECK(check.code == 1);
    CHECK(check.json().value(QStringLiteral("read_only")).toBool());

    const CliRun write = runCli(s, addGuest(s.db()));
    INFO(write.err.toStdString());
    CHECK(write.code == 1);
    CHECK(write.err.contains(QStringLiteral("damaged")));
    CHECK(write.err.contains(QStringLiteral("opened for viewing")));
    const CliRun read =
        runCli(s, {QStringLiteral("search"), QStringLiteral("a"), QStringLiteral("--db"), s.db()});
    CHECK(read.code == 0);
    CHECK(bytesOf(s.db()) == before);
    CHECK(companions(s.db()).isEmpty());
}

TEST_CASE("CLI storage: a read-only file or folder opens for viewing, and writes say so")
{
    CliSandbox s;
    const QString folder = s.path(QStringLiteral("venue"));
    const QString db = folder + QStringLiteral("/venue.sqlite");
    REQUIRE(runCli(s, demo(db, 20)).code == 0);
    // Let "nobody" (the tests may run as root) reach the sandbox.
    REQUIRE(QFile::setPermissions(s.path(QString()), QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                         | QFileDevice::ExeOwner | QFileDevice::ReadOther
                                                         | QFileDevice::ExeOther));
    const bool root = ::geteuid() == 0;

    SECTION("a read-only folder")
    {
        REQUIRE(::chmod(QFile::encodeName(folder).constData(), 0555) == 0);
        REQUIRE(::chmod(QFile::encodeName(db).constData(), root ? 0644 : 0444) == 0);
    }
    SECTION("a read-only file in a writable folder")
    {
        REQUIRE(::chmod(QFile::encodeName(folder).constData(), 0777) == 0);
        REQUIRE(::chmod(QFile::encodeName(db).constData(), 0444) == 0);
    }
    const QByteArray before = bytesOf(db);
    Options user;
    user.asOrdinaryUser = true;
    const CliRun read =
        runCli(s, {QStringLiteral("search"), QStringLiteral("a"), QStringLiteral("--db"), db}, user);
    INFO(read.err.toStdString());
    CHECK(read.code == 0);
    CHECK(read.err.contains(QStringLiteral("This file is read-only — opened for viewing.")));
    const CliRun write = runCli(s, addGuest(db), user);
    INFO(write.err.toStdString());
    CHECK(write.code == 1);
    CHECK(write.err.contains(QStringLiteral("This file is read-only — opened for viewing.")));
    CHECK_FALSE(write.err.contains(QStringLiteral("damaged")));
    CHECK(bytesOf(db) == before);
    CHECK(companions(db).isEmpty());
    ::chmod(QFile::encodeName(folder).constData(), 0700);
}

TEST_CASE("CLI storage: a full disk is named as such, and nothing is left half-made")
{
    CliSandbox s;
    REQUIRE(runCli(s, demo(s.db(), 20)).code == 0);
    const QJsonObject countsBefore =
        runCli(s, {QStringLiteral("check"), QStringLiteral("--json"), QStringLiteral("--db"), s.db()})
            .json()
            .value(QStringLiteral("counts"))
            .toObject();
    Options full;
    full.fileSizeLimit = 40000; // the -shm (32 KiB) fits; the log of a write does not

    SECTION("a write")
    {
        const CliRun write = runCli(s, addGuest(s.db()), full);
        INFO(write.err.toStdString());
        CHECK(write.code == 1);
        CHECK(write.err.contains(QStringLiteral("The disk is full — nothing was changed.")));
        CHECK_FALSE(write.err.contains(QStringLiteral("rollback failed")));
        CHECK_FALSE(write.err.contains(QStringLiteral("damaged")));
        const CliRun check =
            runCli(s, {QStringLiteral("check"), QStringLiteral("--json"), QStringLiteral("--db"), s.db()});
        CHECK(check.code == 0);
        CHECK(check.json().value(QStringLiteral("counts")).toObject() == countsBefore);
    }
    SECTION("an open where not even the shared-memory file fits")
    {
        Options fuller;
        fuller.fileSizeLimit = 16000;
        const CliRun write = runCli(s, addGuest(s.db()), fuller);
        INFO(write.err.toStdString());
        CHECK(write.code == 1);
        CHECK(write.err.contains(QStringLiteral("The disk is full — nothing was changed.")));
        CHECK_FALSE(write.err.contains(QStringLiteral("damaged")));
        CHECK(companions(s.db()).isEmpty()); // no stray -wal or -shm
    }
    SECTION("a new demo")
    {
        const QString venue = s.path(QStringLiteral("demo.sqlite"));
        const CliRun made = runCli(s, demo(venue, 200), full);
        INFO(made.err.toStdString());
        CHECK(made.code == 1);
        CHECK(made.err.contains(QStringLiteral("The disk is full — nothing was changed.")));
        CHECK_FALSE(made.err.contains(QStringLiteral("rollback failed")));
        CHECK_FALSE(QFileInfo::exists(venue));
        CHECK(companions(venue).isEmpty());
        CHECK(QDir(s.path(QString())).entryList({QStringLiteral("demo.sqlite*")}, QDir::Files).isEmpty());
    }
}

TEST_CASE("CLI storage: a write waits for a long import in another process and says so")
{
    CliSandbox s;
    REQUIRE(runCli(s, {QStringLiteral("init"), QStringLiteral("--db"), s.db()}).code == 0);
    QProcess importer;
    importer.start(QStringLiteral(INNKEEP_TEST_WRITER),
                   {QStringLiteral("hold"), s.db(), QStringLiteral("7000"),
                    QStringLiteral("innkeep-cli import guests")});
    REQUIRE(importer.waitForReadyRead(20000));
    REQUIRE(importer.readLine().trimmed() == "ready");
    QElapsedTimer timer;
    timer.start();
    const CliRun write = runCli(s, addGuest(s.db()));
    INFO(write.err.toStdString());
    CHECK(write.code == 0);
    CHECK(timer.elapsed() > 5000); // it waited past the old 5 s timeout instead of failing
    CHECK(write.err.contains(QStringLiteral("Waiting for innkeep-cli import guests")));
    CHECK_FALSE(write.err.contains(QStringLiteral("database is locked")));
    REQUIRE(importer.waitForFinished(20000));
    CHECK(importer.exitCode() == 0);
    CHECK_FALSE(QFileInfo::exists(s.db() + QStringLiteral("-writing")));
}

TEST_CASE("CLI storage: a demo killed at any point leaves no half-made venue")
{
    CliSandbox s;
    const QString venue = s.path(QStringLiteral("venue.sqlite"));
    for (const int delayMs : {150, 500, 900, 1400}) {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_DATA_HOME"), s.path(QStringLiteral("xdg")));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(INNKEEP_CLI), demo(venue, 4000));
        REQUIRE(process.waitForStarted(10000));
        QThread::msleep(delayMs);
        ::kill(pid_t(process.processId()), SIGKILL);
        REQUIRE(process.waitForFinished(10000));
        INFO("killed after " << delayMs << " ms");
        // Nothing at the path, and what is left says what it is.
        CHECK_FALSE(QFileInfo::exists(venue));
        for (const QString &left :
             QDir(s.path(QString())).entryList({QStringLiteral("venue.sqlite*")}, QDir::Files))
            CHECK(left.startsWith(QStringLiteral("venue.sqlite.incomplete-demo")));
    }
    const CliRun made = runCli(s, demo(venue, 30));
    INFO(made.err.toStdString());
    REQUIRE(made.code == 0);
    CHECK(modeOf(venue) == 0600);
    CHECK(QDir(s.path(QString())).entryList({QStringLiteral("venue.sqlite*")}, QDir::Files)
          == QStringList{QStringLiteral("venue.sqlite")});
    const CliRun check =
        runCli(s, {QStringLiteral("check"), QStringLiteral("--json"), QStringLiteral("--db"), venue});
    CHECK(check.code == 0);
    CHECK(check.json().value(QStringLiteral("counts")).toObject().value(QStringLiteral("guests")).toInt()
          == 30);
}

TEST_CASE("CLI storage: paths with %1 in them are printed as they are, and new folders are private")
{
    CliSandbox s;
    const QString folder = s.path(QStringLiteral("new/%1 venue%2"));
    const QString db = folder + QStringLiteral("/out%2x.sqlite");
    const CliRun init = runCli(s, {QStringLiteral("init"), QStringLiteral("--db"), db});
    INFO(init.err.toStdString());
    REQUIRE(init.code == 0);
    CHECK(init.out.contains(QDir::toNativeSeparators(QFileInfo(db).absoluteFilePath())));
    CHECK(init.out.contains(QStringLiteral("(schema version ")));
    CHECK(modeOf(db) == 0600);
    CHECK(modeOf(folder) == 0700);
    CHECK(modeOf(s.path(QStringLiteral("new"))) == 0700);

    const QString venue = s.path(QStringLiteral("demo%1.sqlite"));
    const CliRun made = runCli(s, demo(venue, 5));
    REQUIRE(made.code == 0);
    CHECK(made.out.startsWith(QDir::toNativeSeparators(venue) + QStringLiteral(": 5 guests")));
}
