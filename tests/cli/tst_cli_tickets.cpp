// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// innkeep-cli's ticket, feedback and handover commands, run as a real process on real files.
#include "clisandbox.h"
#include "common/uuid.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

#include <tuple>

using namespace Qt::StringLiterals;

namespace {

using Run = CliRun;

// A sandbox whose database is initialised, with shortcuts for the records most tests need.
class Sandbox : public CliSandbox
{
public:
    Sandbox()
    {
        const Run init = onDb({u"init"_s});
        REQUIRE(init.code == 0);
    }
    [[nodiscard]] int count(const QString &table) const { return counts().value(table).toInt(-1); }

    QString addGuest(const QString &given, const QString &family) const
    {
        return onDb({u"guest"_s, u"add"_s, u"--given"_s, given, u"--family"_s, family}).id();
    }
    QString addTicket(const QString &guest, const QString &severity = u"high"_s) const
    {
        return onDb({u"ticket"_s, u"add"_s, u"--guest"_s, guest, u"--room"_s, u"204"_s, u"--category"_s,
                     u"noise"_s, u"--severity"_s, severity, u"--text"_s,
                     u"Loud party next door after midnight"_s})
            .id();
    }
    QJsonObject show(const QString &ticket) const
    {
        const Run run = onDb({u"ticket"_s, u"show"_s, ticket, u"--json"_s});
        INFO(run.err.toStdString());
        REQUIRE(run.code == 0);
        return run.json();
    }
};

// A failed command: non-zero exit, one line on stderr naming `field`, nothing on stdout.
void checkRefused(const Run &run, const QString &field)
{
    INFO(run.err.toStdString());
    CHECK(run.code != 0);
    CHECK(run.oneLineError());
    CHECK(run.err.contains(field));
    CHECK(run.out.isEmpty());
}

QStringList statusPath(const QJsonArray &timeline)
{
    QStringList path;
    for (const QJsonValue &event : timeline) {
        if (event[u"kind"_s].toString() == u"status"_s)
            path.append(event[u"to_status"_s].toString());
    }
    return path;
}

QJsonObject findByUuid(const QJsonArray &array, const QString &uuid)
{
    for (const QJsonValue &value : array) {
        if (value[u"uuid"_s].toString() == uuid)
            return value.toObject();
    }
    return {};
}

} // namespace

TEST_CASE("CLI tickets: --help lists the ticket, feedback and handover commands")
{
    Sandbox s;
    const Run help = s.cli({u"--help"_s});
    CHECK(help.code == 0);
    for (const char *command :
         {"ticket add", "ticket show", "ticket list", "ticket move", "ticket note", "ticket reclassify",
          "ticket compensate", "ticket follow-up", "ticket close", "feedback add", "feedback list",
          "feedback respond", "feedback to-ticket", "handover"}) {
        INFO(command);
        CHECK(help.out.contains(QString::fromLatin1(command)));
    }
    const Run listHelp = s.cli({u"ticket"_s, u"list"_s, u"--help"_s});
    CHECK(listHelp.code == 0);
    CHECK(listHelp.out.contains(u"--due-within"_s));
    CHECK(listHelp.out.contains(u"--db"_s));
}

