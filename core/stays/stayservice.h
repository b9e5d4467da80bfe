// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "stays/stay.h"
#include "storage/recordevents.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace innkeep {

class Database;

// A row of the Today page: a stay with its guest's name and how many stays they have had.
struct StayWithGuest
{
    Stay stay;
    QString guestDisplayName;
    QString guestLatinName;
    int vipLevel = 0;
    int stayNumber = 0; // 1 for a first stay, 3 for "3rd stay"
};

// Stays of guests: add, change, cancel; roll-ups computed in SQL; the Today lists.
class StayService final : public RecordEvents
{
    Q_DECLARE_TR_FUNCTIONS(StayService)

public:
    explicit StayService(Database &db) : m_db(db) {}

    // `draft.guestUuid` names the guest. Departure before arrival is refused.
    [[nodiscard]] Result<Stay> add(Stay draft);
    // A revenue left as stored is worked out again (rate x nights) when it was derived before or
    // the rate or the nights change; a revenue the caller changed is stored as given.
    [[nodiscard]] Result<Stay> update(Stay edited);
    [[nodiscard]] Result<Stay> find(const QString &uuid);
    // Newest first.
    [[nodiscard]] Result<QList<Stay>> forGuest(const QString &guestUuid, int limit = 500);

    [[nodiscard]] Result<GuestRollup> rollup(const QString &guestUuid);
    // Roll-ups of many guests at once (the guest list's visible rows), keyed by guest id.
    [[nodiscard]] Result<QHash<qint64, GuestRollup>> rollups(const QList<qint64> &guestIds);

    // Today page: stays arriving on `day`, in house on `day` (arrived before, leaving after),
    // and departing on `day`; cancelled and no-show stays left out.
    [[nodiscard]] Result<QList<StayWithGuest>> arrivals(const QDate &day);
    [[nodiscard]] Result<QList<StayWithGuest>> inHouse(const QDate &day);
    [[nodiscard]] Result<QList<StayWithGuest>> departures(const QDate &day);
    // Who has room `room` (as written, case aside) on `day` by StayDay's rule: one stay as a rule,
    // none when the room is free, several when a room is shared under separate bookings.
    [[nodiscard]] Result<QList<StayWithGuest>> inRoom(const QString &room, const QDate &day);

private:
    [[nodiscard]] Result<QList<StayWithGuest>> staysWhere(const QString &condition,
                                                          const QVariantList &values);
    [[nodiscard]] Result<Stay> normalised(Stay draft) const;
    Database &m_db;
};

} // namespace innkeep
