// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// init and check: create an empty database; report its integrity, schema version and row counts.
#include "commandregistry.h"
#include "commands.h"
#include "console.h"
#include "house/venuecheck.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

namespace innkeep::cli {

namespace {

class InitCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(InitCommand)

public:
    using Command::Command;
    QString name() const override { return QStringLiteral("init"); }
    QString description() const override { return tr("Create an empty Innkeep database."); }

protected:
    void addOptions(QCommandLineParser &) override {}
    int run(const QCommandLineParser &parser) override
    {
        if (auto ok = expectPositional(parser, 0); !ok)
            return usage(ok.error().message);
        auto db = openVenue(parser, OpenVenue::Mode::CreateNew);
        if (!db)
            return fail(db.error());
        printLine(tr("Created %1 (schema version %2).")
                      .arg(QDir::toNativeSeparators((*db)->path()), QString::number((*db)->schemaVersion())));
        return Success;
    }
};

class CheckCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)

public:
    using Command::Command;
    QString name() const override { return QStringLiteral("check"); }
    QString description() const override
    {
        return tr(
            "Check the database's integrity and its schema against the migrations; show its schema version "
            "and row counts.");
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
        OpenVenue &venue = **opened;

        auto report = VenueCheck::of(venue);
        if (!report)
            return fail(report.error());
        const QStringList &problems = report->problems;
        const QStringList &drift = report->drift;
        const bool healthy = report->healthy();
        QJsonObject counts;
        for (auto it = report->counts.constBegin(); it != report->counts.constEnd(); ++it)
            counts.insert(it.key(), it.value());

        const QString integrityText =
            problems.isEmpty() ? QStringLiteral("ok") : problems.join(QStringLiteral("; "));
        const QString schemaText = drift.isEmpty() ? QStringLiteral("ok") : drift.join(QStringLiteral("; "));
        if (json(parser)) {
            printJson(QJsonObject{{QStringLiteral("file"), QDir::toNativeSeparators(venue.path())},
                                  {QStringLiteral("integrity"), integrityText},
                                  {QStringLiteral("schema"), schemaText},
                                  {QStringLiteral("problems"), QJsonArray::fromStringList(problems + drift)},
                                  {QStringLiteral("read_only"), venue.isReadOnly()},
                                  {QStringLiteral("schema_version"), venue.schemaVersion()},
                                  {QStringLiteral("counts"), counts}});
        } else {
            printLine(tr("File: %1").arg(QDir::toNativeSeparators(venue.path())));
            printLine(tr("Integrity: %1").arg(integrityText));
            printLine(tr("Schema: %1").arg(schemaText));
            printLine(tr("Schema version: %1").arg(venue.schemaVersion()));
            for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
                printLine(QStringLiteral("  %1: %2").arg(it.key(), QString::number(it.value().toInteger())));
        }
        if (!healthy) {
            printError(tr("innkeep-cli check: %1: the check found problems (the file is damaged).")
                           .arg(QDir::toNativeSeparators(venue.path())));
            return Failure;
        }
        return Success;
    }
};

} // namespace

void registerDatabaseCommands(CommandRegistry &registry, const Clock &clock)
{
    registry.add(std::make_unique<InitCommand>(clock));
    registry.add(std::make_unique<CheckCommand>(clock));
}

} // namespace innkeep::cli
