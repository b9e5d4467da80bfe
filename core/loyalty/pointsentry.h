// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace innkeep {

// Why points moved: earned for a stay, a birthday stay or a referral; adjusted by hand; redeemed;
// expired; or an earlier entry undone.
enum class PointsKind { Stay, Birthday, Referral, Adjust, Redeem, Expire, Undo };

[[nodiscard]] QString toToken(PointsKind kind);
[[nodiscard]] std::optional<PointsKind> pointsKindFromToken(const QString &token);
[[nodiscard]] QString displayText(PointsKind kind);

// One line of a guest's points ledger. Lines are only ever added: a mistake is undone by a line
// that cancels it, an expiry is a line of its own, and the balance is the sum of the lines.
struct PointsEntry
{
    qint64 id = 0;
    QString uuid;
    QString guestUuid;
    qint64 points = 0; // + earned or given back, - redeemed, taken off or expired
    PointsKind kind = PointsKind::Adjust;
    QString reason;
    QString stayUuid; // the stay that earned it (stay and birthday entries)
    QString refersTo; // the referred guest (referral), or the entry expired or undone
    QString staff;    // who wrote it ("" for the programme's own entries)
    QDate bookedOn;   // the day it counts from
    QDate expiresOn;  // the first day it no longer counts (credits only; null: never)
    qint64 createdAt = 0;
    bool undone = false; // an undo entry cancels this one (read from the ledger, not stored)

    // Entries a person may undo: not an expiry, not an undo, not one already undone.
    [[nodiscard]] bool canBeUndone() const
    {
        return !undone && kind != PointsKind::Expire && kind != PointsKind::Undo;
    }
};

} // namespace innkeep
