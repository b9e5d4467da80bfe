// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "loyalty/loyaltytier.h"

#include <QDate>
#include <QList>
#include <QString>

namespace innkeep {

// A guest's tier going up or down, as recorded: the new tier ("" for none), the one before, the
// day, and the figures that decided it.
struct TierChange
{
    qint64 id = 0;
    QString uuid;
    QString guestUuid;
    QString tier;
    QString previous;
    QDate changedOn;
    QString reason;
    qint64 createdAt = 0;
};

// Where a guest stands now, computed from their stays: the tier reached ("" for none), why, and
// the figures over each tier's window (lowest tier first), to show how far the next tier is.
struct TierStanding
{
    QString tier;
    QString reason;
    // The next tier up and how far it is ("3 of 5 nights in the last 12 months"); empty at the top.
    QString next;
    QString toNext;
    QList<std::pair<LoyaltyTier, TierFigures>> figures;
};

} // namespace innkeep
