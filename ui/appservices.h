// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "house/openvenue.h"

#include <memory>

namespace innkeep::ui {

// The open venue's services the pages call: the composition root's (OpenVenue) one instance of
// each, so every page hears every change. main() builds one and passes it to the windows and
// pages that need it; nothing reaches it globally.
class AppServices final
{
    Q_DISABLE_COPY_MOVE(AppServices)

public:
    explicit AppServices(OpenVenue &root) : AppServices(std::unique_ptr<OpenVenue>{}, &root) {}
    // Over a test's Database: an OpenVenue of its own.
    explicit AppServices(Database &database) : AppServices(std::make_unique<OpenVenue>(database)) {}

private:
    explicit AppServices(std::unique_ptr<OpenVenue> own)
        : AppServices(std::move(own), static_cast<OpenVenue *>(nullptr))
    {}
    AppServices(std::unique_ptr<OpenVenue> own, OpenVenue *root)
        : m_own(std::move(own)), openVenue(root ? *root : *m_own), guests(openVenue.guests()),
          preferences(openVenue.preferences()), stays(openVenue.stays()), alerts(openVenue.alerts()),
          search(openVenue.search()), venue(openVenue.settings()), jobs(openVenue.jobs())
    {}
    std::unique_ptr<OpenVenue> m_own;

public:
    OpenVenue &openVenue;
    GuestService &guests;
    PreferenceService &preferences;
    StayService &stays;
    GuestAlerts &alerts;
    GuestSearch &search;
    VenueSettings &venue;
    // Imports (and exports, reports later) run here, each on its own connection to the file.
    JobRunner &jobs;
};

} // namespace innkeep::ui
