// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace innkeep {

// The named periods the Insights page and `innkeep-cli kpi` offer (all relative to today).
enum class KpiPreset { ThisMonth, LastMonth, Last30Days, Quarter, Year };
[[nodiscard]] QString kpiPresetToken(KpiPreset preset); // this-month, last-month, last-30-days, quarter, year
[[nodiscard]] std::optional<KpiPreset> kpiPresetFromToken(const QString &token);

// A KPI period: local calendar dates [from, to], both inclusive (docs/kpis.md).
struct KpiPeriod
{
    Q_DECLARE_TR_FUNCTIONS(KpiPeriod)

public:
    QDate from;
    QDate to;

    [[nodiscard]] bool isValid() const { return from.isValid() && to.isValid() && from <= to; }
    [[nodiscard]] qint64 days() const { return from.daysTo(to) + 1; }
    // The period of equal length that ends the day before `from`; for a whole calendar month, the
    // whole month before (so March compares with February, not with 31 days back).
    [[nodiscard]] KpiPeriod previous() const;
    // The same dates one year earlier (29 February becomes 28 February).
    [[nodiscard]] KpiPeriod yearBefore() const;
    [[nodiscard]] bool contains(const QDate &day) const { return day >= from && day <= to; }
    [[nodiscard]] bool isWholeMonth() const;

    // The preset's dates on `today`: this month (1st to today), last month (whole), last 30 days
    // (today and the 29 before), quarter (this calendar quarter to today), year (1 January to today).
    [[nodiscard]] static KpiPeriod preset(KpiPreset preset, const QDate &today);
    // The calendar month containing `day`, whole.
    [[nodiscard]] static KpiPeriod month(const QDate &day);
    // The `count` whole calendar months ending with the month containing `last`, oldest first.
    [[nodiscard]] static QList<KpiPeriod> monthsEndingWith(const QDate &last, int count);
    // From optional ISO dates (YYYY-MM-DD): InvalidInput naming "from" or "to" when a date does not
    // parse or from is after to. Missing ends default to the `fallback` period's.
    [[nodiscard]] static Result<KpiPeriod> parse(const QString &from, const QString &to,
                                                 const KpiPeriod &fallback);

    friend bool operator==(const KpiPeriod &, const KpiPeriod &) = default;
};

} // namespace innkeep
