// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The report's parts on their own: CSV quoting, figures in a locale, pagination, the all-or-nothing
// file writer.
#include "exchange/csvtable.h"
#include "filemode.h"
#include "qstringmaker.h"
#include "reportfiles.h"
#include "reportformat.h"
#include "reportlayout.h"
#include "tempdatabase.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace innkeep;
using namespace Qt::StringLiterals;

TEST_CASE("CSV fields are quoted as RFC 4180 says, with CRLF line ends")
{
    CsvTable table({u"name"_s, u"note"_s});
    table.addRow({u"plain"_s, u"a, b"_s});
    table.addRow({u"say \"hi\""_s, u"two\nlines"_s});
    table.addRow({u" padded"_s}); // a missing cell is empty
    CHECK(table.toCsv()
          == "name,note\r\nplain,\"a, b\"\r\n\"say \"\"hi\"\"\",\"two\nlines\"\r\n\" padded\",\r\n"_ba);
    CHECK(CsvTable({u"Ереван"_s}).toCsv() == QStringLiteral("Ереван\r\n").toUtf8());
    // A label a spreadsheet would run is written as text; negative numbers stay numbers.
    CHECK(CsvTable::field(u"=HYPERLINK(\"x\")"_s) == u"\"'=HYPERLINK(\"\"x\"\")\""_s);
    CHECK(CsvTable::field(u"-12.5"_s) == u"-12.5"_s);
}

TEST_CASE("Figures: none reads as a dash, rates as percentages, changes in points with their sign")
{
    const ReportFormat format(QLocale(QLocale::English, QLocale::UnitedKingdom));
    CHECK(format.value(KpiUnit::Rate, std::nullopt, {}) == u"—"_s);
    CHECK(format.value(KpiUnit::Rate, 0.5, {}) == u"50.0%"_s);
    CHECK(format.value(KpiUnit::Score, 33.3333, {}) == u"33.3"_s);
    CHECK(format.value(KpiUnit::Score, -5, {}) == u"-5.00"_s);
    CHECK(format.value(KpiUnit::Score, -5, {}, 40.0) == u"-5.0"_s); // beside -40.0 in its row
    CHECK(format.value(KpiUnit::Minutes, 45, {}) == u"45 min"_s);
    CHECK(format.value(KpiUnit::Minutes, 150, {}) == u"2.5 h"_s);
    CHECK(format.value(KpiUnit::Money, 99.5, u"EUR"_s) == u"99.50 EUR"_s);
    CHECK(format.value(KpiUnit::Money, 1234.4, u"EUR"_s) == u"1,234 EUR"_s);
    CHECK(format.change(KpiUnit::Rate, 0.5, 0.25, {}) == u"+25.0 pp"_s);
    CHECK(format.change(KpiUnit::Score, 10, 30, {}) == u"-20.0"_s);
    CHECK(format.change(KpiUnit::Score, -20.0, -23.84, {}) == u"+3.8"_s); // the figures' precision
    CHECK(format.change(KpiUnit::Money, 1500, 1400, u"EUR"_s) == u"+100 EUR"_s);
    CHECK(format.change(KpiUnit::Rate, 0.5, std::nullopt, {}) == u"—"_s);
    CHECK(format.period({QDate(2026, 5, 1), QDate(2026, 5, 31)}) == u"May 2026"_s);
    CHECK(format.period({QDate(2026, 5, 3), QDate(2026, 5, 9)}) == u"3 May 2026 – 9 May 2026"_s);
    CHECK(ReportFormat::mixLabel(InsightSeries::Mix::Country, u"AM"_s) == u"Armenia (AM)"_s);
    CHECK(ReportFormat::mixLabel(InsightSeries::Mix::Country, {}) == u"Not recorded"_s);
    CHECK(ReportFormat::mixLabel(InsightSeries::Mix::Source, u"nonsense"_s) == u"nonsense"_s);
}

