// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"

#include <QHash>
#include <QStringList>

namespace innkeep {

class Database;

// Every guest's e-mails and phones (in their order), tags (sorted) and notes (oldest first),
// keyed by guest row id, read in four passes: what a whole-venue export (CSV, vCard) needs beside
// each guests row, without a query per guest. Read it inside the export's snapshot.
struct GuestLists
{
    QHash<qint64, QStringList> emails;
    QHash<qint64, QStringList> phones;
    QHash<qint64, QStringList> tags;
    QHash<qint64, QStringList> notes;

    [[nodiscard]] static Result<GuestLists> read(Database &db);
};

} // namespace innkeep
