// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "guestlists.h"

#include "storage/statement.h"

namespace innkeep {

Result<GuestLists> GuestLists::read(Database &db)
{
    GuestLists lists;
    const struct
    {
        const char *sql;
        QHash<qint64, QStringList> *into;
    } passes[] = {
        {"SELECT guest_id, value FROM guest_contacts WHERE kind = 'email' ORDER BY guest_id, position, id",
         &lists.emails},
        {"SELECT guest_id, value FROM guest_contacts WHERE kind = 'phone' ORDER BY guest_id, position, id",
         &lists.phones},
        {"SELECT guest_id, tag FROM guest_tags ORDER BY guest_id, tag", &lists.tags},
        {"SELECT guest_id, body FROM guest_notes ORDER BY guest_id, created_at, id", &lists.notes},
    };
    for (const auto &pass : passes) {
        Statement rows(db, QString::fromLatin1(pass.sql));
        if (auto ok = rows.exec(); !ok)
            return std::unexpected(ok.error());
        while (rows.next())
            (*pass.into)[rows.integer(0)].append(rows.text(1));
        if (auto ok = rows.walked(); !ok)
            return std::unexpected(ok.error());
    }
    return lists;
}

} // namespace innkeep