TEST_CASE("Pagination never splits a block, repeats a table's header and keeps a heading with what follows")
{
    ReportLayout layout(QSizeF(100, 100));
    layout.add(50, {});        // 0: a block
    layout.add(20, {}, true);  // 1: a heading
    layout.beginTable(10, {}); // 2: header
    for (int i = 0; i < 5; ++i)
        layout.addRow(30, {}); // 3..7
    layout.endTable();
    layout.pageBreak();
    layout.add(10, {}); // 8

    const QList<ReportLayout::Page> pages = layout.paginate();
    // Page 1: the block (50) — heading (20) + header (10) + a row (30) would reach 110, so the
    // heading moves on. Page 2: heading, header, two rows (20+10+60 = 90). Page 3: header, three
    // rows (10+90). Page 4: after the break.
    REQUIRE(pages.size() == 4);
    const auto items = [](const ReportLayout::Page &page) {
        QList<qsizetype> list;
        for (const auto &placed : page)
            list.append(placed.item);
        return list;
    };
    CHECK(items(pages[0]) == QList<qsizetype>{0});
    CHECK(items(pages[1]) == QList<qsizetype>{1, 2, 3, 4});
    CHECK(items(pages[2]) == QList<qsizetype>{2, 5, 6, 7});
    CHECK(items(pages[3]) == QList<qsizetype>{9}); // the break is item 8
    CHECK(pages[2].constLast().y == 70);           // header 10 + two rows of 30: the last ends at 100, inside
}

TEST_CASE("Pagination: a heading, the space after it and a subheading stay with the first line that follows")
{
    ReportLayout layout(QSizeF(100, 100));
    layout.add(85, {});      // 0
    layout.add(5, {}, true); // 1: heading
    layout.space(4);         // 2
    layout.add(5, {}, true); // 3: subheading
    layout.add(5, {});       // 4: 85 + 5 + 4 + 5 + 5 = 104: the heading moves on with them
    const QList<ReportLayout::Page> pages = layout.paginate();
    REQUIRE(pages.size() == 2);
    CHECK(pages[0].size() == 1);
    CHECK(pages[1].constFirst().item == 1);
    CHECK(pages[1].constFirst().y == 0);
    CHECK(pages[1].constLast().item == 4);
    CHECK(pages[1].constLast().y == 14);
}

TEST_CASE("Report files are written all or nothing, private to the user")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString pdf = dir.filePath(u"report.pdf"_s);
    const QString csvFolder = dir.filePath(u"csv/may"_s);

    SECTION("written: 0600 files in a 0700 folder made for them")
    {
        REQUIRE(ReportFiles::write({{pdf, "%PDF"_ba}, {csvFolder + u"/kpis.csv"_s, "key\r\n"_ba}}, csvFolder,
                                   {}));
        CHECK(test::readBytes(pdf) == "%PDF"_ba);
        CHECK(test::modeOf(pdf) == 0600);
        CHECK(test::modeOf(csvFolder + u"/kpis.csv"_s) == 0600);
        CHECK(test::modeOf(csvFolder) == 0700);
        CHECK(test::modeOf(dir.filePath(u"csv"_s)) == 0700);
    }
    SECTION("a CSV folder that is a file: nothing written, the error names it")
    {
        test::writeBytes(dir.filePath(u"taken"_s), "x"_ba);
        const QString folder = dir.filePath(u"taken"_s);
        auto written = ReportFiles::write({{pdf, "%PDF"_ba}, {folder + u"/kpis.csv"_s, "k"_ba}}, folder, {});
        REQUIRE(!written);
        CHECK(written.error().toString().contains(folder));
        CHECK(!QFile::exists(pdf));
        CHECK(test::readBytes(folder) == "x"_ba);
    }
    SECTION("one destination refused: the others keep their old content and no temporary file stays")
    {
        test::writeBytes(pdf, "old"_ba);
        const QString blocked = dir.filePath(u"no/such/folder/kpis.csv"_s);
        auto written = ReportFiles::write({{pdf, "%PDF new"_ba}, {blocked, "k"_ba}}, {}, {});
        REQUIRE(!written);
        CHECK(written.error().toString().contains(blocked));
        CHECK(test::readBytes(pdf) == "old"_ba);
        CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) == QStringList{u"report.pdf"_s});
    }
    SECTION("the open database is never a destination")
    {
        test::TempDatabase t;
        const QByteArray before = test::readBytes(t.path());
        auto written = ReportFiles::write({{t.path(), "%PDF"_ba}}, {}, t.path());
        REQUIRE(!written);
        CHECK(written.error().toString().contains(QDir::toNativeSeparators(t.path())));
        CHECK(test::readBytes(t.path()) == before);
    }
    SECTION("a folder made for the files is removed again when they cannot be written")
    {
        const QString blocked = dir.filePath(u"missing/kpis.csv"_s);
        auto written =
            ReportFiles::write({{csvFolder + u"/kpis.csv"_s, "k"_ba}, {blocked, "k"_ba}}, csvFolder, {});
        REQUIRE(!written);
        CHECK(!QFile::exists(csvFolder));
        CHECK(!QFile::exists(dir.filePath(u"csv"_s)));
    }
}
