// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// ticket add, show, list, move, note, compensate, follow-up, close: complaint tickets from the
// command line. Writes print the ticket's id once committed; bad input changes nothing.
#include "commandoptions.h"
#include "commandregistry.h"
#include "commands.h"
#include "common/currencycode.h"
#include "common/textfield.h"
#include "console.h"
#include "ticketconsoleformat.h"
#include "tickets/ticketservice.h"
#include "tickets/ticketsource.h"
#include "tickets/ticketworkflow.h"

#include <QJsonArray>

namespace innkeep::cli {

using namespace Qt::StringLiterals;

namespace {

void addTicketId(QCommandLineParser &parser)
{
    parser.addPositionalArgument(u"id"_s, QCoreApplication::translate("TicketCommand", "The ticket's id."),
                                 u"ID"_s);
}

// The ticket id of a command that takes exactly one, or a usage error.
Result<QString> ticketId(const QCommandLineParser &parser, const Status &positional)
{
    return positionalId(parser, positional, u"ticket"_s);
}

// A required option's value, or a usage error naming it.
Result<QString> required(const Command &command, const QCommandLineParser &parser, const QString &option)
{
    const QString value = parser.value(option).trimmed();
    if (value.isEmpty())
        return std::unexpected(TicketConsoleFormat::optionError(
            option,
            QCoreApplication::translate("TicketCommand", "required; innkeep-cli %1 --help shows the options.")
                .arg(command.name())));
    return value;
}

class TicketAddCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(TicketAddCommand)

public:
    using Command::Command;
    QString name() const override { return u"ticket add"_s; }
    QString description() const override { return tr("Log a complaint ticket; prints the new ticket's id."); }

protected:
    void addOptions(QCommandLineParser &parser) override
    {
        addValueOption(parser, u"guest"_s, tr("The guest's id (give the guest, the room, or both)."),
                       tr("uuid"));
        addValueOption(parser, u"room"_s, tr("The room the complaint comes from."), tr("room"));
        addValueOption(parser, u"category"_s,
                       tr("Category key: housekeeping, maintenance, noise, food-beverage, front-office, "
                          "billing, amenities, "
                          "other (the venue's list)."),
                       tr("key"));
        addValueOption(parser, u"severity"_s, tr("low, medium, high or critical; picks the SLA."),
                       tr("severity"));
        addValueOption(parser, u"text"_s, tr("What the guest complains about."), tr("text"));
        addValueOption(parser, u"department"_s, tr("Department key (the venue's list)."), tr("key"));
        addValueOption(parser, u"assignee"_s, tr("The staff member who handles it."), tr("name"));
        addValueOption(parser, u"source"_s,
                       tr("How it reached the desk: in-person (default), phone, email, …"), tr("source"));
    }

    int run(const QCommandLineParser &parser) override
    {
        if (auto ok = expectPositional(parser, 0); !ok)
            return usage(ok.error().message);
        NewTicket input;
        auto guest = optionalValue(parser, u"guest"_s, TicketConsoleFormat::uuid);
        if (!guest)
            return usage(guest.error().toString());
        input.guestUuid = guest->value_or(QString());
        input.room = parser.value(u"room"_s).trimmed();
        if (input.guestUuid.isEmpty() && input.room.isEmpty())
            return usage(
                TicketConsoleFormat::optionError(u"guest"_s, tr("give --guest UUID or --room R (or both)."))
                    .toString());
        for (const QString &option : {u"category"_s, u"severity"_s, u"text"_s}) {
            if (auto value = required(*this, parser, option); !value)
                return usage(value.error().toString());
        }
        auto severity = TicketConsoleFormat::severity(u"severity"_s, parser.value(u"severity"_s));
        if (!severity)
            return usage(severity.error().toString());
        input.severity = *severity;
        input.category = parser.value(u"category"_s).trimmed().toLower();
        input.description = parser.value(u"text"_s);
        input.department = parser.value(u"department"_s).trimmed().toLower();
        input.assignee = parser.value(u"assignee"_s);
        if (parser.isSet(u"source"_s)) {
            input.source = parser.value(u"source"_s).trimmed().toLower();
            if (!isTicketSource(input.source))
                return usage(TicketConsoleFormat::optionError(
                                 u"source"_s, tr("\"%1\" is not one of %2.")
                                                  .arg(TextField::quoted(parser.value(u"source"_s)),
                                                       ticketSourceTokens().join(u", "_s)))
                                 .toString());
        }

        // one transaction, committed on success
        return writeAndPrintId(parser,
                               [&](OpenVenue &venue) { return uuidOf(venue.tickets().create(input)); });
    }
};

class TicketShowCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(TicketShowCommand)

public:
    using Command::Command;
    QString name() const override { return u"ticket show"_s; }
    QString description() const override
    {
        return tr("Show a ticket: details, SLA due times and states, timeline, compensation, follow-ups.");
    }

protected:
    bool printsData() const override { return true; }
    void addOptions(QCommandLineParser &parser) override { addTicketId(parser); }

