// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace innkeep {

// Where a complaint ticket is in its lifecycle (docs/tickets.md). Tokens are the stored and
// command-line spelling and never change.
enum class TicketStatus { New, Acknowledged, InProgress, WaitingGuest, WaitingDepartment, Resolved, Closed };

[[nodiscard]] QString ticketStatusToken(TicketStatus status);
[[nodiscard]] std::optional<TicketStatus> ticketStatusFromToken(const QString &token);
// Translated, for messages and screens.
[[nodiscard]] QString ticketStatusLabel(TicketStatus status);
[[nodiscard]] inline bool isWaiting(TicketStatus s)
{
    return s == TicketStatus::WaitingGuest || s == TicketStatus::WaitingDepartment;
}
// Neither resolved nor closed: still needs someone to act.
[[nodiscard]] inline bool isOpen(TicketStatus s)
{
    return s != TicketStatus::Resolved && s != TicketStatus::Closed;
}

} // namespace innkeep
