// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "loyalty/pointsentry.h"

#include <QList>

namespace innkeep {

// An expiry the ledger does not have yet: `points` of the credit `lotUuid` lapsed on `on`.
struct PointsExpiry
{
    QString lotUuid;
    qint64 points = 0; // positive: what the expire entry takes off
    QDate on;
};

// Which points expire, first in first out. Every credit is a lot that counts until its expiresOn;
// redemptions and deductions use the oldest lots first, an undo takes its own lot first, and what
// is left of a lot on its expiry day expires then (before anything else that day). A pure
// function of the ledger: the same entries always give the same expiries, so running it again
// finds nothing new.
class PointsLots final
{
public:
    // The expiries due on or before `today` that `entries` (one guest's whole ledger, any order)
    // do not hold yet, oldest first.
    [[nodiscard]] static QList<PointsExpiry> due(const QList<PointsEntry> &entries, const QDate &today);
};

} // namespace innkeep
