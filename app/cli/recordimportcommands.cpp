// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// import stays, import feedback: records of stored guests from other systems' CSV exports.
#include "commandregistry.h"
#include "commands.h"
#include "console.h"
#include "exchange/feedbackcsvimport.h"
#include "exchange/importdate.h"
#include "exchange/staycsvimport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace innkeep::cli {

using namespace Qt::StringLiterals;

namespace {

// What import stays and import feedback share: the file, the options of import guests that apply
// to any record (--dry-run, --map, --ignore-unknown, --skip-bad-rows/--rejects) plus --date-format,
// and how the outcome is printed. Each command says what it imports and runs its importer.
class RecordImportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RecordImportCommand)

public:
    using Command::Command;

protected:
    // "stays", "feedback": the JSON key of the records added.
    [[nodiscard]] virtual QString recordsKey() const = 0;
    // The fields --map takes.
    [[nodiscard]] virtual QStringList fields() const = 0;
    // Options of this command only, and reading them (a usage message when one is wrong).
    virtual void addOwnOptions(QCommandLineParser &parser) { Q_UNUSED(parser) }
    [[nodiscard]] virtual std::optional<QString> readOwnOptions(const QCommandLineParser &parser)
    {
        Q_UNUSED(parser)
        return std::nullopt;
    }
    [[nodiscard]] virtual Result<RecordImportSummary>
    importFile(OpenVenue &venue, const RecordImportChoices &choices, const QString &path, bool dryRun) = 0;
    // The counts in words: "Imported 3 stays from stays.csv", "Dry run of stays.csv: 3 stays would be added".
    [[nodiscard]] virtual QString addedLine(const RecordImportSummary &summary) const = 0;

    bool printsData() const override { return true; }
    void addOptions(QCommandLineParser &parser) override
    {
        parser.addPositionalArgument(u"file"_s, tr("The CSV file (UTF-8; comma, semicolon or tab)."),
                                     u"FILE.csv"_s);
        parser.addOption(QCommandLineOption(u"dry-run"_s, tr("Check every row and report; write nothing.")));
        parser.addOption(QCommandLineOption(u"map"_s,
                                            tr("Read a column as a field, e.g. --map \"Zimmer=room\" or "
                                               "--map \"Notiz=ignore\" (repeat for more). Fields: %1.")
                                                .arg(fields().join(u", "_s)),
                                            tr("header=field")));
        parser.addOption(QCommandLineOption(u"ignore-unknown"_s,
                                            tr("Do not read columns that are not fields of this import (they "
                                               "are listed), instead of refusing the file.")));
        parser.addOption(QCommandLineOption(u"skip-bad-rows"_s,
                                            tr("Import the good rows and leave out the bad ones (needs "
                                               "--rejects), instead of importing nothing.")));
        parser.addOption(QCommandLineOption(u"rejects"_s,
                                            tr("With --skip-bad-rows: the CSV file the rows left out are "
                                               "written to, each with its reason in the column "
                                               "import_error; fix them there and import that file."),
                                            tr("FILE")));
        parser.addOption(
            QCommandLineOption(u"date-format"_s,
                               tr("How the file writes dates when they have slashes and could be "
                                  "read two ways (03/04/2024): %1. ISO (2024-04-03) and "
                                  "dotted (03.04.2024) dates are always read.")
                                   .arg(ImportDate::formats().join(u", "_s)),
                               tr("F")));
        parser.addOption(QCommandLineOption(u"encoding"_s,
                                            tr("The file's text encoding when it is not Unicode, e.g. "
                                               "windows-1251 or windows-1252 (as for import guests)."),
                                            tr("NAME")));
        addOwnOptions(parser);
    }

    int run(const QCommandLineParser &parser) override
    {
        if (auto ok = expectPositional(parser, 1); !ok)
            return usage(ok.error().message);
        RecordImportChoices choices;
        for (const QString &pair : parser.values(u"map"_s)) {
            const qsizetype equals = pair.lastIndexOf(u'=');
            if (equals <= 0)
                return usage(tr("--map: \"%1\" is not of the form header=field.").arg(pair));
            choices.mapping.insert(pair.left(equals).trimmed(), pair.mid(equals + 1).trimmed());
        }
        const bool dryRun = parser.isSet(u"dry-run"_s);
        const bool skip = parser.isSet(u"skip-bad-rows"_s);
        const QString rejects = parser.value(u"rejects"_s).trimmed();
        if (skip && rejects.isEmpty())
            return usage(tr("--skip-bad-rows needs --rejects FILE: where the rows left out are written."));
        if (!skip && parser.isSet(u"rejects"_s))
            return usage(tr("--rejects goes with --skip-bad-rows."));
        choices.dateFormat = parser.value(u"date-format"_s).trimmed();
        choices.encoding = parser.value(u"encoding"_s).trimmed();
        if (auto ok = ImportDate::checkFormat(choices.dateFormat); !ok)
            return usage(u"--date-format: "_s + ok.error().message);
        if (const auto wrong = readOwnOptions(parser))
            return usage(*wrong);
        choices.ignoreUnknown = parser.isSet(u"ignore-unknown"_s);
        choices.rejectsPath = skip ? rejects : QString();

        auto opened = openVenue(parser);
        if (!opened)
            return fail(opened.error());
        auto summary = importFile(**opened, choices, parser.positionalArguments().constFirst(), dryRun);
        if (!summary)
            return fail(summary.error());

        if (json(parser)) {
            QJsonArray problems;
            for (const Error &problem : std::as_const(summary->problems))
                problems.append(problem.toString());
            printJson(QJsonObject{{u"file"_s, summary->file},
                                  {u"dry_run"_s, dryRun},
                                  {u"rows"_s, summary->rows},
                                  {recordsKey(), summary->added},
                                  {u"skipped"_s, summary->skipped},
                                  {u"rejected"_s, summary->rejected},
                                  {u"rejects"_s, QDir::toNativeSeparators(summary->rejectsFile)},
                                  {u"ignored_columns"_s, QJsonArray::fromStringList(summary->ignoredColumns)},
                                  {u"problems"_s, problems}});
        } else {
            printLine(addedLine(*summary));
            if (dryRun)
                printLine(tr("%n problem(s). Nothing was written.", nullptr, int(summary->problems.size())));
            if (skip)
                printLeftOut(dryRun, summary->rejected, summary->rejectsFile);
            if (!summary->ignoredColumns.isEmpty())
                printLine(tr("Columns not read: %1.").arg(summary->ignoredColumns.join(u", "_s)));
        }
        return endImport(summary->problems, skip);
    }
};

