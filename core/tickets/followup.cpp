// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "followup.h"

#include <array>

namespace innkeep {

namespace {

constexpr std::array<const char *, 6> Tokens{"in-person", "phone", "email", "sms", "letter", "other"};

} // namespace

QString FollowUp::channelToken(Channel channel)
{
    return QString::fromLatin1(Tokens.at(size_t(channel)));
}

std::optional<FollowUp::Channel> FollowUp::channelFromToken(const QString &token)
{
    for (size_t i = 0; i < Tokens.size(); ++i) {
        if (token == QLatin1String(Tokens.at(i)))
            return Channel(i);
    }
    return std::nullopt;
}

} // namespace innkeep
