// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaignplan.h"

#include <QCoreApplication>

namespace innkeep {

QString toToken(MessageChannel channel)
{
    return channel == MessageChannel::Email ? QStringLiteral("email") : QStringLiteral("sms");
}

std::optional<MessageChannel> messageChannelFromToken(const QString &token)
{
    const QString t = token.trimmed().toLower();
    if (t == QLatin1String("email") || t == QLatin1String("e-mail"))
        return MessageChannel::Email;
    if (t == QLatin1String("sms") || t == QLatin1String("whatsapp"))
        return MessageChannel::TextMessage;
    return std::nullopt;
}

QString toToken(SkipReason reason)
{
    switch (reason) {
    case SkipReason::NoConsent: return QStringLiteral("no-consent");
    case SkipReason::NoAddress: return QStringLiteral("no-address");
    case SkipReason::Blocked: return QStringLiteral("blocked");
    case SkipReason::Archived: return QStringLiteral("archived");
    case SkipReason::RecentlyContacted: return QStringLiteral("recently-contacted");
    }
    return {};
}

QString displayText(SkipReason reason)
{
    switch (reason) {
    case SkipReason::NoConsent:
        return QCoreApplication::translate("SkipReason", "no consent to marketing on this channel");
    case SkipReason::NoAddress:
        return QCoreApplication::translate("SkipReason", "no address for this channel");
    case SkipReason::Blocked: return QCoreApplication::translate("SkipReason", "blocked");
    case SkipReason::Archived: return QCoreApplication::translate("SkipReason", "archived");
    case SkipReason::RecentlyContacted:
        return QCoreApplication::translate("SkipReason", "contacted recently");
    }
    return {};
}

} // namespace innkeep
