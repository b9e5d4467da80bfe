// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// report: the Insights report for a period as a PDF, as CSV files, or both (docs/reports.md).
#include "commandoptions.h"
#include "commandregistry.h"
#include "commands.h"
#include "common/clock.h"
#include "console.h"
#include "exchange/exportdestination.h"
#include "insightsreport.h"
#include "reportcsv.h"
#include "reportfiles.h"
#include "reportpdf.h"

#include <QDir>
#include <QGuiApplication>

namespace innkeep::cli {

using namespace Qt::StringLiterals;

namespace {

class ReportCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)

public:
    using Command::Command;
    QString name() const override { return u"report"_s; }
    QString description() const override
    {
        return tr(
            "Write the Insights report for a period: a PDF (KPIs with changes, charts, complaints, topics, "
            "guest mix, formulas) and/or one CSV file per table.");
    }

protected:
    void addOptions(QCommandLineParser &parser) override
    {
        addValueOption(parser, u"from"_s, tr("First day, YYYY-MM-DD (default: the first day of last month)."),
                       tr("date"));
        addValueOption(parser, u"to"_s, tr("Last day, YYYY-MM-DD (default: the last day of last month)."),
                       tr("date"));
        addValueOption(
            parser, u"pdf"_s,
            tr("The PDF to write, private to you (replaced only when complete; never a database, a "
               "folder or a device)."),
            tr("file"));
        addValueOption(
            parser, u"csv"_s,
            tr("The folder to write the CSV files into (made, private to you, when missing); files "
               "of the same names are replaced."),
            tr("folder"));
    }

    int run(const QCommandLineParser &parser) override
    {
        if (auto ok = expectPositional(parser, 0); !ok)
            return usage(ok.error().message);
        const QString pdf = parser.value(u"pdf"_s);
        const QString csv = parser.value(u"csv"_s);
        if (parser.isSet(u"pdf"_s) && pdf.isEmpty())
            return usage(tr("--pdf needs a file name."));
        if (parser.isSet(u"csv"_s) && csv.isEmpty())
            return usage(tr("--csv needs a folder name."));
        if (pdf.isEmpty() && csv.isEmpty())
            return usage(tr("Say what to write: --pdf FILE, --csv FOLDER or both."));
        auto period = KpiPeriod::parse(parser.value(u"from"_s).trimmed(), parser.value(u"to"_s).trimmed(),
                                       KpiPeriod::preset(KpiPreset::LastMonth, clock().today()));
        if (!period) {
            Error error = period.error();
            error.field = u"--"_s + error.field;
            return usage(error.toString());
        }
        if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
            return fail(Error{Error::Code::Io,
                              tr("The report needs Qt Gui to draw; run it as innkeep-cli report."),
                              {},
                              {},
                              0});

        QList<ReportFiles::File> files;
        QStringList csvNames;
        const QString database = databasePath(parser);
        // Before the database is opened: a refused path should not cost an open.
        if (!pdf.isEmpty()) {
            if (auto ok = ExportDestination::check(pdf, database); !ok)
                return fail(ok.error());
        }
        auto opened = openVenue(parser);
        if (!opened)
            return fail(opened.error());
        auto report = InsightsReport::gather(**opened, *period);
        if (!report)
            return fail(report.error());
        if (!pdf.isEmpty()) {
            auto bytes = ReportPdf::render(*report);
            if (!bytes)
                return fail(bytes.error());
            files.append({pdf, *bytes});
        }
        if (!csv.isEmpty()) {
            for (const ReportCsv::File &file : ReportCsv::files(*report)) {
                files.append({QDir(csv).filePath(file.name), file.table.toCsv()});
                csvNames.append(file.name);
            }
        }
        if (auto ok = ReportFiles::write(files, csv, (*opened)->path()); !ok)
            return fail(ok.error());
        if (!pdf.isEmpty())
            printLine(tr("Wrote %1.").arg(QDir::toNativeSeparators(pdf)));
        if (!csv.isEmpty())
            printLine(tr("Wrote %1 CSV files into %2: %3.")
                          .arg(QString::number(csvNames.size()), QDir::toNativeSeparators(csv),
                               csvNames.join(u", "_s)));
        return Success;
    }
};

} // namespace

void registerReportCommands(CommandRegistry &registry, const Clock &clock)
{
    registry.add(std::make_unique<ReportCommand>(clock));
}

} // namespace innkeep::cli
