// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketservice.h"

#include "common/currencycode.h"
#include "common/fieldlimits.h"
#include "common/textfield.h"
#include "common/uuid.h"
#include "staff/staffservice.h"
#include "storage/changelog.h"
#include "storage/database.h"
#include "storage/readsnapshot.h"
#include "storage/transaction.h"
#include "tickets/guestandstay.h"
#include "tickets/ticketsource.h"
#include "tickets/ticketworkflow.h"

#include <tuple>

namespace innkeep {

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 HourMs = 60 * 60 * 1000;

// Multi-line text of a ticket (description, notes, summary) through the text rule.
Result<QString> longText(const QString &field, const QString &text)
{
    return TextField::lines(field, text, FieldLimit::LongText);
}

} // namespace

TicketService::TicketService(Database &db, const Clock *clock)
    : m_db(db), m_clock(clock ? *clock : db.clock()), m_repo(db), m_settings(db)
{}

Result<ComplaintTicket> TicketService::load(const QString &uuid)
{
    auto found = m_repo.byUuid(uuid);
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return fail(Error::Code::NotFound, tr("There is no ticket %1.").arg(TextField::quoted(uuid)),
                    u"ticket"_s);
    return **found;
}

Result<ComplaintTicket> TicketService::ticket(const QString &uuid)
{
    return load(uuid);
}

Status TicketService::checkListKey(TicketListItem::List list, const QString &key, const QString &field)
{
    auto item = m_settings.item(list, key);
    if (!item)
        return std::unexpected(item.error());
    if (!*item || (*item)->archived) {
        return fail(Error::Code::InvalidInput,
                    list == TicketListItem::List::Categories
                        ? tr("Unknown complaint category: %1").arg(TextField::quoted(key))
                        : tr("Unknown department: %1").arg(TextField::quoted(key)),
                    field);
    }
    return {};
}

Result<QString> TicketService::checkAssignee(const QString &typed, const QString &current)
{
    auto name = TextField::line(u"assignee"_s, typed, FieldLimit::StaffName);
    if (!name)
        return name;
    if (name->isEmpty() || name->compare(current, Qt::CaseInsensitive) == 0)
        return name->isEmpty() ? QString() : current; // unassigned, or unchanged (even if retired since)
    StaffService staff(m_db);
    auto member = staff.byName(*name);
    if (!member)
        return std::unexpected(member.error());
    if (!*member) {
        // A venue that keeps no staff list yet assigns by name as typed.
        auto listed = staff.hasMembers();
        if (!listed)
            return std::unexpected(listed.error());
        if (!*listed)
            return name;
        return fail(Error::Code::InvalidInput,
                    tr("\"%1\" is not on the venue's staff list; add them under Settings ▸ Staff first.")
                        .arg(TextField::quoted(*name)),
                    u"assignee"_s);
    }
    if (!(*member)->active)
        return fail(Error::Code::InvalidInput,
                    tr("%1 has left the staff list and cannot take new tickets.")
                        .arg(TextField::quoted((*member)->name)),
                    u"assignee"_s);
    return (*member)->name;
}

