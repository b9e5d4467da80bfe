// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alerts/guestalerts.h"
#include "guests/guestservice.h"
#include "jobs/jobrunner.h"
#include "preferences/preferenceservice.h"
#include "search/guestsearch.h"
#include "stays/stayservice.h"
#include "storage/changelog.h"
#include "storage/database.h"
#include "venue/venuesettings.h"

namespace innkeep::ui {

// The core services the pages call, all over one open database. main() builds one and
// passes it to the windows and pages that need it; nothing reaches it globally.
class AppServices final
{
    Q_DISABLE_COPY_MOVE(AppServices)

public:
    explicit AppServices(Database &database)
        : db(database), guests(database), preferences(database), stays(database), alerts(database),
          search(database), venue(database), changeLog(database), jobs(database)
    {
    }

    Database &db;
    GuestService guests;
    PreferenceService preferences;
    StayService stays;
    GuestAlerts alerts;
    GuestSearch search;
    VenueSettings venue;
    ChangeLog changeLog;
    // Imports (and exports, reports later) run here, each on its own connection to the file.
    JobRunner jobs;
};

} // namespace innkeep::ui
