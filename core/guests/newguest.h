// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "guests/guest.h"
#include "search/searchindex.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace innkeep {

// What the desk knows when guests are entered: the venue's phone region, today (for date
// checks) and the moment of the action. Read once per user action, so an import's
// worker threads never touch the database or the clock.
struct GuestIntake
{
    QString phoneRegion;
    QDate today;
    qint64 nowMs = 0;
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