Result<ComplaintTicket> TicketService::create(const NewTicket &input)
{
    ComplaintTicket t;
    auto description = longText(u"description"_s, input.description);
    if (!description)
        return std::unexpected(description.error());
    t.description = *description;
    for (const auto &[to, from, field, limit] :
         {std::tuple{&t.room, &input.room, "room", FieldLimit::Room},
          std::tuple{&t.category, &input.category, "category", FieldLimit::Key},
          std::tuple{&t.department, &input.department, "department", FieldLimit::Key},
          std::tuple{&t.source, &input.source, "source", FieldLimit::Key}}) {
        auto tidy = TextField::line(QString::fromLatin1(field), *from, limit);
        if (!tidy)
            return std::unexpected(tidy.error());
        *to = *tidy;
    }
    t.severity = input.severity;
    if (t.source.isEmpty())
        t.source = u"in-person"_s;
    if (!isTicketSource(t.source))
        return fail(Error::Code::InvalidInput,
                    tr("\"%1\" is not one of %2.")
                        .arg(TextField::quoted(t.source), ticketSourceTokens().join(u", "_s)),
                    u"source"_s);
    if (t.description.isEmpty())
        return fail(Error::Code::InvalidInput, tr("Describe the complaint."), u"description"_s);

    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    if (auto ok = checkListKey(TicketListItem::List::Categories, t.category, u"category"_s); !ok)
        return std::unexpected(ok.error());
    if (!t.department.isEmpty()) {
        if (auto ok = checkListKey(TicketListItem::List::Departments, t.department, u"department"_s); !ok)
            return std::unexpected(ok.error());
    }
    auto assignee = checkAssignee(input.assignee, {});
    if (!assignee)
        return std::unexpected(assignee.error());
    t.assignee = *assignee;

    auto linked = resolveGuestAndStay(m_repo, input.guestId, input.guestUuid, input.stayId, input.stayUuid);
    if (!linked)
        return std::unexpected(linked.error());
    t.guestId = linked->guest.id;
    t.guestUuid = linked->guest.uuid;
    t.guestName = linked->guest.name;
    t.stayId = linked->stay.id;
    t.stayUuid = linked->stay.uuid;
    if (t.guestId == 0 && t.room.isEmpty())
        return fail(Error::Code::InvalidInput, tr("Give the guest or the room the complaint comes from."),
                    u"guest"_s);

    auto policy = m_settings.policy(t.severity);
    if (!policy)
        return std::unexpected(policy.error());
    t.sla = *policy;
    t.uuid = m_db.newUuid();
    t.feedbackId = input.feedbackId;
    t.createdBy = m_db.staff();
    t.status = TicketStatus::New;
    t.createdAt = t.updatedAt = m_clock.nowMs();
    if (auto ok = recomputeSla(t); !ok)
        return std::unexpected(ok.error());

    auto id = m_repo.insert(t);
    if (!id)
        return std::unexpected(id.error());
    t.id = *id;
    if (auto ok = ChangeLog(m_db).recordInsert(TicketRepository::TicketsTable, t.uuid,
                                               TicketRepository::rowOf(t), t.guestUuid);
        !ok)
        return std::unexpected(ok.error());
    auto created = addEvent(t, TicketEvent::Kind::Created, {});
    if (!created)
        return std::unexpected(created.error());
    if (auto ok = m_repo.updateSearchDocument(t.id); !ok)
        return std::unexpected(ok.error());
    announceAfterCommit(m_db, Kind::Added, t.uuid, t.guestUuid);
    if (auto ok = tx->commit(); !ok)
        return std::unexpected(ok.error());
    return t;
}

Result<TicketEvent> TicketService::addEvent(const ComplaintTicket &ticket, TicketEvent::Kind kind,
                                            const QString &body, const QString &refUuid)
{
    TicketEvent e;
    e.uuid = m_db.newUuid();
    e.ticketId = ticket.id;
    e.kind = kind;
    e.body = body;
    e.refUuid = refUuid;
    e.staff = m_db.staff();
    e.atMs = m_clock.nowMs();
    if (kind == TicketEvent::Kind::Created)
        e.toStatus = TicketStatus::New;
    auto id = m_repo.insertEvent(e);
    if (!id)
        return std::unexpected(id.error());
    e.id = *id;
    if (auto ok = ChangeLog(m_db).recordInsert(TicketRepository::EventsTable, e.uuid,
                                               TicketRepository::rowOf(e), ticket.guestUuid);
        !ok)
        return std::unexpected(ok.error());
    return e;
}

Status TicketService::recomputeSla(ComplaintTicket &t)
{
    QList<StatusChange> history;
    if (t.id > 0) {
        auto loaded = m_repo.statusHistory(t.id);
        if (!loaded)
            return std::unexpected(loaded.error());
        history = *loaded;
    }
    const SlaReading r = SlaClock::evaluate(t.sla, t.createdAt, history, m_clock.nowMs());
    t.acknowledgeDueAt = r.acknowledge.dueAtMs;
    t.resolveDueAt = r.resolve.dueAtMs;
    t.dueAt = r.dueAtMs();
    t.dueSoonAt = r.dueSoonAtMs();
    return {};
}

