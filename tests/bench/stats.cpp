// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stats.h"

#include <algorithm>
#include <cmath>

namespace innkeep::bench {

Figure Samples::figure() const
{
    Figure f;
    if (m_ns.isEmpty())
        return f;
    QList<qint64> sorted = m_ns;
    std::sort(sorted.begin(), sorted.end());
    const auto at = [&](double q) {
        // Nearest rank: the smallest value with at least q of the samples at or below it.
        const qsizetype rank = std::max<qsizetype>(1, qsizetype(std::ceil(q * double(sorted.size()))));
        return double(sorted.at(rank - 1)) / 1e6;
    };
    f.reps = sorted.size();
    f.medianMs =
        sorted.size() % 2
            ? double(sorted.at(sorted.size() / 2)) / 1e6
            : (double(sorted.at(sorted.size() / 2 - 1)) + double(sorted.at(sorted.size() / 2))) / 2e6;
    f.p99Ms = at(0.99);
    f.maxMs = double(sorted.last()) / 1e6;
    return f;
}

} // namespace innkeep::bench
