// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "insights/kpi.h"

#include <QJsonObject>
#include <QList>

#include <memory>

namespace innkeep {

// One KPI over a period with its comparisons.
struct KpiReading
{
    std::shared_ptr<const Kpi> kpi;
    KpiValue current;
    KpiValue previous;   // KpiPeriod::previous()
    KpiValue yearBefore; // KpiPeriod::yearBefore()

    // {"value", "count", "previous", "year_before", "previous_count", "year_before_count",
    //  "unit", "title", "formula"} and, for money, "currency" and "by_currency" (current period);
    //  "provisional" when true. Values are numbers or null.
    [[nodiscard]] QJsonObject toJson(const QString &venueCurrency) const;
};

struct KpiBoardReport
{
    KpiPeriod period;
    KpiFilter filter;
    QString currency;           // the venue currency money values are given in
    QList<KpiReading> readings; // in KpiBoard::all() order

    [[nodiscard]] const KpiReading *reading(const QString &key) const;
    // `innkeep-cli kpi --json`: {"from", "to", "previous_from", "previous_to", "year_before_from",
    // "year_before_to", "currency", "filter", and one member per KPI key}.
    [[nodiscard]] QJsonObject toJson() const;
};

// One point of a KPI's monthly series (sparklines, charts).
struct KpiPoint
{
    KpiPeriod period;
    KpiValue value;
};

// The catalogue of KPIs and their computation over loaded facts. Pure and thread-safe.
class KpiBoard final
{
public:
    // Every KPI in display order: the guest (retention) KPIs, then the service KPIs.
    [[nodiscard]] static const KpiList &all();
    [[nodiscard]] static std::shared_ptr<const Kpi> find(const QString &key);
    // Every KPI over `period`, its previous period and the same period a year before.
    [[nodiscard]] static KpiBoardReport read(const KpiFacts &facts, const KpiPeriod &period);
    // One KPI per whole calendar month, `months` months ending with the month of `last`.
    [[nodiscard]] static QList<KpiPoint> monthly(const KpiFacts &facts, const Kpi &kpi, const QDate &last,
                                                 int months);
};

} // namespace innkeep
