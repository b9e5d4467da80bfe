// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A small venue for the report tests, written through the real services (as
// tests/insights/kpivenue.h does), with figures worked out by hand below. TZ=UTC in these tests.
//
// Period: May 2026; today 15 June 2026. Previous period April 2026, year before May 2025.
// Guests: Anna (AM, stays 10–12 Jan and 3–5 May 2026), Boris (RU, 10–12 May 2026), Carla (FR,
// 20–22 May 2025).
//   repeat_guest_rate May 2026: Anna and Boris arrived; Anna has two stays -> 1/2 = 0.5 over 2.
//   April 2026: nobody arrived -> none (count 0). May 2025: Carla, one stay -> 0/1 = 0 over 1.
// Feedback in May 2026: nps:10, nps:9 (promoters), nps:3 (detractor) -> nps = 100 × (2 − 1) / 3;
// the detractor wrote about a noisy night (topic noise, negative).
// Tickets created in May 2026: noise/high (resolved, closed, recovered), noise/low (resolved,
// closed, lost), maintenance/medium (still open) -> Noise 2 tickets, 1 serious, 1 recovered,
// 1 lost, 0 open; Maintenance 1 ticket, 0, 0, 0, 1 open.

#include "feedback/feedbackservice.h"
#include "house/openvenue.h"
#include "insightsreport.h"
#include "tempdatabase.h"

#include <QDateTime>

#include <catch2/catch.hpp>

namespace innkeep::test {

class ReportVenue
{
public:
    static inline const QString Name = QStringLiteral("Hotel \"Ararat\", Yerevan");

    // An empty venue (no guests, stays, tickets or feedback) unless `filled`.
    explicit ReportVenue(bool filled = true) : venue(t.db())
    {
        REQUIRE(venue.settings().setCurrency(QStringLiteral("EUR")));
        if (!filled)
            return;
        REQUIRE(venue.settings().setVenueName(Name));
        const auto anna = guest(u"Petrosyan", u"AM");
        const auto boris = guest(u"Ivanov", u"RU");
        const auto carla = guest(u"Martin", u"FR");
        stay(anna, {2026, 1, 10}, {2026, 1, 12});
        stay(anna, {2026, 5, 3}, {2026, 5, 5});
        stay(boris, {2026, 5, 10}, {2026, 5, 12});
        stay(carla, {2025, 5, 20}, {2025, 5, 22});
        feedback({2026, 5, 6}, u"nps:10");
        feedback({2026, 5, 7}, u"nps:9");
        feedback({2026, 5, 8}, u"nps:3", u"The room was very noisy, terrible noise all night.");
        ticket({2026, 5, 4}, u"noise", TicketSeverity::High, TicketOutcome::Recovered);
        ticket({2026, 5, 11}, u"noise", TicketSeverity::Low, TicketOutcome::Lost);
        ticket({2026, 5, 20}, u"maintenance", TicketSeverity::Medium, std::nullopt);
        t.clock().set(at({2026, 6, 15}));
    }

    TempDatabase t;
    OpenVenue venue;

    [[nodiscard]] static KpiPeriod may() { return {QDate(2026, 5, 1), QDate(2026, 5, 31)}; }
    [[nodiscard]] static qint64 at(const QDate &date, int hour = 12)
    {
        return QDateTime(date, QTime(hour, 0), Qt::UTC).toMSecsSinceEpoch();
    }

    [[nodiscard]] InsightsReport report(const KpiPeriod &period = may())
    {
        auto gathered = InsightsReport::gather(venue, period);
        INFO((gathered ? QString() : gathered.error().toString()).toStdString());
        REQUIRE(gathered);
        return *gathered;
    }

private:
    Guest guest(QStringView family, QStringView nationality)
    {
        Guest g;
        g.givenName = QStringLiteral("Ani");
        g.familyName = family.toString();
        g.nationality = nationality.toString();
        auto added = venue.guests().add(g);
        REQUIRE(added);
        return *added;
    }
    void stay(const Guest &g, const QDate &arrival, const QDate &departure)
    {
        Stay s;
        s.guestUuid = g.uuid;
        s.arrival = arrival;
        s.departure = departure;
        s.revenueMinor = 20000;
        s.status = StayStatus::CheckedOut;
        REQUIRE(venue.stays().add(s));
    }
    void feedback(const QDate &received, QStringView rating, QStringView text = {})
    {
        NewFeedback input;
        input.channel = FeedbackChannel::Email;
        auto parsed = Rating::parse(rating.toString());
        REQUIRE(parsed);
        input.rating = *parsed;
        input.receivedAt = at(received);
        input.text = text.toString();
        REQUIRE(venue.feedback().add(input));
    }
    void ticket(const QDate &created, QStringView category, TicketSeverity severity,
                std::optional<TicketOutcome> outcome)
    {
        t.clock().set(at(created));
        NewTicket input;
        input.category = category.toString();
        input.severity = severity;
        input.description = QStringLiteral("Complaint");
        input.room = QStringLiteral("101");
        auto made = venue.tickets().create(input);
        INFO((made ? QString() : made.error().toString()).toStdString());
        REQUIRE(made);
        if (!outcome)
            return;
        t.clock().set(at(created, 15));
        auto resolved = venue.tickets().resolve(made->uuid, QStringLiteral("Fixed"));
        INFO((resolved ? QString() : resolved.error().toString()).toStdString());
        REQUIRE(resolved);
        auto closed = venue.tickets().close(made->uuid, {}, *outcome);
        INFO((closed ? QString() : closed.error().toString()).toStdString());
        REQUIRE(closed);
    }
};

} // namespace innkeep::test
