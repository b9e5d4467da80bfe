// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The report's CSV files, written to disk and read back with the core CSV reader: the figures
// worked out by hand in reportvenue.h.
#include "exchange/csvreader.h"
#include "filemode.h"
#include "insights/kpiboard.h"
#include "reportcsv.h"
#include "reportfiles.h"
#include "reportvenue.h"

#include <QDir>
#include <QTemporaryDir>

using namespace innkeep;
using namespace Qt::StringLiterals;

namespace {

struct ReadBack
{
    QStringList header;
    QList<QStringList> rows;
    // The row whose first cells are `keys`.
    [[nodiscard]] QStringList row(const QStringList &keys) const
    {
        for (const QStringList &r : rows)
            if (r.mid(0, keys.size()) == keys)
                return r;
        FAIL("no row " << keys.join(u',').toStdString());
        return {};
    }
    [[nodiscard]] QString cell(const QStringList &r, const QString &column) const
    {
        const qsizetype at = header.indexOf(column);
        REQUIRE(at >= 0);
        return r.value(at);
    }
};

ReadBack readCsv(const QString &path)
{
    const QByteArray bytes = test::readBytes(path);
    CsvReader reader(bytes, path);
    ReadBack back;
    QStringList fields;
    bool first = true;
    while (true) {
        auto more = reader.next(fields);
        INFO((more ? QString() : more.error().toString()).toStdString());
        REQUIRE(more);
        if (!*more)
            break;
        if (first)
            back.header = fields;
        else {
            REQUIRE(fields.size() == back.header.size());
            back.rows.append(fields);
        }
        first = false;
    }
    return back;
}

QString writeAll(const InsightsReport &report, const QTemporaryDir &dir)
{
    const QString folder = dir.filePath(u"csv"_s);
    QList<ReportFiles::File> files;
    for (const ReportCsv::File &f : ReportCsv::files(report))
        files.append({QDir(folder).filePath(f.name), f.table.toCsv()});
    const auto written = ReportFiles::write(files, folder, {});
    INFO((written ? QString() : written.error().toString()).toStdString());
    REQUIRE(written);
    return folder;
}

} // namespace

