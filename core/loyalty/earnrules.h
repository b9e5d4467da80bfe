// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace innkeep {

class VenueSettings;

// How guests earn points, from the venue's settings (README, "Venue settings"): per night, per
// whole unit of revenue in the venue's currency, per stay, a bonus for a stay over the guest's
// birthday, a bonus for bringing a new guest; and after how many months earned points expire.
// All 0 until set: a venue without a programme earns nothing.
struct EarnRules
{
    static inline const QString PerNightKey = QStringLiteral("loyalty.points_per_night");
    static inline const QString PerCurrencyUnitKey = QStringLiteral("loyalty.points_per_currency_unit");
    static inline const QString PerStayKey = QStringLiteral("loyalty.points_per_stay");
    static inline const QString BirthdayBonusKey = QStringLiteral("loyalty.birthday_bonus");
    static inline const QString ReferralBonusKey = QStringLiteral("loyalty.referral_bonus");
    static inline const QString ExpiryMonthsKey = QStringLiteral("loyalty.expiry_months");
    // Stays that departed before this day earn nothing (the programme's start); unset: every stay.
    static inline const QString EarnFromKey = QStringLiteral("loyalty.earn_from");
    static constexpr qint64 MaxPoints = 1'000'000;
    static constexpr int MaxExpiryMonths = 120;

    qint64 perNight = 0;
    qint64 perCurrencyUnit = 0;
    qint64 perStay = 0;
    qint64 birthdayBonus = 0;
    qint64 referralBonus = 0;
    int expiryMonths = 0; // 0: points never expire
    QDate earnFrom;
    QString currency; // the venue's

    [[nodiscard]] static EarnRules of(const VenueSettings &settings);

    // Points for one stay of `nights` nights with `revenueMinor` in `stayCurrency` (revenue in another
    // currency than the venue's earns only the night and stay points).
    [[nodiscard]] qint64 forStay(qint64 nights, qint64 revenueMinor, const QString &stayCurrency) const;
    // When points credited on `bookedOn` expire (null: never).
    [[nodiscard]] QDate expiryOf(const QDate &bookedOn) const;
    // Whether a stay from `arrival` to `departure` covers the guest's birthday (month and day; a
    // 29 February birthday counts on 28 February in other years).
    [[nodiscard]] static bool coversBirthday(const QDate &arrival, const QDate &departure,
                                             const QDate &birthday);
};

} // namespace innkeep