    int run(const QCommandLineParser &parser) override
    {
        auto id = ticketId(parser, expectPositional(parser, 1));
        if (!id)
            return usage(id.error().toString());
        auto opened = openVenue(parser);
        if (!opened)
            return fail(opened.error());
        TicketService &service = (*opened)->tickets();
        auto ticket = service.ticket(*id);
        if (!ticket)
            return fail(ticket.error());
        auto reading = service.sla(*ticket);
        if (!reading)
            return fail(reading.error());
        auto timeline = service.timeline(ticket->id);
        if (!timeline)
            return fail(timeline.error());
        auto compensations = service.compensations(ticket->id);
        if (!compensations)
            return fail(compensations.error());
        auto totals = service.compensationTotals(ticket->id);
        if (!totals)
            return fail(totals.error());
        auto followUps = service.followUps(ticket->id);
        if (!followUps)
            return fail(followUps.error());

        if (json(parser)) {
            QJsonArray events, given, sums, contacts;
            for (const TicketEvent &e : std::as_const(*timeline))
                events.append(TicketConsoleFormat::toJson(e));
            for (const Compensation &c : std::as_const(*compensations))
                given.append(TicketConsoleFormat::toJson(c));
            for (const CompensationTotal &t : std::as_const(*totals))
                sums.append(QJsonObject{
                    {u"currency"_s, t.currency}, {u"total_minor"_s, t.totalMinor}, {u"count"_s, t.count}});
            for (const FollowUp &f : std::as_const(*followUps))
                contacts.append(TicketConsoleFormat::toJson(f));
            printJson(QJsonObject{{u"ticket"_s, TicketConsoleFormat::toJson(*ticket, *reading)},
                                  {u"sla"_s, TicketConsoleFormat::toJson(*reading)},
                                  {u"timeline"_s, events},
                                  {u"compensations"_s, given},
                                  {u"compensation_totals"_s, sums},
                                  {u"follow_ups"_s, contacts}});
            return Success;
        }

        const ComplaintTicket &t = *ticket;
        printLine(tr("Ticket %1  [%2]  %3")
                      .arg(t.uuid, ticketSeverityLabel(t.severity), ticketStatusLabel(t.status)));
        const auto field = [](const QString &label, const QString &value) {
            if (!value.isEmpty())
                printLine(u"  %1: %2"_s.arg(label, value));
        };
        field(tr("From"), TicketConsoleFormat::from(t));
        field(tr("Guest id"), t.guestUuid);
        field(tr("Category"), t.category);
        field(tr("Department"), t.department);
        field(tr("Assignee"), t.assignee);
        field(tr("Source"), t.source);
        field(tr("Feedback"), t.feedbackUuid);
        field(tr("Created"), tr("%1 by %2").arg(TicketConsoleFormat::localTime(t.createdAt), t.createdBy));
        field(tr("Description"), t.description);
        field(tr("Resolution"), t.resolutionSummary);
        if (t.outcome != TicketOutcome::None)
            field(tr("Outcome"), ticketOutcomeToken(t.outcome));

        printLine(
            tr("SLA: %1").arg(TicketConsoleFormat::stateLabel(TicketConsoleFormat::overallState(*reading))));
        const auto target = [](const QString &label, const SlaTarget &s) {
            QString text = u"  %1: %2"_s.arg(label, TicketConsoleFormat::stateLabel(s.state));
            if (s.achievedAtMs)
                text += tr(", done %1").arg(TicketConsoleFormat::localTime(s.achievedAtMs));
            if (s.dueAtMs)
                text += tr(", due %1").arg(TicketConsoleFormat::localTime(s.dueAtMs));
            if (s.pending())
                text += s.remainingMs() >= 0
                            ? tr(", %1 left").arg(TicketConsoleFormat::span(s.remainingMs()))
                            : tr(", %1 over").arg(TicketConsoleFormat::span(s.remainingMs()));
            printLine(text);
        };
        target(tr("Acknowledge"), reading->acknowledge);
        target(tr("Resolve"), reading->resolve);

        printLine(tr("Timeline:"));
        for (const TicketEvent &e : std::as_const(*timeline)) {
            QString what = TicketEvent::kindToken(e.kind);
            if (e.kind == TicketEvent::Kind::Status && e.fromStatus && e.toStatus)
                what = u"%1 → %2"_s.arg(ticketStatusLabel(*e.fromStatus), ticketStatusLabel(*e.toStatus));
            printLine(u"  %1  %2  %3%4"_s.arg(TicketConsoleFormat::localTime(e.atMs), e.staff, what,
                                              e.body.isEmpty() ? QString() : u": "_s + e.body));
        }
        if (!compensations->isEmpty()) {
            QStringList sums;
            for (const CompensationTotal &s : std::as_const(*totals))
                sums.append(TicketConsoleFormat::money(s.totalMinor, s.currency));
            printLine(tr("Compensation: %1").arg(sums.join(u", "_s)));
            for (const Compensation &c : std::as_const(*compensations))
                printLine(u"  %1  %2  %3%4"_s.arg(
                    TicketConsoleFormat::localTime(c.atMs), Compensation::kindToken(c.kind),
                    TicketConsoleFormat::money(c.costMinor, c.currency),
                    c.description.isEmpty() ? QString() : u"  "_s + c.description));
        }
        if (followUps->isEmpty()) {
            if (t.status == TicketStatus::Closed)
                printLine(tr("Follow-ups: none (closed without following up)"));
        } else {
            printLine(tr("Follow-ups:"));
            for (const FollowUp &f : std::as_const(*followUps))
                printLine(u"  %1  %2  %3  %4"_s.arg(
                    TicketConsoleFormat::localTime(f.contactedAt), FollowUp::channelToken(f.channel),
                    f.satisfaction ? u"%1/5"_s.arg(*f.satisfaction) : u"—"_s, f.reaction));
        }
        return Success;
    }
};

class TicketListCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(TicketListCommand)

public:
    using Command::Command;
    QString name() const override { return u"ticket list"_s; }
    QString description() const override
    {
        return tr("The ticket queue, most urgent first, with SLA state and due time.");
    }

protected:
    bool printsData() const override { return true; }
    void addOptions(QCommandLineParser &parser) override
    {
        addValueOption(
            parser, u"status"_s,
            tr("Only this status (repeat for more): new, acknowledged, in-progress, waiting-guest, "
               "waiting-department, resolved, closed. Default: every open status."),
            tr("status"));
        addValueOption(parser, u"severity"_s, tr("Only this severity (repeat for more)."), tr("severity"));
        addValueOption(parser, u"department"_s, tr("Only this department (repeat for more)."), tr("key"));
        addValueOption(parser, u"assignee"_s, tr("Only this assignee (repeat for more)."), tr("name"));
        parser.addOption(QCommandLineOption(u"overdue"_s, tr("Only overdue tickets.")));
        addValueOption(parser, u"due-within"_s,
                       tr("Only tickets due (or overdue) within this time: 30m, 2h, 1d."), tr("duration"));
        addValueOption(parser, u"limit"_s, tr("At most this many (default 100)."), tr("n"));
    }

    int run(const QCommandLineParser &parser) override
    {
        if (auto ok = expectPositional(parser, 0); !ok)
            return usage(ok.error().message);
        TicketQuery query;
        auto statuses = listValues(parser, u"status"_s, TicketConsoleFormat::status);
        if (!statuses)
            return usage(statuses.error().toString());
        query.statuses = *statuses;
        auto severities = listValues(parser, u"severity"_s, TicketConsoleFormat::severity);
        if (!severities)
            return usage(severities.error().toString());
        query.severities = *severities;
        for (const QString &value : parser.values(u"department"_s))
            query.departments.append(value.trimmed().toLower());
        for (const QString &value : parser.values(u"assignee"_s))
            query.assignees.append(value.trimmed());
        query.overdueOnly = parser.isSet(u"overdue"_s);
        auto within = optionalValue(parser, u"due-within"_s, TicketConsoleFormat::duration);
        if (!within)
            return usage(within.error().toString());
        query.dueWithinMs = *within;
        auto limit = optionalValue(parser, u"limit"_s, TicketConsoleFormat::positiveNumber);
        if (!limit)
            return usage(limit.error().toString());
        query.limit = limit->value_or(query.limit);

        auto opened = openVenue(parser);
        if (!opened)
            return fail(opened.error());
        TicketService &service = (*opened)->tickets();
        auto tickets = service.queue(query, clock().nowMs());
        if (!tickets)
            return fail(tickets.error());
        QJsonArray array;
        for (const ComplaintTicket &t : std::as_const(*tickets)) {
            auto reading = service.sla(t);
            if (!reading)
                return fail(reading.error());
            if (json(parser))
                array.append(TicketConsoleFormat::toJson(t, *reading));
            else
                printLine(TicketConsoleFormat::line(t, *reading));
        }
        if (json(parser))
            printJson(array);
        else if (tickets->isEmpty())
            printLine(tr("No tickets."));
        return Success;
    }
};

class TicketMoveCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(TicketMoveCommand)

public:
    using Command::Command;
    QString name() const override { return u"ticket move"_s; }
    QString description() const override { return tr("Move a ticket to another status; prints its id."); }

protected:
    void addOptions(QCommandLineParser &parser) override
    {
        addTicketId(parser);
        addValueOption(parser, u"to"_s,
                       tr("The new status: new, acknowledged, in-progress, waiting-guest, "
                          "waiting-department, resolved, closed."),
                       tr("status"));
        addValueOption(parser, u"note"_s, tr("A note on the status change."), tr("text"));
    }

    int run(const QCommandLineParser &parser) override
    {
        auto id = ticketId(parser, expectPositional(parser, 1));
        if (!id)
            return usage(id.error().toString());
        if (auto to = required(*this, parser, u"to"_s); !to)
            return usage(to.error().toString());
        auto to = TicketConsoleFormat::status(u"to"_s, parser.value(u"to"_s));
        if (!to)
            return usage(to.error().toString());
        return writeAndPrintId(parser, [&](OpenVenue &venue) {
            return uuidOf(venue.tickets().move(*id, *to, parser.value(u"note"_s)));
        });
    }
};

class TicketNoteCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(TicketNoteCommand)

public:
    using Command::Command;
    QString name() const override { return u"ticket note"_s; }
    QString description() const override
    {
        return tr("Add an internal note to a ticket's timeline; prints its id.");
    }

protected:
    void addOptions(QCommandLineParser &parser) override
    {
        addTicketId(parser);
        addValueOption(parser, u"text"_s, tr("The note."), tr("text"));
    }

    int run(const QCommandLineParser &parser) override
    {
        auto id = ticketId(parser, expectPositional(parser, 1));
        if (!id)
            return usage(id.error().toString());
        auto text = required(*this, parser, u"text"_s);
        if (!text)
            return usage(text.error().toString());
        return writeAndPrintId(parser, [&](OpenVenue &venue) -> Result<QString> {
            if (auto note = venue.tickets().addNote(*id, *text); !note)
                return std::unexpected(note.error());
            return *id;
        });
    }
};

class TicketReclassifyCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(TicketReclassifyCommand)

public:
    using Command::Command;
    QString name() const override { return u"ticket reclassify"_s; }
    QString description() const override
    {
        return tr("Correct a ticket's severity or category (the SLA follows the severity); prints its id.");
    }

protected:
    void addOptions(QCommandLineParser &parser) override
    {
        addTicketId(parser);
        addValueOption(parser, u"severity"_s, tr("low, medium, high or critical."), tr("severity"));
        addValueOption(parser, u"category"_s, tr("Category key (the venue's list)."), tr("key"));
    }

    int run(const QCommandLineParser &parser) override
    {
        auto id = ticketId(parser, expectPositional(parser, 1));
        if (!id)
            return usage(id.error().toString());
        if (!parser.isSet(u"severity"_s) && !parser.isSet(u"category"_s))
            return usage(tr("Give --severity, --category or both."));
        auto severity = optionalValue(parser, u"severity"_s, TicketConsoleFormat::severity);
        if (!severity)
            return usage(severity.error().toString());
        return writeAndPrintId(parser, [&](OpenVenue &venue) -> Result<QString> {
            TicketService &service = venue.tickets();
            auto current = service.ticket(*id);
            if (!current)
                return std::unexpected(current.error());
            const QString category =
                parser.isSet(u"category"_s) ? parser.value(u"category"_s) : current->category;
            if (auto changed = service.reclassify(*id, severity->value_or(current->severity), category);
                !changed)
                return std::unexpected(changed.error());
            return *id;
        });
    }
};

class TicketCompensateCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(TicketCompensateCommand)

public:
    using Command::Command;
    QString name() const override { return u"ticket compensate"_s; }
    QString description() const override
    {
        return tr("Record compensation given for a ticket; prints its id.");
    }

protected:
    void addOptions(QCommandLineParser &parser) override
    {
        addTicketId(parser);
        addValueOption(parser, u"type"_s, tr("discount, refund, upgrade, amenity or other."), tr("type"));
        addValueOption(parser, u"amount"_s,
                       tr("What it cost the venue, e.g. 25.00 (decimal point or comma)."), tr("amount"));
        addValueOption(parser, u"currency"_s, tr("Three-letter ISO currency code, e.g. EUR."), tr("code"));
        addValueOption(parser, u"note"_s, tr("What was given."), tr("text"));
    }

    int run(const QCommandLineParser &parser) override
    {
        auto id = ticketId(parser, expectPositional(parser, 1));
        if (!id)
            return usage(id.error().toString());
        for (const QString &option : {u"type"_s, u"amount"_s, u"currency"_s}) {
            if (auto value = required(*this, parser, option); !value)
                return usage(value.error().toString());
        }
        auto kind = TicketConsoleFormat::compensationKind(u"type"_s, parser.value(u"type"_s));
        if (!kind)
            return usage(kind.error().toString());
        auto currency = CurrencyCode::normalised(u"--currency"_s, parser.value(u"currency"_s));
        if (!currency)
            return usage(currency.error().toString());
        auto amount = TicketConsoleFormat::amountMinor(u"amount"_s, parser.value(u"amount"_s), *currency);
        if (!amount)
            return usage(amount.error().toString());

        Compensation compensation;
        compensation.kind = *kind;
        compensation.costMinor = *amount;
        compensation.currency = *currency;
        compensation.description = parser.value(u"note"_s);
        return writeAndPrintId(parser, [&](OpenVenue &venue) -> Result<QString> {
            if (auto added = venue.tickets().addCompensation(*id, compensation); !added)
                return std::unexpected(added.error());
            return *id;
        });
    }
};

class TicketFollowUpCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(TicketFollowUpCommand)

public:
    using Command::Command;
    QString name() const override { return u"ticket follow-up"_s; }
    QString description() const override
    {
        return tr("Record the follow-up contact with the guest after resolving; prints the ticket's id.");
    }

