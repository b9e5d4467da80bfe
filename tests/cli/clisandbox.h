// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/uuid.h"
#include "qstringmaker.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

// One run of innkeep-cli: its exit code and what it printed.
struct CliRun
{
    int code = -1;
    QString out;
    QString err;
    [[nodiscard]] QJsonDocument document() const
    {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(out.toUtf8(), &error);
        INFO(out.toStdString());
        INFO(err.toStdString());
        REQUIRE(error.error == QJsonParseError::NoError);
        return document;
    }
    [[nodiscard]] QJsonObject json() const { return document().object(); }
    [[nodiscard]] QJsonArray jsonArray() const { return document().array(); }
    // A failure is reported on exactly one line.
    [[nodiscard]] bool oneLineError() const { return err.count(u'\n') == 1 && err.endsWith(u'\n'); }
    // What a write prints: the record's id and nothing else.
    [[nodiscard]] QString id() const
    {
        INFO(err.toStdString());
        REQUIRE(code == 0);
        const QString uuid = out.trimmed();
        REQUIRE(innkeep::isUuid(uuid));
        REQUIRE(out == uuid + u'\n');
        return uuid;
    }
};

// A scratch folder that also stands in for the user's data folder, so a default path never
// touches real data; innkeep-cli runs there as a real process.
class CliSandbox
{
public:
    CliSandbox() { REQUIRE(m_dir.isValid()); }
    [[nodiscard]] QString path(const QString &name) const { return m_dir.filePath(name); }
    [[nodiscard]] QString db() const { return path(QStringLiteral("innkeep.sqlite")); }

    CliRun cli(const QStringList &arguments) const { return cli(arguments, {}); }
    // The same with `input` on its standard input (closed after it).
    CliRun cli(const QStringList &arguments, const QByteArray &input) const
    {
        QProcess process;
        start(process, arguments);
        REQUIRE(process.waitForStarted(30000));
        if (!input.isEmpty())
            process.write(input);
        process.closeWriteChannel();
        REQUIRE(process.waitForFinished(180000));
        REQUIRE(process.exitStatus() == QProcess::NormalExit);
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }
    // Starts innkeep-cli with the sandbox's environment; the caller talks to it.
    void start(QProcess &process, const QStringList &arguments) const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.path());
        environment.insert(QStringLiteral("HOME"), m_dir.path());
        environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(INNKEEP_CLI), arguments);
    }
    // The same, on this sandbox's database.
    CliRun onDb(QStringList arguments) const
    {
        arguments << QStringLiteral("--db") << db();
        return cli(arguments);
    }
    // Row counts of every table, change log included: "changes nothing" means these stay equal.
    [[nodiscard]] QJsonObject counts() const
    {
        const CliRun check = onDb({QStringLiteral("check"), QStringLiteral("--json")});
        REQUIRE(check.code == 0);
        return check.json().value(QStringLiteral("counts")).toObject();
    }

private:
    QTemporaryDir m_dir;
};
