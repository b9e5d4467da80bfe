// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A small venue for the KPI tests, written through the real services so every KPI reads what the
// app writes. TZ=UTC in these tests, so local dates are UTC dates.

#include "feedback/feedbackservice.h"
#include "guests/guestservice.h"
#include "insights/kpiboard.h"
#include "insights/kpifacts.h"
#include "stays/stayservice.h"
#include "storage/statement.h"
#include "tempdatabase.h"
#include "tickets/ticketservice.h"
#include "tickets/ticketsettingsservice.h"
#include "venue/venuesettings.h"

#include <QDate>
#include <QDateTime>

namespace innkeep::test {

class KpiVenue
{
public:
    KpiVenue() { REQUIRE(VenueSettings(t.db()).setCurrency(QStringLiteral("EUR"))); }

    TempDatabase t;

    [[nodiscard]] Database &db() { return t.db(); }

    // Noon UTC on a date.
    [[nodiscard]] static qint64 at(const QDate &date, int hour = 12, int minute = 0)
    {
        return QDateTime(date, QTime(hour, minute), Qt::UTC).toMSecsSinceEpoch();
    }

    // A guest; returns {id, uuid}.
    struct AddedGuest
    {
        qint64 id = 0;
        QString uuid;
    };
    AddedGuest guest(const QString &family, const QString &nationality = {}, int vip = 0)
    {
        Guest g;
        g.givenName = QStringLiteral("Ani");
        g.familyName = family;
        g.nationality = nationality;
        g.vipLevel = vip;
        auto added = GuestService(t.db()).add(g);
        REQUIRE(added);
        return {added->id, added->uuid};
    }

    // A stay (checked out by default) with its revenue in minor units of `currency` ("" = venue's).
    qint64 stay(const AddedGuest &g, const QDate &arrival, const QDate &departure, qint64 revenueMinor = 0,
                StayStatus status = StayStatus::CheckedOut, const QString &currency = {})
    {
        Stay s;
        s.guestUuid = g.uuid;
        s.arrival = arrival;
        s.departure = departure;
        s.revenueMinor = revenueMinor;
        s.currency = currency;
        s.status = status;
        auto added = StayService(t.db()).add(s);
        REQUIRE(added);
        return added->id;
    }

    // A feedback entry with a rating ("nps:9", "4/5", "8/10" or "" for none).
    qint64 feedback(const QDate &received, const QString &rating, qint64 guestId = 0,
                    FeedbackChannel channel = FeedbackChannel::Email, const QString &text = {})
    {
        NewFeedback input;
        input.guestId = guestId;
        input.channel = channel;
        if (!rating.isEmpty()) {
            auto parsed = Rating::parse(rating);
            REQUIRE(parsed);
            input.rating = *parsed;
        }
        input.text = text;
        input.receivedAt = at(received);
        auto added = FeedbackService(t.db()).add(input);
        REQUIRE(added);
        return added->id;
    }

    // The facts as the KPIs see them at noon UTC on `today`.
    [[nodiscard]] KpiFacts facts(const QDate &today, const KpiFilter &filter = {})
    {
        auto loaded = KpiFacts::load(t.db(), filter, at(today));
        REQUIRE(loaded);
        return *loaded;
    }

    // Service KPIs: complaint tickets and feedback handled through the real services at chosen
    // instants (the file's manual clock is set to each instant first).

    // The facts as the KPIs see them at the instant `nowMs`.
    [[nodiscard]] KpiFacts factsAt(qint64 nowMs, const KpiFilter &filter = {})
    {
        auto loaded = KpiFacts::load(t.db(), filter, nowMs);
        REQUIRE(loaded);
        return *loaded;
    }

