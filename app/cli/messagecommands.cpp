// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// message send; outbox list, flush, export, resend, mark-sent: campaigns and the outbox.
#include "commandregistry.h"
#include "commands.h"
#include "common/textfield.h"
#include "console.h"
#include "messages/campaign.h"
#include "messages/outbox.h"
#include "messages/textmessageexport.h"

#include <QDateTime>
#include <QJsonArray>

namespace innkeep::cli {

namespace {

QJsonValue timeJson(const std::optional<qint64> &ms)
{
    return ms ? QJsonValue(QDateTime::fromMSecsSinceEpoch(*ms).toUTC().toString(Qt::ISODateWithMs))
              : QJsonValue();
}

QJsonObject toJson(const OutboxMessage &m)
{
    return {
        {QStringLiteral("uuid"), m.uuid},
        {QStringLiteral("guest"), m.guestUuid},
        {QStringLiteral("campaign"), m.campaignUuid.isEmpty() ? QJsonValue() : QJsonValue(m.campaignUuid)},
        {QStringLiteral("template"), m.templateName},
        {QStringLiteral("language"), m.language},
        {QStringLiteral("channel"), m.channel},
        {QStringLiteral("to"), m.to},
        {QStringLiteral("subject"), m.subject},
        {QStringLiteral("status"), toToken(m.status)},
        {QStringLiteral("attempts"), m.attempts},
        {QStringLiteral("last_error"), m.lastError},
        {QStringLiteral("next_attempt_at"), timeJson(m.nextAttemptAt)},
        {QStringLiteral("sent_at"), timeJson(m.sentAt)},
        {QStringLiteral("created_at"), timeJson(m.createdAt)},
        {QStringLiteral("staff"), m.staff},
        {QStringLiteral("message_id"), m.messageId}};
}

QJsonObject planJson(const CampaignPlan &plan)
{
    QJsonArray sent;
    for (const CampaignRecipient &r : plan.recipients)
        sent.append(QJsonObject{{QStringLiteral("guest"), r.guestUuid},
                                {QStringLiteral("language"), r.language},
                                {QStringLiteral("to"), r.to}});
    QJsonArray skipped;
    for (const CampaignSkip &s : plan.skipped)
        skipped.append(QJsonObject{{QStringLiteral("guest"), s.guestUuid},
                                   {QStringLiteral("reason"), toToken(s.reason)}});
    return {{QStringLiteral("sent"), sent}, {QStringLiteral("skipped"), skipped}};
}

void printPlan(const CampaignPlan &plan, bool dryRun)
{
    printLine((dryRun ? QCoreApplication::translate("MessageSendCommand", "Would go to %n guest(s):", nullptr,
                                                    int(plan.recipients.size()))
                      : QCoreApplication::translate("MessageSendCommand", "Goes to %n guest(s):", nullptr,
                                                    int(plan.recipients.size()))));
    for (const CampaignRecipient &r : plan.recipients)
        printLine(QStringLiteral("  %1  %2  %3  %4").arg(r.guestUuid, r.name, r.language, r.to));
    printLine(QCoreApplication::translate("MessageSendCommand", "Left out: %n guest(s)", nullptr,
                                          int(plan.skipped.size())));
    for (const CampaignSkip &s : plan.skipped)
        printLine(QStringLiteral("  %1  %2  %3 (%4)")
                      .arg(s.guestUuid, s.name, toToken(s.reason), displayText(s.reason)));
}

void printFlush(const FlushReport &report)
{
    printLine(QCoreApplication::translate("OutboxFlushCommand",
                                          "Sent %1; waiting %2; failed %3; may have been sent %4.")
                  .arg(report.sent)
                  .arg(report.waiting)
                  .arg(report.failed)
                  .arg(report.unknown));
    for (const OutboxMessage &m : report.notSent)
        printLine(QStringLiteral("  %1  %2  %3: %4").arg(m.uuid, m.to, toToken(m.status), m.lastError));
}

QJsonArray notSentJson(const QList<OutboxMessage> &messages)
{
    QJsonArray array;
    for (const OutboxMessage &m : messages)
        array.append(QJsonObject{{QStringLiteral("uuid"), m.uuid},
                                 {QStringLiteral("guest"), m.guestUuid},
                                 {QStringLiteral("to"), m.to},
                                 {QStringLiteral("status"), toToken(m.status)},
                                 {QStringLiteral("error"), m.lastError}});
    return array;
}

class MessageSendCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(MessageSendCommand)

public:
    using Command::Command;
    QString name() const override { return QStringLiteral("message send"); }
    QString description() const override
    {
        return tr(
            "Send a template to a segment's guests who agreed to it: shows who gets it and who is left out "
            "and why, queues the messages and sends the outbox.");
    }

protected:
    bool printsData() const override { return true; }
    void addOptions(QCommandLineParser &parser) override
    {
        parser.addOption(
            QCommandLineOption(QStringLiteral("segment"), tr("The saved segment to write to."), tr("name")));
        parser.addOption(
            QCommandLineOption(QStringLiteral("template"), tr("The template to send."), tr("name")));
        parser.addOption(QCommandLineOption(QStringLiteral("channel"),
                                            tr("email (default), or sms: Innkeep does not send text "
                                               "messages; --output gets a CSV of numbers and "
                                               "texts."),
                                            tr("channel")));
        parser.addOption(
            QCommandLineOption(QStringLiteral("dry-run"), tr("Show who would get it; send nothing.")));
        parser.addOption(QCommandLineOption(QStringLiteral("output"),
                                            tr("With --channel sms: the CSV file to write."), tr("file")));
    }

