// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace innkeep {

// Where a message in the outbox stands. Tokens (interface): queued, sending, sent, failed,
// unknown, exported.
enum class OutboxStatus { Queued, Sending, Sent, Failed, Unknown, Exported };
[[nodiscard]] QString toToken(OutboxStatus status);
[[nodiscard]] std::optional<OutboxStatus> outboxStatusFromToken(const QString &token);
// In words, translated.
[[nodiscard]] QString displayText(OutboxStatus status);

// One message to one guest, as the outbox keeps it.
struct OutboxMessage
{
    qint64 id = 0;
    QString uuid;
    QString guestUuid;
    QString campaignUuid; // empty when the message is no campaign's
    QString templateName;
    QString language;
    QString channel; // "email"
    QString to;
    QString toName;
    QString subject;
    QString body;
    OutboxStatus status = OutboxStatus::Queued;
    int attempts = 0;
    QString lastError;
    qint64 nextAttemptAt = 0;
    std::optional<qint64> handedOverAt;
    std::optional<qint64> sentAt;
    qint64 createdAt = 0;
    QString staff;
    QString messageId; // the Message-ID header, without angle brackets; the same on every attempt
};

} // namespace innkeep