Status TicketService::save(const ComplaintTicket &before, ComplaintTicket &after, bool textChanged)
{
    after.updatedAt = m_clock.nowMs();
    auto changes = m_repo.update(before, after);
    if (!changes)
        return std::unexpected(changes.error());
    if (auto ok = ChangeLog(m_db).recordUpdates(TicketRepository::TicketsTable, after.uuid, *changes,
                                                after.guestUuid);
        !ok)
        return ok;
    if (textChanged) {
        if (auto ok = m_repo.updateSearchDocument(after.id); !ok)
            return ok;
    }
    announceAfterCommit(m_db, Kind::Changed, after.uuid, after.guestUuid);
    return {};
}

Status TicketService::applyMove(ComplaintTicket &t, TicketStatus to, const QString &typedNote)
{
    auto note = longText(u"note"_s, typedNote);
    if (!note)
        return std::unexpected(note.error());
    if (auto ok = TicketWorkflow::check(t.status, to); !ok)
        return ok;
    if (to == TicketStatus::Closed && t.resolutionSummary.trimmed().isEmpty())
        return fail(Error::Code::InvalidInput, tr("A ticket cannot be closed without a resolution summary."),
                    u"resolution_summary"_s);
    const ComplaintTicket before = t;
    const qint64 now = m_clock.nowMs();

    TicketEvent e;
    e.uuid = m_db.newUuid();
    e.ticketId = t.id;
    e.kind = TicketEvent::Kind::Status;
    e.fromStatus = t.status;
    e.toStatus = to;
    e.body = *note;
    e.staff = m_db.staff();
    e.atMs = now;
    auto id = m_repo.insertEvent(e);
    if (!id)
        return std::unexpected(id.error());
    if (auto ok = ChangeLog(m_db).recordInsert(TicketRepository::EventsTable, e.uuid,
                                               TicketRepository::rowOf(e), t.guestUuid);
        !ok)
        return ok;

    if (t.status == TicketStatus::New && !t.acknowledgedAt)
        t.acknowledgedAt = now;
    if (to == TicketStatus::Resolved)
        t.resolvedAt = now;
    if (to == TicketStatus::Closed)
        t.closedAt = now;
    if (TicketWorkflow::isReopen(t.status, to)) {
        t.resolvedAt.reset();
        t.closedAt.reset();
    }
    t.status = to;
    if (auto ok = recomputeSla(t); !ok)
        return ok;
    return save(before, t, false);
}

Result<ComplaintTicket> TicketService::changeTicket(const QString &uuid,
                                                    const std::function<Status(ComplaintTicket &)> &edit)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    auto t = load(uuid);
    if (!t)
        return t;
    if (auto ok = edit(*t); !ok)
        return std::unexpected(ok.error());
    if (auto ok = tx->commit(); !ok)
        return std::unexpected(ok.error());
    return t;
}

Status TicketService::recordAttached(ComplaintTicket &t, const QString &table, const QString &rowUuid,
                                     const QVariantMap &row, TicketEvent::Kind kind, const QString &body)
{
    if (auto ok = ChangeLog(m_db).recordInsert(table, rowUuid, row, t.guestUuid); !ok)
        return ok;
    if (auto e = addEvent(t, kind, body, rowUuid); !e)
        return std::unexpected(e.error());
    const ComplaintTicket before = t;
    return save(before, t, false);
}

Result<ComplaintTicket> TicketService::move(const QString &uuid, TicketStatus to, const QString &note)
{
    return changeTicket(uuid, [&](ComplaintTicket &t) { return applyMove(t, to, note); });
}

