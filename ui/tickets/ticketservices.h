// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feedback/feedbackservice.h"
#include "tickets/ticketservice.h"
#include "tickets/ticketsettingsservice.h"

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
    explicit TicketServices(Database &database) : db(database), tickets(database), settings(database), feedback(database)
    {
    }

    Database &db;
    TicketService tickets;
    TicketSettingsService settings;
    FeedbackService feedback;
};

} // namespace innkeep::ui
