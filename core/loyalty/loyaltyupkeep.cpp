// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "loyaltyupkeep.h"

#include "loyalty/loyaltytiers.h"
#include "loyalty/pointsledger.h"

namespace innkeep {

Result<LoyaltyUpkeepReport> LoyaltyUpkeep::run()
{
    LoyaltyUpkeepReport report;
    auto points = m_ledger.earnForStays();
    if (!points)
        return std::unexpected(points.error());
    report.pointsEntries = *points;
    auto tiers = m_tiers.recordChanges();
    if (!tiers)
        return std::unexpected(tiers.error());
    report.tierChanges = *tiers;
    return report;
}

} // namespace innkeep
