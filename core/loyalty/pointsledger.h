// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "loyalty/pointsentry.h"
#include "storage/recordevents.h"

#include <QCoreApplication>
#include <QList>

#include <functional>

namespace innkeep {

class Database;

// A guest's loyalty points: a ledger of entries that are only ever added, whose sum is the
// balance. Staff adjust (with a reason) and redeem (never beyond the balance) and may undo an
// entry by adding its opposite; the programme's own entries (points for stays, birthday stays,
// referrals, expiries) come from the venue's EarnRules. Every write brings the guest's expiries
// up to date first, so a balance checked before a redemption never counts expired points.
class PointsLedger final : public RecordEvents
{
    Q_DECLARE_TR_FUNCTIONS(PointsLedger)

public:
    static constexpr qint64 MaxPoints = 1'000'000'000;

    explicit PointsLedger(Database &db) : m_db(db) {}

    // The sum of the guest's entries (expiries due today included only once written: call
    // expireDue() first, as every write here does).
    [[nodiscard]] Result<qint64> balance(const QString &guestUuid);
    // Newest first, each marked undone when an undo entry cancels it.
    [[nodiscard]] Result<QList<PointsEntry>> entries(const QString &guestUuid);
    [[nodiscard]] Result<PointsEntry> find(const QString &entryUuid);

    // Points given (positive) or taken off (negative) by the staff member on duty; the reason is
    // required. Taking off more than the balance is refused. Given points expire like earned ones.
    [[nodiscard]] Result<PointsEntry> adjust(const QString &guestUuid, qint64 points, const QString &reason);
    // Points spent on a reward; refused beyond the balance (Conflict, field "points").
    [[nodiscard]] Result<PointsEntry> redeem(const QString &guestUuid, qint64 points, const QString &reason);
    // Cancels an entry with its opposite (points given back expire as if credited on the day the
    // undone entry was booked). Refused for an expiry, an undo, an entry undone already,
    // or when taking the points back would leave the balance below zero.
    [[nodiscard]] Result<PointsEntry> undo(const QString &entryUuid, const QString &reason);
    // The referral bonus to `referrerUuid` for bringing `referredUuid`, once per referred guest,
    // when the referred guest has had a stay. Refused when the venue gives no referral bonus.
    [[nodiscard]] Result<PointsEntry> creditReferral(const QString &referrerUuid,
                                                     const QString &referredUuid);

    // The programme's own entries, due by today: points for every checked-out stay that has none
    // yet (and the birthday bonus for a stay over the guest's birthday), then the expiries due.
    // Idempotent: a second run writes nothing. Returns how many entries it wrote.
    [[nodiscard]] Result<int> earnForStays();
    // Expiries due today of one guest, or of every guest ("").
    [[nodiscard]] Result<int> expireDue(const QString &guestUuid = {});

private:
    struct GuestRef
    {
        qint64 id = 0;
        QString uuid;
    };
    [[nodiscard]] Result<GuestRef> guest(const QString &uuid, const QString &field = QStringLiteral("guest"));
    [[nodiscard]] Result<QList<PointsEntry>> entriesWhere(const QString &condition,
                                                          const QVariantList &values);
    [[nodiscard]] Result<qint64> balanceOf(qint64 guestId);
    [[nodiscard]] Result<int> expireFor(const QList<qint64> &guestIds);
    [[nodiscard]] Result<PointsEntry> write(const GuestRef &guest, PointsEntry entry, qint64 stayId);
    // A staff member's entry (adjust, redeem, undo) for the guest, by today: refused with `refusal`'s
    // words (given the balance) when it would leave the balance below zero.
    [[nodiscard]] Result<PointsEntry> staffEntry(const QString &guestUuid, PointsEntry entry,
                                                 const std::function<QString(qint64 held)> &refusal);
    [[nodiscard]] static Status checkedReason(const QString &reason);
    Database &m_db;
};

} // namespace innkeep
