// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace innkeep {

// What the venue gave to make up for a complaint (table ticket_compensations).
struct Compensation
{
    enum class Kind { Discount, Refund, Upgrade, Amenity, Other };

    qint64 id = 0;
    QString uuid;
    qint64 ticketId = 0;
    Kind kind = Kind::Other;
    qint64 costMinor = 0; // what it cost the venue, in minor units of `currency`
    QString currency;     // ISO 4217
    QString description;
    QString staff;
    qint64 atMs = 0;

    [[nodiscard]] static QString kindToken(Kind kind); // discount, refund, upgrade, amenity, other
    [[nodiscard]] static std::optional<Kind> kindFromToken(const QString &token);
};

// Compensation summed per currency (amounts in different currencies are never added).
struct CompensationTotal
{
    QString currency;
    qint64 totalMinor = 0;
    int count = 0;
    friend bool operator==(const CompensationTotal &, const CompensationTotal &) = default;
};

} // namespace innkeep
