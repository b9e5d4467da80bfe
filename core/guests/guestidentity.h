// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "guests/guest.h"

#include <QString>

#include <optional>

namespace innkeep {

class Database;

// Whether a guest arriving from a file is one already stored: the same profile id from the system
// the file comes from, else the same e-mail, else the same phone, else the same name (Latin form, any
// case) with the same birthday — in that order, the first that finds someone decides; a row with no
// contact, id or birthday at all is the only stored guest of its name, if there is just one. Stricter than
// DuplicateRule, which suggests people for a person to look at: an import acts on this without asking.
// A guest merged into another is found as the one they were merged into. Indexed look-ups only, so an
// import of 100k rows can ask it of every row.
class GuestIdentity final
{
public:
    explicit GuestIdentity(Database &db) : m_db(db) {}

    // The stored guest's uuid, if `guest` (names already normalised: Latin forms filled) is one.
    [[nodiscard]] Result<std::optional<QString>> storedAs(const Guest &guest);

    struct Current
    {
        qint64 id = 0;
        QString uuid;
    };
    // The guest `id` is now: itself, or the guest it was merged into (following merges); nothing
    // when it was archived otherwise (not someone to add to) or is not stored.
    [[nodiscard]] Result<std::optional<Current>> current(qint64 id);

private:
    Database &m_db;
};

} // namespace innkeep