    int run(const QCommandLineParser &parser) override
    {
        if (auto ok = expectPositional(parser, 0); !ok)
            return usage(ok.error().message);
        const QString segment = parser.value(QStringLiteral("segment"));
        const QString templateName = parser.value(QStringLiteral("template"));
        if (segment.trimmed().isEmpty())
            return usage(tr("--segment is required."));
        if (templateName.trimmed().isEmpty())
            return usage(tr("--template is required."));
        MessageChannel channel = MessageChannel::Email;
        if (parser.isSet(QStringLiteral("channel"))) {
            const auto parsed = messageChannelFromToken(parser.value(QStringLiteral("channel")));
            if (!parsed)
                return usage(tr("--channel: \"%1\" is not one of email, sms.")
                                 .arg(TextField::quoted(parser.value(QStringLiteral("channel")))));
            channel = *parsed;
        }
        const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
        const QString output = parser.value(QStringLiteral("output"));
        if (channel == MessageChannel::TextMessage && !dryRun && output.isEmpty())
            return usage(
                tr("--channel sms writes a CSV of numbers and texts: give --output FILE (or --dry-run)."));

        auto venue = openVenue(parser);
        if (!venue)
            return fail(venue.error());
        Database &db = (*venue)->database();
        auto audience = Campaign(db).segmentAudience(segment);
        if (!audience)
            return fail(audience.error());

        if (dryRun || channel == MessageChannel::TextMessage) {
            auto plan = Campaign(db).plan(templateName, *audience, channel);
            if (!plan)
                return fail(plan.error());
            if (!dryRun)
                if (auto ok = writeTextMessages(db, *plan, output); !ok)
                    return fail(ok.error());
            if (json(parser))
                printJson(planJson(*plan));
            else
                printPlan(*plan, dryRun);
            return Success;
        }

        auto queued = Outbox(db).queueCampaign(templateName, *audience, segment);
        if (!queued)
            return fail(queued.error());
        std::optional<FlushReport> report;
        QString notSentReason;
        if (!queued->messageUuids.isEmpty()) {
            auto flushed = Outbox(db).flush(Outbox::Which::Due);
            if (flushed)
                report = *flushed;
            else
                notSentReason = flushed.error().message;
        }
        if (json(parser)) {
            QJsonObject object = planJson(queued->plan);
            if (report)
                object.insert(QStringLiteral("not_sent"), notSentJson(report->notSent));
            printJson(object);
        } else {
            printPlan(queued->plan, false);
            if (report)
                printFlush(*report);
        }
        // The messages are queued either way; why they could not go yet is said, not failed on.
        if (!notSentReason.isEmpty())
            printError(tr("The messages wait in the outbox: %1").arg(notSentReason));
        return Success;
    }
};

class OutboxListCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(OutboxListCommand)

public:
    using Command::Command;
    QString name() const override { return QStringLiteral("outbox list"); }
    QString description() const override
    {
        return tr("List the messages in the outbox, newest first, with their status.");
    }

protected:
    bool printsData() const override { return true; }
    void addOptions(QCommandLineParser &parser) override
    {
        parser.addOption(QCommandLineOption(
            QStringLiteral("status"), tr("Only those: queued, sending, sent, failed, unknown, exported."),
            tr("status")));
    }

    int run(const QCommandLineParser &parser) override
    {
        if (auto ok = expectPositional(parser, 0); !ok)
            return usage(ok.error().message);
        std::optional<OutboxStatus> status;
        if (parser.isSet(QStringLiteral("status"))) {
            status = outboxStatusFromToken(parser.value(QStringLiteral("status")).trimmed().toLower());
            if (!status)
                return usage(
                    tr("--status: \"%1\" is not one of queued, sending, sent, failed, unknown, exported.")
                        .arg(TextField::quoted(parser.value(QStringLiteral("status")))));
        }
        auto venue = openVenue(parser);
        if (!venue)
            return fail(venue.error());
        auto messages = Outbox((*venue)->database()).list(status);
        if (!messages)
            return fail(messages.error());
        if (json(parser)) {
            QJsonArray array;
            for (const OutboxMessage &m : *messages)
                array.append(toJson(m));
            printJson(array);
            return Success;
        }
        if (messages->isEmpty())
            printLine(tr("The outbox is empty."));
        for (const OutboxMessage &m : *messages) {
            printLine(QStringLiteral("%1  %2  %3  %4  %5")
                          .arg(m.uuid, toToken(m.status), m.to, m.language, m.subject));
            if (!m.lastError.isEmpty() && m.status != OutboxStatus::Sent)
                printLine(tr("    attempts %1: %2").arg(m.attempts).arg(m.lastError));
        }
        return Success;
    }
};

class OutboxFlushCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(OutboxFlushCommand)

public:
    using Command::Command;
    QString name() const override { return QStringLiteral("outbox flush"); }
    QString description() const override
    {
        return tr("Send every waiting message now through the venue's mail server (smtp.url).");
    }

protected:
    bool printsData() const override { return true; }
    void addOptions(QCommandLineParser &) override {}

    int run(const QCommandLineParser &parser) override
    {
        if (auto ok = expectPositional(parser, 0); !ok)
            return usage(ok.error().message);
        auto venue = openVenue(parser);
        if (!venue)
            return fail(venue.error());
        // A person asked: messages waiting for their next attempt are tried now too.
        auto report = Outbox((*venue)->database()).flush(Outbox::Which::Everything);
        if (!report)
            return fail(report.error());
        if (json(parser))
            printJson(QJsonObject{{QStringLiteral("sent"), report->sent},
                                  {QStringLiteral("waiting"), report->waiting},
                                  {QStringLiteral("failed"), report->failed},
                                  {QStringLiteral("unknown"), report->unknown},
                                  {QStringLiteral("recovered"), report->recovered},
                                  {QStringLiteral("not_sent"), notSentJson(report->notSent)}});
        else
            printFlush(*report);
        if (report->waiting == 0 && report->unknown == 0)
            return Success;
        const OutboxMessage &first = report->notSent.constFirst();
        printError(tr("%1 message(s) not sent yet; %2: %3")
                       .arg(report->waiting + report->unknown)
                       .arg(first.to, first.lastError));
        return Failure;
    }
};

class OutboxExportCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(OutboxExportCommand)

public:
    using Command::Command;
    QString name() const override { return QStringLiteral("outbox export"); }
    QString description() const override
    {
        return tr("Write each waiting message as an .eml file for the venue's own mail client (they are then "
                  "not sent by Innkeep).");
    }

protected:
    void addOptions(QCommandLineParser &parser) override
    {
        parser.addOption(
            QCommandLineOption(QStringLiteral("output"), tr("The folder to write to."), tr("folder")));
    }

    int run(const QCommandLineParser &parser) override
    {
        if (auto ok = expectPositional(parser, 0); !ok)
            return usage(ok.error().message);
        if (parser.value(QStringLiteral("output")).isEmpty())
            return usage(tr("--output is required."));
        auto venue = openVenue(parser);
        if (!venue)
            return fail(venue.error());
        auto files = Outbox((*venue)->database()).exportEml(parser.value(QStringLiteral("output")));
        if (!files)
            return fail(files.error());
        for (const QString &file : *files)
            printLine(file);
        return Success;
    }
};

// outbox resend / outbox mark-sent: a person's decision on one message.
class OutboxDecisionCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(OutboxDecisionCommand)

public:
    OutboxDecisionCommand(const Clock &clock, bool resend) : Command(clock), m_resend(resend) {}
    QString name() const override
    {
        return m_resend ? QStringLiteral("outbox resend") : QStringLiteral("outbox mark-sent");
    }
    QString description() const override
    {
        return m_resend ? tr("Queue a failed message, or one that may have been sent, to be sent again.")
                        : tr("Record that a message that may have been sent did arrive.");
    }

protected:
    void addOptions(QCommandLineParser &parser) override
    {
        parser.addPositionalArgument(QStringLiteral("uuid"), tr("The message's id (outbox list)."),
                                     QStringLiteral("UUID"));
    }

    int run(const QCommandLineParser &parser) override
    {
        if (auto ok = expectPositional(parser, 1); !ok)
            return usage(ok.error().message);
        auto venue = openVenue(parser);
        if (!venue)
            return fail(venue.error());
        Outbox outbox((*venue)->database());
        const QString uuid = parser.positionalArguments().constFirst();
        if (auto ok = m_resend ? outbox.resend(uuid) : outbox.markSent(uuid); !ok)
            return fail(ok.error());
        return Success;
    }

private:
    bool m_resend;
};

} // namespace

void registerMessageCommands(CommandRegistry &registry, const Clock &clock)
{
    registry.add(std::make_unique<MessageSendCommand>(clock));
    registry.add(std::make_unique<OutboxListCommand>(clock));
    registry.add(std::make_unique<OutboxFlushCommand>(clock));
    registry.add(std::make_unique<OutboxExportCommand>(clock));
    registry.add(std::make_unique<OutboxDecisionCommand>(clock, true));
    registry.add(std::make_unique<OutboxDecisionCommand>(clock, false));
}

} // namespace innkeep::cli
