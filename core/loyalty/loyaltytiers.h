// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "loyalty/loyaltytier.h"
#include "loyalty/tierchange.h"
#include "storage/recordevents.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace innkeep {

class Database;

// The venue's loyalty tiers and each guest's tier. The tier is computed from the stays that count
// (StaysThatCount) over each tier's window; recordChanges() compares it with the last recorded
// tier of every guest and records each change, up or down, with the day and the figures that
// decided it. A guest's tier as shown is the last one recorded.
class LoyaltyTiers final : public RecordEvents
{
    Q_DECLARE_TR_FUNCTIONS(LoyaltyTiers)

public:
    explicit LoyaltyTiers(Database &db) : m_db(db) {}

    // A new tier: a unique name, a threshold ≥ 0, a window of 0 (every stay) to 120 months.
    // Position 0 places it above the others.
    [[nodiscard]] Result<LoyaltyTier> add(LoyaltyTier draft);
    [[nodiscard]] Result<LoyaltyTier> update(LoyaltyTier edited);
    // Guests keep their recorded history; their tier is computed again at the next recordChanges().
    [[nodiscard]] Status remove(const QString &uuid);
    // Lowest position first.
    [[nodiscard]] Result<QList<LoyaltyTier>> tiers();
    [[nodiscard]] Result<LoyaltyTier> byName(const QString &name);

    // Computed now from the guest's stays (by the clock's today).
    [[nodiscard]] Result<TierStanding> standing(const QString &guestUuid);
    // As recorded: the guest's tier ("" for none), and its changes, newest first.
    [[nodiscard]] Result<QString> current(const QString &guestUuid);
    [[nodiscard]] Result<QList<TierChange>> history(const QString &guestUuid);
    // The recorded tiers of many guests at once (a list's visible rows), by guest id; guests with no
    // tier are left out.
    [[nodiscard]] Result<QHash<qint64, QString>> currentOf(const QList<qint64> &guestIds);

    // Computes every current guest's tier and records those that changed. Returns how many changed.
    [[nodiscard]] Result<int> recordChanges();

private:
    [[nodiscard]] Result<QString> checkedName(const QString &name, const QString &exceptUuid);
    [[nodiscard]] Status checkedRule(const LoyaltyTier &tier) const;
    [[nodiscard]] Result<LoyaltyTier> find(const QString &uuid);
    // Figures by guest id over the last `months` months (0: every stay), of `guestId` only when > 0.
    [[nodiscard]] Result<QHash<qint64, TierFigures>> figures(int months, qint64 guestId);
    [[nodiscard]] TierStanding decide(const QList<LoyaltyTier> &tiers,
                                      const QHash<int, QHash<qint64, TierFigures>> &byWindow,
                                      qint64 guestId) const;
    Database &m_db;
};

} // namespace innkeep