protected:
    void addOptions(QCommandLineParser &parser) override
    {
        addTicketId(parser);
        addValueOption(parser, u"channel"_s,
                       tr("How the guest was reached: in-person, phone, email, sms, letter, other."),
                       tr("channel"));
        addValueOption(parser, u"reaction"_s, tr("The guest's reaction, in their words."), tr("text"));
        addValueOption(parser, u"satisfaction"_s, tr("The guest's satisfaction with the resolution, 1 to 5."),
                       tr("n"));
        addValueOption(parser, u"outcome"_s, tr("Record the outcome as well: recovered or lost."),
                       tr("outcome"));
    }

    int run(const QCommandLineParser &parser) override
    {
        auto id = ticketId(parser, expectPositional(parser, 1));
        if (!id)
            return usage(id.error().toString());
        if (auto value = required(*this, parser, u"channel"_s); !value)
            return usage(value.error().toString());
        auto channel = TicketConsoleFormat::followUpChannel(u"channel"_s, parser.value(u"channel"_s));
        if (!channel)
            return usage(channel.error().toString());
        FollowUp followUp;
        followUp.channel = *channel;
        followUp.reaction = parser.value(u"reaction"_s);
        if (parser.isSet(u"satisfaction"_s)) {
            bool ok = false;
            const int satisfaction = parser.value(u"satisfaction"_s).trimmed().toInt(&ok);
            if (!ok || satisfaction < 1 || satisfaction > 5)
                return usage(
                    TicketConsoleFormat::optionError(
                        u"satisfaction"_s, tr("\"%1\" is not a number from 1 to 5.")
                                               .arg(TextField::quoted(parser.value(u"satisfaction"_s))))
                        .toString());
            followUp.satisfaction = satisfaction;
        }
        auto outcome = optionalValue(parser, u"outcome"_s, TicketConsoleFormat::outcome);
        if (!outcome)
            return usage(outcome.error().toString());

        return writeAndPrintId(parser, [&](OpenVenue &venue) -> Result<QString> {
            // The follow-up and the outcome are one action: one core call stores both or neither.
            TicketService &service = venue.tickets();
            if (auto added = service.recordFollowUp(*id, followUp, outcome->value_or(TicketOutcome::None));
                !added)
                return std::unexpected(added.error());
            return *id;
        });
    }
};

class TicketCloseCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(TicketCloseCommand)

public:
    using Command::Command;
    QString name() const override { return u"ticket close"_s; }
    QString description() const override
    {
        return tr("Close a resolved ticket with its resolution summary; prints its id.");
    }

protected:
    void addOptions(QCommandLineParser &parser) override
    {
        addTicketId(parser);
        addValueOption(parser, u"summary"_s,
                       tr("How it was resolved (needed unless the ticket already has one)."), tr("text"));
        addValueOption(parser, u"outcome"_s, tr("recovered or lost."), tr("outcome"));
    }

    int run(const QCommandLineParser &parser) override
    {
        auto id = ticketId(parser, expectPositional(parser, 1));
        if (!id)
            return usage(id.error().toString());
        auto outcome = optionalValue(parser, u"outcome"_s, TicketConsoleFormat::outcome);
        if (!outcome)
            return usage(outcome.error().toString());
        return writeAndPrintId(parser, [&](OpenVenue &venue) {
            return uuidOf(venue.tickets().close(*id, parser.value(u"summary"_s),
                                                outcome->value_or(TicketOutcome::None)));
        });
    }
};

} // namespace

void registerTicketCommands(CommandRegistry &registry, const Clock &clock)
{
    registry.add(std::make_unique<TicketAddCommand>(clock));
    registry.add(std::make_unique<TicketShowCommand>(clock));
    registry.add(std::make_unique<TicketListCommand>(clock));
    registry.add(std::make_unique<TicketMoveCommand>(clock));
    registry.add(std::make_unique<TicketNoteCommand>(clock));
    registry.add(std::make_unique<TicketReclassifyCommand>(clock));
    registry.add(std::make_unique<TicketCompensateCommand>(clock));
    registry.add(std::make_unique<TicketFollowUpCommand>(clock));
    registry.add(std::make_unique<TicketCloseCommand>(clock));
}

} // namespace innkeep::cli