TEST_CASE("CLI tickets: a complaint from logging to closing the loop")
{
    Sandbox s;
    const QString guest = s.addGuest(u"Aram"_s, u"Petrosyan"_s);
    const QString ticket = s.addTicket(guest);
    CHECK(s.count(u"tickets"_s) == 1);

    const Run list = s.onDb({u"ticket"_s, u"list"_s, u"--json"_s});
    REQUIRE(list.code == 0);
    const QJsonObject listed = findByUuid(list.jsonArray(), ticket);
    CHECK(listed[u"status"_s].toString() == u"new"_s);
    CHECK(listed[u"guest_uuid"_s].toString() == guest);
    CHECK(listed[u"severity"_s].toString() == u"high"_s);
    CHECK(QStringList{u"running"_s, u"due-soon"_s}.contains(listed[u"sla_state"_s].toString()));
    CHECK(listed[u"sla_due_at"_s].isDouble());
    const Run text = s.onDb({u"ticket"_s, u"list"_s});
    REQUIRE(text.code == 0);
    CHECK(text.out.contains(ticket));
    CHECK(text.out.contains(u"Loud party"_s));

    for (const QString &status :
         {u"acknowledged"_s, u"in-progress"_s, u"waiting-guest"_s, u"in-progress"_s, u"resolved"_s}) {
        INFO(status.toStdString());
        const Run moved =
            s.onDb({u"ticket"_s, u"move"_s, ticket, u"--to"_s, status, u"--note"_s, u"step "_s + status});
        CHECK(moved.id() == ticket);
        CHECK(s.show(ticket)[u"ticket"_s][u"status"_s].toString() == status);
    }
    CHECK(s.onDb({u"ticket"_s, u"note"_s, ticket, u"--text"_s, u"Security spoke to room 206."_s}).id()
          == ticket);

    const Run followUp =
        s.onDb({u"ticket"_s, u"follow-up"_s, ticket, u"--channel"_s, u"phone"_s, u"--reaction"_s,
                u"Thanked us for the quick move"_s, u"--satisfaction"_s, u"4"_s});
    CHECK(followUp.id() == ticket);
    const Run closed = s.onDb({u"ticket"_s, u"close"_s, ticket, u"--summary"_s, u"Moved to a quiet room"_s,
                               u"--outcome"_s, u"recovered"_s});
    CHECK(closed.id() == ticket);

    const QJsonObject shown = s.show(ticket);
    const QJsonObject t = shown[u"ticket"_s].toObject();
    CHECK(t[u"status"_s].toString() == u"closed"_s);
    CHECK(t[u"resolution_summary"_s].toString() == u"Moved to a quiet room"_s);
    CHECK(t[u"outcome"_s].toString() == u"recovered"_s);
    CHECK(t[u"closed_at"_s].isDouble());
    const QJsonArray timeline = shown[u"timeline"_s].toArray();
    CHECK(timeline.first()[u"kind"_s].toString() == u"created"_s);
    CHECK(statusPath(timeline)
          == QStringList{u"acknowledged"_s, u"in-progress"_s, u"waiting-guest"_s, u"in-progress"_s,
                         u"resolved"_s, u"closed"_s});
    bool noted = false;
    for (const QJsonValue &event : timeline) {
        CHECK(event[u"staff"_s].toString() == u"innkeep-cli"_s);
        CHECK(event[u"at"_s].isDouble());
        noted =
            noted
            || (event[u"kind"_s].toString() == u"note"_s && event[u"body"_s].toString().contains(u"206"_s));
    }
    CHECK(noted);
    const QJsonArray followUps = shown[u"follow_ups"_s].toArray();
    REQUIRE(followUps.size() == 1);
    CHECK(followUps.first()[u"channel"_s].toString() == u"phone"_s);
    CHECK(followUps.first()[u"satisfaction"_s].toInt() == 4);
    const QJsonObject sla = shown[u"sla"_s].toObject();
    CHECK(sla[u"acknowledge"_s][u"state"_s].toString() == u"met"_s);
    CHECK(sla[u"resolve"_s][u"state"_s].toString() == u"met"_s);

    // Closed tickets leave the default (open) queue but are listed by status.
    CHECK(findByUuid(s.onDb({u"ticket"_s, u"list"_s, u"--json"_s}).jsonArray(), ticket).isEmpty());
    CHECK(!findByUuid(s.onDb({u"ticket"_s, u"list"_s, u"--status"_s, u"closed"_s, u"--json"_s}).jsonArray(),
                      ticket)
               .isEmpty());

    const Run readable = s.onDb({u"ticket"_s, u"show"_s, ticket});
    REQUIRE(readable.code == 0);
    CHECK(readable.out.contains(u"Timeline:"_s));
    CHECK(readable.out.contains(u"Moved to a quiet room"_s));
}

