// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "hybridlogicalclock.h"

#include <algorithm>

namespace innkeep {

qint64 HybridLogicalClock::next()
{
    const qint64 physical = pack(m_clock.nowMs(), 0);
    // If the wall clock went backwards (or many stamps in one millisecond), count on from the last one.
    m_last = std::max(physical, m_last + 1);
    return m_last;
}

void HybridLogicalClock::observe(qint64 remote)
{
    m_last = std::max(m_last, remote);
}

} // namespace innkeep
