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

namespace innkeep {

using namespace Qt::StringLiterals;

namespace {

constexpr int DefaultLapsedMonths = 18;
const QString LapsedMonthsKey = u"kpi.lapsed_months"_s;

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
    bool ok = false;
    const int months = settings.value(LapsedMonthsKey).toInt(&ok);
    facts.lapsedMonths = ok && months >= 1 && months <= 120 ? months : DefaultLapsedMonths;
    return {};
}

Status readGuests(Database &db, KpiFacts &facts)
{
    Statement q(db,
                u"SELECT id, country, nationality, language, source, vip_level FROM guests ORDER BY id"_s);
    if (auto ok = q.exec(); !ok)
        return ok;
    while (q.next()) {
        GuestFact g{q.integer(0), q.text(1), q.text(2), q.text(3), q.text(4), int(q.integer(5))};
        if (!keepsGuest(facts.filter, g))
            continue;
        facts.guestAt.insert(g.id, facts.guests.size());
        facts.guests.append(std::move(g));
    }
    return q.walked();
}

Status readStays(Database &db, KpiFacts &facts, CurrencyTable &currencies)
{
    Statement q(db, u"SELECT id, guest_id, arrival, departure, revenue_minor, currency, channel FROM stays "
                    "WHERE status NOT IN ('cancelled', 'no-show') ORDER BY guest_id, arrival, id"_s);
    if (auto ok = q.exec(); !ok)
        return ok;
    qint64 lastGuest = -1;
    while (q.next()) {
        const qint64 guestId = q.integer(1);
        if (!facts.guestAt.contains(guestId))
            continue;
        StayFact s;
        s.id = q.integer(0);
        s.guestId = guestId;
        s.arrivalDay = isoDay(q.text(2));
        s.departureDay = isoDay(q.text(3));
        s.revenueMinor = q.integer(4);
        s.currency = currencies.indexOf(q.text(5));
        s.channel = q.text(6);
        if (guestId != lastGuest) {
            facts.firstStayAt.insert(guestId, facts.stays.size());
            lastGuest = guestId;
        }
        facts.stays.append(std::move(s));
    }
    return q.walked();
}

bool keepsLinked(const KpiFacts &facts, qint64 guestId)
{
    if (!facts.filter.filtersGuests())
        return true;
    return guestId > 0 && facts.guestAt.contains(guestId);
}

Status readTickets(Database &db, KpiFacts &facts, CurrencyTable &currencies)
{
    QHash<qint64, QList<StatusChange>> history;
    {
        Statement q(db, u"SELECT ticket_id, at, to_status FROM ticket_events WHERE kind = 'status' "
                        "ORDER BY ticket_id, at, id"_s);
        if (auto ok = q.exec(); !ok)
            return ok;
        while (q.next())
            history[q.integer(0)].append(
                StatusChange{q.integer(1), ticketStatusFromToken(q.text(2)).value_or(TicketStatus::New)});
        if (auto ok = q.walked(); !ok)
            return ok;
    }
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
    QHash<QString, SlaPolicy> policies; // most tickets share a handful of snapshots
    Statement q(db, u"SELECT t.id, coalesce(t.guest_id, 0), t.created_at, t.category, t.severity, t.status, "
                    "t.outcome, t.resolved_at, t.closed_at, t.sla_policy, "
                    "EXISTS (SELECT 1 FROM ticket_follow_ups u WHERE u.ticket_id = t.id) "
                    "FROM tickets t ORDER BY t.created_at, t.id"_s);
    if (auto ok = q.exec(); !ok)
        return ok;
    while (q.next()) {
        TicketFact t;
        t.id = q.integer(0);
        t.guestId = q.integer(1);
        if (!keepsLinked(facts, t.guestId))
            continue;
        t.createdAt = q.integer(2);
        t.createdDay = KpiFacts::dayOf(t.createdAt);
        t.category = q.text(3);
        t.severity = q.text(4);
        t.status = ticketStatusFromToken(q.text(5)).value_or(TicketStatus::New);
        t.outcome = q.text(6);
        if (!q.isNull(7)) {
            t.resolvedAt = q.integer(7);
            t.resolvedDay = KpiFacts::dayOf(*t.resolvedAt);
        }
        if (!q.isNull(8)) {
            t.closedAt = q.integer(8);
            t.closedDay = KpiFacts::dayOf(*t.closedAt);
        }
        const QString policyJson = q.text(9);
        auto policy = policies.constFind(policyJson);
        if (policy == policies.cend()) {
            auto parsed = SlaPolicy::fromJson(policyJson);
            if (!parsed)
                return std::unexpected(parsed.error());
            policy = policies.insert(policyJson, *parsed);
        }
        const SlaReading reading = SlaClock::evaluate(*policy, t.createdAt, history.value(t.id), facts.nowMs);
        t.acknowledge = reading.acknowledge;
        t.resolve = reading.resolve;
        t.followedUp = q.integer(10) != 0;
        t.compensationMinor = compensation.value(t.id);
        facts.tickets.append(std::move(t));
    }
    return q.walked();
}

Status readFeedback(Database &db, KpiFacts &facts)
{
    FeedbackRepository repository(db);
    auto rating = repository.attentionThreshold();
    if (!rating)
        return std::unexpected(rating.error());
    auto sentiment = repository.sentimentThreshold();
    if (!sentiment)
        return std::unexpected(sentiment.error());
    Statement q(db, u"SELECT f.id, coalesce(f.guest_id, 0), f.channel, f.received_at, f.rating, "
                    "coalesce(f.rating_scale, ''), f.rating_normalised, "
                    "f.body <> '' AND (f.analyser_version > 0 OR f.corrected_label <> ''), "_s
                        + FeedbackFacts::effectiveScoreSql() + u", "_s
                        + FeedbackRepository::lowFeedbackClause()
                        + u", f.responded_at, t.created_at "
                          "FROM feedback f CROSS JOIN (SELECT ? AS v, ? AS s) th "
                          "LEFT JOIN tickets t ON t.id = f.ticket_id ORDER BY f.received_at, f.id"_s);
    if (auto ok = q.bind(*rating, *sentiment).exec(); !ok)
        return ok;
    while (q.next()) {
        FeedbackKpiFact f;
        f.id = q.integer(0);
        f.guestId = q.integer(1);
        if (!keepsLinked(facts, f.guestId))
            continue;
        f.channel = q.text(2);
        if (!facts.filter.feedbackChannel.isEmpty() && f.channel != facts.filter.feedbackChannel)
            continue;
        f.receivedAt = q.integer(3);
        f.receivedDay = KpiFacts::dayOf(f.receivedAt);
        if (!q.isNull(4))
            f.rating = q.value(4).toDouble();
        f.ratingScale = q.text(5);
        if (!q.isNull(6))
            f.ratingNormalised = q.value(6).toDouble();
        f.analysed = q.integer(7) != 0;
        f.sentiment = q.value(8).toDouble();
        f.neededAttention = q.integer(9) != 0;
        std::optional<qint64> responded = q.isNull(10) ? std::nullopt : std::optional<qint64>(q.integer(10));
        std::optional<qint64> ticket = q.isNull(11) ? std::nullopt : std::optional<qint64>(q.integer(11));
        if (responded && ticket)
            f.handledAt = std::min(*responded, *ticket);
        else
            f.handledAt = responded ? responded : ticket;
        facts.feedback.append(std::move(f));
    }
    return q.walked();
}

} // namespace

qint64 KpiFacts::dayOf(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().date().toJulianDay();
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

Result<KpiFacts> KpiFacts::load(Database &db, const KpiFilter &filter, qint64 nowMs)
{
    KpiFacts facts;
    facts.nowMs = nowMs;
    facts.today = dayOf(nowMs);
    facts.filter = filter;
    std::sort(facts.filter.guestIds.begin(), facts.filter.guestIds.end());
    ReadSnapshot snapshot(db);
    if (auto ok = readSettings(db, facts); !ok)
        return std::unexpected(ok.error());
    CurrencyTable currencies(facts.currencies);
    if (auto ok = readGuests(db, facts); !ok)
        return std::unexpected(ok.error());
    if (auto ok = readStays(db, facts, currencies); !ok)
        return std::unexpected(ok.error());
    if (auto ok = readTickets(db, facts, currencies); !ok)
        return std::unexpected(ok.error());
    if (auto ok = readFeedback(db, facts); !ok)
        return std::unexpected(ok.error());
    return facts;
}

} // namespace innkeep
