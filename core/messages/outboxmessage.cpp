// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "outboxmessage.h"

#include <QCoreApplication>

namespace innkeep {

QString toToken(OutboxStatus status)
{
    switch (status) {
    case OutboxStatus::Queued: return QStringLiteral("queued");
    case OutboxStatus::Sending: return QStringLiteral("sending");
    case OutboxStatus::Sent: return QStringLiteral("sent");
    case OutboxStatus::Failed: return QStringLiteral("failed");
    case OutboxStatus::Unknown: return QStringLiteral("unknown");
    case OutboxStatus::Exported: return QStringLiteral("exported");
    }
    return {};
}

std::optional<OutboxStatus> outboxStatusFromToken(const QString &token)
{
    for (OutboxStatus status : {OutboxStatus::Queued, OutboxStatus::Sending, OutboxStatus::Sent,
                                OutboxStatus::Failed, OutboxStatus::Unknown, OutboxStatus::Exported})
        if (toToken(status) == token)
            return status;
    return std::nullopt;
}

QString displayText(OutboxStatus status)
{
    switch (status) {
    case OutboxStatus::Queued: return QCoreApplication::translate("OutboxStatus", "waiting");
    case OutboxStatus::Sending: return QCoreApplication::translate("OutboxStatus", "sending");
    case OutboxStatus::Sent: return QCoreApplication::translate("OutboxStatus", "sent");
    case OutboxStatus::Failed: return QCoreApplication::translate("OutboxStatus", "failed");
    case OutboxStatus::Unknown:
        return QCoreApplication::translate("OutboxStatus",
                                           "may have been sent: check and resend or mark sent");
    case OutboxStatus::Exported:
        return QCoreApplication::translate("OutboxStatus", "exported for the mail client");
    }
    return {};
}

} // namespace innkeep
