// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "outbox.h"

#include "common/textfield.h"
#include "exchange/exportfile.h"
#include "messages/campaign.h"
#include "messages/mailmessage.h"
#include "messages/outboxsettings.h"
#include "storage/changelog.h"
#include "storage/database.h"
#include "storage/privatefiles.h"
#include "storage/rowwriter.h"
#include "storage/statement.h"
#include "storage/transaction.h"

#include <QDir>
#include <QLockFile>

namespace innkeep {

namespace {

const QString Table = QStringLiteral("outbox");
const QString CampaignTable = QStringLiteral("message_campaigns");
const QString Select =
    QStringLiteral("SELECT o.id, o.uuid, g.uuid, c.uuid, o.template, o.language, o.channel, o.to_address, "
                   "o.to_name, o.subject, "
                   "o.body, o.status, o.attempts, o.last_error, o.next_attempt_at, o.handed_over_at, "
                   "o.sent_at, o.created_at, "
                   "o.staff, o.message_id FROM outbox o JOIN guests g ON g.id = o.guest_id "
                   "LEFT JOIN message_campaigns c ON c.id = o.campaign_id ");

std::optional<qint64> optionalTime(const Statement &row, int column)
{
    return row.isNull(column) ? std::nullopt : std::optional<qint64>(row.integer(column));
}

OutboxMessage readMessage(const Statement &row)
{
    OutboxMessage m;
    m.id = row.integer(0);
    m.uuid = row.text(1);
    m.guestUuid = row.text(2);
    m.campaignUuid = row.text(3);
    m.templateName = row.text(4);
    m.language = row.text(5);
    m.channel = row.text(6);
    m.to = row.text(7);
    m.toName = row.text(8);
    m.subject = row.text(9);
    m.body = row.text(10);
    m.status = outboxStatusFromToken(row.text(11)).value_or(OutboxStatus::Failed);
    m.attempts = int(row.integer(12));
    m.lastError = row.text(13);
    m.nextAttemptAt = row.integer(14);
    m.handedOverAt = optionalTime(row, 15);
    m.sentAt = optionalTime(row, 16);
    m.createdAt = row.integer(17);
    m.staff = row.text(18);
    m.messageId = row.text(19);
    return m;
}

QVariant orNull(const std::optional<qint64> &time)
{
    return time ? QVariant(*time) : QVariant();
}

// The fields a flush changes, as the change log records them.
QVariantMap statusFields(const OutboxMessage &m)
{
    return {{QStringLiteral("status"), toToken(m.status)},
            {QStringLiteral("attempts"), m.attempts},
            {QStringLiteral("last_error"), m.lastError},
            {QStringLiteral("next_attempt_at"), m.nextAttemptAt},
            {QStringLiteral("handed_over_at"), orNull(m.handedOverAt)},
            {QStringLiteral("sent_at"), orNull(m.sentAt)}};
}

MailMessage mailOf(const OutboxMessage &m, const MailAddress &from, qint64 nowMs)
{
    MailMessage mail;
    mail.from = from;
    mail.to = {m.toName, m.to};
    mail.subject = m.subject;
    mail.body = m.body;
    mail.messageId = m.messageId;
    mail.dateMs = nowMs;
    return mail;
}

} // namespace

qint64 Outbox::backoffMs(int attempts)
{
    constexpr qint64 Minute = 60'000;
    constexpr qint64 Longest = 6 * 60 * Minute;
    const int doublings = std::clamp(attempts - 1, 0, 20);
    return std::min(Longest, Minute << doublings);
}

Result<QList<OutboxMessage>> Outbox::read(const QString &tail, const QVariantList &values)
{
    Statement select(m_db, Select + tail);
    for (const QVariant &value : values)
        select.bindValue(value);
    if (auto ok = select.exec(); !ok)
        return std::unexpected(ok.error());
    QList<OutboxMessage> found;
    while (select.next())
        found.append(readMessage(select));
    if (auto ok = select.walked(); !ok)
        return std::unexpected(ok.error());
    return found;
}

Result<QList<OutboxMessage>> Outbox::list(std::optional<OutboxStatus> status)
{
    if (status)
        return read(QStringLiteral("WHERE o.status = ? ORDER BY o.id DESC"), {toToken(*status)});
    return read(QStringLiteral("ORDER BY o.id DESC"), {});
}

Result<QList<OutboxMessage>> Outbox::forGuest(const QString &guestUuid)
{
    return read(QStringLiteral("WHERE g.uuid = ? ORDER BY o.id DESC"), {guestUuid.trimmed().toLower()});
}

Result<OutboxMessage> Outbox::find(const QString &uuid)
{
    auto found = read(QStringLiteral("WHERE o.uuid = ?"), {uuid.trimmed().toLower()});
    if (!found)
        return std::unexpected(found.error());
    if (found->isEmpty())
        return fail(Error::Code::NotFound,
                    tr("There is no message with the id %1 in the outbox.").arg(TextField::quoted(uuid)),
                    QStringLiteral("message"));
    return found->constFirst();
}

Result<QString> Outbox::fromAddress(const SmtpSettings &settings) const
{
    const MailAddress from = MailAddress::parse(settings.from);
    if (from.address.isEmpty() || !from.address.contains(u'@'))
        return fail(
            Error::Code::InvalidInput,
            tr("Set the sender first: innkeep-cli settings set smtp.from \"Hotel <desk@example.com>\""),
            QStringLiteral("smtp.from"));
    return from.address;
}

Result<QueuedCampaign> Outbox::queueCampaign(const QString &templateName, const QStringList &audience,
                                             const QString &segmentName)
{
    auto settings = smtpSettingsOf(m_db);
    if (!settings)
        return std::unexpected(settings.error());
    const QString domain = MailAddress::parse(settings->from).domain();
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    // Planned here, inside the write: the rules hold whatever plan the caller showed.
    auto plan = Campaign(m_db).plan(templateName, audience, MessageChannel::Email);
    if (!plan)
        return std::unexpected(plan.error());
    QueuedCampaign queued;
    queued.plan = *plan;
    if (plan->recipients.isEmpty())
        return queued;
    const qint64 now = m_db.clock().nowMs();
    queued.campaignUuid = m_db.newUuid();
    const QVariantMap campaign{{QStringLiteral("uuid"), queued.campaignUuid},
                               {QStringLiteral("segment"), segmentName.simplified()},
                               {QStringLiteral("template"), plan->templateName},
                               {QStringLiteral("channel"), toToken(MessageChannel::Email)},
                               {QStringLiteral("recipients"), plan->recipients.size()},
                               {QStringLiteral("skipped"), plan->skipped.size()},
                               {QStringLiteral("staff"), m_db.staff()},
                               {QStringLiteral("created_at"), now}};
    auto campaignId = insertRow(m_db, CampaignTable, campaign);
    if (!campaignId)
        return std::unexpected(campaignId.error());
    if (auto ok = ChangeLog(m_db).recordInsert(CampaignTable, queued.campaignUuid, campaign); !ok)
        return std::unexpected(ok.error());
    for (const CampaignRecipient &recipient : plan->recipients) {
        const QString uuid = m_db.newUuid();
        QVariantMap row{{QStringLiteral("uuid"), uuid},
                        {QStringLiteral("guest_id"), recipient.guestId},
                        {QStringLiteral("campaign_id"), *campaignId},
                        {QStringLiteral("template"), plan->templateName},
                        {QStringLiteral("language"), recipient.language},
                        {QStringLiteral("channel"), toToken(MessageChannel::Email)},
                        {QStringLiteral("to_address"), recipient.to},
                        {QStringLiteral("to_name"), recipient.name},
                        {QStringLiteral("subject"), recipient.subject},
                        {QStringLiteral("body"), recipient.body},
                        {QStringLiteral("status"), toToken(OutboxStatus::Queued)},
                        {QStringLiteral("attempts"), 0},
                        {QStringLiteral("last_error"), QString()},
                        {QStringLiteral("next_attempt_at"), now},
                        {QStringLiteral("created_at"), now},
                        {QStringLiteral("staff"), m_db.staff()},
                        {QStringLiteral("message_id"), QString(uuid + u'@' + domain)}};
        if (auto id = insertRow(m_db, Table, row); !id)
            return std::unexpected(id.error());
        row.remove(QStringLiteral("guest_id"));
        row.remove(QStringLiteral("campaign_id"));
        row.insert(QStringLiteral("campaign_uuid"), queued.campaignUuid);
        if (auto ok = ChangeLog(m_db).recordInsert(Table, uuid, row, recipient.guestUuid); !ok)
            return std::unexpected(ok.error());
        announceAfterCommit(m_db, Kind::Added, uuid, recipient.guestUuid);
        queued.messageUuids.append(uuid);
    }
    if (auto ok = tx->commit(); !ok)
        return std::unexpected(ok.error());
    return queued;
}

Status Outbox::change(const OutboxMessage &before, const OutboxMessage &after)
{
    const QList<FieldChange> changes = diffFields(statusFields(before), statusFields(after));
    if (changes.isEmpty())
        return {};
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    Statement update(m_db,
                     QStringLiteral("UPDATE outbox SET status = ?, attempts = ?, last_error = ?, "
                                    "next_attempt_at = ?, handed_over_at = ?, sent_at = ? WHERE id = ?"));
    update.bind(toToken(after.status), after.attempts, after.lastError, after.nextAttemptAt)
        .bindValue(orNull(after.handedOverAt))
        .bindValue(orNull(after.sentAt))
        .bind(after.id);
    if (auto ok = update.exec(); !ok)
        return ok;
    if (auto ok = ChangeLog(m_db).recordUpdates(Table, after.uuid, changes, after.guestUuid); !ok)
        return ok;
    announceAfterCommit(m_db, Kind::Changed, after.uuid, after.guestUuid);
    return tx->commit();
}

Status Outbox::recoverInterrupted(FlushReport &report)
{
    auto interrupted = read(QStringLiteral("WHERE o.status = 'sending' ORDER BY o.id"), {});
    if (!interrupted)
        return std::unexpected(interrupted.error());
    for (const OutboxMessage &before : *interrupted) {
        OutboxMessage after = before;
        if (before.handedOverAt) {
            after.status = OutboxStatus::Unknown;
            after.lastError =
                tr("Innkeep stopped after the server had the whole message and before it answered: "
                   "it may have arrived. Check, then resend it or mark it sent.");
        } else {
            // The server never had the end of the message, so it cannot have delivered it.
            after.status = OutboxStatus::Queued;
            after.lastError =
                tr("Innkeep stopped before the server had the whole message; it is sent again.");
            after.nextAttemptAt = m_db.clock().nowMs();
        }
        if (auto ok = change(before, after); !ok)
            return ok;
        ++report.recovered;
        if (after.status == OutboxStatus::Unknown) {
            ++report.unknown;
            report.notSent.append(after);
        }
    }
    return {};
}

Result<bool> Outbox::guestStillAgrees(const OutboxMessage &message)
{
    Statement select(m_db,
                     QStringLiteral("SELECT consent_email = 1 AND consent_marketing = 1 AND blocked = 0 "
                                    "AND archived_at IS NULL FROM guests WHERE uuid = ?"));
    auto agrees = select.bind(message.guestUuid).scalar();
    if (!agrees)
        return std::unexpected(agrees.error());
    return agrees->toLongLong() == 1;
}

Status Outbox::retryLater(const OutboxMessage &before, OutboxMessage message, const QString &error,
                          FlushReport &report)
{
    message.lastError = error;
    message.handedOverAt.reset();
    if (message.attempts >= MaxAttempts) {
        message.status = OutboxStatus::Failed;
        ++report.failed;
    } else {
        message.status = OutboxStatus::Queued;
        message.nextAttemptAt = m_db.clock().nowMs() + backoffMs(message.attempts);
        ++report.waiting;
    }
    if (auto ok = change(before, message); !ok)
        return ok;
    report.notSent.append(message);
    return {};
}

Result<FlushReport> Outbox::flush(Which which)
{
    auto settings = smtpSettingsOf(m_db);
    if (!settings)
        return std::unexpected(settings.error());
    return flush(*settings, which);
}

Result<FlushReport> Outbox::flush(const SmtpSettings &settings, Which which)
{
    if (settings.url.isEmpty())
        return fail(Error::Code::InvalidInput,
                    tr("Set the mail server first: innkeep-cli settings set smtp.url smtp://HOST:PORT"),
                    QStringLiteral("smtp.url"));
    auto fromAddress = this->fromAddress(settings);
    if (!fromAddress)
        return std::unexpected(fromAddress.error());
    const MailAddress from = MailAddress::parse(settings.from);

    // One flush per file at a time: with the lock held, a message still 'sending' was left by a
    // program that stopped (QLockFile sees that its process is gone).
    QLockFile lock(m_db.path() + QStringLiteral(".outbox.lock"));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0))
        return fail(Error::Code::Conflict, tr("Another Innkeep program is sending this venue's outbox now."),
                    QStringLiteral("outbox"));

    FlushReport report;
    if (auto ok = recoverInterrupted(report); !ok)
        return std::unexpected(ok.error());
    auto waiting =
        which == Which::Everything
            ? read(QStringLiteral("WHERE o.status = 'queued' ORDER BY o.id"), {})
            : read(QStringLiteral("WHERE o.status = 'queued' AND o.next_attempt_at <= ? ORDER BY o.id"),
                   {m_db.clock().nowMs()});
    if (!waiting)
        return std::unexpected(waiting.error());

    SmtpConnection connection(settings);
    QString serverDown; // once the server cannot be reached, the rest wait without trying
    for (const OutboxMessage &queued : *waiting) {
        OutboxMessage message = queued;
        auto agrees = guestStillAgrees(message);
        if (!agrees)
            return std::unexpected(agrees.error());
        if (!*agrees) {
            message.status = OutboxStatus::Failed;
            message.lastError =
                tr("Not sent: the guest no longer agrees to marketing e-mail, or is blocked or "
                   "archived.");
            if (auto ok = change(queued, message); !ok)
                return std::unexpected(ok.error());
            ++report.failed;
            report.notSent.append(message);
            continue;
        }
        message.attempts += 1;
        if (!serverDown.isEmpty()) {
            if (auto ok = retryLater(queued, message, serverDown, report); !ok)
                return std::unexpected(ok.error());
            continue;
        }
        // 'sending' is committed before the server hears of the message …
        message.status = OutboxStatus::Sending;
        message.handedOverAt.reset();
        if (auto ok = change(queued, message); !ok)
            return std::unexpected(ok.error());
        const QByteArray bytes = mailOf(message, from, m_db.clock().nowMs()).bytes();
        // … and 'handed over' before the server may take it (the end of DATA).
        const auto handedOver = [&]() -> bool {
            OutboxMessage marked = message;
            marked.handedOverAt = m_db.clock().nowMs();
            if (!change(message, marked))
                return false;
            message = marked;
            return true;
        };
        const SmtpOutcome outcome = connection.send(bytes, *fromAddress, message.to, handedOver);
        OutboxMessage after = message;
        switch (outcome.kind) {
        case SmtpOutcome::Kind::Accepted:
            after.status = OutboxStatus::Sent;
            after.sentAt = m_db.clock().nowMs();
            after.lastError.clear();
            if (auto ok = change(message, after); !ok)
                return std::unexpected(ok.error());
            ++report.sent;
            break;
        case SmtpOutcome::Kind::Uncertain:
            after.status = OutboxStatus::Unknown;
            after.lastError = tr("The server had the whole message and did not answer (%1): it may have "
                                 "arrived. Check, then resend it or mark it sent.")
                                  .arg(outcome.error);
            if (auto ok = change(message, after); !ok)
                return std::unexpected(ok.error());
            ++report.unknown;
            report.notSent.append(after);
            break;
        case SmtpOutcome::Kind::Unreachable: serverDown = outcome.error; [[fallthrough]];
        case SmtpOutcome::Kind::Refused:
            if (auto ok = retryLater(message, message, outcome.error, report); !ok)
                return std::unexpected(ok.error());
            break;
        }
    }
    return report;
}