Result<ComplaintTicket> TicketService::resolve(const QString &uuid, const QString &summary)
{
    auto checked = longText(u"resolution_summary"_s, summary);
    if (!checked)
        return std::unexpected(checked.error());
    return changeTicket(uuid, [&](ComplaintTicket &t) -> Status {
        if (!checked->isEmpty() && *checked != t.resolutionSummary) {
            const ComplaintTicket before = t;
            t.resolutionSummary = *checked;
            if (auto ok = save(before, t, true); !ok)
                return ok;
        }
        return applyMove(t, TicketStatus::Resolved, {});
    });
}

Result<ComplaintTicket> TicketService::close(const QString &uuid, const QString &summary,
                                             TicketOutcome outcome)
{
    auto checked = longText(u"resolution_summary"_s, summary);
    if (!checked)
        return std::unexpected(checked.error());
    return changeTicket(uuid, [&](ComplaintTicket &t) -> Status {
        // The move is checked first so an illegal close reports the states, not the summary.
        if (auto ok = TicketWorkflow::check(t.status, TicketStatus::Closed); !ok)
            return ok;
        const ComplaintTicket before = t;
        if (!checked->isEmpty())
            t.resolutionSummary = *checked;
        if (outcome != TicketOutcome::None)
            t.outcome = outcome;
        if (auto ok = save(before, t, t.resolutionSummary != before.resolutionSummary); !ok)
            return ok;
        return applyMove(t, TicketStatus::Closed, {});
    });
}

Result<ComplaintTicket> TicketService::reopen(const QString &uuid, const QString &reason)
{
    return move(uuid, TicketStatus::InProgress, reason);
}

Result<TicketEvent> TicketService::addTextEvent(const QString &uuid, TicketEvent::Kind kind,
                                                const QString &typed)
{
    auto checked = longText(u"text"_s, typed);
    if (!checked)
        return std::unexpected(checked.error());
    const QString &text = *checked;
    if (text.isEmpty())
        return fail(Error::Code::InvalidInput, tr("The text cannot be empty."), u"text"_s);
    TicketEvent event;
    auto changed = changeTicket(uuid, [&](ComplaintTicket &t) -> Status {
        auto e = addEvent(t, kind, text);
        if (!e)
            return std::unexpected(e.error());
        event = *e;
        const ComplaintTicket before = t;
        return save(before, t, true);
    });
    if (!changed)
        return std::unexpected(changed.error());
    return event;
}

Result<TicketEvent> TicketService::addNote(const QString &uuid, const QString &text)
{
    return addTextEvent(uuid, TicketEvent::Kind::Note, text);
}

Result<TicketEvent> TicketService::addAction(const QString &uuid, const QString &text)
{
    return addTextEvent(uuid, TicketEvent::Kind::Action, text);
}

Result<ComplaintTicket> TicketService::correct(
    const QString &uuid, TicketEvent::Kind kind, const std::function<Status(ComplaintTicket &)> &edit,
    const std::function<QString(const ComplaintTicket &, const ComplaintTicket &)> &describe)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    auto t = load(uuid);
    if (!t)
        return t;
    const ComplaintTicket before = *t;
    if (auto ok = edit(*t); !ok)
        return std::unexpected(ok.error());
    const QString what = describe(before, *t);
    if (what.isEmpty())
        return before; // nothing to record
    if (auto e = addEvent(*t, kind, what); !e)
        return std::unexpected(e.error());
    if (auto ok = save(before, *t, false); !ok)
        return std::unexpected(ok.error());
    if (auto ok = tx->commit(); !ok)
        return std::unexpected(ok.error());
    return t;
}

