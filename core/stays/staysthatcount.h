// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace innkeep {

// Which of a guest's stays count as stays they had, for loyalty tiers and guest segments (stays,
// nights, spend, first and last stay): not cancelled, not a no-show, and arrived on or before the
// day asked about (a booking for next month is not yet a stay). Spend is the stays' revenue in the
// venue's currency; stays in another currency add nothing (currencies are never converted).
struct StaysThatCount
{
    // An SQL condition over the stays table under `alias`, with one `?` to bind: the day (ISO date).
    [[nodiscard]] static QString condition(const QString &alias)
    {
        return alias + QStringLiteral(".status NOT IN ('cancelled', 'no-show') AND ") + alias
               + QStringLiteral(".arrival <= ?");
    }
    // The nights of a stay under `alias` as an SQL expression (0 for a same-day stay).
    [[nodiscard]] static QString nights(const QString &alias)
    {
        return QStringLiteral("CAST(julianday(") + alias + QStringLiteral(".departure) - julianday(") + alias
               + QStringLiteral(".arrival) AS INTEGER)");
    }
};

} // namespace innkeep
