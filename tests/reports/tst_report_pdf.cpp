// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The report's PDF, written to disk and opened with poppler-utils: pdftotext shows what a reader
// sees, pdftoppm renders every page.
#include "filemode.h"
#include "handoverpdf.h"
#include "insights/kpiboard.h"
#include "reportfiles.h"
#include "reportpdf.h"
#include "reportvenue.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace innkeep;
using namespace Qt::StringLiterals;

namespace {

QString run(const QString &program, const QStringList &arguments)
{
    const QString path = QStandardPaths::findExecutable(program);
    INFO(program.toStdString() << " is missing: install poppler-utils (bash .ci/setup does)");
    REQUIRE(!path.isEmpty());
    QProcess process;
    process.start(path, arguments);
    REQUIRE(process.waitForFinished(60000));
    INFO(QString::fromUtf8(process.readAllStandardError()).toStdString());
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The PDF's text as laid out (a table row on one line), every run of white space made one space.
QString textOf(const QString &pdf)
{
    return run(u"pdftotext"_s, {u"-layout"_s, u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s}).simplified();
}

QString writePdf(const InsightsReport &report, const QTemporaryDir &dir)
{
    auto bytes = ReportPdf::render(report, QLocale(QLocale::English, QLocale::UnitedKingdom));
    REQUIRE(bytes);
    const QString path = dir.filePath(u"report.pdf"_s);
    REQUIRE(ReportFiles::write({{path, *bytes}}, {}, {}));
    return path;
}

int pagesOf(const QString &text)
{
    const auto match = QRegularExpression(u"Page 1 of (\\d+)"_s).match(text);
    REQUIRE(match.hasMatch());
    return match.captured(1).toInt();
}

void checkRendersEveryPage(const QString &pdf, int pages, const QTemporaryDir &dir)
{
    (void)run(u"pdftoppm"_s, {u"-png"_s, u"-r"_s, u"50"_s, pdf, dir.filePath(u"page"_s)});
    const QStringList images = QDir(dir.path()).entryList({u"page-*.png"_s}, QDir::Files);
    CHECK(images.size() == pages);
    for (const QString &image : images)
        CHECK(QFileInfo(dir.filePath(image)).size() > 1000);
}

} // namespace

TEST_CASE("PDF: private, with the venue, the period, every KPI and the formulas appendix")
{
    test::ReportVenue v;
    QTemporaryDir dir;
    const QString pdf = writePdf(v.report(), dir);
    CHECK(test::modeOf(pdf) == 0600);
    CHECK(test::readBytes(pdf).startsWith("%PDF-"));

    const QString text = textOf(pdf);
    INFO(text.toStdString());
    CHECK(text.contains(test::ReportVenue::Name));
    CHECK(text.contains(u"Insights report"_s));
    CHECK(text.contains(u"May 2026"_s));
    CHECK(text.contains(u"Compared with April 2026 (previous period) and May 2025 (a year before)."_s));
    for (const auto &kpi : KpiBoard::all()) {
        CHECK(text.contains(kpi->title())); // in the KPI table (perhaps wrapped) and the appendix
        CHECK(text.contains(kpi->formula().simplified()));
        CHECK(text.contains(u"Key: %1."_s.arg(kpi->key())));
    }
    CHECK(text.contains(u"Appendix: how each figure is computed"_s));
    // The figures of reportvenue.h: repeat-guest rate 50 % (none in April, 0 % a year before).
    CHECK(text.contains(u"Repeat guests 50.0% 2 — — 0.0% +50.0 pp"_s));
    CHECK(text.contains(u"Net Promoter Score 33.3 3"_s));
    // Complaints with their outcomes; charts' titles; a page header and footer on every page.
    CHECK(text.contains(u"Noise 2 1 1 1 0"_s));
    CHECK(text.contains(u"Maintenance 1 0 0 0 1"_s));
    CHECK(text.contains(u"Complaints by category per month"_s));
    CHECK(text.contains(u"Guests who came back within 1 to 12 months, by month of first stay"_s));
    CHECK(text.contains(u"Armenia (AM)"_s));
    CHECK(text.contains(u"Noise 1 100%"_s)); // the one entry with text: a noisy night
    CHECK(!text.contains(u"No data:"_s));
    const int pages = pagesOf(text);
    CHECK(pages >= 2);
    for (int page = 1; page <= pages; ++page)
        CHECK(text.contains(u"Page %1 of %2"_s.arg(page).arg(pages)));
    CHECK(text.count(u"Insights report, May 2026"_s) == pages);
    checkRendersEveryPage(pdf, pages, dir);
}

TEST_CASE("PDF: a venue with no data says so instead of drawing empty axes")
{
    test::ReportVenue v(false);
    QTemporaryDir dir;
    const QString pdf = writePdf(v.report(), dir);
    const QString text = textOf(pdf);
    INFO(text.toStdString());
    CHECK(text.contains(u"Unnamed venue"_s));
    CHECK(text.contains(u"No data: this venue has no stays, complaints or feedback"_s));
    CHECK(text.contains(u"No complaints in these months"_s));
    CHECK(text.contains(u"No guest had a first stay in these months"_s));
    CHECK(text.contains(u"No data: no complaint was recorded in this period."_s));
    CHECK(text.contains(u"No data: no guest stayed in this period."_s));
    // Every KPI's row: no value, counted over 0, no previous value, no change, nothing a year before.
    CHECK(text.count(u" — 0 — — — —"_s) == KpiBoard::all().size());
    CHECK(!text.contains(u"0.0%"_s));
    CHECK(text.contains(KpiBoard::all().constFirst()->title() + u" — 0 — — — —"_s));
    checkRendersEveryPage(pdf, pagesOf(text), dir);
}

TEST_CASE("PDF: a long period's report with many rows keeps every table row whole")
{
    // Forty complaint categories: the complaints table runs over a page break; pdftotext must
    // still find each row's cells together, and the header again on the next page.
    test::ReportVenue v;
    for (int i = 0; i < 40; ++i) {
        const QString key = u"category-%1"_s.arg(i, 2, 10, QLatin1Char('0'));
        REQUIRE(
            v.venue.ticketSettings().addItem(TicketListItem::List::Categories, key, u"Category %1"_s.arg(i)));
        v.t.clock().set(test::ReportVenue::at(QDate(2026, 5, 1 + i % 28)));
        NewTicket input;
        input.category = key;
        input.description = u"Complaint"_s;
        input.room = u"101"_s;
        REQUIRE(v.venue.tickets().create(input));
    }
    v.t.clock().set(test::ReportVenue::at(QDate(2026, 6, 15)));
    QTemporaryDir dir;
    const QString pdf = writePdf(v.report(), dir);
    const QString text = textOf(pdf);
    INFO(text.toStdString());
    for (int i = 0; i < 40; ++i)
        CHECK(text.contains(u"Category %1 1 0 0 0 1"_s.arg(i)));
    CHECK(text.count(u"Category Tickets High or critical Recovered Lost Still open"_s) >= 2);
    checkRendersEveryPage(pdf, pagesOf(text), dir);
}

TEST_CASE("Handover PDF: landscape, full width, one page for a usual shift, signed off")
{
    HandoverSheet sheet;
    sheet.venue = u"Hotel Ararat"_s;
    sheet.title = u"Shift handover"_s;
    sheet.subtitle = u"Generated 15/06/2026 14:00 · shift started 06:00 · due soon means within 2 h"_s;
    sheet.handedOverBy = u"Lilit Sargsyan"_s;
    sheet.none = u"None."_s;
    sheet.columns = {u"Severity"_s, u"Guest / room"_s, u"Category"_s,   u"Status"_s,
                     u"Due"_s,      u"Complaint"_s,    u"Assigned to"_s};
    HandoverSheet::Section overdue{u"Overdue (3)"_s, {}, {}, true, {}};
    for (int i = 0; i < 3; ++i)
        overdue.rows.append(
            {u"Critical"_s, u"Նինո Բերիձե, room 30%1"_s.arg(i), u"Maintenance"_s, u"New"_s,
             u"Overdue since 15/06/2026 13:05"_s,
             u"Air conditioning is dripping onto the carpet and the guest wants another room"_s,
             u"Maintenance"_s});
    HandoverSheet::Section resolved{u"Resolved this shift (1)"_s, {}, {}, false, u"Resolved"_s};
    resolved.rows.append({u"Low"_s, u"Anna Schmidt, room 210"_s, u"Amenities"_s, u"Resolved"_s,
                          u"15/06/2026 09:07"_s, u"Wi-Fi drops — router restarted"_s, u"Front office"_s});
    sheet.sections = {overdue, {u"Due soon (0)"_s, {}, {}, false, {}}, resolved};

    auto bytes = HandoverPdf::render(sheet);
    REQUIRE(bytes);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(u"handover.pdf"_s);
    REQUIRE(ReportFiles::write({{pdf, *bytes}}, {}, {}));
    const QString info = run(u"pdfinfo"_s, {pdf});
    CHECK(info.contains(u"842 x 595 pts (A4)"_s)); // landscape
    const QString text = textOf(pdf);
    INFO(text.toStdString());
    CHECK(pagesOf(text) == 1);
    for (const QString &words : {u"Shift handover"_s, u"Hotel Ararat"_s, u"Overdue (3)"_s, u"Նինո Բերիձե"_s,
                                 u"None."_s, u"Resolved this shift (1)"_s, u"Handed over by"_s,
                                 u"Lilit Sargsyan"_s, u"Taken over by"_s, u"Signature"_s})
        CHECK(text.contains(words));
    // The complaint is never broken inside a word: the table has the page's width.
    CHECK(text.contains(u"Maintenance"_s));
    CHECK_FALSE(text.contains(u"Maintenan ce"_s));
    checkRendersEveryPage(pdf, 1, dir);

    // A long shift continues on more pages, each with its page number; the sign-off comes once.
    for (int i = 0; i < 60; ++i)
        sheet.sections[0].rows.append(sheet.sections[0].rows.constFirst());
    auto longer = HandoverPdf::render(sheet);
    REQUIRE(longer);
    const QString longPdf = dir.filePath(u"long.pdf"_s);
    REQUIRE(ReportFiles::write({{longPdf, *longer}}, {}, {}));
    const QString longText = textOf(longPdf);
    CHECK(pagesOf(longText) > 1);
    CHECK(longText.count(u"Taken over by"_s) == 1);
}
