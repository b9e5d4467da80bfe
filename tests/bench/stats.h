// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QtGlobal>

#include <ctime>

namespace innkeep::bench {

// Median, 99th percentile (nearest rank) and maximum of a set of timings, in milliseconds.
struct Figure
{
    qsizetype reps = 0;
    double medianMs = 0;
    double p99Ms = 0;
    double maxMs = 0;
    [[nodiscard]] bool isValid() const { return reps > 0; }
};

class Samples final
{
public:
    void reserve(qsizetype n) { m_ns.reserve(n); }
    void add(qint64 nanoseconds) { m_ns.append(nanoseconds); }
    [[nodiscard]] qsizetype size() const { return m_ns.size(); }
    [[nodiscard]] Figure figure() const;

private:
    QList<qint64> m_ns;
};

// CPU time this thread has used, in nanoseconds. On a shared machine the wall-clock p99
// includes the time the scheduler gave other processes; the CPU figure does not.
[[nodiscard]] inline qint64 threadCpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

// Times one call of `f`: wall-clock nanoseconds (QElapsedTimer), and, when `cpuNs` is given,
// this thread's CPU nanoseconds.
template<typename F>
qint64 timeNs(F &&f, qint64 *cpuNs = nullptr)
{
    const qint64 cpuStart = cpuNs ? threadCpuNs() : 0;
    QElapsedTimer timer;
    timer.start();
    f();
    const qint64 wall = timer.nsecsElapsed();
    if (cpuNs)
        *cpuNs = threadCpuNs() - cpuStart;
    return wall;
}

} // namespace innkeep::bench
