// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QMap>
#include <QString>

#include <optional>

namespace innkeep {

enum class StayStatus { Booked, InHouse, CheckedOut, Cancelled, NoShow };
[[nodiscard]] QString toToken(StayStatus status);
[[nodiscard]] std::optional<StayStatus> stayStatusFromToken(const QString &token);
[[nodiscard]] QString displayText(StayStatus status);

// One booking of one guest: dates are the venue's calendar dates; money is integer minor
// units (cents, luma, tetri) beside its ISO currency.
struct Stay
{
    qint64 id = 0;
    QString uuid;
    QString guestUuid;
    QDate arrival;
    QDate departure;
    QString room;
    qint64 rateMinor = 0;    // per night
    qint64 revenueMinor = 0; // whole stay
    QString currency;        // the venue's currency when left empty
    QString channel;         // direct, ota, booking.com, walk-in, agent …
    int partySize = 1;
    QString purpose; // leisure, business, event …
    QString bookingRef;
    StayStatus status = StayStatus::Booked;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;

    [[nodiscard]] int nights() const { return int(arrival.daysTo(departure)); }
    [[nodiscard]] bool counts() const
    {
        return status != StayStatus::Cancelled && status != StayStatus::NoShow;
    }
};

// Lifetime figures of a guest, over stays that have begun and were not cancelled or no-shows.
struct GuestRollup
{
    int stays = 0;
    int nights = 0;
    QMap<QString, qint64> spendByCurrency; // minor units
    QDate firstArrival;
    QDate lastDeparture;
    std::optional<int> daysSinceLastStay; // 0 when a stay runs today; empty when never stayed
    bool inHouse = false;                 // in the room today, by StayDay::isInRoom
    int upcomingStays = 0;

    // Spend and average nightly rate in one currency (minor units; 0 without nights).
    [[nodiscard]] qint64 spend(const QString &currency) const { return spendByCurrency.value(currency); }
    [[nodiscard]] qint64 averageRate(const QString &currency) const
    {
        return nights > 0 ? spend(currency) / nights : 0;
    }
};

} // namespace innkeep
