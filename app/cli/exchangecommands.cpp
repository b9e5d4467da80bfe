// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// import guests, export json: files in and out.
#include "commandregistry.h"
#include "commands.h"
#include "console.h"
#include "exchange/csvexport.h"
#include "exchange/exportdestination.h"
#include "exchange/guestcsvimport.h"
#include "exchange/guestimportpreset.h"
#include "exchange/jsonexport.h"
#include "exchange/vcardexport.h"
#include "exchange/vcardimport.h"
#include "jobs/jobrunner.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace innkeep::cli {

namespace {

// What import guests and import vcard both take: --on-duplicate, --region and --bad-phones, read
// into `choices`; a usage message when one is not a value the option knows.
class SharedImportOptions final
{
    Q_DECLARE_TR_FUNCTIONS(SharedImportOptions)

public:
    [[nodiscard]] static std::optional<QString> read(const QCommandLineParser &parser,
                                                     GuestImportChoices &choices)
    {
        const auto onDuplicate = onDuplicateFromToken(parser.value(QStringLiteral("on-duplicate")).trimmed());
        if (!onDuplicate)
            return tr("--on-duplicate: \"%1\" is not one of add, skip, merge.")
                .arg(parser.value(QStringLiteral("on-duplicate")));
        const QString badPhones = parser.value(QStringLiteral("bad-phones")).trimmed();
        if (badPhones != QLatin1String("refuse") && badPhones != QLatin1String("note"))
            return tr("--bad-phones: \"%1\" is not one of refuse, note.").arg(badPhones);
        choices.onDuplicate = *onDuplicate;
        choices.region = parser.value(QStringLiteral("region"));
        choices.badPhonesInNote = badPhones == QLatin1String("note");
        return std::nullopt;
    }
};

class ImportGuestsCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ImportGuestsCommand)

public:
    using Command::Command;
    QString name() const override { return QStringLiteral("import guests"); }
    QString description() const override
    {
        return tr("Import guests from a CSV file, all or nothing; --dry-run only checks it.");
    }

