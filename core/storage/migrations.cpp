// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations.h"

#include "common/phonetickey.h"
#include "storage/database.h"
#include "storage/storageerror.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

#include <cerrno>

namespace innkeep {

namespace {

const QString ResourceDir = QStringLiteral(":/innkeep/migrations");

Status run(sqlite3 *handle, const QByteArray &sql, const QString &path, const QString &step)
{
    char *message = nullptr;
    if (sqlite3_exec(handle, sql.constData(), nullptr, nullptr, &message) == SQLITE_OK)
        return {};
    const int threadErrno = errno; // see lastStorageFailure()
    const QString text = QString::fromUtf8(message ? message : sqlite3_errmsg(handle));
    sqlite3_free(message);
    const int recorded = sqlite3_system_errno(handle);
    if (isDiskFull(sqlite3_extended_errcode(handle), recorded != 0 ? recorded : threadErrno))
        return std::unexpected(
            Error{Error::Code::Io, diskFullMessage(), {}, QDir::toNativeSeparators(path), 0});
    return std::unexpected(
        Error{Error::Code::Storage,
              QCoreApplication::translate("Migrations", "Upgrading the database failed at step %1: %2")
                  .arg(step, text),
              {},
              QDir::toNativeSeparators(path),
              0});
}

// innkeep_sound(key): soundAlikeKey() for SQL (NULL when the key has none), so a migration can add the
// sound-alike name keys the C++ writes for new guests (SearchIndex::nameKeys), with the same function.
void sound(sqlite3_context *context, int, sqlite3_value **values)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(values[0]));
    if (!text) {
        sqlite3_result_null(context);
        return;
    }
    const QByteArray key = soundAlikeKey(QString::fromUtf8(text)).toUtf8();
    if (key.isEmpty())
        sqlite3_result_null(context);
    else
        sqlite3_result_text(context, key.constData(), int(key.size()), SQLITE_TRANSIENT);
}

} // namespace

QStringList Migrations::files()
{
    QStringList names = QDir(ResourceDir).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (QString &name : names)
        name = ResourceDir + QLatin1Char('/') + name;
    return names;
}

int Migrations::latestVersion()
{
    return int(files().size());
}

Result<int> Migrations::apply(sqlite3 *handle, int currentVersion, const QString &path, int targetVersion)
{
    const QStringList steps = files();
    sqlite3_create_function_v2(handle, "innkeep_sound", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr,
                               &sound, nullptr, nullptr, nullptr);
    const int target = targetVersion < 0 ? int(steps.size()) : std::min(targetVersion, int(steps.size()));
    for (int version = currentVersion + 1; version <= target; ++version) {
        QFile file(steps.at(version - 1));
        if (!file.open(QIODevice::ReadOnly))
            return std::unexpected(Error{Error::Code::Io, file.errorString(), {}, file.fileName(), 0});
        const QString step = QFileInfo(file.fileName()).baseName();
        QByteArray sql = "BEGIN IMMEDIATE;\n" + file.readAll();
        sql += "\nPRAGMA application_id = " + QByteArray::number(Database::ApplicationId) + ";";
        sql += "\nPRAGMA user_version = " + QByteArray::number(version) + ";\nCOMMIT;";
        if (auto ok = run(handle, sql, path, step); !ok) {
            if (!sqlite3_get_autocommit(handle))
                sqlite3_exec(handle, "ROLLBACK", nullptr, nullptr, nullptr);
            return std::unexpected(ok.error());
        }
    }
    return std::max(currentVersion, target);
}

} // namespace innkeep
