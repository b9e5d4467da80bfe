// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "insights/kpi.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace innkeep {

// One calendar month of the Insights charts.
struct MonthFigures
{
    KpiPeriod month;
    // The KPIs the charts draw, by KPI key (KpiBoard), each over this month: rating_average_10,
    // nps, sentiment_average, csat, sla_ack_compliance, sla_resolve_compliance,
    // complaints_per_100_stays. A key the board does not have is absent.
    QMap<QString, KpiValue> kpis;
    // Tickets created in the month per category key.
    QMap<QString, int> complaintsByCategory;
};

// A retention cohort: the guests whose first counted stay arrived in one month, and the share of
// them that had come back (another stay arriving) within k whole months after that first stay's
// departure, for k = 1 .. 12. A cell is none while the cohort is too young to know it (the
// `k`-month window has not closed by today).
struct CohortRow
{
    QDate firstMonth; // first day of the month
    int guests = 0;
    QList<std::optional<double>> returned; // index k-1 for k months; size 12
};

// How many guests with a stay arriving in the period have each value (most first, then by value;
// "" = not recorded).
struct MixSlice
{
    QString value;
    int guests = 0;
    friend bool operator==(const MixSlice &, const MixSlice &) = default;
};

// What the Insights page's charts and the report's charts draw, computed from one load of facts.
struct InsightSeries
{
    QList<MonthFigures> months; // `monthCount` months ending with the period's last month
    QList<CohortRow> cohorts;   // first-stay months, `monthCount` ending with the period's last month
    QList<MixSlice> byCountry;
    QList<MixSlice> byLanguage;
    QList<MixSlice> bySource;

    [[nodiscard]] static InsightSeries compute(const KpiFacts &facts, const KpiPeriod &period,
                                               int monthCount = 12);

    // Drill-down helpers: the tickets of one category created in a period; the guests of a cohort
    // (and, with k > 0, those that came back within k months); the guests of a mix slice.
    [[nodiscard]] static QList<qint64> complaintsIn(const KpiFacts &facts, const KpiPeriod &period,
                                                    const QString &category);
    [[nodiscard]] static QList<qint64> cohortGuests(const KpiFacts &facts, const QDate &firstMonth,
                                                    int returnedWithinMonths = 0);
    enum class Mix { Country, Language, Source };
    [[nodiscard]] static QList<qint64> mixGuests(const KpiFacts &facts, const KpiPeriod &period, Mix mix,
                                                 const QString &value);
};

} // namespace innkeep
