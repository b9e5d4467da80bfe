// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "kpitext.h"

#include "common/money.h"
#include "widgets/format.h"

#include <cmath>

namespace innkeep::ui {

QString KpiText::number(double value, int decimals, const QLocale &locale)
{
    QString text = locale.toString(value, 'f', decimals);
    if (decimals > 0) {
        // 1.50 → 1.5, 2.00 → 2: no trailing zeros after the decimal point.
        const QString point = locale.decimalPoint();
        if (text.contains(point)) {
            while (text.endsWith(locale.zeroDigit()))
                text.chop(locale.zeroDigit().size());
            if (text.endsWith(point))
                text.chop(point.size());
        }
    }
    return text;
}

QString KpiText::minutes(double minutes, const QLocale &locale)
{
    const qint64 whole = std::llround(std::abs(minutes));
    const QString sign = minutes < 0 && whole > 0 ? locale.negativeSign() : QString();
    if (whole < 60)
        return sign + tr("%1 min").arg(locale.toString(whole));
    if (whole < 48 * 60)
        return sign
               + tr("%1 h %2 min")
                     .arg(locale.toString(whole / 60),
                          locale.toString(whole % 60).rightJustified(2, locale.zeroDigit().at(0)));
    return sign + tr("%1 d %2 h").arg(locale.toString(whole / (24 * 60)), locale.toString((whole / 60) % 24));
}

QString KpiText::money(double major, const QString &currency, const QLocale &locale)
{
    const double scale = std::pow(10.0, Money::minorDigits(currency));
    return Format::money(std::llround(major * scale), currency, locale);
}

QString KpiText::value(KpiUnit unit, std::optional<double> value, const QString &currency,
                       const QLocale &locale)
{
    if (!value)
        return QStringLiteral("—");
    const double v = *value;
    switch (unit) {
    case KpiUnit::Rate:
        return tr("%1%").arg(number(v * 100.0, std::abs(v) < 0.1 && v != 0.0 ? 1 : 0, locale));
    case KpiUnit::Money: return money(v, currency, locale);
    case KpiUnit::Minutes: return minutes(v, locale);
    case KpiUnit::Score: return number(v, std::abs(v) >= 10.0 ? 0 : 1, locale);
    case KpiUnit::Count: return number(v, 2, locale);
    }
    return number(v, 2, locale);
}

QString KpiText::value(KpiUnit unit, const KpiValue &value, const QString &currency, const QLocale &locale)
{
    return KpiText::value(unit, value.value, currency, locale);
}

QString KpiText::populationName(KpiPopulation population)
{
    switch (population) {
    case KpiPopulation::Guests: return tr("guests");
    case KpiPopulation::Stays: return tr("stays");
    case KpiPopulation::Tickets: return tr("tickets");
    case KpiPopulation::Feedback: return tr("answers");
    }
    return {};
}

QString KpiText::count(KpiPopulation population, qint64 count, const QLocale &locale)
{
    const QString n = locale.toString(count);
    switch (population) {
    case KpiPopulation::Guests: return tr("Guests counted: %1").arg(n);
    case KpiPopulation::Stays: return tr("Stays counted: %1").arg(n);
    case KpiPopulation::Tickets: return tr("Tickets counted: %1").arg(n);
    case KpiPopulation::Feedback: return tr("Answers counted: %1").arg(n);
    }
    return n;
}

KpiText::Change KpiText::change(const Kpi &kpi, const KpiValue &now, const KpiValue &before,
                                const QString &currency, const QLocale &locale)
{
    Change c;
    if (!now.value || !before.value) {
        c.text = QStringLiteral("—");
        c.words = tr("no figure to compare with");
        return c;
    }
    const double delta = *now.value - *before.value;
    auto amountOf = [&](double d) {
        switch (kpi.unit()) {
        case KpiUnit::Rate: return tr("%1 pts").arg(number(d * 100.0, 1, locale));
        case KpiUnit::Money: return money(d, currency, locale);
        case KpiUnit::Minutes: return minutes(d, locale);
        case KpiUnit::Score: return number(d, d >= 10.0 ? 0 : 1, locale);
        case KpiUnit::Count: break;
        }
        return number(d, 2, locale);
    };
    const QString amount = amountOf(std::abs(delta));
    // What the reader sees decides "same": a change that rounds to nothing is no change.
    const bool same = amount == amountOf(0.0);
    if (same) {
        c.direction = Direction::Same;
        c.text = QStringLiteral("= ") + amount;
        c.words = tr("unchanged");
        return c;
    }
    c.direction = delta > 0 ? Direction::Up : Direction::Down;
    c.better = (delta > 0) == kpi.higherIsBetter();
    c.text = (delta > 0 ? QStringLiteral("▲ ") : QStringLiteral("▼ ")) + amount;
    c.words = delta > 0 ? tr("up %1").arg(amount) : tr("down %1").arg(amount);
    return c;
}

} // namespace innkeep::ui
