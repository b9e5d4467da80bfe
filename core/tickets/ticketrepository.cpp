// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketrepository.h"

#include "search/searchindex.h"
#include "storage/database.h"
#include "storage/rowwriter.h"
#include "storage/statement.h"

#include <algorithm>

namespace innkeep {

using namespace Qt::StringLiterals;

namespace {

const QString TicketColumns =
    u"SELECT t.id, t.uuid, t.guest_id, g.uuid, trim(g.given_name || ' ' || g.family_name), t.stay_id, "
    u"s.uuid, "
    "t.feedback_id, f.uuid, t.room, t.category, t.severity, t.department, t.assignee, t.description, "
    "t.source, "
    "t.created_by, t.status, t.sla_policy, t.resolution_summary, t.outcome, t.created_at, t.updated_at, "
    "t.acknowledged_at, t.resolved_at, t.closed_at, t.acknowledge_due_at, t.resolve_due_at, t.due_at, "
    "t.due_soon_at "
    "FROM tickets t LEFT JOIN guests g ON g.id = t.guest_id LEFT JOIN stays s ON s.id = t.stay_id "
    "LEFT JOIN feedback f ON f.id = t.feedback_id "_s;

// Overdue first (most overdue on top), then nearest due, then no running clock; then severity, age.
// The index tickets_urgency (migration 0003) holds exactly these terms over open tickets, so
// the terms and OpenClause must stay textually equal to its columns and WHERE.
const QString UrgencyOrder =
    u" ORDER BY t.due_at IS NULL, t.due_at, CASE t.severity WHEN 'critical' THEN 0 WHEN 'high' THEN 1 "
    "WHEN 'medium' THEN 2 ELSE 3 END, t.created_at, t.id"_s;

// Columns the queue can be sorted by: severity critical first, status in workflow order.
const QString SeverityRank =
    u"CASE t.severity WHEN 'critical' THEN 0 WHEN 'high' THEN 1 WHEN 'medium' THEN 2 ELSE 3 END"_s;
const QString StatusRank =
    u"CASE t.status WHEN 'new' THEN 0 WHEN 'acknowledged' THEN 1 WHEN 'in-progress' THEN 2 "
    "WHEN 'waiting-guest' THEN 3 WHEN 'waiting-department' THEN 4 WHEN 'resolved' THEN 5 "
    "ELSE 6 END"_s;

// For rows whose `due_at IS NULL` is pinned by HasDueClause or NoDueClause: the same order
// without its first term. SQLite 3.40 does not treat an index's expression column fixed by `=`
// as constant for ORDER BY, so keeping the term would bring back the temp B-tree.
const QString DueOrder = u" ORDER BY t.due_at, CASE t.severity WHEN 'critical' THEN 0 WHEN 'high' THEN 1 "
                         "WHEN 'medium' THEN 2 ELSE 3 END, t.created_at, t.id"_s;

// Every row `sql` selects for one ticket (its one parameter), each read by `read`.
template<typename Row, typename Read>
Result<QList<Row>> ticketRows(Database &db, const QString &sql, qint64 ticketId, Read read)
{
    Statement q(db, sql);
    if (auto ok = q.bind(ticketId).exec(); !ok)
        return std::unexpected(ok.error());
    QList<Row> rows;
    while (q.next())
        rows.append(read(q));
    return rows;
}

// The first row `sql` selects for `key` (its one parameter) read by `read`, or nothing.
template<typename Row, typename Key, typename Read>
Result<std::optional<Row>> firstRow(Database &db, const QString &sql, const Key &key, Read read)
{
    Statement q(db, sql);
    if (auto ok = q.bind(key).exec(); !ok)
        return std::unexpected(ok.error());
    if (!q.next())
        return std::nullopt;
    return read(q);
}

const QString GuestRefSelect =
    u"SELECT id, uuid, trim(given_name || ' ' || family_name) FROM guests WHERE "_s;
const QString StayRefSelect = u"SELECT id, uuid, guest_id FROM stays WHERE "_s;

TicketRepository::GuestRef guestRefOf(Statement &q)
{
    return {q.integer(0), q.text(1), q.text(2)};
}

TicketRepository::StayRef stayRefOf(Statement &q)
{
    return {q.integer(0), q.text(1), q.integer(2)};
}

const QString OpenClause = u"t.status NOT IN ('resolved', 'closed')"_s;
// Redundant beside a range on due_at, but it lets SQLite seek tickets_urgency to the range.
const QString HasDueClause = u"(t.due_at IS NULL) = 0"_s;
const QString NoDueClause = u"(t.due_at IS NULL) = 1"_s;
// `+` keeps SQLite on tickets_resolved (a range on resolved_at) rather than tickets_status,
// which would visit every closed ticket ever. resolved_at is cleared on reopen.
const QString ResolvedSinceClause = u"t.resolved_at >= ? AND +t.status IN ('resolved', 'closed')"_s;

QVariant nullable(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

QVariant nullable(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<qint64>());
}

std::optional<qint64> optionalMs(const Statement &q, int column)
{
    if (q.isNull(column))
        return std::nullopt;
    return q.integer(column);
}

ComplaintTicket readTicket(const Statement &q)
{
    ComplaintTicket t;
    t.id = q.integer(0);
    t.uuid = q.text(1);
    t.guestId = q.integer(2);
    t.guestUuid = q.text(3);
    t.guestName = q.text(4);
    t.stayId = q.integer(5);
    t.stayUuid = q.text(6);
    t.feedbackId = q.integer(7);
    t.feedbackUuid = q.text(8);
    t.room = q.text(9);
    t.category = q.text(10);
    t.severity = ticketSeverityFromToken(q.text(11)).value_or(TicketSeverity::Medium);
    t.department = q.text(12);
    t.assignee = q.text(13);
    t.description = q.text(14);
    t.source = q.text(15);
    t.createdBy = q.text(16);
    t.status = ticketStatusFromToken(q.text(17)).value_or(TicketStatus::New);
    t.sla = SlaPolicy::fromJson(q.text(18)).value_or(SlaPolicy::defaultFor(t.severity));
    t.resolutionSummary = q.text(19);
    t.outcome = ticketOutcomeFromToken(q.text(20)).value_or(TicketOutcome::None);
    t.createdAt = q.integer(21);
    t.updatedAt = q.integer(22);
    t.acknowledgedAt = optionalMs(q, 23);
    t.resolvedAt = optionalMs(q, 24);
    t.closedAt = optionalMs(q, 25);
    t.acknowledgeDueAt = optionalMs(q, 26);
    t.resolveDueAt = optionalMs(q, 27);
    t.dueAt = optionalMs(q, 28);
    t.dueSoonAt = optionalMs(q, 29);
    return t;
}

QString placeholders(qsizetype n)
{
    QString s;
    for (qsizetype i = 0; i < n; ++i)
        s += i == 0 ? u"?"_s : u",?"_s;
    return s;
}

} // namespace

QVariantMap TicketRepository::rowOf(const ComplaintTicket &t)
{
    return {
        {u"uuid"_s, t.uuid},
        {u"guest_id"_s, nullable(t.guestId)},
        {u"stay_id"_s, nullable(t.stayId)},
        {u"feedback_id"_s, nullable(t.feedbackId)},
        {u"room"_s, t.room},
        {u"category"_s, t.category},
        {u"severity"_s, ticketSeverityToken(t.severity)},
        {u"department"_s, t.department},
        {u"assignee"_s, t.assignee},
        {u"description"_s, t.description},
        {u"source"_s, t.source},
        {u"created_by"_s, t.createdBy},
        {u"status"_s, ticketStatusToken(t.status)},
        {u"sla_policy"_s, t.sla.toJson()},
        {u"resolution_summary"_s, t.resolutionSummary},
        {u"outcome"_s, ticketOutcomeToken(t.outcome)},
        {u"created_at"_s, t.createdAt},
        {u"updated_at"_s, t.updatedAt},
        {u"acknowledged_at"_s, nullable(t.acknowledgedAt)},
        {u"resolved_at"_s, nullable(t.resolvedAt)},
        {u"closed_at"_s, nullable(t.closedAt)},
        {u"acknowledge_due_at"_s, nullable(t.acknowledgeDueAt)},
        {u"resolve_due_at"_s, nullable(t.resolveDueAt)},
        {u"due_at"_s, nullable(t.dueAt)},
        {u"due_soon_at"_s, nullable(t.dueSoonAt)},
    };
}

QVariantMap TicketRepository::rowOf(const TicketEvent &e)
{
    const QVariant noText(QMetaType::fromType<QString>());
    return {
        {u"uuid"_s, e.uuid},
        {u"ticket_id"_s, e.ticketId},
        {u"kind"_s, TicketEvent::kindToken(e.kind)},
        {u"from_status"_s, e.fromStatus ? QVariant(ticketStatusToken(*e.fromStatus)) : noText},
        {u"to_status"_s, e.toStatus ? QVariant(ticketStatusToken(*e.toStatus)) : noText},
        {u"body"_s, e.body},
        {u"ref_uuid"_s, e.refUuid.isEmpty() ? noText : QVariant(e.refUuid)},
        {u"staff"_s, e.staff},
        {u"at"_s, e.atMs},
    };
}

QVariantMap TicketRepository::rowOf(const Compensation &c)
{
    return {
        {u"uuid"_s, c.uuid},
        {u"ticket_id"_s, c.ticketId},
        {u"kind"_s, Compensation::kindToken(c.kind)},
        {u"cost_minor"_s, c.costMinor},
        {u"currency"_s, c.currency},
        {u"description"_s, c.description},
        {u"staff"_s, c.staff},
        {u"at"_s, c.atMs},
    };
}

QVariantMap TicketRepository::rowOf(const FollowUp &f)
{
    return {
        {u"uuid"_s, f.uuid},
        {u"ticket_id"_s, f.ticketId},
        {u"channel"_s, FollowUp::channelToken(f.channel)},
        {u"contacted_at"_s, f.contactedAt},
        {u"reaction"_s, f.reaction},
        {u"satisfaction"_s,
         f.satisfaction ? QVariant(*f.satisfaction) : QVariant(QMetaType::fromType<int>())},
        {u"staff"_s, f.staff},
        {u"at"_s, f.atMs},
    };
}

Result<QList<ComplaintTicket>> TicketRepository::select(const QString &whereAndOrder,
                                                        const QVariantList &values)
{
    Statement q(m_db, TicketColumns + whereAndOrder);
    for (const QVariant &v : values)
        q.bindValue(v);
    if (auto ok = q.exec(); !ok)
        return std::unexpected(ok.error());
    QList<ComplaintTicket> tickets;
    while (q.next())
        tickets.append(readTicket(q));
    return tickets;
}

Result<QList<ComplaintTicket>> TicketRepository::select(const SqlQuery &query)
{
    Statement q(m_db, query.sql);
    for (const QVariant &v : query.values)
        q.bindValue(v);
    if (auto ok = q.exec(); !ok)
        return std::unexpected(ok.error());
    QList<ComplaintTicket> tickets;
    while (q.next())
        tickets.append(readTicket(q));
    return tickets;
}

Result<std::optional<ComplaintTicket>> TicketRepository::byUuid(const QString &uuid)
{
    auto found = select(u"WHERE t.uuid = ?"_s, {uuid});
    if (!found)
        return std::unexpected(found.error());
    return found->isEmpty() ? std::nullopt : std::optional(found->first());
}

Result<std::optional<ComplaintTicket>> TicketRepository::byId(qint64 id)
{
    auto found = select(u"WHERE t.id = ?"_s, {id});
    if (!found)
        return std::unexpected(found.error());
    return found->isEmpty() ? std::nullopt : std::optional(found->first());
}

Result<qint64> TicketRepository::insert(const ComplaintTicket &ticket)
{
    return insertRow(m_db, TicketsTable, rowOf(ticket));
}

Result<QList<FieldChange>> TicketRepository::update(const ComplaintTicket &before,
                                                    const ComplaintTicket &after)
{
    const QList<FieldChange> changes = diffFields(rowOf(before), rowOf(after));
    if (auto ok = updateRow(m_db, TicketsTable, after.id, changes); !ok)
        return std::unexpected(ok.error());
    return changes;
}

Result<qint64> TicketRepository::insertEvent(const TicketEvent &event)
{
    return insertRow(m_db, EventsTable, rowOf(event));
}

Result<qint64> TicketRepository::insertCompensation(const Compensation &compensation)
{
    return insertRow(m_db, CompensationsTable, rowOf(compensation));
}

Result<qint64> TicketRepository::insertFollowUp(const FollowUp &followUp)
{
    return insertRow(m_db, FollowUpsTable, rowOf(followUp));
}

Status TicketRepository::updateSearchDocument(qint64 ticketId)
{
    return SearchIndex(m_db).indexTicket(ticketId);
}

Result<QList<TicketEvent>> TicketRepository::timeline(qint64 ticketId)
{
    return ticketRows<TicketEvent>(
        m_db,
        u"SELECT id, uuid, ticket_id, kind, from_status, to_status, body, ref_uuid, staff, at "
        "FROM ticket_events WHERE ticket_id = ? ORDER BY at, id"_s,
        ticketId, [](Statement &q) {
            TicketEvent e;
            e.id = q.integer(0);
            e.uuid = q.text(1);
            e.ticketId = q.integer(2);
            e.kind = TicketEvent::kindFromToken(q.text(3)).value_or(TicketEvent::Kind::Note);
            if (!q.isNull(4))
                e.fromStatus = ticketStatusFromToken(q.text(4));
            if (!q.isNull(5))
                e.toStatus = ticketStatusFromToken(q.text(5));
            e.body = q.text(6);
            e.refUuid = q.text(7);
            e.staff = q.text(8);
            e.atMs = q.integer(9);
            return e;
        });
}

Result<QList<StatusChange>> TicketRepository::statusHistory(qint64 ticketId)
{
    return ticketRows<StatusChange>(
        m_db,
        u"SELECT at, to_status FROM ticket_events WHERE ticket_id = ? AND kind = 'status' ORDER BY at, id"_s,
        ticketId, [](Statement &q) {
            return StatusChange{q.integer(0), ticketStatusFromToken(q.text(1)).value_or(TicketStatus::New)};
        });
}

Result<QList<Compensation>> TicketRepository::compensations(qint64 ticketId)
{
    return ticketRows<Compensation>(
        m_db,
        u"SELECT id, uuid, ticket_id, kind, cost_minor, currency, description, staff, at "
        "FROM ticket_compensations WHERE ticket_id = ? ORDER BY at, id"_s,
        ticketId, [](Statement &q) {
            Compensation c;
            c.id = q.integer(0);
            c.uuid = q.text(1);
            c.ticketId = q.integer(2);
            c.kind = Compensation::kindFromToken(q.text(3)).value_or(Compensation::Kind::Other);
            c.costMinor = q.integer(4);
            c.currency = q.text(5);
            c.description = q.text(6);
            c.staff = q.text(7);
            c.atMs = q.integer(8);
            return c;
        });
}

Result<QList<CompensationTotal>> TicketRepository::compensationTotals(qint64 ticketId)
{
    return ticketRows<CompensationTotal>(
        m_db,
        u"SELECT currency, sum(cost_minor), count(*) FROM ticket_compensations WHERE ticket_id = ? "
        "GROUP BY currency ORDER BY currency"_s,
        ticketId, [](Statement &q) {
            return CompensationTotal{q.text(0), q.integer(1), int(q.integer(2))};
        });
}

Result<QList<FollowUp>> TicketRepository::followUps(qint64 ticketId)
{
    return ticketRows<FollowUp>(
        m_db,
        u"SELECT id, uuid, ticket_id, channel, contacted_at, reaction, satisfaction, staff, at "
        "FROM ticket_follow_ups WHERE ticket_id = ? ORDER BY contacted_at, id"_s,
        ticketId, [](Statement &q) {
            FollowUp f;
            f.id = q.integer(0);
            f.uuid = q.text(1);
            f.ticketId = q.integer(2);
            f.channel = FollowUp::channelFromToken(q.text(3)).value_or(FollowUp::Channel::Other);
            f.contactedAt = q.integer(4);
            f.reaction = q.text(5);
            if (!q.isNull(6))
                f.satisfaction = int(q.integer(6));
            f.staff = q.text(7);
            f.atMs = q.integer(8);
            return f;
        });
}

Result<QList<ComplaintTicket>> TicketRepository::queue(const TicketQuery &query, qint64 nowMs)
{
    return select(queueStatement(query, nowMs));
}

TicketRepository::SqlQuery TicketRepository::queueStatement(const TicketQuery &query, qint64 nowMs)
{
    QStringList where;
    QVariantList values;
    if (query.statuses.isEmpty()) {
        where << OpenClause;
    } else {
        where << u"t.status IN ("_s + placeholders(query.statuses.size()) + u")"_s;
        for (TicketStatus s : query.statuses)
            values << ticketStatusToken(s);
    }
    if (!query.severities.isEmpty()) {
        where << u"t.severity IN ("_s + placeholders(query.severities.size()) + u")"_s;
        for (TicketSeverity s : query.severities)
            values << ticketSeverityToken(s);
    }
    if (!query.departments.isEmpty()) {
        where << u"t.department IN ("_s + placeholders(query.departments.size()) + u")"_s;
        for (const QString &d : query.departments)
            values << d;
    }
    if (!query.assignees.isEmpty()) {
        where << u"t.assignee IN ("_s + placeholders(query.assignees.size()) + u")"_s;
        for (const QString &a : query.assignees)
            values << a;
    }
    if (query.guestId > 0) {
        where << u"t.guest_id = ?"_s;
        values << query.guestId;
    }
    const bool dueRange = query.overdueOnly || query.dueSoonOnly || query.dueWithinMs;
    if (dueRange)
        where << HasDueClause;
    if (query.overdueOnly) {
        where << u"t.due_at < ?"_s;
        values << nowMs;
    }
    if (query.dueSoonOnly) {
        where << u"t.due_soon_at <= ? AND t.due_at >= ?"_s;
        values << nowMs << nowMs;
    }
    if (query.dueWithinMs) {
        where << u"t.due_at <= ?"_s;
        values << nowMs + *query.dueWithinMs;
    }
    values << query.limit << query.offset;
    const QString urgency = dueRange ? DueOrder : UrgencyOrder;
    QString order = urgency;
    if (query.sortBy != TicketQuery::SortBy::Urgency || query.descending) {
        // A column the desk sorted by, urgency breaking its ties (a temporary B-tree over the
        // open tickets, a few thousand at most).
        const QString direction = query.descending ? u" DESC"_s : u" ASC"_s;
        QString first;
        switch (query.sortBy) {
        case TicketQuery::SortBy::Urgency: break;
        case TicketQuery::SortBy::Severity: first = SeverityRank; break;
        case TicketQuery::SortBy::Status: first = StatusRank; break;
        case TicketQuery::SortBy::Guest:
            first = u"g.family_name IS NULL, g.family_name COLLATE NOCASE"_s + direction
                    + u", g.given_name COLLATE NOCASE"_s;
            break;
        case TicketQuery::SortBy::Room:
            first = u"t.room = '', CAST(t.room AS INTEGER)"_s + direction + u", t.room"_s;
            break;
        case TicketQuery::SortBy::Category:
            first = u"(SELECT c.position FROM ticket_categories c WHERE c.key = t.category)"_s;
            break;
        case TicketQuery::SortBy::Description: first = u"t.description COLLATE NOCASE"_s; break;
        case TicketQuery::SortBy::Assignee: first = u"t.assignee = '', t.assignee COLLATE NOCASE"_s; break;
        case TicketQuery::SortBy::Logged: first = u"t.created_at"_s; break;
        }
        if (first.isEmpty()) // urgency reversed: the calmest first
            order = u" ORDER BY t.due_at IS NULL DESC, t.due_at DESC, t.created_at DESC, t.id DESC"_s;
        else
            order = u" ORDER BY "_s + first + direction + u", "_s
                    + urgency.mid(QStringLiteral(" ORDER BY ").size());
    }
    return {TicketColumns + u"WHERE "_s + where.join(u" AND "_s) + order + u" LIMIT ? OFFSET ?"_s, values};
}

QList<TicketRepository::SqlQuery> TicketRepository::handoverStatements(const HandoverReport &report,
                                                                       int limit)
{
    const qint64 now = report.generatedAt;
    const qint64 horizon = std::max(report.horizonMs, now);
    const QString open = u"WHERE "_s + OpenClause + u" AND "_s;
    const QString overdue = HasDueClause + u" AND t.due_at < ?"_s;
    const QString dueWithin = HasDueClause + u" AND t.due_at >= ? AND t.due_at <= ?"_s;
    const QString later = HasDueClause + u" AND t.due_at > ?"_s;
    const QString count = u"(SELECT count(*) FROM tickets t "_s;
    return {
        {TicketColumns + open + overdue + DueOrder + u" LIMIT ?"_s, {now, limit}},
        {TicketColumns + open + dueWithin + DueOrder + u" LIMIT ?"_s, {now, horizon, limit}},
        {TicketColumns + open + later + DueOrder + u" LIMIT ?"_s, {horizon, limit}},
        {TicketColumns + open + NoDueClause + DueOrder + u" LIMIT ?"_s, {limit}},
        {TicketColumns + u"WHERE "_s + ResolvedSinceClause
             + u" ORDER BY t.resolved_at DESC, t.id DESC LIMIT ?"_s,
         {report.sinceMs, limit}},
        {u"SELECT "_s + count + open + overdue + u"), "_s + count + open + dueWithin + u"), "_s + count + open
             + later + u"), "_s + count + open + NoDueClause + u"), "_s + count + u"WHERE "_s
             + ResolvedSinceClause + u")"_s,
         {now, now, horizon, horizon, report.sinceMs}},
    };
}

Status TicketRepository::handover(HandoverReport &report, int limit)
{
    limit = std::max(0, limit);
    report.sectionLimit = limit;
    const QList<SqlQuery> statements = handoverStatements(report, limit);
    QList<ComplaintTicket> *lists[] = {&report.overdue, &report.dueWithin, &report.otherOpen, nullptr,
                                       &report.resolvedSince};
    for (int i = 0; i < 5; ++i) {
        auto rows = select(statements.at(i));
        if (!rows)
            return std::unexpected(rows.error());
        if (lists[i]) {
            *lists[i] = std::move(*rows);
        } else { // other open without a running clock comes after those with one
            for (ComplaintTicket &t : *rows) {
                if (report.otherOpen.size() >= limit)
                    break;
                report.otherOpen.append(std::move(t));
            }
        }
    }
    Statement q(m_db, statements.last().sql);
    for (const QVariant &v : statements.last().values)
        q.bindValue(v);
    if (auto ok = q.exec(); !ok)
        return ok;
    if (q.next()) {
        report.overdueTotal = int(q.integer(0));
        report.dueWithinTotal = int(q.integer(1));
        report.otherOpenTotal = int(q.integer(2) + q.integer(3));
        report.resolvedSinceTotal = int(q.integer(4));
    }
    return {};
}

Result<TicketCounts> TicketRepository::counts(qint64 nowMs)
{
    Statement q(m_db, u"SELECT count(*), coalesce(sum(t.due_at < ?), 0), "
                      "coalesce(sum(t.due_soon_at <= ? AND t.due_at >= ?), 0) FROM tickets t WHERE "_s
                          + OpenClause);
    if (auto ok = q.bind(nowMs, nowMs, nowMs).exec(); !ok)
        return std::unexpected(ok.error());
    TicketCounts counts;
    if (q.next()) {
        counts.open = int(q.integer(0));
        counts.overdue = int(q.integer(1));
        counts.dueSoon = int(q.integer(2));
    }
    return counts;
}

Result<QList<ComplaintTicket>> TicketRepository::forGuest(qint64 guestId)
{
    return select(u"WHERE t.guest_id = ? ORDER BY t.created_at DESC, t.id DESC"_s, {guestId});
}

Result<QList<ComplaintTicket>> TicketRepository::openTicketsForGuest(qint64 guestId)
{
    return select(u"WHERE t.guest_id = ? AND "_s + OpenClause + UrgencyOrder, {guestId});
}

Result<QList<ComplaintTicket>> TicketRepository::lastStayUnresolved(qint64 guestId, const QDate &today)
{
    return select(u"WHERE t.stay_id = (SELECT id FROM stays WHERE guest_id = ? AND departure <= ? "
                  "AND status <> 'cancelled' ORDER BY departure DESC, arrival DESC, id DESC LIMIT 1) "
                  "AND (t.status NOT IN ('resolved', 'closed') OR t.outcome = 'lost') "
                  "ORDER BY t.created_at, t.id"_s,
                  {guestId, today.toString(Qt::ISODate)});
}

Result<QList<ComplaintTicket>> TicketRepository::resolvedSince(qint64 sinceMs, int limit)
{
    return select(u"WHERE "_s + ResolvedSinceClause + u" ORDER BY t.resolved_at DESC, t.id DESC LIMIT ?"_s,
                  {sinceMs, limit});
}

Result<QList<ComplaintTicket>> TicketRepository::closedWithoutFollowUp(int limit, int offset)
{
    return select(u"WHERE t.status = 'closed' AND NOT EXISTS (SELECT 1 FROM ticket_follow_ups u "
                  "WHERE u.ticket_id = t.id) ORDER BY t.closed_at DESC, t.id DESC LIMIT ? OFFSET ?"_s,
                  {limit, offset});
}

Result<std::optional<TicketRepository::GuestRef>> TicketRepository::guestById(qint64 id)
{
    return firstRow<GuestRef>(m_db, GuestRefSelect + u"id = ?"_s, id, guestRefOf);
}

Result<std::optional<TicketRepository::GuestRef>> TicketRepository::guestByUuid(const QString &uuid)
{
    return firstRow<GuestRef>(m_db, GuestRefSelect + u"uuid = ?"_s, uuid, guestRefOf);
}

Result<std::optional<TicketRepository::StayRef>> TicketRepository::stayById(qint64 id)
{
    return firstRow<StayRef>(m_db, StayRefSelect + u"id = ?"_s, id, stayRefOf);
}

Result<std::optional<TicketRepository::StayRef>> TicketRepository::stayByUuid(const QString &uuid)
{
    return firstRow<StayRef>(m_db, StayRefSelect + u"uuid = ?"_s, uuid, stayRefOf);
}

} // namespace innkeep
