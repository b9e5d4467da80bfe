// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "messages/campaignplan.h"
#include "messages/outboxmessage.h"
#include "messages/smtpconnection.h"
#include "storage/recordevents.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

namespace innkeep {

class Database;

// A campaign put in the outbox: its id, the plan it followed and the messages queued.
struct QueuedCampaign
{
    QString campaignUuid;
    CampaignPlan plan;
    QStringList messageUuids; // in the plan's order
};

// What a flush did.
struct FlushReport
{
    int sent = 0;
    int waiting = 0;   // still queued: the server did not take them (yet); they are tried again later
    int failed = 0;    // given up, or the guest withdrew consent
    int unknown = 0;   // may have arrived: a person decides (resend or mark sent)
    int recovered = 0; // found 'sending' from a program that stopped, and put back or marked unknown
    QList<OutboxMessage> notSent; // the messages of this flush that were not sent, as they are now
};

// The messages to guests, kept until the mail server has them and afterwards (the guest's
// timeline). Queuing a campaign plans it again inside the transaction that writes the messages,
// so consent, blocks and the pause between messages are enforced here, whatever the caller did.
// Flushing gives each waiting message to the server, committing 'sending' before and 'sent' after;
// a server that is down leaves it queued with attempts + 1, the error and a later next attempt.
// A flush that finds 'sending' left by a program that stopped puts it back in the queue when the
// server never had the whole message, and marks it 'unknown' when it may have (docs/decisions.md,
// "Messages"): no message is lost, none is sent twice by Innkeep.
class Outbox final : public RecordEvents
{
    Q_DECLARE_TR_FUNCTIONS(Outbox)

public:
    static constexpr int MaxAttempts = 10;
    enum class Which { Due, Everything };

    explicit Outbox(Database &db) : m_db(db) {}

    // The wait before attempt `attempts + 1` after `attempts` failed ones: 1, 2, 4 … minutes, at most 6
    // hours.
    [[nodiscard]] static qint64 backoffMs(int attempts);

    // Queues template `templateName` by e-mail for each guest of `audience` the campaign rules let
    // through, in one transaction with the campaign's record; `segmentName` is recorded with it.
    [[nodiscard]] Result<QueuedCampaign>
    queueCampaign(const QString &templateName, const QStringList &audience, const QString &segmentName = {});

    // Newest first; only those with `status` when given.
    [[nodiscard]] Result<QList<OutboxMessage>> list(std::optional<OutboxStatus> status = std::nullopt);
    [[nodiscard]] Result<QList<OutboxMessage>> forGuest(const QString &guestUuid);
    [[nodiscard]] Result<OutboxMessage> find(const QString &uuid);

    // Sends the waiting messages (Due: those whose next attempt has come; Everything: all queued,
    // when a person asks) through the server in `settings`. Conflict when another program is flushing
    // this file's outbox; InvalidInput naming smtp.url or smtp.from when they are not set.
    [[nodiscard]] Result<FlushReport> flush(const SmtpSettings &settings, Which which = Which::Due);
    // The same with the venue's settings (smtpSettingsOf).
    [[nodiscard]] Result<FlushReport> flush(Which which = Which::Due);

    // Writes each queued message as `<uuid>.eml` (0600) in `folder` for the venue's own mail client
    // and marks it exported (it is not sent by Innkeep then). Returns the files written.
    [[nodiscard]] Result<QStringList> exportEml(const QString &folder);

    // A person's decisions on a message: send a failed or unknown one again, or record that an
    // unknown one did arrive.
    [[nodiscard]] Status resend(const QString &uuid);
    [[nodiscard]] Status markSent(const QString &uuid);

private:
    [[nodiscard]] Result<QList<OutboxMessage>> read(const QString &tail, const QVariantList &values);
    // Writes the changed status fields of `after` (over `before`), change-logged, in its own transaction.
    [[nodiscard]] Status change(const OutboxMessage &before, const OutboxMessage &after);
    [[nodiscard]] Status recoverInterrupted(FlushReport &report);
    [[nodiscard]] Result<bool> guestStillAgrees(const OutboxMessage &message);
    // `message` (one more attempt counted) back in the queue for later, or failed after MaxAttempts.
    [[nodiscard]] Status retryLater(const OutboxMessage &before, OutboxMessage message, const QString &error,
                                    FlushReport &report);
    [[nodiscard]] Result<QString> fromAddress(const SmtpSettings &settings) const;
    Database &m_db;
};

} // namespace innkeep
