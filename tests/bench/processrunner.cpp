// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "processrunner.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QThread>

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <csignal>
#include <vector>

extern char **environ;

namespace innkeep::bench {

ProcessRun runProcess(const QString &program, const QStringList &arguments,
                      const QStringList &extraEnvironment, const QString &stdinFile, int timeoutMs)
{
    ProcessRun run;
    QTemporaryDir dir;
    const QByteArray outPath = QFile::encodeName(dir.filePath(QStringLiteral("out")));
    const QByteArray errPath = QFile::encodeName(dir.filePath(QStringLiteral("err")));
    const QByteArray inPath = stdinFile.isEmpty() ? QByteArray("/dev/null") : QFile::encodeName(stdinFile);

    std::vector<QByteArray> storage;
    storage.push_back(QFile::encodeName(program));
    for (const QString &a : arguments)
        storage.push_back(a.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &s : storage)
        argv.push_back(s.data());
    argv.push_back(nullptr);

    std::vector<QByteArray> envStorage;
    for (char **e = environ; *e; ++e) {
        const QByteArray entry(*e);
        bool overridden = false;
        for (const QString &extra : extraEnvironment)
            overridden |=
                entry.startsWith(QByteArray(extra.section(QLatin1Char('='), 0, 0).toLocal8Bit() + '='));
        if (!overridden)
            envStorage.push_back(entry);
    }
    for (const QString &extra : extraEnvironment)
        envStorage.push_back(extra.toLocal8Bit());
    std::vector<char *> envp;
    for (QByteArray &s : envStorage)
        envp.push_back(s.data());
    envp.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, inPath.constData(), O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, outPath.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    posix_spawn_file_actions_addopen(&actions, 2, errPath.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);

    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, argv.front(), &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0)
        return run;
    run.started = true;

    int status = 0;
    rusage usage{};
    for (;;) {
        const pid_t done = wait4(pid, &status, WNOHANG, &usage);
        if (done == pid)
            break;
        if (done < 0)
            return run;
        if (timer.elapsed() > timeoutMs && !run.timedOut) {
            run.timedOut = true;
            kill(pid, SIGKILL);
        }
        // Short sleeps: the figure is spawn → exit, so the poll must not add much.
        QThread::usleep(200);
    }
    run.seconds = double(timer.nsecsElapsed()) / 1e9;
    run.peakRssMb = double(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
    run.cpuSeconds = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
                     + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    if (WIFEXITED(status))
        run.exitCode = WEXITSTATUS(status);

    QFile out(QFile::decodeName(outPath));
    if (out.open(QIODevice::ReadOnly))
        run.out = out.readAll();
    QFile err(QFile::decodeName(errPath));
    if (err.open(QIODevice::ReadOnly))
        run.err = err.readAll();
    return run;
}

} // namespace innkeep::bench