TEST_CASE("CLI tickets: bad input exits non-zero with one line naming the field and changes nothing")
{
    Sandbox s;
    const QString guest = s.addGuest(u"Nino"_s, u"Beridze"_s);
    const QString ticket = s.addTicket(guest);
    const QString unknown = innkeep::newUuid();
    const QJsonObject before = s.counts();
    REQUIRE(before.value(u"tickets"_s).toInt() == 1);

    const auto refused = [&](const QStringList &arguments, const QString &field) {
        INFO(arguments.join(u' ').toStdString());
        checkRefused(s.onDb(arguments), field);
        CHECK(s.counts() == before);
    };
    // Illegal transitions: the table refuses them and says which states.
    refused({u"ticket"_s, u"move"_s, ticket, u"--to"_s, u"closed"_s}, u"status"_s);
    refused({u"ticket"_s, u"move"_s, ticket, u"--to"_s, u"waiting-guest"_s}, u"status"_s);
    refused({u"ticket"_s, u"move"_s, ticket, u"--to"_s, u"new"_s}, u"status"_s);
    refused({u"ticket"_s, u"close"_s, ticket, u"--summary"_s, u"done"_s}, u"status"_s);
    // A follow-up before the ticket is resolved.
    refused({u"ticket"_s, u"follow-up"_s, ticket, u"--channel"_s, u"phone"_s, u"--satisfaction"_s, u"3"_s},
            u"status"_s);
    // Unknown records and bad tokens.
    refused({u"ticket"_s, u"move"_s, unknown, u"--to"_s, u"acknowledged"_s}, u"ticket"_s);
    refused({u"ticket"_s, u"note"_s, unknown, u"--text"_s, u"hello"_s}, u"ticket"_s);
    refused({u"ticket"_s, u"show"_s, u"not-an-id"_s}, u"ticket"_s);
    refused({u"ticket"_s, u"move"_s, ticket, u"--to"_s, u"done"_s}, u"--to"_s);
    refused({u"ticket"_s, u"add"_s, u"--guest"_s, unknown, u"--category"_s, u"noise"_s, u"--severity"_s,
             u"low"_s, u"--text"_s, u"x"_s},
            u"guest"_s);
    refused({u"ticket"_s, u"add"_s, u"--room"_s, u"12"_s, u"--category"_s, u"noise"_s, u"--severity"_s,
             u"urgent"_s, u"--text"_s, u"x"_s},
            u"--severity"_s);
    refused({u"ticket"_s, u"add"_s, u"--room"_s, u"12"_s, u"--category"_s, u"spiders"_s, u"--severity"_s,
             u"low"_s, u"--text"_s, u"x"_s},
            u"category"_s);
    refused(
        {u"ticket"_s, u"add"_s, u"--category"_s, u"noise"_s, u"--severity"_s, u"low"_s, u"--text"_s, u"x"_s},
        u"--guest"_s);
    refused(
        {u"ticket"_s, u"add"_s, u"--room"_s, u"12"_s, u"--category"_s, u"noise"_s, u"--severity"_s, u"low"_s},
        u"--text"_s);
    refused({u"ticket"_s, u"list"_s, u"--status"_s, u"open-ish"_s}, u"--status"_s);
    refused({u"ticket"_s, u"list"_s, u"--due-within"_s, u"soon"_s}, u"--due-within"_s);
    refused({u"ticket"_s, u"compensate"_s, ticket, u"--type"_s, u"voucher"_s, u"--amount"_s, u"5"_s,
             u"--currency"_s, u"EUR"_s},
            u"--type"_s);
    refused({u"ticket"_s, u"reclassify"_s, ticket, u"--severity"_s, u"dire"_s}, u"--severity"_s);
    refused({u"ticket"_s, u"reclassify"_s, ticket, u"--category"_s, u"spiders"_s}, u"category"_s);
    refused({u"ticket"_s, u"reclassify"_s, unknown, u"--severity"_s, u"high"_s}, u"ticket"_s);

    // Resolved without a summary: closing needs one, and the resolution stays as it was.
    REQUIRE(s.onDb({u"ticket"_s, u"move"_s, ticket, u"--to"_s, u"resolved"_s}).code == 0);
    const QJsonObject resolved = s.counts();
    const Run close = s.onDb({u"ticket"_s, u"close"_s, ticket});
    checkRefused(close, u"resolution_summary"_s);
    CHECK(s.counts() == resolved);
    const Run satisfaction = s.onDb(
        {u"ticket"_s, u"follow-up"_s, ticket, u"--channel"_s, u"phone"_s, u"--satisfaction"_s, u"7"_s});
    checkRefused(satisfaction, u"satisfaction"_s);
    const Run channel = s.onDb({u"ticket"_s, u"follow-up"_s, ticket, u"--channel"_s, u"pigeon"_s});
    checkRefused(channel, u"--channel"_s);
    CHECK(s.counts() == resolved);
    CHECK(s.show(ticket)[u"ticket"_s][u"status"_s].toString() == u"resolved"_s);
}

