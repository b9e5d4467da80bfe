// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrationbackup.h"

#include "storage/database.h"
#include "storage/privatefiles.h"
#include "storage/vacuuminto.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

#include <sqlite3.h>

namespace innkeep {

namespace {

// What tells two copies of one file apart: the schema, the device that made it, its last change
// and its guests.
const char *const FingerprintSql = "SELECT (SELECT user_version FROM pragma_user_version), "
                                   "(SELECT value FROM local_meta WHERE key = 'device_id'), "
                                   "(SELECT max(id) FROM change_log), (SELECT max(hlc) FROM change_log), "
                                   "(SELECT count(*) FROM guests)";

QStringList fingerprint(sqlite3 *handle)
{
    sqlite3_stmt *statement = nullptr;
    QStringList values;
    if (sqlite3_prepare_v2(handle, FingerprintSql, -1, &statement, nullptr) == SQLITE_OK
        && sqlite3_step(statement) == SQLITE_ROW) {
        for (int column = 0; column < 5; ++column) {
            const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
            values.append(text ? QString::fromUtf8(text) : QStringLiteral("<null>"));
        }
    }
    sqlite3_finalize(statement);
    return values;
}

QStringList fingerprintOf(const QString &copy)
{
    // Immutable: reading the copy must not create a journal or log beside it.
    QUrl uri = QUrl::fromLocalFile(copy);
    uri.setQuery(QStringLiteral("immutable=1"));
    sqlite3 *handle = nullptr;
    QStringList values;
    if (sqlite3_open_v2(uri.toString(QUrl::FullyEncoded).toUtf8().constData(), &handle,
                        SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr)
        == SQLITE_OK)
        values = fingerprint(handle);
    sqlite3_close(handle);
    return values;
}

QString prefixFor(const QString &path, int version)
{
    return QFileInfo(path).fileName() + QStringLiteral(".schema%1-").arg(version);
}

} // namespace

QString MigrationBackup::find(Database &db, int version)
{
    const QFileInfo file(db.path());
    const QStringList ours = fingerprint(db.handle());
    if (ours.isEmpty())
        return {};
    const QFileInfoList copies = file.dir().entryInfoList(
        {prefixFor(db.path(), version) + QStringLiteral("*.bak")}, QDir::Files, QDir::Name | QDir::Reversed);
    for (const QFileInfo &copy : copies) {
        if (fingerprintOf(copy.absoluteFilePath()) == ours)
            return copy.absoluteFilePath();
    }
    return {};
}

Result<QString> MigrationBackup::make(Database &db, int version)
{
    const QString stamp = QDateTime::fromMSecsSinceEpoch(db.clock().nowMs())
                              .toUTC()
                              .toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString base = db.path() + QStringLiteral(".schema%1-").arg(version) + stamp;
    QString path = base + QStringLiteral(".bak");
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = base + QStringLiteral("-%1.bak").arg(n);

    const auto refused = [&](const QString &why) {
        QFile::remove(path);
        return std::unexpected(
            Error{Error::Code::Io,
                  tr("A backup could not be made before upgrading the database: %1").arg(why),
                  {},
                  QDir::toNativeSeparators(db.path()),
                  0});
    };
    // VACUUM INTO writes into an empty file: create it private first, so the copy of every
    // guest is never readable by others, not even for a moment.
    if (auto ok = createPrivateFile(path); !ok)
        return refused(ok.error().message);
    if (auto copied = vacuumInto(db.handle(), path); !copied)
        return refused(copied.error().message);
    return path;
}

} // namespace innkeep
