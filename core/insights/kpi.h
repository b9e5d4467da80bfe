// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "insights/kpifacts.h"
#include "insights/kpiperiod.h"

#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>

#include <memory>
#include <optional>

namespace innkeep {

// How a KPI's value reads: Rate is a fraction 0..1 (percent on screen), Score a number on its own
// scale (NPS -100..100, ratings 0..10, sentiment -1..1), Count a plain number (stays per guest,
// nights), Minutes a duration, Money an amount in major units per currency.
enum class KpiUnit { Rate, Score, Count, Minutes, Money };
[[nodiscard]] QString kpiUnitToken(KpiUnit unit); // rate, score, count, minutes, money

// What a drill-down lists: the records a KPI counted.
enum class KpiPopulation { Guests, Stays, Tickets, Feedback };
[[nodiscard]] QString kpiPopulationToken(KpiPopulation population); // guests, stays, tickets, feedback

// One KPI over one period.
struct KpiValue
{
    // None when there is nothing to count (count == 0): "null", never 0.
    std::optional<double> value;
    // What the value is computed over (guests, stays, tickets, answers …: see Kpi::population()),
    // so "100 %" over one ticket reads as such.
    qint64 count = 0;
    // Money KPIs: the figure per currency (major units), value = the venue currency's figure.
    QMap<QString, double> byCurrency;
    // Return within 12 months: the cohort is too young for the answer to be final.
    bool provisional = false;

    [[nodiscard]] QJsonValue valueJson() const; // number or null
    friend bool operator==(const KpiValue &, const KpiValue &) = default;
};

// The records behind a KPI's value (drill-down): `counted` are all it was computed over, `hits`
// the ones that made the numerator (the repeat guests, the breached tickets, the promoters …).
struct KpiMembers
{
    KpiPopulation population = KpiPopulation::Guests;
    QList<qint64> counted; // ids, ascending
    QList<qint64> hits;    // ids, ascending; a subset of counted
};

// One KPI as a query object over KpiFacts: a pure function of (facts, period), so it is computed
// for the current period, the previous, a year before and each month of a sparkline from one load.
// The formula text is shown on screen and printed in reports; it must say exactly what compute()
// does (docs/kpis.md repeats it).
class Kpi
{
public:
    virtual ~Kpi() = default;
    // The JSON key (`innkeep-cli kpi --json`), e.g. repeat_guest_rate. Never translated.
    [[nodiscard]] virtual QString key() const = 0;
    [[nodiscard]] virtual QString title() const = 0;   // translated, short (tile heading)
    [[nodiscard]] virtual QString formula() const = 0; // translated, one or two sentences
    [[nodiscard]] virtual KpiUnit unit() const = 0;
    [[nodiscard]] virtual KpiPopulation population() const = 0;
    // Whether a higher value is better (the delta arrow's colour); false for churn, complaints,
    // time to resolve, compensation.
    [[nodiscard]] virtual bool higherIsBetter() const { return true; }
    [[nodiscard]] virtual KpiValue compute(const KpiFacts &facts, const KpiPeriod &period) const = 0;
    [[nodiscard]] virtual KpiMembers members(const KpiFacts &facts, const KpiPeriod &period) const = 0;
};

using KpiList = QList<std::shared_ptr<const Kpi>>;

// Helpers every KPI uses (docs/kpis.md, "Conventions").
namespace kpi {
// Median of the values (mean of the two middle ones for an even count); none when empty.
[[nodiscard]] std::optional<double> median(QList<double> values);
// numerator / denominator, none when the denominator is 0.
[[nodiscard]] std::optional<double> share(qint64 numerator, qint64 denominator);
// Minor units to major units in `currency` (Money::minorDigits).
[[nodiscard]] double major(qint64 minor, const QString &currency);
// A period's first and last Julian day.
[[nodiscard]] inline qint64 firstDay(const KpiPeriod &p)
{
    return p.from.toJulianDay();
}
[[nodiscard]] inline qint64 lastDay(const KpiPeriod &p)
{
    return p.to.toJulianDay();
}
[[nodiscard]] inline bool within(qint64 day, const KpiPeriod &p)
{
    return day >= firstDay(p) && day <= lastDay(p);
}
} // namespace kpi

} // namespace innkeep
