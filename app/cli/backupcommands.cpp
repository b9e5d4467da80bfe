// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// backup create, list, verify, restore: checked copies of the venue's file and putting one back.
#include "commandregistry.h"
#include "commands.h"
#include "console.h"
#include "house/venuebackups.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace innkeep::cli {

using namespace Qt::StringLiterals;

namespace {

QString isoTime(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate) : QString();
}

QJsonObject summaryJson(const BackupSummary &summary)
{
    return QJsonObject{{u"file"_s, QDir::toNativeSeparators(summary.path)},
                       {u"bytes"_s, summary.bytes},
                       {u"schema_version"_s, summary.schemaVersion},
                       {u"venue"_s, summary.venueName},
                       {u"last_change"_s, isoTime(summary.lastChangeMs)},
                       {u"guests"_s, summary.guests},
                       {u"stays"_s, summary.stays},
                       {u"tickets"_s, summary.tickets},
                       {u"feedback"_s, summary.feedback}};
}

QJsonObject backupJson(const VenueBackups::Backup &backup)
{
    QJsonObject object = summaryJson(backup.summary);
    object.insert(u"made_at"_s, backup.madeAt.toUTC().toString(Qt::ISODate));
    object.insert(u"automatic"_s, backup.kind == VenueBackups::Kind::Automatic);
    if (!backup.problem.isEmpty())
        object.insert(u"problem"_s, backup.problem);
    return object;
}

class BackupCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(BackupCommand)

public:
    using Command::Command;

protected:
    static QString counts(const BackupSummary &summary)
    {
        const QLocale locale;
        return tr("%1 guests, %2 stays, %3 tickets, %4 feedback")
            .arg(locale.toString(summary.guests), locale.toString(summary.stays),
                 locale.toString(summary.tickets), locale.toString(summary.feedback));
    }
};

class BackupCreateCommand final : public BackupCommand
{
    Q_DECLARE_TR_FUNCTIONS(BackupCreateCommand)

public:
    using BackupCommand::BackupCommand;
    QString name() const override { return u"backup create"_s; }
    QString description() const override
    {
        return tr("Write a checked copy of the venue's file into its backup folder (or --output).");
    }

protected:
    bool printsData() const override { return true; }
    void addOptions(QCommandLineParser &parser) override
    {
        parser.addOption(
            QCommandLineOption(u"output"_s,
                               tr("Folder to write the backup into instead of the venue's backup "
                                  "folder."),
                               tr("folder")));
    }
    int run(const QCommandLineParser &parser) override
    {
        if (auto ok = expectPositional(parser, 0); !ok)
            return usage(ok.error().message);
        QString folder;
        if (parser.isSet(u"output"_s)) {
            folder = parser.value(u"output"_s);
            if (folder.trimmed().isEmpty())
                return usage(tr("--output: give a folder."));
            folder = QFileInfo(folder).absoluteFilePath();
        }
        auto opened = openVenue(parser);
        if (!opened)
            return fail(opened.error());
        auto made = (*opened)->backups().create(VenueBackups::Kind::Manual, folder);
        if (!made)
            return fail(made.error());
        if (json(parser))
            printJson(backupJson(*made));
        else
            printLine(tr("Backed up to %1 (%2).")
                          .arg(QDir::toNativeSeparators(made->summary.path), counts(made->summary)));
        return Success;
    }
};

class BackupListCommand final : public BackupCommand
{
    Q_DECLARE_TR_FUNCTIONS(BackupListCommand)

public:
    using BackupCommand::BackupCommand;
    QString name() const override { return u"backup list"_s; }
    QString description() const override
    {
        return tr("List the venue's backups, newest first, with what each holds.");
    }

protected:
    bool printsData() const override { return true; }
    void addOptions(QCommandLineParser &) override {}
    int run(const QCommandLineParser &parser) override
    {
        if (auto ok = expectPositional(parser, 0); !ok)
            return usage(ok.error().message);
        auto opened = openVenue(parser);
        if (!opened)
            return fail(opened.error());
        VenueBackups backups = (*opened)->backups();
        const QList<VenueBackups::Backup> listed = backups.list();
        if (json(parser)) {
            QJsonArray array;
            for (const auto &backup : listed)
                array.append(backupJson(backup));
            printJson(QJsonObject{{u"folder"_s, QDir::toNativeSeparators(backups.folder())},
                                  {u"automatic"_s, backups.automatic()},
                                  {u"backups"_s, array}});
            return Success;
        }
        printLine(tr("Folder: %1").arg(QDir::toNativeSeparators(backups.folder())));
        printLine(backups.automatic() ? tr("Automatic backups: on (daily and on closing)")
                                      : tr("Automatic backups: off"));
        if (listed.isEmpty()) {
            printLine(tr("No backups yet. Make one with: innkeep-cli backup create"));
            return Success;
        }
        const QLocale locale;
        for (const auto &backup : listed) {
            const QString when = locale.toString(backup.madeAt.toLocalTime(), QLocale::ShortFormat);
            const QString kind =
                backup.kind == VenueBackups::Kind::Automatic ? tr("automatic") : tr("manual");
            const QString what = backup.problem.isEmpty() ? counts(backup.summary)
                                                          : tr("cannot be read: %1").arg(backup.problem);
            printLine(u"%1  %2  %3  %4"_s.arg(when, kind, what, QFileInfo(backup.summary.path).fileName()));
        }
        return Success;
    }
};

