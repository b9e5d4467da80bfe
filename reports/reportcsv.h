// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/csvtable.h"
#include "insightsreport.h"

#include <QList>
#include <QString>

#include <optional>

namespace innkeep {

// The report's tables as CSV files, one per table, for spreadsheets: column names are fixed
// snake_case tokens (docs/reports.md), numbers are plain (a dot for decimals, rates as fractions
// 0..1 like `innkeep-cli kpi --json`), months are YYYY-MM, and a value that is none is an empty
// cell. Labels (KPI titles, categories, topics) are in the current language.
class ReportCsv final
{
public:
    struct File
    {
        QString name; // kpis.csv, kpis_by_month.csv, ...
        CsvTable table;
    };

    // In a fixed order: kpis, kpis_by_month, complaints_by_category, cohorts, top_complaints,
    // topics, getting_worse, guest_mix.
    [[nodiscard]] static QList<File> files(const InsightsReport &report);

    [[nodiscard]] static QString number(const std::optional<double> &value); // "" when none
};

} // namespace innkeep
