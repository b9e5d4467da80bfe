// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "messages/campaignplan.h"

#include <QCoreApplication>
#include <QStringList>

namespace innkeep {

class Database;

// The rules of a campaign (an audience, a template, a channel): who gets the message and who is
// left out and why. A campaign is marketing, so a guest needs consent to the channel and to
// marketing; a guest archived, blocked, without an address for the channel, or written to (a
// message queued or sent) in the last `messages.min_days_between` days is left out. The Outbox
// plans again, inside the transaction that queues, so these rules hold whoever calls it.
class Campaign final
{
    Q_DECLARE_TR_FUNCTIONS(Campaign)

public:
    // Venue setting: days that must pass between two messages to a guest (0: no limit).
    static inline const QString MinDaysBetweenKey = QStringLiteral("messages.min_days_between");
    static constexpr int DefaultMinDaysBetween = 30;

    explicit Campaign(Database &db) : m_db(db) {}

    // The setting in effect (the default when unset or not a whole number from 0 up).
    [[nodiscard]] int minDaysBetween() const;

    // The plan for `audience` (guest uuids; repeats are counted once) and template `templateName`,
    // each recipient's message rendered in their language. NotFound for an unknown template or guest.
    [[nodiscard]] Result<CampaignPlan> plan(const QString &templateName, const QStringList &audience,
                                            MessageChannel channel = MessageChannel::Email);
    // The members of saved segment `segmentName` today (NotFound, field "segment", when none is
    // called so).
    [[nodiscard]] Result<QStringList> segmentAudience(const QString &segmentName);

private:
    [[nodiscard]] Result<bool> recentlyContacted(qint64 guestId, int days);
    Database &m_db;
};

} // namespace innkeep
