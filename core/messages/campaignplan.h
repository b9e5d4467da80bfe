// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace innkeep {

// How a campaign reaches its guests. E-mail goes through the outbox; text messages (SMS,
// WhatsApp) are not sent by Innkeep: their numbers and texts are exported as CSV.
enum class MessageChannel { Email, TextMessage };
[[nodiscard]] QString toToken(MessageChannel channel); // "email", "sms"
[[nodiscard]] std::optional<MessageChannel> messageChannelFromToken(const QString &token);

// Why a guest of the audience gets no message. Tokens (interface): no-consent, no-address,
// blocked, archived, recently-contacted.
enum class SkipReason { NoConsent, NoAddress, Blocked, Archived, RecentlyContacted };
[[nodiscard]] QString toToken(SkipReason reason);
// In words, translated.
[[nodiscard]] QString displayText(SkipReason reason);

// A guest who gets the message, rendered for them.
struct CampaignRecipient
{
    qint64 guestId = 0;
    QString guestUuid;
    QString name;     // "Given Family" as the guest writes it
    QString language; // the template language chosen for them
    QString to;       // e-mail address or phone number
    QString subject;
    QString body;
};

struct CampaignSkip
{
    QString guestUuid;
    QString name;
    SkipReason reason = SkipReason::NoConsent;
};

// Who gets a campaign and who is left out and why, in the audience's order.
struct CampaignPlan
{
    QString templateName;
    MessageChannel channel = MessageChannel::Email;
    QList<CampaignRecipient> recipients;
    QList<CampaignSkip> skipped;
};

} // namespace innkeep
