// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportformat.h"

#include "guests/guest.h"

#include <cmath>

namespace innkeep {

namespace {
// Day, abbreviated month name and year: unambiguous in every locale.
const QString DayFormat = QStringLiteral("d MMM yyyy");
} // namespace

QString ReportFormat::decimal(double v, int decimals) const
{
    return m_locale.toString(v, 'f', decimals);
}

QString ReportFormat::value(KpiUnit unit, const std::optional<double> &value, const QString &currency,
                            std::optional<double> magnitude) const
{
    if (!value)
        return None;
    return text(unit, *value, currency, magnitude.value_or(std::abs(*value)));
}

QString ReportFormat::text(KpiUnit unit, double v, const QString &currency, double magnitude) const
{
    switch (unit) {
    case KpiUnit::Rate: return tr("%1%", "a percentage").arg(decimal(v * 100.0, 1));
    case KpiUnit::Score: return decimal(v, magnitude < 10.0 ? 2 : 1);
    case KpiUnit::Count: return decimal(v, 2);
    case KpiUnit::Minutes:
        if (magnitude < 120.0)
            return tr("%1 min", "minutes").arg(decimal(v, 0));
        return tr("%1 h", "hours").arg(decimal(v / 60.0, 1));
    case KpiUnit::Money:
        // Cents only below a thousand: "12,346 EUR" fits a table column where "12,345.67 EUR" wraps.
        return tr("%1 %2", "amount, currency code").arg(decimal(v, magnitude < 1000.0 ? 2 : 0), currency);
    }
    return None;
}

QString ReportFormat::change(KpiUnit unit, const std::optional<double> &now,
                             const std::optional<double> &before, const QString &currency) const
{
    if (!now || !before)
        return None;
    const double d = *now - *before;
    const QString sign = d > 0 ? QStringLiteral("+") : QString();
    if (unit == KpiUnit::Rate)
        return tr("%1%2 pp", "sign, change in percentage points").arg(sign, decimal(d * 100.0, 1));
    // In the figures' own precision: -20.0 to -16.2 is +3.8, not +3.84.
    return sign + text(unit, d, currency, std::max(std::abs(*now), std::abs(*before)));
}

int ReportFormat::direction(const Kpi &kpi, const std::optional<double> &now,
                            const std::optional<double> &before)
{
    if (!now || !before || qFuzzyCompare(1.0 + *now, 1.0 + *before))
        return 0;
    const bool up = *now > *before;
    return up == kpi.higherIsBetter() ? 1 : -1;
}

QString ReportFormat::share(double fraction) const
{
    return tr("%1%", "a percentage").arg(m_locale.toString(qRound(fraction * 100.0)));
}

QString ReportFormat::period(const KpiPeriod &period) const
{
    if (period.isWholeMonth())
        return month(period.from);
    return tr("%1 – %2", "first and last day of a period")
        .arg(m_locale.toString(period.from, DayFormat), m_locale.toString(period.to, DayFormat));
}

QString ReportFormat::month(const QDate &month) const
{
    return tr("%1 %2", "month name, year")
        .arg(m_locale.standaloneMonthName(month.month(), QLocale::LongFormat), QString::number(month.year()));
}

QString ReportFormat::monthShort(const QDate &month) const
{
    const QString name = m_locale.standaloneMonthName(month.month(), QLocale::ShortFormat);
    if (month.month() != 1)
        return name;
    return tr("%1 %2", "short month name, two-digit year")
        .arg(name, QString::number(month.year() % 100).rightJustified(2, u'0'));
}

QString ReportFormat::mixLabel(InsightSeries::Mix mix, const QString &value)
{
    if (value.isEmpty())
        return tr("Not recorded");
    switch (mix) {
    case InsightSeries::Mix::Country:
        if (const auto t = QLocale::codeToTerritory(value); t != QLocale::AnyTerritory)
            return tr("%1 (%2)", "name, code").arg(QLocale::territoryToString(t), value);
        break;
    case InsightSeries::Mix::Language:
        if (const auto l = QLocale::codeToLanguage(value); l != QLocale::AnyLanguage && l != QLocale::C)
            return tr("%1 (%2)", "name, code").arg(QLocale::languageToString(l), value);
        break;
    case InsightSeries::Mix::Source:
        if (const auto s = guestSourceFromToken(value))
            return displayText(*s);
        break;
    }
    return value;
}

} // namespace innkeep