class ImportStaysCommand final : public RecordImportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportStaysCommand)

public:
    using RecordImportCommand::RecordImportCommand;
    QString name() const override { return u"import stays"_s; }
    QString description() const override
    {
        return tr("Import stays of stored guests (matched by external id, e-mail or name) from a CSV file, "
                  "all or nothing; stays already stored are skipped; --dry-run only checks it.");
    }

protected:
    QString recordsKey() const override { return u"stays"_s; }
    QStringList fields() const override { return StayCsvImport::fields(); }
    Result<RecordImportSummary> importFile(OpenVenue &venue, const RecordImportChoices &choices,
                                           const QString &path, bool dryRun) override
    {
        StayCsvImport importer(venue.database());
        importer.setChoices(choices);
        return importer.run(path, dryRun);
    }
    QString addedLine(const RecordImportSummary &s) const override
    {
        // One multi-argument arg(): a "%2" in the file name stays as it is.
        if (s.dryRun)
            return tr("Dry run of %1: %2 rows, %3 stays would be added, %4 skipped as already stored, %5 "
                      "rejected.")
                .arg(s.file, QString::number(s.rows), QString::number(s.added), QString::number(s.skipped),
                     QString::number(s.rejected));
        return tr("Imported %1 stays from %2: %3 rows read, %4 skipped as already stored, %5 rejected.")
            .arg(QString::number(s.added), s.file, QString::number(s.rows), QString::number(s.skipped),
                 QString::number(s.rejected));
    }
};

class ImportFeedbackCommand final : public RecordImportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportFeedbackCommand)

public:
    using RecordImportCommand::RecordImportCommand;
    QString name() const override { return u"import feedback"_s; }
    QString description() const override
    {
        return tr("Import feedback from a review site's or survey's CSV export (analysed as feedback entered "
                  "at the desk; linked to a stored guest by e-mail), all or nothing; entries already stored "
                  "are skipped; --dry-run only checks it.");
    }

protected:
    QString recordsKey() const override { return u"feedback"_s; }
    QStringList fields() const override { return FeedbackCsvImport::fields(); }
    void addOwnOptions(QCommandLineParser &parser) override
    {
        parser.addOption(
            QCommandLineOption(u"scale"_s,
                               tr("The scale of ratings written as bare numbers (4, 8.5) when the "
                                  "file has no scale column: 5 (1 to 5), 10 (1 to 10) or nps "
                                  "(0 to 10)."),
                               tr("N")));
    }
    std::optional<QString> readOwnOptions(const QCommandLineParser &parser) override
    {
        if (!parser.isSet(u"scale"_s))
            return std::nullopt;
        auto scale = FeedbackCsvImport::readScale(u"scale"_s, parser.value(u"scale"_s));
        if (!scale)
            return u"--scale: "_s + scale.error().message;
        m_scale = *scale;
        return std::nullopt;
    }
    Result<RecordImportSummary> importFile(OpenVenue &venue, const RecordImportChoices &choices,
                                           const QString &path, bool dryRun) override
    {
        FeedbackCsvImport importer(venue.database(), &venue.feedbackTeaching());
        importer.setChoices(choices);
        importer.setScale(m_scale);
        return importer.run(path, dryRun);
    }
    QString addedLine(const RecordImportSummary &s) const override
    {
        if (s.dryRun)
            return tr("Dry run of %1: %2 rows, %3 feedback entries would be added, %4 skipped as already "
                      "stored, %5 rejected.")
                .arg(s.file, QString::number(s.rows), QString::number(s.added), QString::number(s.skipped),
                     QString::number(s.rejected));
        return tr("Imported %1 feedback entries from %2: %3 rows read, %4 skipped as already stored, %5 "
                  "rejected.")
            .arg(QString::number(s.added), s.file, QString::number(s.rows), QString::number(s.skipped),
                 QString::number(s.rejected));
    }

private:
    std::optional<RatingScale> m_scale;
};

} // namespace

void registerRecordImportCommands(CommandRegistry &registry, const Clock &clock)
{
    registry.add(std::make_unique<ImportStaysCommand>(clock));
    registry.add(std::make_unique<ImportFeedbackCommand>(clock));
}

} // namespace innkeep::cli
