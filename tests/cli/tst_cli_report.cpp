// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// innkeep-cli report, run as a real process: the PDF and CSV files of a demo venue, headless, and
// refusals that name what is wrong and write nothing.
#include "clisandbox.h"
#include "filemode.h"
#include "insights/kpiboard.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;
using innkeep::test::modeOf;

namespace {

const QStringList CsvFiles{
    u"cohorts.csv"_s, u"complaints_by_category.csv"_s, u"getting_worse.csv"_s,  u"guest_mix.csv"_s,
    u"kpis.csv"_s,    u"kpis_by_month.csv"_s,          u"top_complaints.csv"_s, u"topics.csv"_s};

// Last month, as the command's default.
QStringList lastMonth()
{
    const QDate first = QDate::currentDate().addMonths(-1);
    const QDate from(first.year(), first.month(), 1);
    return {u"--from"_s, from.toString(Qt::ISODate), u"--to"_s,
            from.addMonths(1).addDays(-1).toString(Qt::ISODate)};
}

QString pdfText(const QString &pdf)
{
    const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    INFO("pdftotext is missing: install poppler-utils (bash .ci/setup does)");
    REQUIRE(!pdftotext.isEmpty());
    QProcess process;
    process.start(pdftotext, {u"-layout"_s, pdf, u"-"_s});
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput()).simplified();
}

void checkRefused(const CliRun &run, int code, const QString &named)
{
    INFO(run.err.toStdString());
    CHECK(run.code == code);
    CHECK(run.oneLineError());
    CHECK(run.err.contains(u"innkeep-cli report: "_s));
    CHECK(run.err.contains(named));
    CHECK(run.out.isEmpty());
}

} // namespace

TEST_CASE("CLI report: the PDF and one CSV file per table, private, the venue unchanged")
{
    CliSandbox s;
    REQUIRE(s.onDb({u"demo"_s, u"--guests"_s, u"60"_s}).code == 0);
    const QJsonObject before = s.counts();
    const QString pdf = s.path(u"may report.pdf"_s);
    const QString csv = s.path(u"csv/month"_s);

    const CliRun run = s.onDb(QStringList{u"report"_s, u"--pdf"_s, pdf, u"--csv"_s, csv} + lastMonth());
    INFO(run.err.toStdString());
    REQUIRE(run.code == 0);
    CHECK(run.out.startsWith(u"Wrote %1.\n"_s.arg(QDir::toNativeSeparators(pdf))));
    CHECK(run.out.contains(u"Wrote 8 CSV files into %1: kpis.csv, "_s.arg(QDir::toNativeSeparators(csv))));
    CHECK(s.counts() == before);

    CHECK(modeOf(pdf) == 0600);
    const QString text = pdfText(pdf);
    CHECK(text.contains(u"Insights report"_s));
    CHECK(text.contains(u"Appendix: how each figure is computed"_s));
    for (const auto &kpi : innkeep::KpiBoard::all())
        CHECK(text.contains(kpi->title()));
    CHECK(text.contains(u"Page 1 of "_s));

    CHECK(modeOf(csv) == 0700);
    QStringList files = QDir(csv).entryList(QDir::Files);
    files.sort();
    CHECK(files == CsvFiles);
    for (const QString &file : CsvFiles)
        CHECK(modeOf(QDir(csv).filePath(file)) == 0600);
    QFile kpis(QDir(csv).filePath(u"kpis.csv"_s));
    REQUIRE(kpis.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = kpis.readAll().split('\n');
    CHECK(lines.constFirst()
          == "key,title,unit,value,count,previous,previous_count,year_before,year_before_count,provisional,"
             "currency,formula\r");
    CHECK(lines.constLast().isEmpty()); // the file ends with a line break
    CHECK(lines.size() == innkeep::KpiBoard::all().size() + 2);
}

TEST_CASE("CLI report: runs on a server with no display and no platform named")
{
    CliSandbox s;
    REQUIRE(s.onDb({u"init"_s}).code == 0);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"HOME"_s, s.path({}));
    environment.insert(u"XDG_DATA_HOME"_s, s.path({}));
    environment.remove(u"QT_QPA_PLATFORM"_s);
    environment.remove(u"DISPLAY"_s);
    environment.remove(u"WAYLAND_DISPLAY"_s);
    QProcess report;
    report.setProcessEnvironment(environment);
    report.start(QStringLiteral(INNKEEP_CLI),
                 {u"report"_s, u"--db"_s, s.db(), u"--pdf"_s, s.path(u"empty.pdf"_s), u"--from"_s,
                  u"2026-01-01"_s, u"--to"_s, u"2026-03-31"_s});
    REQUIRE(report.waitForFinished(120000));
    INFO(report.readAllStandardError().toStdString());
    CHECK(report.exitCode() == 0);
    const QString text = pdfText(s.path(u"empty.pdf"_s));
    CHECK(text.contains(u"1 Jan 2026 – 31 Mar 2026"_s));
    CHECK(text.contains(u"No data: this venue has no stays, complaints or feedback"_s));
}

