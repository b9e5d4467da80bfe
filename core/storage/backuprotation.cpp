// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backuprotation.h"

#include <QSet>

#include <algorithm>
#include <functional>
#include <numeric>

namespace innkeep {

QList<bool> BackupRotation::keep(const QList<QDateTime> &madeAt)
{
    QList<bool> kept(madeAt.size(), false);
    QList<qsizetype> newestFirst(madeAt.size());
    std::iota(newestFirst.begin(), newestFirst.end(), 0);
    std::stable_sort(newestFirst.begin(), newestFirst.end(),
                     [&](qsizetype a, qsizetype b) { return madeAt.at(a) > madeAt.at(b); });
    if (newestFirst.isEmpty())
        return kept;
    kept[newestFirst.first()] = true;

    // Walking newest first, the first backup of each period is that period's newest.
    const auto keepNewestPer = [&](int places, const std::function<qint64(const QDate &)> &period) {
        QSet<qint64> seen;
        for (qsizetype index : std::as_const(newestFirst)) {
            if (seen.size() >= places)
                break;
            const qint64 key = period(madeAt.at(index).toLocalTime().date());
            if (seen.contains(key))
                continue;
            seen.insert(key);
            kept[index] = true;
        }
    };
    keepNewestPer(Daily, [](const QDate &day) { return day.toJulianDay(); });
    keepNewestPer(Weekly, [](const QDate &day) {
        int year = 0;
        const int week = day.weekNumber(&year);
        return qint64(year) * 100 + week;
    });
    keepNewestPer(Monthly, [](const QDate &day) { return qint64(day.year()) * 100 + day.month(); });
    return kept;
}

} // namespace innkeep
