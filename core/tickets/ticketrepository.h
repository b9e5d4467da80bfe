// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "storage/changelog.h"
#include "tickets/compensation.h"
#include "tickets/complaintticket.h"
#include "tickets/followup.h"
#include "tickets/slaclock.h"
#include "tickets/ticketevent.h"
#include "tickets/ticketquery.h"

#include <QDate>
#include <QList>
#include <QVariantMap>

#include <optional>

namespace innkeep {

class Database;

// The SQL behind tickets, their timeline, compensation and follow-ups. No rules here: writes
// go through TicketService, which validates, records the change log and commits.
class TicketRepository final
{
public:
    explicit TicketRepository(Database &db) : m_db(db) {}

    static inline const QString TicketsTable = QStringLiteral("tickets");
    static inline const QString EventsTable = QStringLiteral("ticket_events");
    static inline const QString CompensationsTable = QStringLiteral("ticket_compensations");
    static inline const QString FollowUpsTable = QStringLiteral("ticket_follow_ups");

    // Rows as stored (column -> value), for inserts, diffs and the change log.
    [[nodiscard]] static QVariantMap rowOf(const ComplaintTicket &ticket);
    [[nodiscard]] static QVariantMap rowOf(const TicketEvent &event);
    [[nodiscard]] static QVariantMap rowOf(const Compensation &compensation);
    [[nodiscard]] static QVariantMap rowOf(const FollowUp &followUp);

    [[nodiscard]] Result<std::optional<ComplaintTicket>> byUuid(const QString &uuid);
    [[nodiscard]] Result<std::optional<ComplaintTicket>> byId(qint64 id);

    [[nodiscard]] Result<qint64> insert(const ComplaintTicket &ticket);
    // Writes the columns that differ and returns them (for the change log).
    [[nodiscard]] Result<QList<FieldChange>> update(const ComplaintTicket &before,
                                                    const ComplaintTicket &after);
    [[nodiscard]] Result<qint64> insertEvent(const TicketEvent &event);
    [[nodiscard]] Result<qint64> insertCompensation(const Compensation &compensation);
    [[nodiscard]] Result<qint64> insertFollowUp(const FollowUp &followUp);
    // Rewrites the ticket's search document through SearchIndex::indexTicket(), which owns its rowid.
    [[nodiscard]] Status updateSearchDocument(qint64 ticketId);

    // Oldest first.
    [[nodiscard]] Result<QList<TicketEvent>> timeline(qint64 ticketId);
    [[nodiscard]] Result<QList<StatusChange>> statusHistory(qint64 ticketId);
    [[nodiscard]] Result<QList<Compensation>> compensations(qint64 ticketId);
    [[nodiscard]] Result<QList<CompensationTotal>> compensationTotals(qint64 ticketId);
    [[nodiscard]] Result<QList<FollowUp>> followUps(qint64 ticketId);

    // A statement with its bound values, for the queries below and for EXPLAIN QUERY PLAN checks.
    struct SqlQuery
    {
        QString sql;
        QVariantList values;
    };

    // The queue page (see TicketQuery), evaluated at `nowMs`. Open-ticket queues read the
    // partial index tickets_urgency in order (migration 0003): no sort, no full scan.
    [[nodiscard]] Result<QList<ComplaintTicket>> queue(const TicketQuery &query, qint64 nowMs);
    [[nodiscard]] static SqlQuery queueStatement(const TicketQuery &query, qint64 nowMs);

    // Shift handover: each section read with at most `limit` rows plus every section's total.
    // `report` must hold generatedAt, sinceMs and horizonMs; its lists and totals are filled in.
    [[nodiscard]] Status handover(HandoverReport &report, int limit);
    // The handover's statements: overdue, due within, other open with a running clock, other
    // open without one, resolved since, then the one statement that counts all of them.
    [[nodiscard]] static QList<SqlQuery> handoverStatements(const HandoverReport &report, int limit);
    [[nodiscard]] Result<TicketCounts> counts(qint64 nowMs);
    // Every ticket of a guest, newest first.
    [[nodiscard]] Result<QList<ComplaintTicket>> forGuest(qint64 guestId);
    // For guest alerts: the guest's tickets that are neither resolved nor closed, most urgent first.
    [[nodiscard]] Result<QList<ComplaintTicket>> openTicketsForGuest(qint64 guestId);
    // For guest alerts: tickets of the guest's previous stay (latest stay that departed on or
    // before `today`) that are still open or whose outcome was Lost.
    [[nodiscard]] Result<QList<ComplaintTicket>> lastStayUnresolved(qint64 guestId, const QDate &today);
    // Resolved or closed at or after `sinceMs` (by resolved_at), newest first.
    [[nodiscard]] Result<QList<ComplaintTicket>> resolvedSince(qint64 sinceMs, int limit = 500);
    // Closed tickets with no follow-up recorded: flagged in reports. Newest first.
    [[nodiscard]] Result<QList<ComplaintTicket>> closedWithoutFollowUp(int limit = 100, int offset = 0);

    // Guest and stay lookups for validation: id, uuid and display name.
    struct GuestRef
    {
        qint64 id = 0;
        QString uuid;
        QString name;
    };
    struct StayRef
    {
        qint64 id = 0;
        QString uuid;
        qint64 guestId = 0;
    };
    [[nodiscard]] Result<std::optional<GuestRef>> guestById(qint64 id);
    [[nodiscard]] Result<std::optional<GuestRef>> guestByUuid(const QString &uuid);
    [[nodiscard]] Result<std::optional<StayRef>> stayById(qint64 id);
    [[nodiscard]] Result<std::optional<StayRef>> stayByUuid(const QString &uuid);

private:
    [[nodiscard]] Result<QList<ComplaintTicket>> select(const QString &whereAndOrder,
                                                        const QVariantList &values);
    [[nodiscard]] Result<QList<ComplaintTicket>> select(const SqlQuery &query);
    Database &m_db;
};

} // namespace innkeep