Result<QStringList> Outbox::exportEml(const QString &folder)
{
    auto settings = smtpSettingsOf(m_db);
    if (!settings)
        return std::unexpected(settings.error());
    if (auto ok = fromAddress(*settings); !ok)
        return std::unexpected(ok.error());
    const MailAddress from = MailAddress::parse(settings->from);
    auto queued = read(QStringLiteral("WHERE o.status = 'queued' ORDER BY o.id"), {});
    if (!queued)
        return std::unexpected(queued.error());
    if (auto ok = makePrivateFolder(folder); !ok)
        return std::unexpected(ok.error());
    QStringList files;
    const QDir dir(folder);
    for (const OutboxMessage &message : *queued) {
        const QString path = dir.filePath(message.uuid + QStringLiteral(".eml"));
        ExportFile file(path);
        if (auto ok = file.open(m_db.path()); !ok)
            return std::unexpected(ok.error());
        const QByteArray bytes = mailOf(message, from, m_db.clock().nowMs()).bytes();
        if (file.device().write(bytes) != bytes.size())
            return std::unexpected(file.writeFailed());
        if (auto ok = file.commit(); !ok)
            return std::unexpected(ok.error());
        files.append(path);
    }
    // Marked only once every file is written: a failed export leaves the messages queued.
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    for (const OutboxMessage &message : *queued) {
        OutboxMessage after = message;
        after.status = OutboxStatus::Exported;
        after.sentAt = m_db.clock().nowMs();
        if (auto ok = change(message, after); !ok)
            return std::unexpected(ok.error());
    }
    if (auto ok = tx->commit(); !ok)
        return std::unexpected(ok.error());
    return files;
}

