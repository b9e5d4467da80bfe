// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "kpifacts.h"

#include "feedback/feedbackrepository.h"
#include "insights/feedbackfacts.h"
#include "storage/database.h"
#include "storage/readsnapshot.h"
#include "storage/statement.h"
#include "tickets/slapolicy.h"
#include "venue/venuesettings.h"

#include <QDateTime>

#include <algorithm>
#include <vector>

namespace innkeep {

using namespace Qt::StringLiterals;

namespace {

// "YYYY-MM-DD" as stored (validated on the way in) to a Julian day, without QDate's parser.
qint64 isoDay(const QString &text)
{
    if (text.size() != 10)
        return QDate::fromString(text, Qt::ISODate).toJulianDay();
    auto digits = [&](int at, int count) {
        int n = 0;
        for (int i = at; i < at + count; ++i)
            n = n * 10 + (text.at(i).unicode() - u'0');
        return n;
    };
    return QDate(digits(0, 4), digits(5, 2), digits(8, 2)).toJulianDay();
}

// The local day of UTC instants, remembered per local day as the instants [start, end) it spans,
// so a run of instants costs one time-zone conversion per day instead of one per instant (each
// conversion asks the C library, which looks at the zone file again). Only days of exactly 24
// hours with the same UTC offset at both ends are remembered; on the others (a DST change) every
// instant is converted, so the answer is always KpiFacts::dayOf's.
class LocalDays
{
public:
    qint64 dayOf(qint64 ms)
    {
        if (ms >= m_last.start && ms < m_last.end)
            return m_last.day;
        const auto after = std::upper_bound(m_days.cbegin(), m_days.cend(), ms,
                                            [](qint64 at, const Range &r) { return at < r.start; });
        if (after != m_days.cbegin() && ms < std::prev(after)->end) {
            m_last = *std::prev(after);
            return m_last.day;
        }
        const qint64 day = KpiFacts::dayOf(ms);
        const QDate date = QDate::fromJulianDay(day);
        const QDateTime start = date.startOfDay();
        const QDateTime end = date.addDays(1).startOfDay();
        const Range range{start.toMSecsSinceEpoch(), end.toMSecsSinceEpoch(), day};
        if (range.end - range.start == DayMs && start.offsetFromUtc() == end.offsetFromUtc()
            && ms >= range.start && ms < range.end) {
            m_days.insert(m_days.begin() + (after - m_days.cbegin()), range);
            m_last = range;
        }
        return day;
    }

private:
    static constexpr qint64 DayMs = qint64(24) * 60 * 60 * 1000;
    struct Range
    {
        qint64 start = 0;
        qint64 end = 0; // exclusive
        qint64 day = 0;
    };
    std::vector<Range> m_days; // by start, not overlapping
    Range m_last;
};

class CurrencyTable
{
public:
    explicit CurrencyTable(QStringList &codes) : m_codes(codes) {}
    int indexOf(const QString &code)
    {
        const QString key = code.isEmpty() ? m_codes.value(0) : code;
        auto it = m_at.constFind(key);
        if (it != m_at.cend())
            return *it;
        const int index = int(m_codes.indexOf(key));
        if (index >= 0) {
            m_at.insert(key, index);
            return index;
        }
        m_codes.append(key);
        m_at.insert(key, int(m_codes.size() - 1));
        return int(m_codes.size() - 1);
    }

private:
    QStringList &m_codes;
    QHash<QString, int> m_at;
};

bool keepsGuest(const KpiFilter &filter, const GuestFact &g)
{
    if (!filter.nationality.isEmpty() && g.nationality.compare(filter.nationality, Qt::CaseInsensitive) != 0)
        return false;
    if (!filter.language.isEmpty() && g.language.compare(filter.language, Qt::CaseInsensitive) != 0)
        return false;
    if (!filter.source.isEmpty() && g.source != filter.source)
        return false;
    if (filter.vipOnly && g.vipLevel < 1)
        return false;
    if (filter.restrictToGuestIds
        && !std::binary_search(filter.guestIds.cbegin(), filter.guestIds.cend(), g.id))
        return false;
    return true;
}

Status readSettings(Database &db, KpiFacts &facts)
{
    VenueSettings settings(db);
    facts.venueCurrency = settings.currency();
    facts.currencies = QStringList{facts.venueCurrency};
    facts.lapsedMonths = settings.lapsedMonths();
    return {};
}

Status readGuests(Database &db, KpiFacts &facts)
{
    // Room for every guest up front: the largest id bounds the count.
    Statement size(db, u"SELECT coalesce(max(id), 0) FROM guests"_s);
    auto largest = size.scalar();
    if (!largest)
        return std::unexpected(largest.error());
    const auto expected = qsizetype(std::clamp<qint64>(largest->toLongLong(), 0, 10'000'000));
    facts.guests.reserve(expected);
    facts.guestAt.reserve(expected);
    Statement q(db,
                u"SELECT id, country, nationality, language, source, vip_level FROM guests ORDER BY id"_s);
    if (auto ok = q.exec(); !ok)
        return ok;
    while (q.next()) {
        GuestFact g{q.integer(0), q.text(1), q.text(2), q.text(3), q.text(4), int(q.integer(5))};
        facts.guestAt.insert(g.id, facts.guests.size());
        facts.guests.append(std::move(g));
    }
    return q.walked();
}

Status readStays(Database &db, KpiFacts &facts, CurrencyTable &currencies)
{
    // In the table's order, one pass over its pages (through the (guest_id, arrival) index every
    // row would be a jump to another page), then sorted here. A stay in the venue's currency (nearly
    // all) brings no currency text: until the sort is done, StayFact::currency is 0 for those and
    // -1 - i for otherCurrencies[i].
    QStringList otherCurrencies;
    facts.stays.reserve(facts.guests.size() * 3 + 16);
    {
        Statement q(
            db, u"SELECT id, guest_id, arrival, departure, revenue_minor, "
                "CASE WHEN currency IS NULL OR currency = '' OR currency = ? THEN NULL ELSE currency END, "
                "channel FROM stays WHERE status NOT IN ('cancelled', 'no-show')"_s);
        if (auto ok = q.bind(facts.venueCurrency).exec(); !ok)
            return ok;
        while (q.next()) {
            const qint64 guestId = q.integer(1);
            StayFact s;
            s.id = q.integer(0);
            s.guestId = guestId;
            s.arrivalDay = isoDay(q.text(2));
            s.departureDay = isoDay(q.text(3));
            s.revenueMinor = q.integer(4);
            if (!q.isNull(5)) {
                otherCurrencies.append(q.text(5));
                s.currency = int(-otherCurrencies.size());
            }
            s.channel = q.text(6);
            facts.stays.append(std::move(s));
        }
        if (auto ok = q.walked(); !ok)
            return ok;
    }
    std::sort(facts.stays.begin(), facts.stays.end(), [](const StayFact &x, const StayFact &y) {
        if (x.guestId != y.guestId)
            return x.guestId < y.guestId;
        return x.arrivalDay != y.arrivalDay ? x.arrivalDay < y.arrivalDay : x.id < y.id;
    });

    // Guests and stays are both by guest id: walk them together instead of looking each guest up.
    // A stay whose guest is not there is dropped (the list closes up behind it).
    facts.firstStayAt.reserve(facts.guests.size());
    qsizetype guest = 0;
    qsizetype kept = 0;
    qint64 lastGuest = -1;
    for (qsizetype i = 0; i < facts.stays.size(); ++i) {
        StayFact &s = facts.stays[i];
        while (guest < facts.guests.size() && facts.guests.at(guest).id < s.guestId)
            ++guest;
        if (guest == facts.guests.size() || facts.guests.at(guest).id != s.guestId)
            continue;
        // Currency indexes in the order of the kept stays (the compensations' come after them).
        if (s.currency < 0)
            s.currency = currencies.indexOf(otherCurrencies.at(-s.currency - 1));
        if (s.guestId != lastGuest) {
            facts.firstStayAt.insert(s.guestId, kept);
            lastGuest = s.guestId;
        }
        if (kept != i)
            facts.stays[kept] = std::move(s);
        ++kept;
    }
    facts.stays.resize(kept);
    return {};
}

// A ticket status column as the number of its TicketStatus (New for a token it does not know, as
// ticketStatusFromToken(...).value_or(New) reads it), worked out by SQLite: no text per row.
QString statusNumber(const QString &column)
{
    QString sql = u"CASE "_s + column;
    for (int s = int(TicketStatus::New); s <= int(TicketStatus::Closed); ++s)
        sql += u" WHEN '%1' THEN %2"_s.arg(ticketStatusToken(TicketStatus(s))).arg(s);
    return sql + u" ELSE %1 END"_s.arg(int(TicketStatus::New));
}

bool keepsLinked(const KpiFacts &facts, qint64 guestId)
{
    if (!facts.filter.filtersGuests())
        return true;
    return guestId > 0 && facts.guestAt.contains(guestId);
}

// Every ticket's id and creation instant, by id (all of them, whatever the filter keeps): when a
// ticket was opened from a feedback entry.
struct TicketCreated
{
    qint64 id = 0;
    qint64 createdAt = 0;
};

// The status histories of all tickets: one run of changes per ticket, by ticket id, then time.
struct StatusHistories
{
    std::vector<qint64> ticket;
    QList<StatusChange> changes;

