// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// init and check: create an empty database; report its integrity, schema version and row counts.
#include "commandregistry.h"
#include "commands.h"
#include "console.h"
#include "storage/schemadrift.h"
#include "storage/statement.h"

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
        auto db = openDatabase(parser, Database::Mode::CreateNew);
        if (!db)
            return fail(db.error());
        printLine(tr("Created %1 (schema version %2).")
                      .arg(QDir::toNativeSeparators((*db)->path()), QString::number((*db)->schemaVersion())));
        return Success;
    }
};

// The ordinary tables, leaving out SQLite's own and the shadow tables behind virtual ones.
Result<QStringList> tableNames(Database &db)
{
    Statement query(db, QStringLiteral("SELECT name, sql LIKE 'CREATE VIRTUAL%' FROM sqlite_schema "
                                       "WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"));
    if (auto ok = query.exec(); !ok)
        return std::unexpected(ok.error());
    QStringList tables;
    QStringList virtualTables;
    while (query.next()) {
        (query.integer(1) ? virtualTables : tables).append(query.text(0));
    }
    tables.removeIf([&](const QString &table) {
        return std::any_of(virtualTables.cbegin(), virtualTables.cend(), [&](const QString &owner) {
            return table.startsWith(owner + QLatin1Char('_'));
        });
    });
    return tables;
}

class CheckCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)

public:
    using Command::Command;
    QString name() const override { return QStringLiteral("check"); }
    QString description() const override
    {
        return tr("Check the database's integrity and its schema against the migrations; show its schema version "
                  "and row counts.");
    }

protected:
    bool printsData() const override { return true; }
    void addOptions(QCommandLineParser &) override {}
    int run(const QCommandLineParser &parser) override
    {
        if (auto ok = expectPositional(parser, 0); !ok)
            return usage(ok.error().message);
        auto opened = openDatabase(parser);
        if (!opened)
            return fail(opened.error());
        Database &db = **opened;

        Statement integrity(db, QStringLiteral("PRAGMA integrity_check"));
        if (auto ok = integrity.exec(); !ok)
            return fail(ok.error());
        QStringList problems;
        while (integrity.next())
            problems.append(integrity.text(0));
        const bool intact = problems == QStringList{QStringLiteral("ok")};
        if (intact)
            problems.clear();
        // Damage the open-time check found that integrity_check does not report (the header's
        // free-page list, say) still makes the file damaged.
        if (db.isDamaged() && intact)
            problems.append(db.readOnlyReason());
        auto drift = SchemaDrift::of(db);
        if (!drift)
            return fail(drift.error());
        const bool healthy = problems.isEmpty() && drift->isEmpty();

        auto tables = tableNames(db);
        if (!tables)
            return fail(tables.error());
        QJsonObject counts;
        for (const QString &table : std::as_const(*tables)) {
            Statement count(db, QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table));
            auto value = count.scalar();
            if (!value)
                return fail(value.error());
            counts.insert(table, value->toLongLong());
        }

        const QString integrityText = problems.isEmpty() ? QStringLiteral("ok") : problems.join(QStringLiteral("; "));
        const QString schemaText = drift->isEmpty() ? QStringLiteral("ok") : drift->join(QStringLiteral("; "));
        if (json(parser)) {
            printJson(QJsonObject{{QStringLiteral("file"), QDir::toNativeSeparators(db.path())},
                                  {QStringLiteral("integrity"), integrityText},
                                  {QStringLiteral("schema"), schemaText},
                                  {QStringLiteral("problems"), QJsonArray::fromStringList(problems + *drift)},
                                  {QStringLiteral("read_only"), db.isReadOnly()},
                                  {QStringLiteral("schema_version"), db.schemaVersion()},
                                  {QStringLiteral("counts"), counts}});
        } else {
            printLine(tr("File: %1").arg(QDir::toNativeSeparators(db.path())));
            printLine(tr("Integrity: %1").arg(integrityText));
            printLine(tr("Schema: %1").arg(schemaText));
            printLine(tr("Schema version: %1").arg(db.schemaVersion()));
            for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
                printLine(QStringLiteral("  %1: %2").arg(it.key(), QString::number(it.value().toInteger())));
        }
        if (!healthy) {
            printError(tr("innkeep-cli check: %1: the check found problems (the file is damaged).")
                           .arg(QDir::toNativeSeparators(db.path())));
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
