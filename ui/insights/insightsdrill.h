// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "insights/insightseries.h"
#include "insights/kpiperiod.h"

#include <QDate>
#include <QMetaType>
#include <QString>

namespace innkeep::ui {

// What the user clicked on a chart of the Insights page: the page lists the records behind it.
struct InsightsDrill
{
    enum class Kind { Kpi, Complaints, Cohort, Mix, Topic };
    Kind kind = Kind::Kpi;
    QString kpiKey;            // Kind::Kpi: the KPI (a point of a line = that KPI over `period`)
    innkeep::KpiPeriod period; // the month or period clicked
    QString category;          // Kind::Complaints: ticket category key ("" = all)
    QDate cohortMonth;         // Kind::Cohort: the first-stay month (first day)
    int withinMonths = 0;      // Kind::Cohort: came back within k months (0 = the whole cohort)
    innkeep::InsightSeries::Mix mix = innkeep::InsightSeries::Mix::Country; // Kind::Mix
    QString value; // Kind::Mix: the country, language or source ("" = not recorded)
    QString topic; // Kind::Topic: HospitalityTopic key, feedback of that topic in `period`
};

} // namespace innkeep::ui

Q_DECLARE_METATYPE(innkeep::ui::InsightsDrill)
