// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>

namespace innkeep {

// Which automatic backups to keep: the newest of each of the last 7 days that have one, of the
// last 4 ISO weeks, and of the last 12 months (counted in local time), and always the newest
// of all. A day, week or month without a backup does not use up a place, so a laptop left shut
// for a month still keeps a week of dailies from before.
class BackupRotation final
{
public:
    static constexpr int Daily = 7;
    static constexpr int Weekly = 4;
    static constexpr int Monthly = 12;

    // For each of `madeAt` (any order), whether it is kept.
    [[nodiscard]] static QList<bool> keep(const QList<QDateTime> &madeAt);
};

} // namespace innkeep
