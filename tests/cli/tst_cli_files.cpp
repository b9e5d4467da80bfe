// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Files in and out of innkeep-cli under faults (issue 16: items 1, 3, 9, 11, 13, 15, 17): the
// CLI run as a real process on real files, devices, pipes, a tiny disk and a file cut short
// while it is imported.
#include "clisandbox.h"
#include "filemode.h"
#include "tinydisk.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <sys/stat.h>

namespace {

using innkeep::test::modeOf;

using FileStatus = struct stat;

QString data(const char *name)
{
    return QStringLiteral(INNKEEP_TEST_DATA "/csv/") + QString::fromLatin1(name);
}

bool isCharacterDevice(const QString &path)
{
    FileStatus info{};
    return ::lstat(QFile::encodeName(path).constData(), &info) == 0 && S_ISCHR(info.st_mode);
}

QProcess *startCli(const CliSandbox &s, const QStringList &arguments, QObject *parent = nullptr)
{
    auto *process = new QProcess(parent);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), s.path(QString()));
    environment.insert(QStringLiteral("HOME"), s.path(QString()));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    process->setProcessEnvironment(environment);
    process->start(QStringLiteral(INNKEEP_CLI), arguments);
    REQUIRE(process->waitForStarted());
    return process;
}

// Runs the CLI, killing it if it has not finished in `ms`: a command that reads forever fails the test.
CliRun runWithin(const CliSandbox &s, const QStringList &arguments, int ms)
{
    std::unique_ptr<QProcess> running(startCli(s, arguments));
    const bool finished = running->waitForFinished(ms);
    if (!finished) {
        running->kill();
        running->waitForFinished();
    }
    INFO(arguments.join(u' ').toStdString());
    REQUIRE(finished);
    REQUIRE(running->exitStatus() == QProcess::NormalExit);
    return {running->exitCode(), QString::fromUtf8(running->readAllStandardOutput()),
            QString::fromUtf8(running->readAllStandardError())};
}

QStringList args(std::initializer_list<const char *> words)
{
    QStringList list;
    for (const char *word : words)
        list.append(QString::fromUtf8(word));
    return list;
}

} // namespace

TEST_CASE("CLI files: export json never writes over the database it reads, nor over a device")
{
    CliSandbox s;
    const CliRun demo = s.onDb(args({"demo", "--guests", "50", "--seed", "1"}));
    REQUIRE(demo.code == 0);
    const QJsonObject before = s.counts();

    for (const QString &target :
         QStringList{s.db(), s.db() + QStringLiteral("-wal"), s.db() + QStringLiteral("-shm")}) {
        const CliRun onItself =
            s.onDb({QStringLiteral("export"), QStringLiteral("json"), QStringLiteral("--output"), target});
        INFO(onItself.err.toStdString());
        CHECK(onItself.code != 0);
        CHECK(onItself.oneLineError());
        CHECK(onItself.err.contains(target));
        CHECK(onItself.err.contains(QStringLiteral("open database")));
    }
    const CliRun check = s.onDb(args({"check", "--json"}));
    INFO(check.err.toStdString());
    REQUIRE(check.code == 0);
    CHECK(check.json().value(QStringLiteral("counts")).toObject() == before);

    // Another venue's database is not replaced either.
    const QString other = s.path(QStringLiteral("other.sqlite"));
    REQUIRE(s.cli({QStringLiteral("init"), QStringLiteral("--db"), other}).code == 0);
    const QByteArray otherBytes = [&] {
        QFile f(other);
        REQUIRE(f.open(QIODevice::ReadOnly));
        return f.readAll();
    }();
    const CliRun onOther = s.onDb(args({"export", "json", "--output"}) << other);
    CHECK(onOther.code != 0);
    CHECK(onOther.err.contains(QStringLiteral("is a database")));
    QFile otherFile(other);
    REQUIRE(otherFile.open(QIODevice::ReadOnly));
    CHECK(otherFile.readAll() == otherBytes);

    for (const QString &device : {QStringLiteral("/dev/full"), QStringLiteral("/dev/null")}) {
        if (!QFileInfo::exists(device))
            continue;
        const CliRun onDevice = s.onDb(args({"export", "json", "--output"}) << device);
        INFO(onDevice.err.toStdString());
        CHECK(onDevice.code != 0);
        CHECK(onDevice.err.contains(QStringLiteral("not a regular file")));
        CHECK(isCharacterDevice(device));
        CHECK(modeOf(device) == 0666);
    }
    const CliRun onFolder = s.onDb(args({"export", "json", "--output"}) << s.path(QString()));
    CHECK(onFolder.code != 0);
    CHECK(onFolder.err.contains(QStringLiteral("folder")));
}

TEST_CASE("CLI files: an export is private to the user, also over an old 0644 file, and its name is printed "
          "as given")
{
    CliSandbox s;
    REQUIRE(s.onDb(args({"demo", "--guests", "20", "--seed", "2"})).code == 0);
    const QString fresh = s.path(QStringLiteral("out%2x.json"));
    const CliRun written = s.onDb(args({"export", "json", "--output"}) << fresh);
    INFO(written.err.toStdString());
    REQUIRE(written.code == 0);
    CHECK(written.out.startsWith(QStringLiteral("Wrote ") + fresh + QStringLiteral(": 20 guests")));
    CHECK(modeOf(fresh) == 0600);

    const QString old = s.path(QStringLiteral("old.json"));
    {
        QFile file(old);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("yesterday");
    }
    REQUIRE(::chmod(QFile::encodeName(old).constData(), 0644) == 0);
    REQUIRE(s.onDb(args({"export", "json", "--output"}) << old).code == 0);
    CHECK(modeOf(old) == 0600);
}

