// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "hybridlogicalclock.h"

#include <QHash>
#include <QMutex>

#include <algorithm>

namespace innkeep {

qint64 HybridLogicalClock::next()
{
    const qint64 physical = pack(m_clock.nowMs(), 0);
    // If the wall clock went backwards (or many stamps in one millisecond), count on from the last one.
    qint64 last = m_last->load();
    qint64 stamp = 0;
    do {
        stamp = std::max(physical, last + 1);
    } while (!m_last->compare_exchange_weak(last, stamp));
    return stamp;
}

void HybridLogicalClock::observe(qint64 remote)
{
    qint64 last = m_last->load();
    while (remote > last && !m_last->compare_exchange_weak(last, remote)) {
    }
}

void HybridLogicalClock::shareWith(const QString &deviceId)
{
    static QMutex mutex;
    static QHash<QString, std::weak_ptr<std::atomic<qint64>>> clocks;
    const QMutexLocker lock(&mutex);
    std::shared_ptr<std::atomic<qint64>> shared = clocks.value(deviceId).lock();
    if (!shared) {
        clocks.removeIf([](const auto &entry) { return entry.value().expired(); });
        clocks.insert(deviceId, m_last);
        return;
    }
    const qint64 mine = m_last->load();
    m_last = shared;
    observe(mine);
}

} // namespace innkeep
