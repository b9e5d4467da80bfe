// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "earnrules.h"

#include "common/money.h"
#include "venue/venuesettings.h"

namespace innkeep {

namespace {

qint64 number(const VenueSettings &settings, const QString &key, qint64 max)
{
    bool ok = false;
    const qint64 value = settings.value(key).toLongLong(&ok);
    return ok && value >= 0 && value <= max ? value : 0;
}

} // namespace

EarnRules EarnRules::of(const VenueSettings &settings)
{
    EarnRules rules;
    rules.perNight = number(settings, PerNightKey, MaxPoints);
    rules.perCurrencyUnit = number(settings, PerCurrencyUnitKey, MaxPoints);
    rules.perStay = number(settings, PerStayKey, MaxPoints);
    rules.birthdayBonus = number(settings, BirthdayBonusKey, MaxPoints);
    rules.referralBonus = number(settings, ReferralBonusKey, MaxPoints);
    rules.expiryMonths = int(number(settings, ExpiryMonthsKey, MaxExpiryMonths));
    rules.earnFrom = QDate::fromString(settings.value(EarnFromKey), Qt::ISODate);
    rules.currency = settings.currency();
    return rules;
}

qint64 EarnRules::forStay(qint64 nights, qint64 revenueMinor, const QString &stayCurrency) const
{
    qint64 points = perStay + perNight * std::max<qint64>(nights, 0);
    if (perCurrencyUnit > 0 && revenueMinor > 0 && stayCurrency.compare(currency, Qt::CaseInsensitive) == 0) {
        qint64 unit = 1;
        for (int i = Money::minorDigits(currency); i > 0; --i)
            unit *= 10;
        points += perCurrencyUnit * (revenueMinor / unit);
    }
    return points;
}

QDate EarnRules::expiryOf(const QDate &bookedOn) const
{
    return expiryMonths > 0 ? bookedOn.addMonths(expiryMonths) : QDate();
}

bool EarnRules::coversBirthday(const QDate &arrival, const QDate &departure, const QDate &birthday)
{
    if (!arrival.isValid() || !departure.isValid() || !birthday.isValid())
        return false;
    for (int year = arrival.year(); year <= departure.year(); ++year) {
        QDate day(year, birthday.month(), birthday.day());
        if (!day.isValid()) // 29 February in a common year
            day = QDate(year, 2, 28);
        if (day >= arrival && day <= departure)
            return true;
    }
    return false;
}

} // namespace innkeep