TEST_CASE("CLI tickets: reclassify changes the severity, and the SLA with it, or the category")
{
    Sandbox s;
    const QString ticket = s.addTicket(s.addGuest(u"Levan"_s, u"Kapanadze"_s));
    const QJsonObject before = s.show(ticket)[u"ticket"_s].toObject();
    CHECK(s.onDb({u"ticket"_s, u"reclassify"_s, ticket, u"--severity"_s, u"critical"_s}).id() == ticket);
    const QJsonObject after = s.show(ticket)[u"ticket"_s].toObject();
    CHECK(after[u"severity"_s].toString() == u"critical"_s);
    CHECK(after[u"category"_s] == before[u"category"_s]);
    CHECK(after[u"resolve_due_at"_s].toInteger() < before[u"resolve_due_at"_s].toInteger()); // sooner
    CHECK(after[u"sla_policy"_s][u"severity"_s].toString() == u"critical"_s);
    CHECK(s.onDb({u"ticket"_s, u"reclassify"_s, ticket, u"--category"_s, u"housekeeping"_s}).id() == ticket);
    CHECK(s.show(ticket)[u"ticket"_s][u"category"_s].toString() == u"housekeeping"_s);
    CHECK(s.show(ticket)[u"ticket"_s][u"severity"_s].toString() == u"critical"_s);
    CHECK(s.onDb({u"ticket"_s, u"reclassify"_s, ticket}).code == 2); // nothing to change
}

TEST_CASE("CLI tickets: compensation amounts are parsed to exact minor units")
{
    Sandbox s;
    const QString ticket = s.addTicket(s.addGuest(u"Giorgi"_s, u"Kapanadze"_s));
    const auto compensate = [&](const QString &amount, const QString &currency) {
        return s.onDb({u"ticket"_s, u"compensate"_s, ticket, u"--type"_s, u"discount"_s, u"--amount"_s,
                       amount, u"--currency"_s, currency, u"--note"_s, u"Dinner on the house"_s});
    };
    CHECK(compensate(u"12.5"_s, u"EUR"_s).id() == ticket);
    QJsonArray given = s.show(ticket)[u"compensations"_s].toArray();
    REQUIRE(given.size() == 1);
    CHECK(given.first()[u"cost_minor"_s].toInteger() == 1250);
    CHECK(given.first()[u"currency"_s].toString() == u"EUR"_s);
    CHECK(given.first()[u"kind"_s].toString() == u"discount"_s);

    CHECK(compensate(u"0.10"_s, u"eur"_s).id() == ticket);          // lower-case code accepted
    CHECK(compensate(u"19,99"_s, u"EUR"_s).id() == ticket);         // decimal comma
    CHECK(compensate(u"4503599627.37"_s, u"AMD"_s).id() == ticket); // large amounts stay exact
    CHECK(compensate(u"1500"_s, u"JPY"_s).id() == ticket);          // no minor unit
    const QJsonObject shown = s.show(ticket);
    given = shown[u"compensations"_s].toArray();
    REQUIRE(given.size() == 5);
    CHECK(given.at(1)[u"cost_minor"_s].toInteger() == 10);
    CHECK(given.at(2)[u"cost_minor"_s].toInteger() == 1999);
    CHECK(given.at(3)[u"cost_minor"_s].toInteger() == 450359962737);
    CHECK(given.at(4)[u"cost_minor"_s].toInteger() == 1500);
    QMap<QString, qint64> totals;
    for (const QJsonValue &total : shown[u"compensation_totals"_s].toArray())
        totals.insert(total[u"currency"_s].toString(), total[u"total_minor"_s].toInteger());
    CHECK(totals.value(u"EUR"_s) == 1250 + 10 + 1999);
    CHECK(totals.value(u"JPY"_s) == 1500);

    const QJsonObject before = s.counts();
    for (const auto &[amount, currency, field] :
         {std::tuple{u"12.555"_s, u"EUR"_s, u"--amount"_s}, std::tuple{u"-5"_s, u"EUR"_s, u"--amount"_s},
          std::tuple{u"1e3"_s, u"EUR"_s, u"--amount"_s}, std::tuple{u"12."_s, u"EUR"_s, u"--amount"_s},
          std::tuple{u"ten"_s, u"EUR"_s, u"--amount"_s}, std::tuple{u"1500.5"_s, u"JPY"_s, u"--amount"_s},
          std::tuple{u"5"_s, u"EURO"_s, u"--currency"_s}}) {
        INFO(amount.toStdString() + " " + currency.toStdString());
        checkRefused(compensate(amount, currency), field);
    }
    checkRefused(s.onDb({u"ticket"_s, u"compensate"_s, innkeep::newUuid(), u"--type"_s, u"refund"_s,
                         u"--amount"_s, u"5"_s, u"--currency"_s, u"EUR"_s}),
                 u"ticket"_s);
    CHECK(s.counts() == before);
}

