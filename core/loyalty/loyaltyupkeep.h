// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"

namespace innkeep {

class LoyaltyTiers;
class PointsLedger;

// What bringing the programme up to date wrote.
struct LoyaltyUpkeepReport
{
    int pointsEntries = 0; // points for stays, birthday stays, expiries
    int tierChanges = 0;
};

// Brings the loyalty programme up to today: points for the stays checked out since the last run,
// the expiries due, and the tiers that changed (up, or down as stays leave a rolling window).
// Idempotent; run when the window opens, after stays change, at midnight, and by every loyalty
// and segment command before it reads (docs/decisions.md, "Loyalty is brought up to date").
class LoyaltyUpkeep final
{
public:
    LoyaltyUpkeep(LoyaltyTiers &tiers, PointsLedger &ledger) : m_tiers(tiers), m_ledger(ledger) {}
    [[nodiscard]] Result<LoyaltyUpkeepReport> run();

private:
    LoyaltyTiers &m_tiers;
    PointsLedger &m_ledger;
};

} // namespace innkeep
