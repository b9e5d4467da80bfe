// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "insights/kpi.h"

#include <QList>

namespace innkeep {

// The historic revenue of the guests with a stay arriving in a period, which the lifetime-value
// KPIs read: per guest and currency, the sum of the revenue of all their counted stays arriving on
// or before the period's last day (minor units, never converted). One pass over the stays.
struct KpiGuestRevenue final
{
    QList<qint64> guests;  // guests with a stay arriving in the period, ascending
    int currencyCount = 0; // KpiFacts::currencies.size(): the width of a row of `minor`
    QList<qint64> minor;   // one row of currencyCount sums per guest, in the order of `guests`
    QList<qint64> totals;  // per currency: the sum over all these guests

    // Guest at `row`'s sum in the currency with index `currency` (KpiFacts::currencies).
    [[nodiscard]] qint64 at(qsizetype row, int currency) const
    {
        return minor.at(row * currencyCount + currency);
    }
    // The currencies a figure is given in: the venue currency (index 0) and every other currency
    // these guests have revenue in. Empty when there are no guests.
    [[nodiscard]] QList<int> reportedCurrencies() const;

    [[nodiscard]] static KpiGuestRevenue of(const KpiFacts &facts, const KpiPeriod &period);
};

} // namespace innkeep