TEST_CASE("CLI files: export json's help says what it exports and what it leaves out")
{
    CliSandbox s;
    const CliRun help = s.cli(args({"export", "json", "--help"}));
    REQUIRE(help.code == 0);
    CHECK_FALSE(help.out.contains(QStringLiteral("everything"), Qt::CaseInsensitive));
    for (const char *word :
         {"guest", "stays", "preferences", "complaints", "feedback", "staff", "change log"})
        CHECK(help.out.contains(QString::fromLatin1(word)));
    const CliRun list = s.cli(args({"--help"}));
    CHECK_FALSE(list.out.contains(QStringLiteral("Export everything")));
}

TEST_CASE("CLI files: an export onto a full disk says the disk is full")
{
    CliSandbox s;
    REQUIRE(s.onDb(args({"demo", "--guests", "300", "--seed", "4"})).code == 0);
    innkeep::test::TinyDisk disk(s.path(QStringLiteral("tiny")));
    if (!disk.mounted()) {
        WARN("SKIPPED: cannot mount a 64 KiB tmpfs here (" << disk.why().toStdString()
                                                           << "); the full-disk export is not tested");
        return;
    }
    const QString output = s.path(QStringLiteral("tiny/export.json"));
    const CliRun full = s.onDb(args({"export", "json", "--output"}) << output);
    INFO(full.err.toStdString());
    CHECK(full.code != 0);
    CHECK(full.oneLineError());
    CHECK(full.err.contains(QStringLiteral("disk is full")));
    CHECK_FALSE(full.err.contains(QStringLiteral("canceled")));
    CHECK(QDir(s.path(QStringLiteral("tiny")))
              .isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot));
}

TEST_CASE("CLI files: import guests refuses a device, a pipe or a folder at once")
{
    CliSandbox s;
    REQUIRE(s.onDb(args({"init"})).code == 0);
    const QString fifo = s.path(QStringLiteral("guests.csv"));
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    for (const QString &source : {QStringLiteral("/dev/zero"), fifo, s.path(QString())}) {
        for (const char *mode : {"--dry-run", ""}) {
            QStringList arguments = args({"import", "guests"}) << source << QStringLiteral("--db") << s.db();
            if (*mode)
                arguments << QString::fromLatin1(mode);
            const CliRun refused = runWithin(s, arguments, 15000);
            INFO(refused.err.toStdString());
            CHECK(refused.code != 0);
            CHECK(refused.oneLineError());
            CHECK(refused.err.contains(source));
            CHECK((refused.err.contains(QStringLiteral("not a regular file"))
                   || refused.err.contains(QStringLiteral("folder"))));
        }
    }
}

TEST_CASE("CLI files: a file name with %2 in it is printed as it is")
{
    CliSandbox s;
    REQUIRE(s.onDb(args({"init"})).code == 0);
    const QString named = s.path(QStringLiteral("guests%2of%1.csv"));
    REQUIRE(QFile::copy(data("guests-good.csv"), named));
    const CliRun dry = s.onDb(args({"import", "guests", "--dry-run"}) << named);
    INFO(dry.err.toStdString());
    CHECK(dry.out.startsWith(QStringLiteral("Dry run of guests%2of%1.csv: 4 rows")));
    const CliRun real = s.onDb(args({"import", "guests"}) << named);
    CHECK(real.out.contains(QStringLiteral("from guests%2of%1.csv (")));
}

TEST_CASE("CLI files: a CSV file cut short while it is imported ends in a clear error, never a crash")
{
    CliSandbox s;
    REQUIRE(s.onDb(args({"init"})).code == 0);
    // About 14 MB: more than the reader's chunks, and long enough to import that the cut lands mid-way.
    QByteArray text = "given_name,family_name,email\n";
    for (int i = 0; i < 300000; ++i) {
        const QByteArray n = QByteArray::number(i);
        text += "Anna" + n + ",Lee" + n + ",anna" + n + "@example.com\n";
    }
    const QString path = s.path(QStringLiteral("big.csv"));
    const QJsonObject before = s.counts();
    int refused = 0;
    for (const int delayMs : {100, 300, 700}) {
        for (const bool dryRun : {true, false}) {
            CAPTURE(delayMs, dryRun);
            {
                QFile file(path);
                REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
                REQUIRE(file.write(text) == text.size());
            }
            QStringList arguments = args({"import", "guests"}) << path << QStringLiteral("--db") << s.db();
            if (dryRun)
                arguments << QStringLiteral("--dry-run");
            std::unique_ptr<QProcess> import(startCli(s, arguments));
            QThread::msleep(delayMs);
            REQUIRE(QFile::resize(path, 1000));
            REQUIRE(import->waitForFinished(180000));
            const QString err = QString::fromUtf8(import->readAllStandardError());
            INFO(err.toStdString());
            REQUIRE(import->exitStatus() == QProcess::NormalExit); // SIGBUS was the bug
            if (import->exitCode() != 0) {
                ++refused;
                CHECK(err.contains(QStringLiteral("big.csv")));
                CHECK(err.contains(QStringLiteral("changed while it was being read")));
            }
        }
    }
    // Nothing was half-imported: each import added the whole file or nothing. On a busy machine an
    // import may start only after the cut and read the short file whole (its complete rows, and the
    // cut last row when that still reads as a guest).
    const QJsonObject after = s.counts();
    const int cutRows = int(text.left(1000).count('\n')) - 1;
    const int rest = after.value(QStringLiteral("guests")).toInt() % 300000;
    INFO("guests " << after.value(QStringLiteral("guests")).toInt() << ", rows in the cut file " << cutRows);
    CHECK((after == before || rest == 0 || rest % cutRows == 0 || rest % (cutRows + 1) == 0));
    WARN("imports cut short: " << refused << " of 6 refused, the rest had read the file before the cut");
}
