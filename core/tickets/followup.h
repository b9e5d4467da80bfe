// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace innkeep {

// Closing the loop: the venue contacted the guest after resolving (table ticket_follow_ups).
struct FollowUp
{
    enum class Channel { InPerson, Phone, Email, Sms, Letter, Other };

    qint64 id = 0;
    QString uuid;
    qint64 ticketId = 0;
    Channel channel = Channel::InPerson;
    qint64 contactedAt = 0;          // when the guest was reached; 0 = now
    QString reaction;                // the guest's words or mood
    std::optional<int> satisfaction; // with the resolution, 1-5
    QString staff;
    qint64 atMs = 0;

    [[nodiscard]] static QString channelToken(Channel channel); // in-person, phone, email, sms, letter, other
    [[nodiscard]] static std::optional<Channel> channelFromToken(const QString &token);
};

} // namespace innkeep