TEST_CASE("CLI report: bad dates and missing destinations are refused by name, nothing written")
{
    CliSandbox s;
    REQUIRE(s.onDb({u"init"_s}).code == 0);
    const QString pdf = s.path(u"r.pdf"_s);
    const QStringList out{u"report"_s, u"--pdf"_s, pdf};

    checkRefused(s.onDb(out + QStringList{u"--from"_s, u"2026-02-30"_s, u"--to"_s, u"2026-03-31"_s}), 2,
                 u"--from: "_s);
    checkRefused(s.onDb(out + QStringList{u"--from"_s, u"2026-02-01"_s, u"--to"_s, u"March"_s}), 2,
                 u"--to: "_s);
    checkRefused(s.onDb(out + QStringList{u"--from"_s, u"2026-03-10"_s, u"--to"_s, u"2026-03-01"_s}), 2,
                 u"--from: "_s);
    checkRefused(s.onDb({u"report"_s, u"--from"_s, u"2026-03-01"_s, u"--to"_s, u"2026-03-31"_s}), 2,
                 u"--pdf"_s);
    CHECK(!QFile::exists(pdf));
}

TEST_CASE("CLI report: an unwritable destination is named and no file is half-written")
{
    CliSandbox s;
    REQUIRE(s.onDb({u"init"_s}).code == 0);
    const QStringList period{u"--from"_s, u"2026-03-01"_s, u"--to"_s, u"2026-03-31"_s};
    const QString pdf = s.path(u"r.pdf"_s);

    SECTION("a PDF in a folder that does not exist")
    {
        const QString missing = s.path(u"no/such/folder/r.pdf"_s);
        checkRefused(s.onDb(QStringList{u"report"_s, u"--pdf"_s, missing} + period), 1, missing);
        CHECK(!QFile::exists(s.path(u"no"_s)));
    }
    SECTION("a CSV folder that is a file: the PDF asked for with it is not written either")
    {
        QFile file(s.path(u"taken"_s));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("mine");
        file.close();
        checkRefused(
            s.onDb(QStringList{u"report"_s, u"--pdf"_s, pdf, u"--csv"_s, s.path(u"taken"_s)} + period), 1,
            s.path(u"taken"_s));
        CHECK(!QFile::exists(pdf));
        REQUIRE(file.open(QIODevice::ReadOnly));
        CHECK(file.readAll() == "mine");
    }
    SECTION("the venue's own database")
    {
        QFile db(s.db());
        REQUIRE(db.open(QIODevice::ReadOnly));
        const QByteArray before = db.readAll();
        db.close();
        const CliRun run = s.onDb(QStringList{u"report"_s, u"--pdf"_s, s.db()} + period);
        checkRefused(run, 1, QDir::toNativeSeparators(s.db()));
        REQUIRE(db.open(QIODevice::ReadOnly));
        CHECK(db.readAll() == before);
    }
}
