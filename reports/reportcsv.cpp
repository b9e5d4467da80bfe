// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportcsv.h"

#include "analysis/hospitalitytopic.h"
#include "reportformat.h"

#include <QSet>

namespace innkeep {

using namespace Qt::StringLiterals;

namespace {

QString monthToken(const QDate &day)
{
    return day.toString(u"yyyy-MM"_s);
}

CsvTable kpis(const InsightsReport &report)
{
    CsvTable t({u"key"_s, u"title"_s, u"unit"_s, u"value"_s, u"count"_s, u"previous"_s, u"previous_count"_s,
                u"year_before"_s, u"year_before_count"_s, u"provisional"_s, u"currency"_s, u"formula"_s});
    for (const KpiReading &r : report.board.readings) {
        const bool money = r.kpi->unit() == KpiUnit::Money;
        t.addRow({r.kpi->key(), r.kpi->title(), kpiUnitToken(r.kpi->unit()),
                  ReportCsv::number(r.current.value), QString::number(r.current.count),
                  ReportCsv::number(r.previous.value), QString::number(r.previous.count),
                  ReportCsv::number(r.yearBefore.value), QString::number(r.yearBefore.count),
                  r.current.provisional ? u"true"_s : u"false"_s, money ? report.board.currency : QString(),
                  r.kpi->formula()});
    }
    return t;
}

CsvTable kpisByMonth(const InsightsReport &report)
{
    CsvTable t({u"month"_s, u"key"_s, u"value"_s, u"count"_s});
    for (const MonthFigures &m : report.series.months)
        for (auto it = m.kpis.cbegin(); it != m.kpis.cend(); ++it)
            t.addRow({monthToken(m.month.from), it.key(), ReportCsv::number(it->value),
                      QString::number(it->count)});
    return t;
}

CsvTable complaintsByCategory(const InsightsReport &report)
{
    QStringList categories;
    for (const MonthFigures &m : report.series.months)
        for (auto it = m.complaintsByCategory.cbegin(); it != m.complaintsByCategory.cend(); ++it)
            if (!categories.contains(it.key()))
                categories.append(it.key());
    categories.sort();
    CsvTable t({u"month"_s, u"category"_s, u"label"_s, u"tickets"_s});
    for (const MonthFigures &m : report.series.months)
        for (const QString &category : std::as_const(categories))
            t.addRow({monthToken(m.month.from), category, report.categoryLabel(category),
                      QString::number(m.complaintsByCategory.value(category))});
    return t;
}

CsvTable cohorts(const InsightsReport &report)
{
    QStringList header{u"first_month"_s, u"guests"_s};
    for (int k = 1; k <= 12; ++k)
        header.append(u"returned_%1m"_s.arg(k));
    CsvTable t(header);
    for (const CohortRow &row : report.series.cohorts) {
        QStringList cells{monthToken(row.firstMonth), QString::number(row.guests)};
        for (const std::optional<double> &share : row.returned)
            cells.append(ReportCsv::number(share));
        t.addRow(cells);
    }
    return t;
}

CsvTable topComplaints(const InsightsReport &report)
{
    CsvTable t({u"category"_s, u"label"_s, u"tickets"_s, u"serious"_s, u"recovered"_s, u"lost"_s, u"open"_s});
    for (const ComplaintCategoryRow &row : report.topComplaints)
        t.addRow({row.category, row.label, QString::number(row.tickets), QString::number(row.serious),
                  QString::number(row.recovered), QString::number(row.lost), QString::number(row.open)});
    return t;
}

QStringList topicHeader()
{
    return {u"topic"_s,
            u"label"_s,
            u"mentions"_s,
            u"share_negative"_s,
            u"average_score"_s,
            u"previous_mentions"_s,
            u"previous_share_negative"_s};
}

QStringList topicCells(const TopicSummaryRow &row)
{
    return {row.topic,
            HospitalityTopic::text(row.topic),
            QString::number(row.mentions),
            ReportCsv::number(row.shareNegative),
            ReportCsv::number(row.averageScore),
            QString::number(row.previousMentions),
            ReportCsv::number(row.previousShareNegative)};
}

CsvTable topics(const InsightsReport &report)
{
    CsvTable t(topicHeader() << u"trend"_s);
    for (const TopicSummaryRow &row : report.topics.topics)
        t.addRow(topicCells(row) << (row.compared ? topicTrendToken(row.trend) : QString()));
    return t;
}

CsvTable gettingWorse(const InsightsReport &report)
{
    CsvTable t(topicHeader());
    for (const TopicSummaryRow &row : report.gettingWorse)
        t.addRow(topicCells(row));
    return t;
}

CsvTable guestMix(const InsightsReport &report)
{
    CsvTable t({u"mix"_s, u"value"_s, u"label"_s, u"guests"_s});
    const auto add = [&t](const QString &token, InsightSeries::Mix mix, const QList<MixSlice> &slices) {
        for (const MixSlice &slice : slices)
            t.addRow({token, slice.value, ReportFormat::mixLabel(mix, slice.value),
                      QString::number(slice.guests)});
    };
    add(u"country"_s, InsightSeries::Mix::Country, report.series.byCountry);
    add(u"language"_s, InsightSeries::Mix::Language, report.series.byLanguage);
    add(u"source"_s, InsightSeries::Mix::Source, report.series.bySource);
    return t;
}

} // namespace

QString ReportCsv::number(const std::optional<double> &value)
{
    if (!value)
        return {};
    return QString::number(*value, 'g', 12);
}

QList<ReportCsv::File> ReportCsv::files(const InsightsReport &report)
{
    return {File{u"kpis.csv"_s, kpis(report)},
            File{u"kpis_by_month.csv"_s, kpisByMonth(report)},
            File{u"complaints_by_category.csv"_s, complaintsByCategory(report)},
            File{u"cohorts.csv"_s, cohorts(report)},
            File{u"top_complaints.csv"_s, topComplaints(report)},
            File{u"topics.csv"_s, topics(report)},
            File{u"getting_worse.csv"_s, gettingWorse(report)},
            File{u"guest_mix.csv"_s, guestMix(report)}};
}

} // namespace innkeep
