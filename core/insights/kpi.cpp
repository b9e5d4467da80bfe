// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "kpi.h"

#include "common/money.h"

#include <QtMath>

#include <algorithm>

namespace innkeep {

using namespace Qt::StringLiterals;

QString kpiUnitToken(KpiUnit unit)
{
    static const QStringList tokens{u"rate"_s, u"score"_s, u"count"_s, u"minutes"_s, u"money"_s};
    return tokens.value(int(unit));
}

QString kpiPopulationToken(KpiPopulation population)
{
    static const QStringList tokens{u"guests"_s, u"stays"_s, u"tickets"_s, u"feedback"_s};
    return tokens.value(int(population));
}

QJsonValue KpiValue::valueJson() const
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

namespace kpi {

std::optional<double> median(QList<double> values)
{
    if (values.isEmpty())
        return std::nullopt;
    const qsizetype mid = values.size() / 2;
    std::nth_element(values.begin(), values.begin() + mid, values.end());
    const double upper = values.at(mid);
    if (values.size() % 2 == 1)
        return upper;
    const double lower = *std::max_element(values.begin(), values.begin() + mid);
    return (lower + upper) / 2.0;
}

std::optional<double> share(qint64 numerator, qint64 denominator)
{
    if (denominator == 0)
        return std::nullopt;
    return double(numerator) / double(denominator);
}

double major(qint64 minor, const QString &currency)
{
    return double(minor) / std::pow(10.0, Money::minorDigits(currency));
}

} // namespace kpi

} // namespace innkeep
