// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace innkeep::bench {

struct ProcessRun
{
    bool started = false;
    bool timedOut = false;
    int exitCode = -1;     // -1 when it did not exit normally
    double seconds = 0;    // spawn to reaped exit
    double peakRssMb = 0;  // ru_maxrss of the child (wait4)
    double cpuSeconds = 0; // user + system time of the child (wait4)
    QByteArray out;
    QByteArray err;
};

// Runs `program` with `arguments` as a child process (posix_spawn, then wait4 for its resource
// usage), stdin from `stdinFile` (or /dev/null), `extraEnvironment` ("NAME=value") added to ours.
// The child is killed (by its pid) after `timeoutMs`.
[[nodiscard]] ProcessRun runProcess(const QString &program, const QStringList &arguments,
                                    const QStringList &extraEnvironment = {}, const QString &stdinFile = {},
                                    int timeoutMs = 600'000);

} // namespace innkeep::bench
