// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/clock.h"
#include "common/error.h"
#include "storage/recordevents.h"
#include "tickets/compensation.h"
#include "tickets/complaintticket.h"
#include "tickets/followup.h"
#include "tickets/newticket.h"
#include "tickets/slaclock.h"
#include "tickets/ticketevent.h"
#include "tickets/ticketquery.h"
#include "tickets/ticketrepository.h"
#include "tickets/ticketsettingsrepository.h"

#include <QCoreApplication>
#include <QVariantMap>

#include <functional>

namespace innkeep {

class Database;

// Complaint tickets as user actions. Each method validates, writes, records the change log,
// queues a Ticket change event and commits, all in one transaction (a savepoint when the caller
// already has one); on failure nothing is written. Every write keeps the ticket's stored SLA
// figures (due_at, due_soon_at, ...) and its search document current.
class TicketService final : public RecordEvents
{
    Q_DECLARE_TR_FUNCTIONS(TicketService)

public:
    // `clock` (optional) overrides the database's clock as "now" for this service: the demo and
    // importers use it to write history at past instants.
    explicit TicketService(Database &db, const Clock *clock = nullptr);

    // Logs a complaint in New, with the SLA policy in force for its severity copied onto it.
    [[nodiscard]] Result<ComplaintTicket> create(const NewTicket &input);

    // Any move in TicketWorkflow's table; the note (optional) goes on the status event.
    // Moving to Closed needs a resolution summary on the ticket.
    [[nodiscard]] Result<ComplaintTicket> move(const QString &uuid, TicketStatus to,
                                               const QString &note = {});
    [[nodiscard]] Result<ComplaintTicket> acknowledge(const QString &uuid)
    {
        return move(uuid, TicketStatus::Acknowledged);
    }
    // Resolves, storing `summary` as the resolution summary when given.
    [[nodiscard]] Result<ComplaintTicket> resolve(const QString &uuid, const QString &summary = {});
    // Closes a Resolved ticket; `summary` (when given) and `outcome` (unless None) are stored first.
    [[nodiscard]] Result<ComplaintTicket> close(const QString &uuid, const QString &summary = {},
                                                TicketOutcome outcome = TicketOutcome::None);
    // Back to In progress from Resolved or Closed.
    [[nodiscard]] Result<ComplaintTicket> reopen(const QString &uuid, const QString &reason = {});

    [[nodiscard]] Result<TicketEvent> addNote(const QString &uuid, const QString &text);   // internal note
    [[nodiscard]] Result<TicketEvent> addAction(const QString &uuid, const QString &text); // action taken
    [[nodiscard]] Result<ComplaintTicket> assign(const QString &uuid, const QString &department,
                                                 const QString &assignee);
    // Corrects a complaint's severity and category. A new severity brings the SLA policy in
    // force for it now, and the due times are worked out again from when the ticket was logged
    // (pauses while waiting still count); the timeline gets an action saying what changed.
    [[nodiscard]] Result<ComplaintTicket> reclassify(const QString &uuid, TicketSeverity severity,
                                                     const QString &category);
    [[nodiscard]] Result<ComplaintTicket> setResolutionSummary(const QString &uuid, const QString &summary);
    // Recovered or Lost; only once the ticket is resolved or closed.
    [[nodiscard]] Result<ComplaintTicket> setOutcome(const QString &uuid, TicketOutcome outcome);
    // Cost >= 0 in minor units with an ISO currency; id/uuid/ticket/staff/time are filled in.
    [[nodiscard]] Result<Compensation> addCompensation(const QString &uuid, const Compensation &compensation);
    // After resolution: how and when the guest was contacted, their reaction, satisfaction 1-5;
    // and, unless None, the ticket's outcome (as setOutcome). One action, one transaction: both
    // are stored or neither.
    [[nodiscard]] Result<FollowUp> recordFollowUp(const QString &uuid, const FollowUp &followUp,
                                                  TicketOutcome outcome = TicketOutcome::None);

    [[nodiscard]] Result<ComplaintTicket> ticket(const QString &uuid); // NotFound when unknown
    // The live SLA reading of a ticket now (from its policy snapshot and status history).
    [[nodiscard]] Result<SlaReading> sla(const ComplaintTicket &ticket);
    // Shift handover now: overdue, due within `dueWithinHours`, other open, resolved since `sinceMs`.
    // Each section lists at most `sectionLimit` tickets; the report's totals count them all.
    [[nodiscard]] Result<HandoverReport> handover(qint64 sinceMs, int dueWithinHours = 2,
                                                  int sectionLimit = HandoverReport::DefaultSectionLimit);

