// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketsource.h"

#include <array>

namespace innkeep {

namespace {

constexpr std::array Sources{"in-person", "phone", "email", "message", "staff", "feedback", "other"};

} // namespace

bool isTicketSource(const QString &token)
{
    for (const char *source : Sources) {
        if (token == QLatin1String(source))
            return true;
    }
    return false;
}

QStringList ticketSourceTokens()
{
    QStringList tokens;
    for (const char *source : Sources)
        tokens.append(QString::fromLatin1(source));
    return tokens;
}

} // namespace innkeep