TEST_CASE("CLI feedback: a low rating needs attention and becomes a ticket linked both ways")
{
    Sandbox s;
    const QString guest = s.addGuest(u"Ani"_s, u"Hakobyan"_s);
    const Run added = s.onDb({u"feedback"_s, u"add"_s, u"--channel"_s, u"comment-card"_s, u"--rating"_s,
                              u"2/5"_s, u"--guest"_s, guest, u"--text"_s,
                              u"Cold shower two mornings in a row"_s, u"--language"_s, u"en"_s});
    const QString feedback = added.id();
    const QString happy =
        s.onDb({u"feedback"_s, u"add"_s, u"--channel"_s, u"review-site"_s, u"--site"_s, u"TripAdvisor"_s,
                u"--rating"_s, u"9/10"_s, u"--text"_s, u"Wonderful breakfast"_s})
            .id();

    const Run attention = s.onDb({u"feedback"_s, u"list"_s, u"--needs-attention"_s, u"--json"_s});
    REQUIRE(attention.code == 0);
    const QJsonObject entry = findByUuid(attention.jsonArray(), feedback);
    REQUIRE(!entry.isEmpty());
    CHECK(entry[u"needs_attention"_s].toBool());
    CHECK(entry[u"rating_text"_s].toString() == u"2/5"_s);
    CHECK(entry[u"score_of_10"_s].toDouble() == 4.0);
    CHECK(entry[u"rating_normalised"_s].toDouble() == 0.25);
    CHECK(entry[u"guest_uuid"_s].toString() == guest);
    CHECK(entry[u"channel"_s].toString() == u"comment-card"_s);
    CHECK(findByUuid(attention.jsonArray(), happy).isEmpty());
    const Run all = s.onDb({u"feedback"_s, u"list"_s, u"--channel"_s, u"review-site"_s, u"--json"_s});
    REQUIRE(all.code == 0);
    REQUIRE(all.jsonArray().size() == 1);
    CHECK(all.jsonArray().first()[u"site"_s].toString() == u"TripAdvisor"_s);
    CHECK(all.jsonArray().first()[u"public"_s].toBool());

    const Run made = s.onDb({u"feedback"_s, u"to-ticket"_s, feedback, u"--category"_s, u"maintenance"_s});
    const QString ticket = made.id();
    CHECK(ticket != feedback);
    const QJsonObject t = s.show(ticket)[u"ticket"_s].toObject();
    CHECK(t[u"feedback_uuid"_s].toString() == feedback);
    CHECK(t[u"guest_uuid"_s].toString() == guest);
    CHECK(t[u"category"_s].toString() == u"maintenance"_s);
    CHECK(t[u"source"_s].toString() == u"feedback"_s);
    const Run listed = s.onDb({u"feedback"_s, u"list"_s, u"--json"_s});
    REQUIRE(listed.code == 0);
    CHECK(findByUuid(listed.jsonArray(), feedback)[u"ticket_uuid"_s].toString() == ticket);
    CHECK(findByUuid(s.onDb({u"feedback"_s, u"list"_s, u"--needs-attention"_s, u"--json"_s}).jsonArray(),
                     feedback)
              .isEmpty());

    // Only once; and a rating off its scale names the rating.
    const QJsonObject before = s.counts();
    checkRefused(s.onDb({u"feedback"_s, u"to-ticket"_s, feedback}), u"feedback"_s);
    checkRefused(s.onDb({u"feedback"_s, u"add"_s, u"--channel"_s, u"survey"_s, u"--rating"_s, u"6/5"_s,
                         u"--text"_s, u"x"_s}),
                 u"rating"_s);
    checkRefused(s.onDb({u"feedback"_s, u"add"_s, u"--channel"_s, u"pigeon"_s, u"--rating"_s, u"4/5"_s}),
                 u"--channel"_s);
    checkRefused(s.onDb({u"feedback"_s, u"add"_s, u"--channel"_s, u"review-site"_s, u"--rating"_s, u"4/5"_s}),
                 u"site"_s);
    checkRefused(s.onDb({u"feedback"_s, u"add"_s, u"--channel"_s, u"email"_s, u"--rating"_s, u"4/5"_s,
                         u"--guest"_s, innkeep::newUuid()}),
                 u"guest"_s);
    checkRefused(s.onDb({u"feedback"_s, u"respond"_s, innkeep::newUuid(), u"--text"_s, u"Sorry"_s}),
                 u"feedback"_s);
    CHECK(s.counts() == before);

    CHECK(s.onDb({u"feedback"_s, u"respond"_s, happy, u"--text"_s, u"Thank you!"_s}).id() == happy);
    const QJsonObject answered =
        findByUuid(s.onDb({u"feedback"_s, u"list"_s, u"--json"_s}).jsonArray(), happy);
    CHECK(answered[u"response"_s].toString() == u"Thank you!"_s);
    CHECK(answered[u"responded_at"_s].isDouble());
}

