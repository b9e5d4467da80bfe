// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "schemadrift.h"

#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/storageerror.h"

#include <QMap>

#include <sqlite3.h>

namespace innkeep {

namespace {

struct SchemaObject
{
    QString type;
    QString sql;
};

Result<QMap<QString, SchemaObject>> schemaOf(sqlite3 *handle)
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(
            handle,
            "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\' "
            "ORDER BY name",
            -1, &statement, nullptr)
        != SQLITE_OK)
        return std::unexpected(lastStorageFailure(handle));
    QMap<QString, SchemaObject> objects;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
        const auto text = [&](int column) {
            const auto *value = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
            return value ? QString::fromUtf8(value) : QString();
        };
        objects.insert(text(1), SchemaObject{text(0), text(2)});
    }
    const Error failure = lastStorageFailure(handle);
    sqlite3_finalize(statement);
    if (rc != SQLITE_DONE)
        return std::unexpected(failure);
    return objects;
}

} // namespace

Result<QStringList> SchemaDrift::of(Database &db)
{
    sqlite3 *reference = nullptr;
    if (sqlite3_open_v2(":memory:", &reference, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr)
        != SQLITE_OK) {
        sqlite3_close(reference);
        return fail(Error::Code::Storage, tr("The reference schema could not be built."));
    }
    auto reached = Migrations::apply(reference, 0, QStringLiteral(":memory:"), db.schemaVersion());
    auto expected =
        reached ? schemaOf(reference) : Result<QMap<QString, SchemaObject>>(std::unexpected(reached.error()));
    sqlite3_close(reference);
    if (!expected)
        return std::unexpected(expected.error());
    auto actual = schemaOf(db.handle());
    if (!actual)
        return std::unexpected(actual.error());

    // The kind as sqlite_master names it, in the reader's language.
    const auto kind = [](const QString &type) {
        if (type == QLatin1String("table"))
            return tr("table");
        if (type == QLatin1String("index"))
            return tr("index");
        if (type == QLatin1String("trigger"))
            return tr("trigger");
        if (type == QLatin1String("view"))
            return tr("view");
        return type;
    };
    QStringList drift;
    for (auto it = expected->cbegin(); it != expected->cend(); ++it) {
        const auto found = actual->constFind(it.key());
        if (found == actual->cend())
            //: %1 is a kind of schema object (table, index, trigger, view), %2 its name.
            drift.append(tr("%1 %2 is missing").arg(kind(it->type), it.key()));
        else if (found->type != it->type || found->sql != it->sql)
            //: %1 is a kind of schema object (table, index, trigger, view), %2 its name.
            drift.append(tr("%1 %2 differs from what the migrations make").arg(kind(it->type), it.key()));
    }
    for (auto it = actual->cbegin(); it != actual->cend(); ++it) {
        if (!expected->contains(it.key()))
            //: %1 is a kind of schema object (table, index, trigger, view), %2 its name.
            drift.append(tr("%1 %2 is not made by the migrations").arg(kind(it->type), it.key()));
    }
    return drift;
}

} // namespace innkeep
