// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "guests/guest.h"
#include "search/searchindex.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace innkeep {

class IdSource;

// What the desk knows when guests are entered: the venue's phone region, today (for date
// checks), the moment of the action and where new ids come from (the Database's IdSource, safe on
// any thread). Read once per user action, so an import's worker threads never touch the database.
struct GuestIntake
{
    QString phoneRegion;
    QDate today;
    qint64 nowMs = 0;
    IdSource *ids = nullptr;
};

// A new guest made ready to store: normalised, with its uuid, its change-log row and its search
// document worked out (GuestService::prepare). Nothing in it needs the database, so an import
// prepares guests on worker threads and only stores them, in order, inside its transaction.
struct NewGuest
{
    Guest guest;
    QStringList notes; // first notes, stored with the guest
    QString changeJson;
    GuestSearchRow search;
};

} // namespace innkeep