Status Outbox::resend(const QString &uuid)
{
    auto message = find(uuid);
    if (!message)
        return std::unexpected(message.error());
    if (message->status != OutboxStatus::Failed && message->status != OutboxStatus::Unknown)
        return fail(
            Error::Code::Conflict,
            tr("Only a failed message or one that may have been sent can be sent again; this one is %1.")
                .arg(displayText(message->status)),
            QStringLiteral("message"));
    if (auto agrees = guestStillAgrees(*message); !agrees || !*agrees)
        return agrees ? fail(Error::Code::Conflict,
                             tr("The guest no longer agrees to marketing e-mail, or is blocked or archived."),
                             QStringLiteral("message"))
                      : std::unexpected(agrees.error());
    OutboxMessage after = *message;
    after.status = OutboxStatus::Queued;
    after.attempts = 0;
    after.nextAttemptAt = m_db.clock().nowMs();
    after.handedOverAt.reset();
    return change(*message, after);
}

Status Outbox::markSent(const QString &uuid)
{
    auto message = find(uuid);
    if (!message)
        return std::unexpected(message.error());
    if (message->status != OutboxStatus::Unknown)
        return fail(Error::Code::Conflict,
                    tr("Only a message that may have been sent can be marked sent; this one is %1.")
                        .arg(displayText(message->status)),
                    QStringLiteral("message"));
    OutboxMessage after = *message;
    after.status = OutboxStatus::Sent;
    after.sentAt = message->handedOverAt.value_or(m_db.clock().nowMs());
    after.lastError.clear();
    return change(*message, after);
}

} // namespace innkeep
