// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "stats.h"

namespace innkeep {
class Clock;
class Database;
}

namespace innkeep::bench {

struct Timed
{
    Figure wall;
    Figure cpu; // thread CPU time of the same calls
};

// Everything the guest profile page loads for one guest: the guest, preferences, stays, the
// lifetime roll-up, alerts, the change history, notes, tickets and feedback. Half the guests
// are drawn at random, half from guests with tickets or feedback.
[[nodiscard]] Result<Timed> benchProfile(Database &db, quint32 seed, int distinctGuests, int rounds);

// The ticket queue's first page (50 open tickets, overdue first).
[[nodiscard]] Result<Timed> benchQueue(Database &db, int reps);
// The shift handover since eight hours ago.
[[nodiscard]] Result<Timed> benchHandover(Database &db, int reps);
// The guest list's first page of 50 rows and their lifetime roll-ups.
[[nodiscard]] Result<Timed> benchRollups(Database &db, int reps);

struct OpenFigures
{
    Figure open;        // Database::open of the existing file (schema version checked)
    Figure firstSearch; // the first search on the fresh connection (statements prepared, pages cold-ish)
};
[[nodiscard]] Result<OpenFigures> benchOpen(const QString &path, const Clock &clock, int reps);

} // namespace innkeep::bench
