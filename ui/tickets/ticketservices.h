// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feedback/feedbackservice.h"
#include "guests/guestservice.h"
#include "house/openvenue.h"
#include "tickets/ticketservice.h"
#include "tickets/ticketsettingsservice.h"

#include <memory>

namespace innkeep {
class Database;
}

namespace innkeep::ui {

// The core services behind the Tickets, Feedback and SLA settings screens, over one open
// database. TicketsModule owns one and passes it to its pages; nothing reaches it globally.
class TicketServices final
{
    Q_DISABLE_COPY_MOVE(TicketServices)

public:
    explicit TicketServices(OpenVenue &root)
        : openVenue(root), tickets(root.tickets()), settings(root.ticketSettings()),
          feedback(root.feedback()), guests(root.guests())
    {}
    // Over a test's Database: an OpenVenue of its own.
    explicit TicketServices(Database &database) : TicketServices(std::make_unique<OpenVenue>(database)) {}

private:
    explicit TicketServices(std::unique_ptr<OpenVenue> own) : TicketServices(*own) { m_own = std::move(own); }
    std::unique_ptr<OpenVenue> m_own;

public:
    OpenVenue &openVenue; // the file's facts (clock, path, staff on duty)
    TicketService &tickets;
    TicketSettingsService &settings;
    FeedbackService &feedback;
    GuestService &guests; // the queue shows each ticket's guest
};

} // namespace innkeep::ui