Result<ComplaintTicket> TicketService::assign(const QString &uuid, const QString &department,
                                              const QString &assignee)
{
    const auto edit = [&](ComplaintTicket &t) -> Status {
        auto key = TextField::line(u"department"_s, department, FieldLimit::Key);
        if (!key)
            return std::unexpected(key.error());
        if (!key->isEmpty()) {
            if (auto ok = checkListKey(TicketListItem::List::Departments, *key, u"department"_s); !ok)
                return ok;
        }
        auto name = checkAssignee(assignee, t.assignee);
        if (!name)
            return std::unexpected(name.error());
        t.department = *key;
        t.assignee = *name;
        return {};
    };
    const auto describe = [](const ComplaintTicket &before, const ComplaintTicket &after) {
        if (after.department == before.department && after.assignee == before.assignee)
            return QString();
        if (after.department.isEmpty() && after.assignee.isEmpty())
            return tr("Unassigned");
        return after.assignee.isEmpty() ? after.department : after.department + u" / "_s + after.assignee;
    };
    return correct(uuid, TicketEvent::Kind::Assignment, edit, describe);
}

Result<ComplaintTicket> TicketService::reclassify(const QString &uuid, TicketSeverity severity,
                                                  const QString &category)
{
    const auto edit = [&](ComplaintTicket &t) -> Status {
        auto key = TextField::line(u"category"_s, category, FieldLimit::Key);
        if (!key)
            return std::unexpected(key.error());
        if (auto ok = checkListKey(TicketListItem::List::Categories, *key, u"category"_s); !ok)
            return ok;
        t.category = *key;
        if (t.severity == severity)
            return {};
        auto policy = m_settings.policy(severity);
        if (!policy)
            return std::unexpected(policy.error());
        t.severity = severity;
        t.sla = *policy;
        return recomputeSla(t);
    };
    const auto describe = [](const ComplaintTicket &before, const ComplaintTicket &after) {
        QStringList what;
        if (after.severity != before.severity)
            what << tr("Severity %1 → %2")
                        .arg(ticketSeverityLabel(before.severity), ticketSeverityLabel(after.severity));
        if (after.category != before.category)
            what << tr("Category %1 → %2").arg(before.category, after.category);
        return what.join(u"; "_s);
    };
    return correct(uuid, TicketEvent::Kind::Action, edit, describe);
}

Result<ComplaintTicket> TicketService::setResolutionSummary(const QString &uuid, const QString &summary)
{
    auto checked = longText(u"resolution_summary"_s, summary);
    if (!checked)
        return std::unexpected(checked.error());
    return changeTicket(uuid, [&](ComplaintTicket &t) -> Status {
        if (t.status == TicketStatus::Closed && checked->isEmpty())
            return fail(Error::Code::InvalidInput, tr("A closed ticket must keep its resolution summary."),
                        u"resolution_summary"_s);
        const ComplaintTicket before = t;
        t.resolutionSummary = *checked;
        return save(before, t, true);
    });
}

Result<ComplaintTicket> TicketService::setOutcome(const QString &uuid, TicketOutcome outcome)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    auto t = load(uuid);
    if (!t)
        return t;
    if (isOpen(t->status))
        return fail(Error::Code::Conflict,
                    tr("The outcome is recorded once the ticket is resolved; it is %1.")
                        .arg(ticketStatusLabel(t->status)),
                    u"outcome"_s);
    const ComplaintTicket before = *t;
    t->outcome = outcome;
    if (outcome == before.outcome)
        return t;
    auto e = addEvent(*t, TicketEvent::Kind::Outcome, ticketOutcomeToken(outcome));
    if (!e)
        return std::unexpected(e.error());
    if (auto ok = save(before, *t, false); !ok)
        return std::unexpected(ok.error());
    if (auto ok = tx->commit(); !ok)
        return std::unexpected(ok.error());
    return t;
}

