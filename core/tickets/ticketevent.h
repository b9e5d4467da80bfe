// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tickets/ticketstatus.h"

#include <QString>

#include <optional>

namespace innkeep {

// One entry of a ticket's timeline (table ticket_events), always with who and when.
struct TicketEvent
{
    enum class Kind { Created, Status, Note, Action, Assignment, Compensation, FollowUp, Outcome, Link };

    qint64 id = 0;
    QString uuid;
    qint64 ticketId = 0;
    Kind kind = Kind::Note;
    std::optional<TicketStatus> fromStatus; // status changes only
    std::optional<TicketStatus> toStatus;
    QString body;
    QString refUuid; // the compensation, follow-up or feedback entry it is about
    QString staff;
    qint64 atMs = 0;

    [[nodiscard]] static QString kindToken(Kind kind);
    [[nodiscard]] static std::optional<Kind> kindFromToken(const QString &token);
};

} // namespace innkeep
