// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace innkeep {

// How bad a complaint is; picks the SLA policy. Tokens: low, medium, high, critical.
enum class TicketSeverity { Low, Medium, High, Critical };

[[nodiscard]] QString ticketSeverityToken(TicketSeverity severity);
[[nodiscard]] std::optional<TicketSeverity> ticketSeverityFromToken(const QString &token);
[[nodiscard]] QString ticketSeverityLabel(TicketSeverity severity);

} // namespace innkeep
