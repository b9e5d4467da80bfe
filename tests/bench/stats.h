// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QtGlobal>

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

// Times one call of `f` in nanoseconds.
template<typename F>
qint64 timeNs(F &&f)
{
    QElapsedTimer timer;
    timer.start();
    f();
    return timer.nsecsElapsed();
}

} // namespace innkeep::bench
