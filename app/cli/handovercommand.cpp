// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// handover: the shift handover report (overdue, due soon, other open, resolved since the shift
// started) as text or JSON.
#include "commandregistry.h"
#include "commands.h"
#include "console.h"
#include "ticketconsoleformat.h"
#include "tickets/ticketservice.h"

#include <QJsonArray>
#include <QSet>

namespace innkeep::cli {

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 HourMs = 60 * 60 * 1000;

class HandoverCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(HandoverCommand)

public:
    using Command::Command;
    QString name() const override { return u"handover"_s; }
    QString description() const override
    {
        return tr("Shift handover: overdue, due soon, other open tickets and those resolved since the shift "
                  "began.");
    }

protected:
    bool printsData() const override { return true; }
    void addOptions(QCommandLineParser &parser) override
    {
        parser.addOption(QCommandLineOption(u"since"_s,
                                            tr("Start of the shift: 2026-06-15T08:00, 08:00 (the latest "
                                               "08:00, local) or a duration back from now "
                                               "such as 8h (default 8h)."),
                                            tr("time")));
        parser.addOption(QCommandLineOption(
            u"due-within"_s, tr("\"Due soon\" horizon: 30m, 2h, 1d (default 2h)."), tr("duration")));
    }

    int run(const QCommandLineParser &parser) override
    {
        if (auto ok = expectPositional(parser, 0); !ok)
            return usage(ok.error().message);
        auto since = TicketConsoleFormat::instant(
            u"since"_s, parser.isSet(u"since"_s) ? parser.value(u"since"_s) : u"8h"_s, clock());
        if (!since)
            return usage(since.error().toString());
        auto within = TicketConsoleFormat::duration(
            u"due-within"_s, parser.isSet(u"due-within"_s) ? parser.value(u"due-within"_s) : u"2h"_s);
        if (!within)
            return usage(within.error().toString());

        auto opened = openVenue(parser);
        if (!opened)
            return fail(opened.error());
        TicketService &service = (*opened)->tickets();
        // The core works in whole hours; ask for the next whole hour and hand back what falls
        // after the exact horizon. They are due sooner than every other open ticket, so in
        // urgency order they go first among them.
        auto report = service.handover(*since, int((*within + HourMs - 1) / HourMs));
        if (!report)
            return fail(report.error());
        report->horizonMs = report->generatedAt + *within;
        QList<ComplaintTicket> later;
        for (qsizetype i = 0; i < report->dueWithin.size();) {
            const ComplaintTicket &t = report->dueWithin.at(i);
            if (t.dueAt && *t.dueAt > report->horizonMs) {
                later.append(t);
                report->dueWithin.removeAt(i);
            } else {
                ++i;
            }
        }
        report->otherOpen = later + report->otherOpen;

        // Closed without a follow-up: allowed, but flagged here.
        QSet<qint64> noFollowUp;
        for (const ComplaintTicket &t : std::as_const(report->resolvedSince)) {
            if (t.status != TicketStatus::Closed)
                continue;
            auto followUps = service.followUps(t.id);
            if (!followUps)
                return fail(followUps.error());
            if (followUps->isEmpty())
                noFollowUp.insert(t.id);
        }

        struct Section
        {
            QString key;
            QString title;
            const QList<ComplaintTicket> *tickets;
        };
        const QList<Section> sections{
            {u"overdue"_s, tr("Overdue"), &report->overdue},
            {u"due_soon"_s, tr("Due within %1").arg(TicketConsoleFormat::span(*within)), &report->dueWithin},
            {u"open"_s, tr("Other open"), &report->otherOpen},
            {u"resolved_since"_s,
             tr("Resolved since %1").arg(TicketConsoleFormat::localTime(report->sinceMs)),
             &report->resolvedSince},
        };

        if (json(parser)) {
            QJsonObject object{{u"generated_at"_s, report->generatedAt},
                               {u"since"_s, report->sinceMs},
                               {u"horizon"_s, report->horizonMs},
                               {u"due_within_minutes"_s, *within / 60000}};
            for (const Section &section : sections) {
                QJsonArray array;
                for (const ComplaintTicket &t : *section.tickets) {
                    auto reading = service.sla(t);
                    if (!reading)
                        return fail(reading.error());
                    QJsonObject ticket = TicketConsoleFormat::toJson(t, *reading);
                    if (section.key == u"resolved_since"_s)
                        ticket.insert(u"closed_without_follow_up"_s, noFollowUp.contains(t.id));
                    array.append(ticket);
                }
                object.insert(section.key, array);
            }
            printJson(object);
            return Success;
        }

        printLine(tr("Shift handover, %1 (since %2)")
                      .arg(TicketConsoleFormat::localTime(report->generatedAt),
                           TicketConsoleFormat::localTime(report->sinceMs)));
        for (const Section &section : sections) {
            printLine(QString());
            printLine(u"%1 (%2)"_s.arg(section.title, QString::number(section.tickets->size())));
            if (section.tickets->isEmpty())
                printLine(tr("  none"));
            for (const ComplaintTicket &t : *section.tickets) {
                auto reading = service.sla(t);
                if (!reading)
                    return fail(reading.error());
                QString text = u"  "_s + TicketConsoleFormat::line(t, *reading);
                if (noFollowUp.contains(t.id))
                    text += tr("  [closed without follow-up]");
                printLine(text);
            }
        }
        return Success;
    }
};

} // namespace

void registerHandoverCommands(CommandRegistry &registry, const Clock &clock)
{
    registry.add(std::make_unique<HandoverCommand>(clock));
}

} // namespace innkeep::cli