    // A complaint logged at `atMs` (room 101; `guestId` 0 = no guest) under the policy in force.
    ComplaintTicket ticket(qint64 atMs, TicketSeverity severity = TicketSeverity::Medium, qint64 guestId = 0)
    {
        t.clock().set(atMs);
        NewTicket input;
        input.guestId = guestId;
        input.room = QStringLiteral("101");
        input.severity = severity;
        input.description = QStringLiteral("Complaint");
        auto created = TicketService(t.db()).create(input);
        REQUIRE(created);
        return *created;
    }

    // A move the workflow allows, at `atMs`.
    void move(const ComplaintTicket &ticket, qint64 atMs, TicketStatus to)
    {
        t.clock().set(atMs);
        REQUIRE(TicketService(t.db()).move(ticket.uuid, to));
    }

    // Resolved at `atMs`, with a resolution summary (so it can be closed).
    void resolve(const ComplaintTicket &ticket, qint64 atMs)
    {
        t.clock().set(atMs);
        REQUIRE(TicketService(t.db()).resolve(ticket.uuid, QStringLiteral("Sorted out")));
    }

    // Closed (from Resolved) at `atMs` with an outcome.
    void close(const ComplaintTicket &ticket, qint64 atMs, TicketOutcome outcome = TicketOutcome::None)
    {
        t.clock().set(atMs);
        REQUIRE(TicketService(t.db()).close(ticket.uuid, {}, outcome));
    }

    // Compensation of `costMinor` in `currency` given at `atMs`.
    void compensate(const ComplaintTicket &ticket, qint64 atMs, qint64 costMinor,
                    const QString &currency = QStringLiteral("EUR"))
    {
        t.clock().set(atMs);
        Compensation c;
        c.kind = Compensation::Kind::Discount;
        c.costMinor = costMinor;
        c.currency = currency;
        REQUIRE(TicketService(t.db()).addCompensation(ticket.uuid, c));
    }

    // A follow-up call recorded at `atMs` (after resolution).
    void followUp(const ComplaintTicket &ticket, qint64 atMs)
    {
        t.clock().set(atMs);
        FollowUp f;
        f.channel = FollowUp::Channel::Phone;
        f.reaction = QStringLiteral("Thanked us");
        REQUIRE(TicketService(t.db()).recordFollowUp(ticket.uuid, f));
    }

    // The venue's SLA policy for a severity from now on.
    void setPolicy(const SlaPolicy &policy) { REQUIRE(TicketSettingsService(t.db()).setPolicy(policy)); }

    [[nodiscard]] QString feedbackUuid(qint64 feedbackId)
    {
        Statement q(t.db(), QStringLiteral("SELECT uuid FROM feedback WHERE id = ?"));
        auto uuid = q.bind(feedbackId).scalar();
        REQUIRE(uuid.has_value());
        return uuid->toString();
    }

    // The answer to a feedback entry recorded at `atMs`.
    void respond(qint64 feedbackId, qint64 atMs)
    {
        t.clock().set(atMs);
        REQUIRE(FeedbackService(t.db()).respond(feedbackUuid(feedbackId), QStringLiteral("Thank you")));
    }

    // A complaint ticket opened from a feedback entry at `atMs`.
    ComplaintTicket feedbackToTicket(qint64 feedbackId, qint64 atMs)
    {
        t.clock().set(atMs);
        auto ticket = FeedbackService(t.db()).toTicket(feedbackUuid(feedbackId));
        REQUIRE(ticket);
        return *ticket;
    }

    // Staff label the entry's sentiment (effective +0.6 positive, 0 neutral, -0.6 negative).
    void label(qint64 feedbackId, SentimentLabel sentiment)
    {
        FeedbackCorrection correction;
        correction.label = sentiment;
        REQUIRE(FeedbackService(t.db()).correct(feedbackUuid(feedbackId), correction));
    }

    // The venue setting kpi.lapsed_months (the lapsed-guest KPI's N).
    void setLapsedMonths(int months)
    {
        REQUIRE(VenueSettings(t.db()).setValue(QStringLiteral("kpi.lapsed_months"), QString::number(months)));
    }
};

} // namespace innkeep::test
