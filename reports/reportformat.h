// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "insights/insightseries.h"
#include "insights/kpi.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include <optional>

namespace innkeep {

// How the printed report writes figures, in one locale: a KPI value by its unit, a change
// between two values, a share, a period. A value that is none reads "—" (ReportFormat::None).
class ReportFormat final
{
    Q_DECLARE_TR_FUNCTIONS(ReportFormat)

public:
    static inline const QString None = QStringLiteral("—");

    explicit ReportFormat(QLocale locale = {}) : m_locale(std::move(locale)) {}

    [[nodiscard]] const QLocale &locale() const { return m_locale; }
    // Rate as a percentage with one decimal; Score and Count with one or two decimals; Minutes
    // as minutes or hours; Money in `currency`, with cents below 1,000. The decimals follow
    // `magnitude` when given (the largest figure of a table row, so a row reads -5.0 beside -40.0),
    // else the value's own size.
    [[nodiscard]] QString value(KpiUnit unit, const std::optional<double> &value, const QString &currency,
                                std::optional<double> magnitude = std::nullopt) const;
    // A change from `before` to `now`: percentage points for rates, the unit's own otherwise, with
    // its sign; None when either is none.
    [[nodiscard]] QString change(KpiUnit unit, const std::optional<double> &now,
                                 const std::optional<double> &before, const QString &currency) const;
    // Whether the change is good (+1), bad (-1) or neither (0) for a KPI.
    [[nodiscard]] static int direction(const Kpi &kpi, const std::optional<double> &now,
                                       const std::optional<double> &before);
    [[nodiscard]] QString share(double fraction) const; // "42%"
    [[nodiscard]] QString number(qint64 n) const { return m_locale.toString(n); }
    [[nodiscard]] QString period(const KpiPeriod &period) const; // "March 2026" or "1 Mar 2026 – 9 Mar 2026"
    [[nodiscard]] QString month(const QDate &month) const;       // "Mar 2026"
    [[nodiscard]] QString monthShort(const QDate &month) const;  // "Mar" (January shows its year: "Jan 26")
    // A guest-mix value as a reader knows it: "Armenia (AM)", "Armenian (hy)", "Booking site";
    // "Not recorded" for "", the value itself when unknown.
    [[nodiscard]] static QString mixLabel(InsightSeries::Mix mix, const QString &value);

private:
    [[nodiscard]] QString decimal(double v, int decimals) const;
    // `v` in the unit, with the decimals a figure of `magnitude` gets.
    [[nodiscard]] QString text(KpiUnit unit, double v, const QString &currency, double magnitude) const;

    QLocale m_locale;
};

} // namespace innkeep
