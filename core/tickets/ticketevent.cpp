// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketevent.h"

#include <array>

namespace innkeep {

namespace {

constexpr std::array<const char *, 9> Tokens{"created",      "status",    "note",    "action", "assignment",
                                             "compensation", "follow-up", "outcome", "link"};

} // namespace

QString TicketEvent::kindToken(Kind kind)
{
    return QString::fromLatin1(Tokens.at(size_t(kind)));
}

std::optional<TicketEvent::Kind> TicketEvent::kindFromToken(const QString &token)
{
    for (size_t i = 0; i < Tokens.size(); ++i) {
        if (token == QLatin1String(Tokens.at(i)))
            return Kind(i);
    }
    return std::nullopt;
}

} // namespace innkeep