    // Read-only queries for the pages and innkeep-cli (no rules, no writes).
    // Tickets and guests as stored, counted now: open, overdue, due soon (TicketCounts).
    [[nodiscard]] Result<TicketCounts> counts() { return m_repo.counts(m_clock.nowMs()); }
    // The queue page (see TicketQuery) evaluated at `nowMs`, most urgent first.
    [[nodiscard]] Result<QList<ComplaintTicket>> queue(const TicketQuery &query, qint64 nowMs)
    {
        return m_repo.queue(query, nowMs);
    }
    // A ticket's timeline (oldest first), status changes, compensation, totals and follow-ups.
    [[nodiscard]] Result<QList<TicketEvent>> timeline(qint64 ticketId) { return m_repo.timeline(ticketId); }
    [[nodiscard]] Result<QList<StatusChange>> statusHistory(qint64 ticketId)
    {
        return m_repo.statusHistory(ticketId);
    }
    [[nodiscard]] Result<QList<Compensation>> compensations(qint64 ticketId)
    {
        return m_repo.compensations(ticketId);
    }
    [[nodiscard]] Result<QList<CompensationTotal>> compensationTotals(qint64 ticketId)
    {
        return m_repo.compensationTotals(ticketId);
    }
    [[nodiscard]] Result<QList<FollowUp>> followUps(qint64 ticketId) { return m_repo.followUps(ticketId); }
    // The guest a ticket can be logged for: id, uuid and display name; empty when unknown.
    [[nodiscard]] Result<std::optional<TicketRepository::GuestRef>> guestByUuid(const QString &uuid)
    {
        return m_repo.guestByUuid(uuid);
    }
    // The rows as stored (column -> value), for innkeep-cli's JSON output.
    [[nodiscard]] static QVariantMap storedRow(const ComplaintTicket &ticket)
    {
        return TicketRepository::rowOf(ticket);
    }
    [[nodiscard]] static QVariantMap storedRow(const TicketEvent &event)
    {
        return TicketRepository::rowOf(event);
    }
    [[nodiscard]] static QVariantMap storedRow(const Compensation &compensation)
    {
        return TicketRepository::rowOf(compensation);
    }
    [[nodiscard]] static QVariantMap storedRow(const FollowUp &followUp)
    {
        return TicketRepository::rowOf(followUp);
    }

private:
    [[nodiscard]] Result<ComplaintTicket> load(const QString &uuid);
    [[nodiscard]] Result<FollowUp> addFollowUp(const QString &uuid, const FollowUp &followUp);
    // Loads the ticket, lets `edit` change it (and write what goes with the change) and commits:
    // one transaction, rolled back when a step fails.
    [[nodiscard]] Result<ComplaintTicket> changeTicket(const QString &uuid,
                                                       const std::function<Status(ComplaintTicket &)> &edit);
    // What goes with a row attached to the ticket (a compensation, a follow-up) once inserted: its
    // change-log entry, the timeline event and the ticket's save.
    [[nodiscard]] Status recordAttached(ComplaintTicket &ticket, const QString &table, const QString &rowUuid,
                                        const QVariantMap &row, TicketEvent::Kind kind, const QString &body);
    [[nodiscard]] Status applyMove(ComplaintTicket &ticket, TicketStatus to, const QString &note);
    [[nodiscard]] Status recomputeSla(ComplaintTicket &ticket);
    // One correction of a ticket's own fields in one transaction: `edit` changes them (or
    // refuses); when `describe` says what changed, the timeline gets it as an event of `kind`.
    [[nodiscard]] Result<ComplaintTicket>
    correct(const QString &uuid, TicketEvent::Kind kind, const std::function<Status(ComplaintTicket &)> &edit,
            const std::function<QString(const ComplaintTicket &, const ComplaintTicket &)> &describe);
    [[nodiscard]] Status save(const ComplaintTicket &before, ComplaintTicket &after, bool textChanged);
    [[nodiscard]] Result<TicketEvent> addEvent(const ComplaintTicket &ticket, TicketEvent::Kind kind,
                                               const QString &body, const QString &refUuid = {});
    [[nodiscard]] Result<TicketEvent> addTextEvent(const QString &uuid, TicketEvent::Kind kind,
                                                   const QString &text);
    // The assignee as stored: empty, `current` unchanged, or an active staff member's name as the
    // staff list spells it; anyone else is refused once the venue keeps a staff list (before
    // that, the name as typed).
    [[nodiscard]] Result<QString> checkAssignee(const QString &typed, const QString &current);
    [[nodiscard]] Status checkListKey(TicketListItem::List list, const QString &key, const QString &field);

    Database &m_db;
    const Clock &m_clock;
    TicketRepository m_repo;
    TicketSettingsRepository m_settings;
};

} // namespace innkeep