class BackupVerifyCommand final : public BackupCommand
{
    Q_DECLARE_TR_FUNCTIONS(BackupVerifyCommand)

public:
    using BackupCommand::BackupCommand;
    QString name() const override { return u"backup verify"_s; }
    QString description() const override
    {
        return tr("Check a backup file (SQLite's integrity check) and show what it holds.");
    }

protected:
    bool printsData() const override { return true; }
    bool usesDatabase() const override { return false; }
    void addOptions(QCommandLineParser &parser) override
    {
        parser.addPositionalArgument(u"FILE"_s, tr("The backup file."));
    }
    int run(const QCommandLineParser &parser) override
    {
        if (auto ok = expectPositional(parser, 1); !ok)
            return usage(ok.error().message);
        const QString file = parser.positionalArguments().first();
        auto verified = BackupCopy::verify(file);
        if (!verified)
            return fail(verified.error());
        if (json(parser)) {
            QJsonObject object = summaryJson(*verified);
            object.insert(u"integrity"_s, u"ok"_s);
            printJson(object);
        } else {
            printLine(tr("%1: intact.").arg(QDir::toNativeSeparators(verified->path)));
            if (!verified->venueName.isEmpty())
                printLine(tr("Venue: %1").arg(verified->venueName));
            if (verified->lastChangeMs > 0)
                printLine(tr("Last change: %1")
                              .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(verified->lastChangeMs),
                                                      QLocale::ShortFormat)));
            printLine(tr("Holds: %1").arg(counts(*verified)));
        }
        return Success;
    }
};

class BackupRestoreCommand final : public BackupCommand
{
    Q_DECLARE_TR_FUNCTIONS(BackupRestoreCommand)

public:
    using BackupCommand::BackupCommand;
    QString name() const override { return u"backup restore"_s; }
    QString description() const override
    {
        return tr("Put a checked copy of a backup in place of the venue's file; the file as it was is kept "
                  "beside it.");
    }

protected:
    void addOptions(QCommandLineParser &parser) override
    {
        parser.addPositionalArgument(u"FILE"_s, tr("The backup file to restore."));
    }
    int run(const QCommandLineParser &parser) override
    {
        if (auto ok = expectPositional(parser, 1); !ok)
            return usage(ok.error().message);
        const QString copy = parser.positionalArguments().first();
        const QString path = QFileInfo(databasePath(parser)).absoluteFilePath();
        if (!QFileInfo::exists(path))
            return fail(
                fileError(Error::Code::NotFound, path, tr("There is no venue file here to restore.")));
        auto aside = OpenVenue::restore(path, copy, clock(), DatabaseRestore::Replacing::Working);
        if (!aside)
            return fail(aside.error());
        // Opening it brings an older copy up to this version's schema, as the window would.
        auto opened = openVenue(parser);
        if (!opened)
            return fail(opened.error());
        auto restored = BackupCopy::read(path);
        printLine(tr("Restored %1 from %2 (%3). The file as it was is kept as %4.")
                      .arg(QDir::toNativeSeparators(path),
                           QDir::toNativeSeparators(QFileInfo(copy).absoluteFilePath()),
                           restored ? counts(*restored) : QString(), QDir::toNativeSeparators(*aside)));
        return Success;
    }
};

} // namespace

void registerBackupCommands(CommandRegistry &registry, const Clock &clock)
{
    registry.add(std::make_unique<BackupCreateCommand>(clock));
    registry.add(std::make_unique<BackupListCommand>(clock));
    registry.add(std::make_unique<BackupVerifyCommand>(clock));
    registry.add(std::make_unique<BackupRestoreCommand>(clock));
}

} // namespace innkeep::cli
