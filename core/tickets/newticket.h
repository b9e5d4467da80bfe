// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tickets/ticketseverity.h"

#include <QString>

namespace innkeep {

// What the desk types to log a complaint. Give the guest (id or uuid), the stay, the room, or
// any mix; a stay without a guest brings its guest along.
struct NewTicket
{
    qint64 guestId = 0;
    QString guestUuid;
    qint64 stayId = 0;
    QString stayUuid;
    QString room;
    QString category = QStringLiteral("other"); // key from ticket_categories
    TicketSeverity severity = TicketSeverity::Medium;
    QString department; // key from departments, optional
    QString assignee;
    QString description;
    QString source = QStringLiteral("in-person");
    qint64 feedbackId = 0; // set by FeedbackService::toTicket
};

} // namespace innkeep
