// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tickets/slapolicy.h"
#include "tickets/ticketoutcome.h"
#include "tickets/ticketseverity.h"
#include "tickets/ticketstatus.h"

#include <QString>

#include <optional>

namespace innkeep {

// A guest's complaint as stored (table tickets). Guest, stay and feedback are optional: a
// complaint can come from a room before anyone knows the guest.
struct ComplaintTicket
{
    qint64 id = 0;
    QString uuid;
    qint64 guestId = 0; // 0 when not linked
    QString guestUuid;
    QString guestName; // display name, read-only here
    qint64 stayId = 0;
    QString stayUuid;
    qint64 feedbackId = 0;
    QString feedbackUuid;
    QString room;
    QString category; // key from ticket_categories
    TicketSeverity severity = TicketSeverity::Medium;
    QString department; // key from departments, empty when unassigned
    QString assignee;   // staff member
    QString description;
    QString source; // how it reached us: in-person, phone, email, feedback, ...
    QString createdBy;
    TicketStatus status = TicketStatus::New;
    SlaPolicy sla; // snapshot of the policy in force at creation
    QString resolutionSummary;
    TicketOutcome outcome = TicketOutcome::None;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    std::optional<qint64> acknowledgedAt;
    std::optional<qint64> resolvedAt;
    std::optional<qint64> closedAt;
    // Stored SLA figures, recomputed by TicketService on every change (docs/sla-clock.md).
    std::optional<qint64> acknowledgeDueAt;
    std::optional<qint64> resolveDueAt;
    std::optional<qint64> dueAt;
    std::optional<qint64> dueSoonAt;
};

} // namespace innkeep