TEST_CASE("CSV: one private file per table, each parsing back to its header and rows")
{
    test::ReportVenue v;
    const InsightsReport report = v.report();
    QTemporaryDir dir;
    const QString folder = writeAll(report, dir);
    const QStringList names{u"kpis.csv"_s,          u"kpis_by_month.csv"_s,  u"complaints_by_category.csv"_s,
                            u"cohorts.csv"_s,       u"top_complaints.csv"_s, u"topics.csv"_s,
                            u"getting_worse.csv"_s, u"guest_mix.csv"_s};
    QStringList onDisk = QDir(folder).entryList(QDir::Files);
    onDisk.sort();
    QStringList expected = names;
    expected.sort();
    CHECK(onDisk == expected);
    CHECK(test::modeOf(folder) == 0700);
    for (const QString &name : names)
        CHECK(test::modeOf(QDir(folder).filePath(name)) == 0600);

    SECTION("kpis.csv: every KPI of the board, none as an empty cell")
    {
        const ReadBack kpis = readCsv(QDir(folder).filePath(u"kpis.csv"_s));
        CHECK(kpis.header
              == QStringList{u"key"_s, u"title"_s, u"unit"_s, u"value"_s, u"count"_s, u"previous"_s,
                             u"previous_count"_s, u"year_before"_s, u"year_before_count"_s, u"provisional"_s,
                             u"currency"_s, u"formula"_s});
        REQUIRE(kpis.rows.size() == KpiBoard::all().size());
        for (qsizetype i = 0; i < kpis.rows.size(); ++i) {
            CHECK(kpis.rows[i][0] == KpiBoard::all()[i]->key());
            CHECK(kpis.rows[i][11] == KpiBoard::all()[i]->formula());
        }
        const QStringList repeat = kpis.row({u"repeat_guest_rate"_s});
        CHECK(kpis.cell(repeat, u"value"_s) == u"0.5"_s);
        CHECK(kpis.cell(repeat, u"count"_s) == u"2"_s);
        CHECK(kpis.cell(repeat, u"previous"_s).isEmpty()); // April: nobody arrived
        CHECK(kpis.cell(repeat, u"previous_count"_s) == u"0"_s);
        CHECK(kpis.cell(repeat, u"year_before"_s) == u"0"_s);
        CHECK(kpis.cell(repeat, u"year_before_count"_s) == u"1"_s);
        const QStringList nps = kpis.row({u"nps"_s});
        CHECK(kpis.cell(nps, u"value"_s).toDouble() == Approx(100.0 / 3.0));
        CHECK(kpis.cell(nps, u"count"_s) == u"3"_s);
    }
    SECTION("top_complaints.csv: categories by tickets, with outcomes")
    {
        const ReadBack top = readCsv(QDir(folder).filePath(u"top_complaints.csv"_s));
        CHECK(top.header
              == QStringList{u"category"_s, u"label"_s, u"tickets"_s, u"serious"_s, u"recovered"_s, u"lost"_s,
                             u"open"_s});
        CHECK(top.rows
              == QList<QStringList>{
                  {u"noise"_s, u"Noise"_s, u"2"_s, u"1"_s, u"1"_s, u"1"_s, u"0"_s},
                  {u"maintenance"_s, u"Maintenance"_s, u"1"_s, u"0"_s, u"0"_s, u"0"_s, u"1"_s}});
    }
    SECTION("complaints_by_category.csv: every month of the twelve for each category seen")
    {
        const ReadBack byMonth = readCsv(QDir(folder).filePath(u"complaints_by_category.csv"_s));
        CHECK(byMonth.header == QStringList{u"month"_s, u"category"_s, u"label"_s, u"tickets"_s});
        CHECK(byMonth.rows.size() == 12 * 2);
        CHECK(byMonth.rows.constFirst()
              == QStringList{u"2025-06"_s, u"maintenance"_s, u"Maintenance"_s, u"0"_s});
        CHECK(byMonth.row({u"2026-05"_s, u"noise"_s})
              == QStringList{u"2026-05"_s, u"noise"_s, u"Noise"_s, u"2"_s});
    }
    SECTION("cohorts.csv and guest_mix.csv")
    {
        const ReadBack cohorts = readCsv(QDir(folder).filePath(u"cohorts.csv"_s));
        CHECK(cohorts.header.size() == 14);
        CHECK(cohorts.header.constLast() == u"returned_12m"_s);
        CHECK(cohorts.rows.size() == 12);
        // Boris's first stay arrived in May 2026 and a month has not passed since it: unknown yet.
        const QStringList may = cohorts.row({u"2026-05"_s});
        CHECK(cohorts.cell(may, u"guests"_s) == u"1"_s);
        CHECK(cohorts.cell(may, u"returned_12m"_s).isEmpty());
        // Anna's first stay in January 2026: back in May, within 4 months of leaving on 12 January.
        const QStringList january = cohorts.row({u"2026-01"_s});
        CHECK(cohorts.cell(january, u"returned_3m"_s) == u"0"_s);
        CHECK(cohorts.cell(january, u"returned_4m"_s) == u"1"_s);

        const ReadBack mix = readCsv(QDir(folder).filePath(u"guest_mix.csv"_s));
        CHECK(mix.header == QStringList{u"mix"_s, u"value"_s, u"label"_s, u"guests"_s});
        CHECK(mix.row({u"country"_s, u"AM"_s})
              == QStringList{u"country"_s, u"AM"_s, u"Armenia (AM)"_s, u"1"_s});
        CHECK(mix.row({u"country"_s, u"RU"_s}).constLast() == u"1"_s);
    }
}

TEST_CASE("CSV: a venue with no data gives headers and empty value cells, not zeros")
{
    test::ReportVenue v(false);
    QTemporaryDir dir;
    const QString folder = writeAll(v.report(), dir);
    const ReadBack kpis = readCsv(QDir(folder).filePath(u"kpis.csv"_s));
    REQUIRE(kpis.rows.size() == KpiBoard::all().size());
    for (const QStringList &row : kpis.rows) {
        CHECK(kpis.cell(row, u"value"_s).isEmpty());
        CHECK(kpis.cell(row, u"count"_s) == u"0"_s);
    }
    CHECK(readCsv(QDir(folder).filePath(u"top_complaints.csv"_s)).rows.isEmpty());
    CHECK(readCsv(QDir(folder).filePath(u"topics.csv"_s)).rows.isEmpty());
}