protected:
    bool printsData() const override { return true; }
    void addOptions(QCommandLineParser &parser) override
    {
        parser.addPositionalArgument(QStringLiteral("file"), tr("The CSV file (UTF-8; comma or semicolon)."),
                                     QStringLiteral("FILE.csv"));
        parser.addOption(
            QCommandLineOption(QStringLiteral("dry-run"), tr("Check every row and report; write nothing.")));
        parser.addOption(
            QCommandLineOption(QStringLiteral("map"),
                               tr("Read a column as a guest field, e.g. --map \"Zimmerwunsch=ignore\" "
                                  "or --map \"Handy=phone\" (repeat for more)."),
                               tr("header=field")));
        parser.addOption(QCommandLineOption(QStringLiteral("on-duplicate"),
                                            tr("What to do with a row that is a stored guest (the same "
                                               "external id, e-mail or phone, or the same name and "
                                               "birthday): merge (the default: fill the stored guest's empty "
                                               "fields, add contacts, tags and notes), skip, or add it as a "
                                               "new guest anyway."),
                                            tr("merge|skip|add"), QStringLiteral("merge")));
        parser.addOption(QCommandLineOption(QStringLiteral("skip-bad-rows"),
                                            tr("Import the good rows and leave out the bad ones (needs "
                                               "--rejects), instead of importing nothing.")));
        parser.addOption(QCommandLineOption(QStringLiteral("rejects"),
                                            tr("With --skip-bad-rows: the CSV file the rows left out are "
                                               "written to, each with its reason in the column "
                                               "import_error; fix them there and import that file."),
                                            tr("FILE")));
        parser.addOption(QCommandLineOption(QStringLiteral("region"),
                                            tr("The country national phone numbers are read in when a row "
                                               "has no country of its own (two letters, e.g. GE); by "
                                               "default the venue's."),
                                            tr("R")));
        parser.addOption(QCommandLineOption(QStringLiteral("bad-phones"),
                                            tr("A phone number that is not one in use (\"+1 123 456 7890\"): "
                                               "refuse the row (the default) or keep it as written in a "
                                               "note on the guest."),
                                            tr("refuse|note"), QStringLiteral("refuse")));
        parser.addOption(QCommandLineOption(QStringLiteral("encoding"),
                                            tr("The file's text encoding when it is not Unicode, e.g. "
                                               "windows-1251 (Cyrillic from older Windows programs) or "
                                               "windows-1252 (Western European). UTF-8 and UTF-16 are "
                                               "recognised by themselves."),
                                            tr("NAME")));
        parser.addOption(QCommandLineOption(QStringLiteral("ignore-unknown"),
                                            tr("Do not read columns that are not guest fields (they are "
                                               "listed), instead of refusing the file.")));
        parser.addOption(QCommandLineOption(
            QStringLiteral("preset"),
            tr("The program the file was exported from, when its header does not say so by itself: %1; "
               "or none to read the columns by their names only.")
                .arg(GuestImportPreset::names().join(QStringLiteral(", "))),
            tr("NAME")));
        parser.addOption(QCommandLineOption(QStringLiteral("date-format"),
                                            tr("How the file writes dates, e.g. DD/MM/YYYY or MM/DD/YYYY; "
                                               "without it a date such as 03/04/1980, which could be "
                                               "either, is an error."),
                                            tr("FORMAT")));
    }
    int run(const QCommandLineParser &parser) override
    {
        if (auto ok = expectPositional(parser, 1); !ok)
            return usage(ok.error().message);
        QHash<QString, QString> mapping;
        for (const QString &pair : parser.values(QStringLiteral("map"))) {
            const qsizetype equals = pair.lastIndexOf(QLatin1Char('='));
            if (equals <= 0)
                return usage(tr("--map: \"%1\" is not of the form header=field.").arg(pair));
            mapping.insert(pair.left(equals).trimmed(), pair.mid(equals + 1).trimmed());
        }
        const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
        GuestImportChoices choices;
        if (const auto wrong = SharedImportOptions::read(parser, choices))
            return usage(*wrong);
        const bool skip = parser.isSet(QStringLiteral("skip-bad-rows"));
        const QString rejects = parser.value(QStringLiteral("rejects")).trimmed();
        if (skip && rejects.isEmpty())
            return usage(tr("--skip-bad-rows needs --rejects FILE: where the rows left out are written."));
        if (!skip && parser.isSet(QStringLiteral("rejects")))
            return usage(tr("--rejects goes with --skip-bad-rows."));
        auto opened = openVenue(parser);
        if (!opened)
            return fail(opened.error());

        QElapsedTimer timer;
        timer.start();
        choices.mapping = mapping;
        choices.ignoreUnknown = parser.isSet(QStringLiteral("ignore-unknown"));
        choices.rejectsPath = skip ? rejects : QString();
        choices.encoding = parser.value(QStringLiteral("encoding"));
        choices.preset = parser.value(QStringLiteral("preset"));
        choices.dateFormat = parser.value(QStringLiteral("date-format"));
        auto job = GuestCsvImport::start((*opened)->jobs(), parser.positionalArguments().constFirst(),
                                         choices, dryRun);
        if (!job)
            return fail(job.error());
        QObject::connect(job->get(), &BackgroundJob::progressed, job->get(), [](const JobProgress &progress) {
            printProgress(
                tr("Import: %1 rows (%2%)")
                    .arg(QString::number(progress.records),
                         QString::number(progress.total > 0 ? progress.done * 100 / progress.total : 0)));
        });
        (*job)->waitForFinished();
        endProgress();
        auto summary = (*job)->result<GuestImportSummary>();
        if (!summary)
            return fail(summary.error());
        const double seconds = double(timer.elapsed()) / 1000.0;

        if (json(parser)) {
            QJsonArray problems;
            for (const Error &problem : std::as_const(summary->problems))
                problems.append(problem.toString());
            printJson(QJsonObject{
                {QStringLiteral("file"), summary->file},
                {QStringLiteral("dry_run"), dryRun},
                {QStringLiteral("rows"), summary->rows},
                {QStringLiteral("guests"), summary->guests},
                {QStringLiteral("skipped"), summary->skipped},
                {QStringLiteral("merged"), summary->merged},
                {QStringLiteral("emails"), summary->emails},
                {QStringLiteral("phones"), summary->phones},
                {QStringLiteral("notes"), summary->notes},
                {QStringLiteral("phones_in_notes"), summary->phonesInNotes},
                {QStringLiteral("ignored_columns"), QJsonArray::fromStringList(summary->ignoredColumns)},
                {QStringLiteral("preset"), summary->preset},
                {QStringLiteral("rejected"), summary->rejected},
                {QStringLiteral("rejects"), summary->rejectsFile},
                {QStringLiteral("problems"), problems},
                {QStringLiteral("seconds"), seconds}});
        } else if (dryRun) {
            // One multi-argument arg(): a "%2" in the file name stays as it is.
            printLine(
                tr("Dry run of %1: %2 rows, %3 guests would be added (%4 e-mails, %5 phones, %6 notes); "
                   "%7 problem(s). Nothing was written.")
                    .arg(summary->file, QString::number(summary->rows), QString::number(summary->guests),
                         QString::number(summary->emails), QString::number(summary->phones),
                         QString::number(summary->notes), QString::number(summary->problems.size())));
        } else {
            printLine(tr("Imported %1 guests from %2 (%3 e-mails, %4 phones, %5 notes) in %6 s.")
                          .arg(QString::number(summary->guests), summary->file,
                               QString::number(summary->emails), QString::number(summary->phones),
                               QString::number(summary->notes), QString::number(seconds, 'f', 2)));
        }
        if (!json(parser) && skip)
            printLeftOut(dryRun, summary->rejected, summary->rejectsFile);
        if (!json(parser) && summary->phonesInNotes > 0)
            printLine((dryRun ? tr("Phone numbers that cannot be dialled, to be kept in notes: %1.")
                              : tr("Phone numbers that cannot be dialled, kept in notes: %1."))
                          .arg(summary->phonesInNotes));
        if (!json(parser) && !summary->preset.isEmpty())
            printLine(tr("Read as an export of %1 (preset %2).")
                          .arg(GuestImportPreset::named(summary->preset)->displayName(), summary->preset));
        if (!json(parser) && !summary->ignoredColumns.isEmpty())
            printLine(tr("Columns not read: %1.").arg(summary->ignoredColumns.join(QStringLiteral(", "))));
        if (!json(parser) && (summary->skipped > 0 || summary->merged > 0)) {
            printLine(dryRun ? tr("Rows that are stored guests: %1 would be skipped, %2 merged.")
                                   .arg(QString::number(summary->skipped), QString::number(summary->merged))
                             : tr("Rows that are stored guests: %1 skipped, %2 merged into them.")
                                   .arg(QString::number(summary->skipped), QString::number(summary->merged)));
        }
        return endImport(summary->problems, skip);
    }
};

class ExportJsonCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ExportJsonCommand)

public:
    using Command::Command;
    QString name() const override { return QStringLiteral("export json"); }
    QString description() const override
    {
        return tr(
            "Export the whole venue to a JSON file (schema: docs/json-export.md): settings, staff, ticket "
            "categories, departments, SLA policies, every guest with contacts, tags, notes, preferences and "
            "stays, guest merges, complaints with their timelines, compensations and follow-ups, and "
            "feedback with its analysis; import json restores it. The change log and the search index "
            "are not included.");
    }

protected:
    bool printsData() const override { return true; }
    void addOptions(QCommandLineParser &parser) override
    {
        parser.addOption(
            QCommandLineOption({QStringLiteral("o"), QStringLiteral("output")},
                               tr("The file to write, private to you (replaced only when complete; "
                                  "never a database, a folder or a device)."),
                               tr("file")));
    }
    int run(const QCommandLineParser &parser) override
    {
        if (auto ok = expectPositional(parser, 0); !ok)
            return usage(ok.error().message);
        const QString output = parser.value(QStringLiteral("output"));
        if (output.isEmpty())
            return usage(tr("--output FILE is required."));
        // Before the database is opened: a refused path should not cost an open (or a migration).
        if (auto ok = ExportDestination::check(output, databasePath(parser)); !ok)
            return fail(ok.error());
        auto opened = openVenue(parser);
        if (!opened)
            return fail(opened.error());
        QElapsedTimer timer;
        timer.start();
        auto job = JsonExport::start((*opened)->jobs(), output);
        if (!job)
            return fail(job.error());
        QObject::connect(job->get(), &BackgroundJob::progressed, job->get(), [](const JobProgress &progress) {
            printProgress(tr("Export: %1 of %2 guests")
                              .arg(QString::number(progress.done), QString::number(progress.total)));
        });
        (*job)->waitForFinished();
        endProgress();
        auto summary = (*job)->result<JsonExportSummary>();
        if (!summary)
            return fail(summary.error());
        const double seconds = double(timer.elapsed()) / 1000.0;
        if (json(parser)) {
            printJson(QJsonObject{{QStringLiteral("file"), QDir::toNativeSeparators(output)},
                                  {QStringLiteral("guests"), summary->guests},
                                  {QStringLiteral("notes"), summary->notes},
                                  {QStringLiteral("preferences"), summary->preferences},
                                  {QStringLiteral("stays"), summary->stays},
                                  {QStringLiteral("staff"), summary->staff},
                                  {QStringLiteral("ticket_categories"), summary->ticketCategories},
                                  {QStringLiteral("departments"), summary->departments},
                                  {QStringLiteral("sla_policies"), summary->slaPolicies},
                                  {QStringLiteral("guest_merges"), summary->guestMerges},
                                  {QStringLiteral("tickets"), summary->tickets},
                                  {QStringLiteral("ticket_events"), summary->ticketEvents},
                                  {QStringLiteral("compensations"), summary->compensations},
                                  {QStringLiteral("follow_ups"), summary->followUps},
                                  {QStringLiteral("feedback"), summary->feedback},
                                  {QStringLiteral("feedback_topics"), summary->feedbackTopics},
                                  {QStringLiteral("bytes"), summary->bytes},
                                  {QStringLiteral("seconds"), seconds}});
        } else {
            // One multi-argument arg(): "out%2x.json" is printed as it was given.
            printLine(tr("Wrote %1: %2 guests, %3 stays, %4 preferences, %5 notes (%6 bytes) in %7 s.")
                          .arg(QDir::toNativeSeparators(output), QString::number(summary->guests),
                               QString::number(summary->stays), QString::number(summary->preferences),
                               QString::number(summary->notes), QString::number(summary->bytes),
                               QString::number(seconds, 'f', 2)));
            printLine(tr("Also %1 tickets (%2 events, %3 compensations, %4 follow-ups), %5 feedback entries, "
                         "%6 staff, %7 categories, %8 departments, %9 SLA policies.")
                          .arg(QString::number(summary->tickets), QString::number(summary->ticketEvents),
                               QString::number(summary->compensations), QString::number(summary->followUps),
                               QString::number(summary->feedback), QString::number(summary->staff),
                               QString::number(summary->ticketCategories),
                               QString::number(summary->departments), QString::number(summary->slaPolicies)));
        }
        return Success;
    }
};

} // namespace

class ExportCsvCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ExportCsvCommand)

public:
    using Command::Command;
    QString name() const override { return QStringLiteral("export csv"); }
    QString description() const override
    {
        return tr("Export guests, stays, complaints and feedback as four CSV files in a folder; guests.csv "
                  "has the columns import guests reads.");
    }

protected:
    bool printsData() const override { return true; }
    void addOptions(QCommandLineParser &parser) override
    {
        parser.addOption(QCommandLineOption({QStringLiteral("o"), QStringLiteral("output")},
                                            tr("The folder to write guests.csv, stays.csv, tickets.csv and "
                                               "feedback.csv into (made, private, when missing)."),
                                            tr("folder")));
        parser.addOption(QCommandLineOption(QStringLiteral("semicolon"),
                                            tr("Separate fields with ';' (spreadsheets in languages whose "
                                               "decimal mark is a comma).")));
        parser.addOption(
            QCommandLineOption(QStringLiteral("bom"), tr("Start each file with a UTF-8 byte-order mark, so a "
                                                         "spreadsheet reads the letters right.")));
    }
    int run(const QCommandLineParser &parser) override
    {
        if (auto ok = expectPositional(parser, 0); !ok)
            return usage(ok.error().message);
        const QString output = parser.value(QStringLiteral("output")).trimmed();
        if (output.isEmpty())
            return usage(tr("--output FOLDER is required."));
        auto opened = openVenue(parser);
        if (!opened)
            return fail(opened.error());
        CsvExport::Options options;
        options.separator = parser.isSet(QStringLiteral("semicolon")) ? u';' : u',';
        options.byteOrderMark = parser.isSet(QStringLiteral("bom"));
        const QString folder = QFileInfo(output).absoluteFilePath();
        auto summary = CsvExport((*opened)->database()).write(folder, options);
        if (!summary)
            return fail(summary.error());
        if (json(parser)) {
            printJson(QJsonObject{{QStringLiteral("folder"), QDir::toNativeSeparators(folder)},
                                  {QStringLiteral("guests"), summary->guests},
                                  {QStringLiteral("stays"), summary->stays},
                                  {QStringLiteral("tickets"), summary->tickets},
                                  {QStringLiteral("feedback"), summary->feedback},
                                  {QStringLiteral("files"), QJsonArray::fromStringList(summary->files)}});
        } else {
            printLine(tr("Wrote %1 guests, %2 stays, %3 complaints and %4 feedback entries to %5.")
                          .arg(summary->guests)
                          .arg(summary->stays)
                          .arg(summary->tickets)
                          .arg(summary->feedback)
                          .arg(QDir::toNativeSeparators(folder)));
        }
        return Success;
    }
};

class ImportVCardCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ImportVCardCommand)

public:
    using Command::Command;
    QString name() const override { return QStringLiteral("import vcard"); }
    QString description() const override
    {
        return tr("Import guests from a vCard file (2.1, 3.0 or 4.0: a phone's or an address book's export), "
                  "all or nothing; --dry-run only checks it.");
    }

protected:
    bool printsData() const override { return true; }
    void addOptions(QCommandLineParser &parser) override
    {
        parser.addPositionalArgument(QStringLiteral("file"), tr("The vCard file."),
                                     QStringLiteral("FILE.vcf"));
        parser.addOption(
            QCommandLineOption(QStringLiteral("dry-run"), tr("Check every card and report; write nothing.")));
        parser.addOption(QCommandLineOption(QStringLiteral("on-duplicate"),
                                            tr("What to do with a card that is a stored guest (the same "
                                               "e-mail or phone, or the same name and birthday): merge (the "
                                               "default), skip, or add it as a new guest anyway."),
                                            tr("merge|skip|add"), QStringLiteral("merge")));
        parser.addOption(
            QCommandLineOption(QStringLiteral("region"),
                               tr("The country national phone numbers are read in (two letters); "
                                  "by default the venue's."),
                               tr("R")));
        parser.addOption(QCommandLineOption(QStringLiteral("bad-phones"),
                                            tr("A phone number that is not one in use: refuse the card (the "
                                               "default) or keep it as written in a note."),
                                            tr("refuse|note"), QStringLiteral("refuse")));
    }
    int run(const QCommandLineParser &parser) override
    {
        if (auto ok = expectPositional(parser, 1); !ok)
            return usage(ok.error().message);
        GuestImportChoices choices;
        if (const auto wrong = SharedImportOptions::read(parser, choices))
            return usage(*wrong);
        const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
        auto opened = openVenue(parser);
        if (!opened)
            return fail(opened.error());
        auto summary = VCardImport((*opened)->database())
                           .run(parser.positionalArguments().constFirst(), choices, dryRun);
        if (!summary)
            return fail(summary.error());
        if (json(parser)) {
            QJsonArray problems;
            for (const Error &problem : std::as_const(summary->problems))
                problems.append(problem.toString());
            printJson(QJsonObject{{QStringLiteral("file"), summary->file},
                                  {QStringLiteral("dry_run"), dryRun},
                                  {QStringLiteral("cards"), summary->rows},
                                  {QStringLiteral("guests"), summary->guests},
                                  {QStringLiteral("skipped"), summary->skipped},
                                  {QStringLiteral("merged"), summary->merged},
                                  {QStringLiteral("emails"), summary->emails},
                                  {QStringLiteral("phones"), summary->phones},
                                  {QStringLiteral("notes"), summary->notes},
                                  {QStringLiteral("phones_in_notes"), summary->phonesInNotes},
                                  {QStringLiteral("problems"), problems}});
        } else if (dryRun) {
            printLine(
                tr("Dry run of %1: %2 cards, %3 guests would be added; %4 problem(s). Nothing was written.")
                    .arg(summary->file)
                    .arg(summary->rows)
                    .arg(summary->guests)
                    .arg(summary->problems.size()));
        } else {
            printLine(tr("Imported %1 guests from %2 (%3 e-mails, %4 phones, %5 notes).")
                          .arg(summary->guests)
                          .arg(summary->file)
                          .arg(summary->emails)
                          .arg(summary->phones)
                          .arg(summary->notes));
        }
        if (!summary->problems.isEmpty()) {
            printError(QStringLiteral("innkeep-cli %1: ").arg(name())
                       + summary->problems.constFirst().toString());
            return Failure;
        }
        return Success;
    }
};

class ExportVCardCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ExportVCardCommand)

public:
    using Command::Command;
    QString name() const override { return QStringLiteral("export vcard"); }
    QString description() const override
    {
        return tr("Export the current guests as one vCard file for address books and phones.");
    }

protected:
    bool printsData() const override { return true; }
    void addOptions(QCommandLineParser &parser) override
    {
        parser.addOption(QCommandLineOption({QStringLiteral("o"), QStringLiteral("output")},
                                            tr("The .vcf file to write, private to you."), tr("file")));
        parser.addOption(QCommandLineOption(QStringLiteral("version"),
                                            tr("vCard 3.0 (the default; what most address books read) or "
                                               "4.0."),
                                            tr("3.0|4.0"), QStringLiteral("3.0")));
    }
    int run(const QCommandLineParser &parser) override
    {
        if (auto ok = expectPositional(parser, 0); !ok)
            return usage(ok.error().message);
        const QString output = parser.value(QStringLiteral("output")).trimmed();
        if (output.isEmpty())
            return usage(tr("--output FILE is required."));
        const QString version = parser.value(QStringLiteral("version")).trimmed();
        if (version != QLatin1String("3.0") && version != QLatin1String("4.0"))
            return usage(tr("--version: \"%1\" is not one of 3.0, 4.0.").arg(version));
        if (auto ok = ExportDestination::check(output, databasePath(parser)); !ok)
            return fail(ok.error());
        auto opened = openVenue(parser);
        if (!opened)
            return fail(opened.error());
        const QString path = QFileInfo(output).absoluteFilePath();
        auto cards = VCardExport((*opened)->database())
                         .write(path, version == QLatin1String("4.0") ? VCardExport::Version::V4
                                                                      : VCardExport::Version::V3);
        if (!cards)
            return fail(cards.error());
        if (json(parser))
            printJson(QJsonObject{{QStringLiteral("file"), QDir::toNativeSeparators(path)},
                                  {QStringLiteral("version"), version},
                                  {QStringLiteral("cards"), *cards}});
        else
            printLine(tr("Wrote %1 vCards (version %2) to %3.")
                          .arg(*cards)
                          .arg(version, QDir::toNativeSeparators(path)));
        return Success;
    }
};

void registerExchangeCommands(CommandRegistry &registry, const Clock &clock)
{
    registry.add(std::make_unique<ExportVCardCommand>(clock));
    registry.add(std::make_unique<ImportVCardCommand>(clock));
    registry.add(std::make_unique<ImportGuestsCommand>(clock));
    registry.add(std::make_unique<ExportJsonCommand>(clock));
    registry.add(std::make_unique<ExportCsvCommand>(clock));
}

} // namespace innkeep::cli
