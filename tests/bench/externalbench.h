// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "stats.h"

namespace innkeep {
class Database;
}

namespace innkeep::bench {

struct ImportFigures
{
    qint64 rows = 0;
    qint64 csvBytes = 0;
    Figure innkeep;    // `innkeep-cli import guests` into an empty database, process start to exit
    Figure sqlite;     // `sqlite3 NEW.db` with `.mode csv` + `.import` of the same file into a plain table
    Figure innkeepCpu; // child user + system time of the same runs
    Figure sqliteCpu;
    Figure writeFloor; // the rows the import wrote, written again by SQLite alone (measureWriteFloor)
    QList<QPair<QString, double>> writeFloorParts; // of the last repetition: seconds per table, commit
    QList<QPair<QString, qint64>> writeFloorRows;
};

// Writes a CSV of up to `guests` rows taken from the guests in `db` (native and Latin names,
// first e-mail and phone, language, nationality, city, country) to `workDir`, then times both
// imports `reps` times, each into a fresh file.
[[nodiscard]] Result<ImportFigures> benchImport(Database &db, const QString &workDir, qint64 guests,
                                                const QString &cliPath, int reps);

struct PaintFigures
{
    QString unavailable;  // why there is no figure, when there is none
    Figure firstPaint;    // `innkeep --db FILE --quit-after-first-paint`, process start to exit
    double peakRssMb = 0; // largest ru_maxrss of those runs
    Figure cpu;           // child user + system time
};

[[nodiscard]] PaintFigures benchFirstPaint(const QString &appPath, const QString &dbPath, int reps);

} // namespace innkeep::bench