Result<Compensation> TicketService::addCompensation(const QString &uuid, const Compensation &input)
{
    if (input.costMinor < 0)
        return fail(Error::Code::InvalidInput, tr("The cost of a compensation cannot be negative."),
                    u"cost"_s);
    auto currency = CurrencyCode::normalised(u"currency"_s, input.currency);
    if (!currency)
        return std::unexpected(currency.error());
    auto description = TextField::lines(u"description"_s, input.description, FieldLimit::Detail);
    if (!description)
        return std::unexpected(description.error());
    Compensation c = input;
    c.currency = *currency;
    c.description = *description;
    auto changed = changeTicket(uuid, [&](ComplaintTicket &t) -> Status {
        c.uuid = m_db.newUuid();
        c.ticketId = t.id;
        c.staff = m_db.staff();
        c.atMs = m_clock.nowMs();
        auto id = m_repo.insertCompensation(c);
        if (!id)
            return std::unexpected(id.error());
        c.id = *id;
        const QString body = Compensation::kindToken(c.kind) + u' ' + QString::number(c.costMinor) + u' '
                             + c.currency + (c.description.isEmpty() ? QString() : u": "_s + c.description);
        return recordAttached(t, TicketRepository::CompensationsTable, c.uuid, TicketRepository::rowOf(c),
                              TicketEvent::Kind::Compensation, body);
    });
    if (!changed)
        return std::unexpected(changed.error());
    return c;
}

Result<FollowUp> TicketService::recordFollowUp(const QString &uuid, const FollowUp &followUp,
                                               TicketOutcome outcome)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    auto added = addFollowUp(uuid, followUp);
    if (!added)
        return added;
    if (outcome != TicketOutcome::None) {
        if (auto set = setOutcome(uuid, outcome); !set)
            return std::unexpected(set.error());
    }
    if (auto ok = tx->commit(); !ok)
        return std::unexpected(ok.error());
    return added;
}

Result<FollowUp> TicketService::addFollowUp(const QString &uuid, const FollowUp &input)
{
    if (input.satisfaction && (*input.satisfaction < 1 || *input.satisfaction > 5))
        return fail(Error::Code::InvalidInput, tr("Satisfaction is a number from 1 to 5."),
                    u"satisfaction"_s);
    auto reaction = TextField::lines(u"reaction"_s, input.reaction, FieldLimit::Detail);
    if (!reaction)
        return std::unexpected(reaction.error());
    FollowUp f = input;
    f.reaction = *reaction;
    auto changed = changeTicket(uuid, [&](ComplaintTicket &t) -> Status {
        if (isOpen(t.status))
            return fail(Error::Code::Conflict,
                        tr("A follow-up is recorded once the ticket is resolved; it is %1.")
                            .arg(ticketStatusLabel(t.status)),
                        u"status"_s);
        f.uuid = m_db.newUuid();
        f.ticketId = t.id;
        f.staff = m_db.staff();
        f.atMs = m_clock.nowMs();
        if (f.contactedAt <= 0)
            f.contactedAt = f.atMs;
        auto id = m_repo.insertFollowUp(f);
        if (!id)
            return std::unexpected(id.error());
        f.id = *id;
        QString body = FollowUp::channelToken(f.channel);
        if (f.satisfaction)
            body += u" %1/5"_s.arg(*f.satisfaction);
        if (!f.reaction.isEmpty())
            body += u": "_s + f.reaction;
        return recordAttached(t, TicketRepository::FollowUpsTable, f.uuid, TicketRepository::rowOf(f),
                              TicketEvent::Kind::FollowUp, body);
    });
    if (!changed)
        return std::unexpected(changed.error());
    return f;
}

Result<SlaReading> TicketService::sla(const ComplaintTicket &ticket)
{
    auto history = m_repo.statusHistory(ticket.id);
    if (!history)
        return std::unexpected(history.error());
    return SlaClock::evaluate(ticket.sla, ticket.createdAt, *history, m_clock.nowMs());
}

Result<HandoverReport> TicketService::handover(qint64 sinceMs, int dueWithinHours, int sectionLimit)
{
    HandoverReport report;
    report.generatedAt = m_clock.nowMs();
    report.sinceMs = sinceMs;
    report.horizonMs = report.generatedAt + qint64(std::max(0, dueWithinHours)) * HourMs;
    // One bounded query per section plus one for the totals (TicketRepository::handoverStatements),
    // all from one view of the file.
    ReadSnapshot snapshot(m_db);
    if (auto ok = m_repo.handover(report, sectionLimit); !ok)
        return std::unexpected(ok.error());
    return report;
}

} // namespace innkeep
