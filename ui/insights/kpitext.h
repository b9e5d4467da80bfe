// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "insights/kpi.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace innkeep::ui {

// How the Insights page writes a KPI: its value by unit (a Rate as a percentage, Money in the
// venue currency, Minutes as hours and minutes, a Score on its own scale), what it was counted
// over, and the change against another period in words and arrows. Numbers through QLocale.
class KpiText final
{
    Q_DECLARE_TR_FUNCTIONS(KpiText)

public:
    KpiText() = delete;

    // "42%", "€1,234.50", "2 h 05 min", "45", "1.35"; "—" when there is nothing to count.
    [[nodiscard]] static QString value(KpiUnit unit, const KpiValue &value, const QString &currency,
                                       const QLocale &locale = {});
    [[nodiscard]] static QString value(KpiUnit unit, std::optional<double> value, const QString &currency,
                                       const QLocale &locale = {});
    // "Guests counted: 120" (no plural forms needed).
    [[nodiscard]] static QString count(KpiPopulation population, qint64 count, const QLocale &locale = {});
    // The population's name: "guests", "stays", "tickets", "answers".
    [[nodiscard]] static QString populationName(KpiPopulation population);

    // The change from `before` to `now`.
    enum class Direction { Up, Down, Same, None }; // None: either side has no figure
    struct Change
    {
        Direction direction = Direction::None;
        bool better = false; // the change goes the KPI's good way (Up for higherIsBetter)
        QString text;        // "▲ 4 pts", "▼ €12.00", "= 0", "—"
        QString words;       // "up 4 pts", for screen readers and the tooltip
    };
    [[nodiscard]] static Change change(const Kpi &kpi, const KpiValue &now, const KpiValue &before,
                                       const QString &currency, const QLocale &locale = {});

private:
    [[nodiscard]] static QString minutes(double minutes, const QLocale &locale);
    [[nodiscard]] static QString money(double major, const QString &currency, const QLocale &locale);
    [[nodiscard]] static QString number(double value, int decimals, const QLocale &locale);
};

} // namespace innkeep::ui
