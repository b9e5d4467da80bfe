// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "followup.h"

#include "common/enumtokens.h"

namespace innkeep {

namespace {

// Tokens only: the UI names channels itself.
constexpr EnumToken<FollowUp::Channel> Channels[] = {
    {FollowUp::Channel::InPerson, "in-person", nullptr}, {FollowUp::Channel::Phone, "phone", nullptr},
    {FollowUp::Channel::Email, "email", nullptr},        {FollowUp::Channel::Sms, "sms", nullptr},
    {FollowUp::Channel::Letter, "letter", nullptr},      {FollowUp::Channel::Other, "other", nullptr},
};

} // namespace

QString FollowUp::channelToken(Channel channel)
{
    return tokenOf(Channels, channel);
}

std::optional<FollowUp::Channel> FollowUp::channelFromToken(const QString &token)
{
    return valueOf(Channels, token, Qt::CaseSensitive);
}

} // namespace innkeep
