// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "insights/kpifilter.h"
#include "tickets/slaclock.h"
#include "tickets/ticketstatus.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>
#include <span>

namespace innkeep {

class Database;

// Days are Julian day numbers of local calendar dates (QDate::toJulianDay), so a period check is
// two integer comparisons. Instants are UTC milliseconds; each instant also has its local day.

struct GuestFact
{
    qint64 id = 0;
    QString country;     // as stored
    QString nationality; // as stored
    QString language;    // as stored
    QString source;      // guests.source token
    int vipLevel = 0;
};

// A stay that counts: not cancelled, not a no-show. Sorted by guest id, then arrival, then id.
struct StayFact
{
    qint64 id = 0;
    qint64 guestId = 0;
    qint64 arrivalDay = 0;   // Julian day
    qint64 departureDay = 0; // Julian day (>= arrivalDay)
    qint64 revenueMinor = 0; // whole stay, minor units of `currency`
    int currency = 0;        // index into KpiFacts::currencies
    QString channel;         // booking channel as stored

    [[nodiscard]] qint64 nights() const { return departureDay - arrivalDay; }
};

// A complaint ticket with its SLA reading evaluated at KpiFacts::nowMs.
struct TicketFact
{
    qint64 id = 0;
    qint64 guestId = 0; // 0 without a guest
    qint64 createdAt = 0;
    qint64 createdDay = 0;
    QString category; // ticket_categories.key
    QString severity; // low, medium, high, critical
    TicketStatus status = TicketStatus::New;
    QString outcome; // '', recovered, lost
    std::optional<qint64> resolvedAt;
    std::optional<qint64> resolvedDay;
    std::optional<qint64> closedAt;
    std::optional<qint64> closedDay;
    SlaTarget acknowledge;   // state Met / Breached / Overdue / Running / DueSoon / Paused at nowMs
    SlaTarget resolve;       // elapsedMs is SLA clock time (quiet hours and waiting excluded)
    bool followedUp = false; // at least one follow-up recorded
    QMap<int, qint64> compensationMinor; // currency index -> total minor units
};

// A feedback entry as the KPIs count it.
struct FeedbackKpiFact
{
    qint64 id = 0;
    qint64 guestId = 0; // 0 without a guest
    QString channel;
    qint64 receivedAt = 0;
    qint64 receivedDay = 0;
    std::optional<double> rating;           // as given
    QString ratingScale;                    // '', 1-5, 1-10, nps
    std::optional<double> ratingNormalised; // 0..1
    bool analysed = false;                  // has text and a sentiment (analyser or staff label)
    double sentiment = 0.0; // effective: staff label wins (+0.6 / -0.6 / 0), else the analyser's
    // Low rating (normalised at or under feedback.attention_threshold) or low sentiment (as the
    // attention list defines it), whether or not it was answered since.
    bool neededAttention = false;
    // When it was acted on: the response was recorded, or a ticket was opened from it (the
    // earlier of the two); none when neither happened.
    std::optional<qint64> handledAt;
};

// One guest's counted stays: their run of KpiFacts::stays, arrivals ascending.
struct GuestStays
{
    qint64 guestId = 0;
    std::span<const StayFact> stays;
};

// Everything the KPIs are computed from, read once in one read snapshot (off the GUI thread) and
// then computed in memory for any period: the current one, the previous, a year before, and each
// month of a sparkline. A filter narrows what was read (narrowed()). Read-only.
struct KpiFacts
{
    qint64 nowMs = 0;
    qint64 today = 0;       // Julian day of nowMs's local date
    QString venueCurrency;  // venue setting; stays with no currency count in it
    int lapsedMonths = 18;  // venue setting kpi.lapsed_months
    QStringList currencies; // index -> ISO code; venueCurrency is index 0
    KpiFilter filter;
    QList<GuestFact> guests;              // the guests the filter keeps, by id
    QList<StayFact> stays;                // counted stays of those guests, by guest, arrival, id
    QList<TicketFact> tickets;            // by created_at, id
    QList<FeedbackKpiFact> feedback;      // by received_at, id
    QHash<qint64, qsizetype> guestAt;     // guest id -> index in guests
    QHash<qint64, qsizetype> firstStayAt; // guest id -> index of their first stay in stays

    // Local day of an instant (Julian day number).
    [[nodiscard]] static qint64 dayOf(qint64 ms);
    [[nodiscard]] static qint64 dayOf(const QDate &date) { return date.toJulianDay(); }
    // The stays of one guest (a contiguous run of `stays`); empty span when none.
    [[nodiscard]] QList<StayFact> staysOf(qint64 guestId) const;
    // Calls visit(GuestStays) for every guest with a counted stay, by ascending guest id: the one
    // pass over the stays that the per-guest KPIs make.
    template<typename Visit>
    void forEachGuest(Visit &&visit) const
    {
        const StayFact *all = stays.constData();
        const qsizetype n = stays.size();
        for (qsizetype i = 0; i < n;) {
            qsizetype end = i + 1;
            while (end < n && all[end].guestId == all[i].guestId)
                ++end;
            visit(GuestStays{all[i].guestId, std::span<const StayFact>(all + i, size_t(end - i))});
            i = end;
        }
    }
    [[nodiscard]] QString currencyCode(int index) const { return currencies.value(index); }

    // Reads the file at `nowMs` (the injected clock's now). The setting kpi.lapsed_months must be
    // a whole number from 1 to 120 (else the default 18).
    [[nodiscard]] static Result<KpiFacts> load(Database &db, const KpiFilter &filter, qint64 nowMs);
    // The same facts as load(db, filter, nowMs) would give, taken from these (loaded without a
    // filter) in memory: the Insights page reads the file once and changes filters without
    // reading it again. Narrowing already narrowed facts narrows from what they kept.
    [[nodiscard]] KpiFacts narrowed(const KpiFilter &filter) const;
};

} // namespace innkeep
