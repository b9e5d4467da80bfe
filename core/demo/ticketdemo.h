// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"

#include <QList>
#include <QRandomGenerator>

namespace innkeep {

class Database;

struct TicketDemoOptions
{
    int tickets = 200;
    int feedback = 300;
    qint64 nowMs = 0;     // the demo's "now"; 0 = the database clock. History lies before it.
    int historyDays = 90; // how far back closed tickets and feedback go
    // How many of `tickets` stay open (new, acknowledged, in progress, waiting; recent, some
    // overdue); a quarter as many again are resolved in the last day and the rest are closed
    // over the history. Tickets made from low-rated feedback are closed too unless the feedback
    // came in the last day. -1: half of them open in every state, as a small demo shows.
    int openTickets = -1;
};

struct TicketDemoResult
{
    int tickets = 0;
    int feedback = 0;
};

// Fills the file with demo complaints and feedback through TicketService and FeedbackService,
// in one transaction: tickets in every status (some overdue, some waiting), recovered and lost
// outcomes, compensation, follow-ups, and feedback in English, Armenian, Georgian, Russian,
// German, French and Spanish over every channel. Deterministic for a given generator seed.
// `stayIds` (optional) are linked to tickets and feedback with their guests; otherwise
// `guestIds` are used. Notes a bulk write (AfterCommit) instead of per-row events.
[[nodiscard]] Result<TicketDemoResult> seedDemoTickets(Database &db, QRandomGenerator &random,
                                                       const QList<qint64> &guestIds,
                                                       const QList<qint64> &stayIds = {},
                                                       const TicketDemoOptions &options = {});

} // namespace innkeep