    [[nodiscard]] QList<StatusChange> of(qint64 ticketId) const
    {
        const auto run = std::equal_range(ticket.cbegin(), ticket.cend(), ticketId);
        return changes.mid(run.first - ticket.cbegin(), run.second - run.first);
    }
};

Status readHistories(Database &db, StatusHistories &histories)
{
    Statement q(db, u"SELECT ticket_id, at, "_s + statusNumber(u"to_status"_s)
                        + u" FROM ticket_events WHERE kind = 'status' ORDER BY ticket_id, at, id"_s);
    if (auto ok = q.exec(); !ok)
        return ok;
    while (q.next()) {
        histories.ticket.push_back(q.integer(0));
        histories.changes.append(StatusChange{q.integer(1), TicketStatus(q.integer(2))});
    }
    return q.walked();
}

Status readTickets(Database &db, KpiFacts &facts, CurrencyTable &currencies, LocalDays &days,
                   std::vector<TicketCreated> &created)
{
    StatusHistories histories;
    if (auto ok = readHistories(db, histories); !ok)
        return ok;
    QHash<qint64, QMap<int, qint64>> compensation;
    {
        Statement q(db, u"SELECT ticket_id, currency, sum(cost_minor) FROM ticket_compensations "
                        "GROUP BY ticket_id, currency"_s);
        if (auto ok = q.exec(); !ok)
            return ok;
        while (q.next())
            compensation[q.integer(0)][currencies.indexOf(q.text(1))] += q.integer(2);
        if (auto ok = q.walked(); !ok)
            return ok;
    }
    std::vector<qint64> followedUp; // ticket ids, ascending
    {
        Statement q(db, u"SELECT DISTINCT ticket_id FROM ticket_follow_ups ORDER BY ticket_id"_s);
        if (auto ok = q.exec(); !ok)
            return ok;
        while (q.next())
            followedUp.push_back(q.integer(0));
        if (auto ok = q.walked(); !ok)
            return ok;
    }

    // In the table's order (by id, one pass: no jumps through the created_at index), then sorted by
    // creation; the SLA policy snapshot rides along until it is evaluated.
    struct Read
    {
        TicketFact fact;
        QString policy;
    };
    std::vector<Read> read;
    {
        Statement q(db, u"SELECT id, coalesce(guest_id, 0), created_at, category, severity, "_s
                            + statusNumber(u"status"_s)
                            + u", outcome, resolved_at, closed_at, sla_policy FROM tickets"_s);
        if (auto ok = q.exec(); !ok)
            return ok;
        while (q.next()) {
            TicketFact t;
            t.id = q.integer(0);
            t.createdAt = q.integer(2);
            created.push_back(TicketCreated{t.id, t.createdAt});
            t.guestId = q.integer(1);
            t.category = q.text(3);
            t.severity = q.text(4);
            t.status = TicketStatus(q.integer(5));
            t.outcome = q.text(6);
            if (!q.isNull(7))
                t.resolvedAt = q.integer(7);
            if (!q.isNull(8))
                t.closedAt = q.integer(8);
            read.push_back(Read{std::move(t), q.text(9)});
        }
        if (auto ok = q.walked(); !ok)
            return ok;
    }
    const auto byId = [](const TicketCreated &x, const TicketCreated &y) { return x.id < y.id; };
    if (!std::is_sorted(created.cbegin(), created.cend(), byId))
        std::sort(created.begin(), created.end(), byId);
    std::sort(read.begin(), read.end(), [](const Read &x, const Read &y) {
        return x.fact.createdAt != y.fact.createdAt ? x.fact.createdAt < y.fact.createdAt
                                                    : x.fact.id < y.fact.id;
    });

    QHash<QString, SlaPolicy> policies; // most tickets share a handful of snapshots
    facts.tickets.reserve(qsizetype(read.size()));
    for (Read &r : read) {
        TicketFact &t = r.fact;
        t.createdDay = days.dayOf(t.createdAt);
        if (t.resolvedAt)
            t.resolvedDay = days.dayOf(*t.resolvedAt);
        if (t.closedAt)
            t.closedDay = days.dayOf(*t.closedAt);
        auto policy = policies.constFind(r.policy);
        if (policy == policies.cend()) {
            auto parsed = SlaPolicy::fromJson(r.policy);
            if (!parsed)
                return std::unexpected(parsed.error());
            policy = policies.insert(r.policy, *parsed);
        }
        const SlaReading reading = SlaClock::evaluate(*policy, t.createdAt, histories.of(t.id), facts.nowMs);
        t.acknowledge = reading.acknowledge;
        t.resolve = reading.resolve;
        t.followedUp = std::binary_search(followedUp.cbegin(), followedUp.cend(), t.id);
        if (auto paid = compensation.constFind(t.id); paid != compensation.cend())
            t.compensationMinor = *paid;
        facts.tickets.append(std::move(t));
    }
    return {};
}

Status readFeedback(Database &db, KpiFacts &facts, LocalDays &days, const std::vector<TicketCreated> &tickets)
{
    FeedbackRepository repository(db);
    auto rating = repository.attentionThreshold();
    if (!rating)
        return std::unexpected(rating.error());
    auto sentiment = repository.sentimentThreshold();
    if (!sentiment)
        return std::unexpected(sentiment.error());
    // In the table's order, sorted by receipt below; the linked ticket's creation from `tickets`
    // instead of a join (a jump into the tickets table per entry).
    Statement q(
        db, u"SELECT f.id, coalesce(f.guest_id, 0), f.channel, f.received_at, f.rating, "
            "coalesce(f.rating_scale, ''), f.rating_normalised, "
            "f.body <> '' AND (f.analyser_version > 0 OR f.corrected_label <> ''), "_s
                + FeedbackFacts::effectiveScoreSql() + u", "_s + FeedbackRepository::lowFeedbackClause()
                + u", f.responded_at, f.ticket_id FROM feedback f CROSS JOIN (SELECT ? AS v, ? AS s) th"_s);
    if (auto ok = q.bind(*rating, *sentiment).exec(); !ok)
        return ok;
    while (q.next()) {
        FeedbackKpiFact f;
        f.id = q.integer(0);
        f.guestId = q.integer(1);
        f.channel = q.text(2);
        f.receivedAt = q.integer(3);
        if (!q.isNull(4))
            f.rating = q.value(4).toDouble();
        f.ratingScale = q.text(5);
        if (!q.isNull(6))
            f.ratingNormalised = q.value(6).toDouble();
        f.analysed = q.integer(7) != 0;
        f.sentiment = q.value(8).toDouble();
        f.neededAttention = q.integer(9) != 0;
        std::optional<qint64> responded = q.isNull(10) ? std::nullopt : std::optional<qint64>(q.integer(10));
        std::optional<qint64> ticket;
        if (!q.isNull(11)) {
            const qint64 ticketId = q.integer(11);
            const auto at = std::lower_bound(tickets.cbegin(), tickets.cend(), ticketId,
                                             [](const TicketCreated &t, qint64 id) { return t.id < id; });
            if (at != tickets.cend() && at->id == ticketId)
                ticket = at->createdAt;
        }
        if (responded && ticket)
            f.handledAt = std::min(*responded, *ticket);
        else
            f.handledAt = responded ? responded : ticket;
        facts.feedback.append(std::move(f));
    }
    if (auto ok = q.walked(); !ok)
        return ok;
    std::sort(facts.feedback.begin(), facts.feedback.end(),
              [](const FeedbackKpiFact &x, const FeedbackKpiFact &y) {
                  return x.receivedAt != y.receivedAt ? x.receivedAt < y.receivedAt : x.id < y.id;
              });
    for (FeedbackKpiFact &f : facts.feedback)
        f.receivedDay = days.dayOf(f.receivedAt);
    return {};
}

} // namespace

qint64 KpiFacts::dayOf(qint64 ms)
{
    return FeedbackFacts::localDate(ms).toJulianDay();
}

QList<StayFact> KpiFacts::staysOf(qint64 guestId) const
{
    auto first = firstStayAt.constFind(guestId);
    if (first == firstStayAt.cend())
        return {};
    qsizetype end = *first;
    while (end < stays.size() && stays.at(end).guestId == guestId)
        ++end;
    return stays.mid(*first, end - *first);
}

KpiFacts KpiFacts::narrowed(const KpiFilter &filter) const
{
    KpiFacts kept;
    kept.nowMs = nowMs;
    kept.today = today;
    kept.venueCurrency = venueCurrency;
    kept.lapsedMonths = lapsedMonths;
    kept.currencies = currencies;
    kept.filter = filter;
    std::sort(kept.filter.guestIds.begin(), kept.filter.guestIds.end());
    for (const GuestFact &g : guests) {
        if (!keepsGuest(kept.filter, g))
            continue;
        kept.guestAt.insert(g.id, kept.guests.size());
        kept.guests.append(g);
    }
    const bool everyGuest = !kept.filter.filtersGuests();
    qint64 lastGuest = -1;
    for (const StayFact &stay : stays) {
        if (!everyGuest && !kept.guestAt.contains(stay.guestId))
            continue;
        if (stay.guestId != lastGuest) {
            kept.firstStayAt.insert(stay.guestId, kept.stays.size());
            lastGuest = stay.guestId;
        }
        kept.stays.append(stay);
    }
    for (const TicketFact &t : tickets)
        if (keepsLinked(kept, t.guestId))
            kept.tickets.append(t);
    for (const FeedbackKpiFact &f : feedback)
        if (keepsLinked(kept, f.guestId)
            && (kept.filter.feedbackChannel.isEmpty() || f.channel == kept.filter.feedbackChannel))
            kept.feedback.append(f);
    return kept;
}

Result<KpiFacts> KpiFacts::load(Database &db, const KpiFilter &filter, qint64 nowMs)
{
    // Everything is read, then narrowed: the filter's rules live in narrowed() alone.
    KpiFacts facts;
    facts.nowMs = nowMs;
    facts.today = dayOf(nowMs);
    ReadSnapshot snapshot(db);
    if (auto ok = readSettings(db, facts); !ok)
        return std::unexpected(ok.error());
    CurrencyTable currencies(facts.currencies);
    if (auto ok = readGuests(db, facts); !ok)
        return std::unexpected(ok.error());
    if (auto ok = readStays(db, facts, currencies); !ok)
        return std::unexpected(ok.error());
    LocalDays days;
    std::vector<TicketCreated> created;
    if (auto ok = readTickets(db, facts, currencies, days, created); !ok)
        return std::unexpected(ok.error());
    if (auto ok = readFeedback(db, facts, days, created); !ok)
        return std::unexpected(ok.error());
    if (filter.isEmpty())
        return facts;
    return facts.narrowed(filter);
}

} // namespace innkeep
