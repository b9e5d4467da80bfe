// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace innkeep {

// What a tier's threshold counts: nights, stays, or spend (minor units of the venue's currency).
enum class TierBasis { Nights, Stays, Spend };

[[nodiscard]] QString toToken(TierBasis basis);
[[nodiscard]] std::optional<TierBasis> tierBasisFromToken(const QString &token);
[[nodiscard]] QString displayText(TierBasis basis);

// One tier of the venue's loyalty programme (Member, Silver, Gold): reached with `threshold` nights,
// stays or spend over the last `windowMonths` months (0: over every stay). Of the tiers a guest
// reaches, the one with the highest position is theirs.
struct LoyaltyTier
{
    qint64 id = 0;
    QString uuid;
    QString name;
    int position = 0;
    TierBasis basis = TierBasis::Nights;
    qint64 threshold = 0;
    int windowMonths = 0;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
};

// What a guest has done over one tier's window: the figures its threshold is checked against.
struct TierFigures
{
    qint64 stays = 0;
    qint64 nights = 0;
    qint64 spendMinor = 0;
    [[nodiscard]] qint64 of(TierBasis basis) const
    {
        return basis == TierBasis::Nights ? nights : basis == TierBasis::Stays ? stays : spendMinor;
    }
};

} // namespace innkeep
