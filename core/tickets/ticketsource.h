// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace innkeep {

// How a complaint reached the desk (tickets.source). Tokens: in-person, phone, email, message
// (SMS, chat, messenger), staff (noticed by the team), feedback (made from a feedback entry), other.
[[nodiscard]] bool isTicketSource(const QString &token);
[[nodiscard]] QStringList ticketSourceTokens();

} // namespace innkeep
