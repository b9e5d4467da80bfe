// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "venuecheck.h"

#include "house/openvenue.h"
#include "storage/database.h"
#include "storage/schemadrift.h"
#include "storage/statement.h"

#include <algorithm>

namespace innkeep {

namespace {

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
        return std::any_of(virtualTables.cbegin(), virtualTables.cend(),
                           [&](const QString &owner) { return table.startsWith(owner + QLatin1Char('_')); });
    });
    return tables;
}

} // namespace

Result<VenueCheckReport> VenueCheck::of(OpenVenue &venue)
{
    Database &db = venue.database();
    VenueCheckReport report;
    Statement integrity(db, QStringLiteral("PRAGMA integrity_check"));
    if (auto ok = integrity.exec(); !ok)
        return std::unexpected(ok.error());
    while (integrity.next())
        report.problems.append(integrity.text(0));
    const bool intact = report.problems == QStringList{QStringLiteral("ok")};
    if (intact)
        report.problems.clear();
    // Damage the open-time check found that integrity_check does not report (the header's
    // free-page list, say) still makes the file damaged.
    if (db.isDamaged() && intact)
        report.problems.append(db.readOnlyReason());
    auto drift = SchemaDrift::of(db);
    if (!drift)
        return std::unexpected(drift.error());
    report.drift = *drift;

    auto tables = tableNames(db);
    if (!tables)
        return std::unexpected(tables.error());
    for (const QString &table : std::as_const(*tables)) {
        Statement count(db, QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table));
        auto value = count.scalar();
        if (!value)
            return std::unexpected(value.error());
        report.counts.insert(table, value->toLongLong());
    }
    return report;
}

} // namespace innkeep
