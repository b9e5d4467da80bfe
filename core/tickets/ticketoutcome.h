// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace innkeep {

// How service recovery ended: did we keep the guest? Tokens: "" (not yet), recovered, lost.
enum class TicketOutcome { None, Recovered, Lost };

[[nodiscard]] QString ticketOutcomeToken(TicketOutcome outcome);
[[nodiscard]] std::optional<TicketOutcome> ticketOutcomeFromToken(const QString &token);

} // namespace innkeep
