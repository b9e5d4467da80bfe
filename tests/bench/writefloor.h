// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"

#include <QList>
#include <QPair>
#include <QString>

namespace innkeep::bench {

// What SQLite alone needs to write what an import wrote, on Innkeep's schema: every row of the
// tables an import fills (guests, contacts, tags, notes, change log, FTS documents, name keys)
// read from `importedDb` into memory untimed, then inserted into `emptyDb` (a new Innkeep file)
// with one prepared statement per table, one row per step, in one transaction, with the
// connection set up as Database sets it (WAL, synchronous NORMAL, foreign keys, the import's
// 64 MB cache). No validation, no ICU, no phone parsing, no JSON: the floor under the import.
struct WriteFloor
{
    double seconds = 0;                  // inserts plus commit
    QList<QPair<QString, double>> parts; // seconds per table, then "commit"
    QList<QPair<QString, qint64>> rows;  // rows per table
};
[[nodiscard]] Result<WriteFloor> measureWriteFloor(const QString &importedDb, const QString &emptyDb);

} // namespace innkeep::bench