TEST_CASE("CLI handover: sections as JSON and text, and the ways to say when the shift began")
{
    Sandbox s;
    const QString guest = s.addGuest(u"Levon"_s, u"Sargsyan"_s);
    const QString open = s.addTicket(guest, u"low"_s);
    const QString done = s.addTicket(guest, u"medium"_s);
    REQUIRE(s.onDb({u"ticket"_s, u"move"_s, done, u"--to"_s, u"resolved"_s}).code == 0);
    REQUIRE(s.onDb({u"ticket"_s, u"close"_s, done, u"--summary"_s, u"Fixed on the spot"_s}).code == 0);

    const Run run = s.onDb({u"handover"_s, u"--json"_s});
    REQUIRE(run.code == 0);
    const QJsonObject report = run.json();
    for (const char *key : {"generated_at", "since", "horizon", "due_within_minutes", "overdue", "due_soon",
                            "open", "resolved_since"}) {
        INFO(key);
        CHECK(report.contains(QString::fromLatin1(key)));
    }
    CHECK(report[u"due_within_minutes"_s].toInt() == 120);
    CHECK(report[u"since"_s].toInteger() < report[u"generated_at"_s].toInteger());
    int seen = 0;
    for (const char *section : {"overdue", "due_soon", "open"})
        seen += findByUuid(report[QString::fromLatin1(section)].toArray(), open).isEmpty() ? 0 : 1;
    CHECK(seen == 1);
    const QJsonObject resolved = findByUuid(report[u"resolved_since"_s].toArray(), done);
    REQUIRE(!resolved.isEmpty());
    CHECK(resolved[u"closed_without_follow_up"_s].toBool());

    for (const QString &since : {u"08:00"_s, u"2026-06-15T08:00"_s, u"8h"_s, u"90m"_s, u"2026-06-15"_s}) {
        INFO(since.toStdString());
        const Run at = s.onDb({u"handover"_s, u"--since"_s, since, u"--due-within"_s, u"30m"_s, u"--json"_s});
        CHECK(at.code == 0);
        CHECK(at.json()[u"due_within_minutes"_s].toInt() == 30);
    }
    // A shift that begins after the ticket was resolved does not list it.
    const Run later = s.onDb({u"handover"_s, u"--since"_s, u"2999-01-01T00:00"_s, u"--json"_s});
    REQUIRE(later.code == 0);
    CHECK(later.json()[u"resolved_since"_s].toArray().isEmpty());

    const Run text = s.onDb({u"handover"_s});
    REQUIRE(text.code == 0);
    for (const QString &heading : {u"Overdue"_s, u"Due within 2h"_s, u"Other open"_s, u"Resolved since"_s})
        CHECK(text.out.contains(heading));
    CHECK(text.out.contains(open));
    CHECK(text.out.contains(u"closed without follow-up"_s));

    checkRefused(s.onDb({u"handover"_s, u"--since"_s, u"yesterday"_s}), u"--since"_s);
    checkRefused(s.onDb({u"handover"_s, u"--due-within"_s, u"0m"_s}), u"--due-within"_s);
}
