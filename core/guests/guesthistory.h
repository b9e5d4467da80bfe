// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "storage/changelog.h"

#include <QList>
#include <QString>

namespace innkeep {

class Database;

// A guest's history as the profile shows it: every change to the guest and to what belongs to
// them (contacts, preferences, stays, tickets, feedback), newest first. Read-only, over the
// change log; OpenVenue::guestHistory() hands one out.
class GuestHistory final
{
public:
    explicit GuestHistory(Database &db) : m_db(db) {}

    // At most `limit` entries, newest first; empty for a guest with no history or an unknown id.
    [[nodiscard]] Result<QList<ChangeEntry>> forGuest(const QString &guestUuid, int limit = 200);

private:
    Database &m_db;
};

} // namespace innkeep
