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
#include "tempdatabase.h"
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

    // The venue setting kpi.lapsed_months (the lapsed-guest KPI's N).
    void setLapsedMonths(int months)
    {
        REQUIRE(VenueSettings(t.db()).setValue(QStringLiteral("kpi.lapsed_months"), QString::number(months)));
    }
};

} // namespace innkeep::test
