// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// import json: a venue restored from its JSON export into an empty database.
#include "commandregistry.h"
#include "commands.h"
#include "console.h"
#include "exchange/jsonimport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

namespace innkeep::cli {

namespace {

class ImportJsonCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ImportJsonCommand)

public:
    using Command::Command;
    QString name() const override { return QStringLiteral("import json"); }
    QString description() const override
    {
        return tr("Restore a venue from its JSON export (export json) into an empty or new database, all or "
                  "nothing; --dry-run only checks it.");
    }

protected:
    bool printsData() const override { return true; }
    void addOptions(QCommandLineParser &parser) override
    {
        parser.addPositionalArgument(QStringLiteral("file"), tr("The JSON file export json wrote."),
                                     QStringLiteral("FILE.json"));
        parser.addOption(QCommandLineOption(QStringLiteral("dry-run"),
                                            tr("Check the whole file against this database and report; write "
                                               "nothing.")));
    }
    int run(const QCommandLineParser &parser) override
    {
        if (auto ok = expectPositional(parser, 1); !ok)
            return usage(ok.error().message);
        const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
        // A database that does not exist yet is made for the import, and removed again when the
        // import fails (or is only a dry run): nothing is left behind but what was asked for.
        const QString database = databasePath(parser);
        const bool made = !QFileInfo::exists(database);
        auto opened = openVenue(parser, OpenVenue::Mode::OpenOrCreate);
        if (!opened)
            return fail(opened.error());
        const auto removeMade = [&] {
            if (!made)
                return;
            opened->reset();
            for (const char *suffix : {"", "-wal", "-shm", "-journal"})
                QFile::remove(database + QLatin1String(suffix));
        };
        QElapsedTimer timer;
        timer.start();
        // On this connection, not a worker's: the database continues as the file's device from here.
        JsonImport restore((*opened)->database());
        restore.setProgress([](const ExchangeProgress &progress) {
            printProgress(
                tr("Import: %1 records (%2%)")
                    .arg(QString::number(progress.records),
                         QString::number(progress.total > 0 ? progress.done * 100 / progress.total : 0)));
        });
        auto summary = restore.read(parser.positionalArguments().constFirst(), dryRun);
        endProgress();
        if (!summary || dryRun)
            removeMade();
        if (!summary)
            return fail(summary.error());
        const double seconds = double(timer.elapsed()) / 1000.0;
        const JsonImportSummary &s = *summary;
        if (json(parser)) {
            printJson(QJsonObject{{QStringLiteral("file"), s.file},
                                  {QStringLiteral("dry_run"), s.dryRun},
                                  {QStringLiteral("version"), s.version},
                                  {QStringLiteral("device_id"), s.deviceId},
                                  {QStringLiteral("venue_settings"), s.venueSettings},
                                  {QStringLiteral("staff"), s.staff},
                                  {QStringLiteral("ticket_categories"), s.ticketCategories},
                                  {QStringLiteral("departments"), s.departments},
                                  {QStringLiteral("sla_policies"), s.slaPolicies},
                                  {QStringLiteral("guests"), s.guests},
                                  {QStringLiteral("emails"), s.emails},
                                  {QStringLiteral("phones"), s.phones},
                                  {QStringLiteral("tags"), s.tags},
                                  {QStringLiteral("notes"), s.notes},
                                  {QStringLiteral("preferences"), s.preferences},
                                  {QStringLiteral("stays"), s.stays},
                                  {QStringLiteral("guest_merges"), s.guestMerges},
                                  {QStringLiteral("tickets"), s.tickets},
                                  {QStringLiteral("ticket_events"), s.ticketEvents},
                                  {QStringLiteral("compensations"), s.compensations},
                                  {QStringLiteral("follow_ups"), s.followUps},
                                  {QStringLiteral("feedback"), s.feedback},
                                  {QStringLiteral("feedback_topics"), s.feedbackTopics},
                                  {QStringLiteral("loyalty_tiers"), s.loyaltyTiers},
                                  {QStringLiteral("loyalty_tier_changes"), s.loyaltyTierChanges},
                                  {QStringLiteral("loyalty_points"), s.loyaltyPoints},
                                  {QStringLiteral("segments"), s.segments},
                                  {QStringLiteral("message_templates"), s.messageTemplates},
                                  {QStringLiteral("reminder_actions"), s.reminderActions},
                                  {QStringLiteral("seconds"), seconds}});
            return Success;
        }
        // One multi-argument arg() each: a "%2" in the file name stays as it is.
        const QString records =
            tr("%1 guests (%2 e-mails, %3 phones, %4 notes, %5 preferences), %6 stays, %7 tickets (%8 "
               "events, "
               "%9 compensations, %10 follow-ups), %11 feedback entries, %12 staff, %13 ticket categories, "
               "%14 departments, %15 SLA policies, %16 venue settings, %17 guest merges, %18 loyalty tiers, "
               "%19 tier changes, %20 points entries, %21 segments, %22 message templates")
                .arg(QString::number(s.guests), QString::number(s.emails), QString::number(s.phones),
                     QString::number(s.notes), QString::number(s.preferences), QString::number(s.stays),
                     QString::number(s.tickets), QString::number(s.ticketEvents),
                     QString::number(s.compensations))
                .arg(QString::number(s.followUps), QString::number(s.feedback), QString::number(s.staff),
                     QString::number(s.ticketCategories), QString::number(s.departments),
                     QString::number(s.slaPolicies), QString::number(s.venueSettings),
                     QString::number(s.guestMerges))
                .arg(QString::number(s.loyaltyTiers), QString::number(s.loyaltyTierChanges),
                     QString::number(s.loyaltyPoints), QString::number(s.segments),
                     QString::number(s.messageTemplates));
        if (dryRun)
            printLine(tr("Dry run of %1: it would restore %2. Nothing was written.").arg(s.file, records));
        else
            printLine(
                tr("Restored from %1: %2 in %3 s.").arg(s.file, records, QString::number(seconds, 'f', 2)));
        return Success;
    }
}; // namespace

} // namespace

void registerJsonImportCommands(CommandRegistry &registry, const Clock &clock)
{
    registry.add(std::make_unique<ImportJsonCommand>(clock));
}

} // namespace innkeep::cli
