// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/clock.h"

#include <QString>

#include <atomic>
#include <memory>

namespace innkeep {

// Hybrid logical clock (Kulkarni et al.): a stamp that never goes backwards on this device,
// stays close to wall time, and orders causally related changes across devices.
// Packed into one integer: wall milliseconds in the high bits, a 16-bit counter below, so
// stamps compare as plain integers. Ties between devices are broken by device id.
class HybridLogicalClock
{
public:
    explicit HybridLogicalClock(const Clock &clock, qint64 last = 0)
        : m_clock(clock), m_last(std::make_shared<std::atomic<qint64>>(last))
    {}

    // A stamp greater than every stamp issued or observed so far, by this clock and every clock
    // it shares its state with. Safe to call from several threads.
    [[nodiscard]] qint64 next();
    // Take a stamp seen from another device into account (used by sync).
    void observe(qint64 remote);
    [[nodiscard]] qint64 last() const { return m_last->load(); }

    // Continue from (and from now on share) the last stamp of every clock of the same device in
    // this process: two connections to one file (the window and an import's worker) would
    // otherwise stamp two changes alike, and the device's changes would have no single order.
    void shareWith(const QString &deviceId);

    [[nodiscard]] static qint64 pack(qint64 wallMs, int counter)
    {
        return (wallMs << 16) | (counter & 0xffff);
    }
    [[nodiscard]] static qint64 wallMs(qint64 stamp) { return stamp >> 16; }
    [[nodiscard]] static int counter(qint64 stamp) { return int(stamp & 0xffff); }

private:
    const Clock &m_clock;
    std::shared_ptr<std::atomic<qint64>> m_last;
};

} // namespace innkeep
