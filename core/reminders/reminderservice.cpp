// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reminderservice.h"

#include "common/textfield.h"
#include "reminders/reminderkey.h"
#include "storage/changelog.h"
#include "storage/database.h"
#include "storage/rowwriter.h"
#include "storage/statement.h"
#include "storage/transaction.h"

namespace innkeep {

using namespace Qt::StringLiterals;

namespace {

const QString Columns =
    u"a.id, a.uuid, a.reminder_key, coalesce(g.uuid, ''), a.state, a.snoozed_until, a.staff, a.at"_s;

ReminderMark readMark(const Statement &row)
{
    ReminderMark mark;
    mark.id = row.integer(0);
    mark.uuid = row.text(1);
    mark.key = row.text(2);
    mark.guestUuid = row.text(3);
    mark.state =
        row.text(4) == QLatin1String("snoozed") ? ReminderMark::State::Snoozed : ReminderMark::State::Done;
    mark.snoozedUntil = row.isNull(5) ? QDate() : QDate::fromString(row.text(5), Qt::ISODate);
    mark.staff = row.text(6);
    mark.atMs = row.integer(7);
    return mark;
}

QVariant untilValue(const QDate &until)
{
    return until.isValid() ? QVariant(until.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

} // namespace

QString ReminderMark::stateToken(State state)
{
    return state == State::Snoozed ? u"snoozed"_s : u"done"_s;
}

Result<std::optional<ReminderMark>> ReminderService::markFor(const QString &key)
{
    Statement q(m_db, u"SELECT "_s + Columns
                          + u" FROM reminder_actions a LEFT JOIN guests g ON g.id = a.guest_id WHERE "
                            u"a.reminder_key = ?"_s);
    if (auto ok = q.bind(key).exec(); !ok)
        return std::unexpected(ok.error());
    if (!q.next()) {
        if (auto ok = q.walked(); !ok)
            return std::unexpected(ok.error());
        return std::optional<ReminderMark>();
    }
    return std::optional<ReminderMark>(readMark(q));
}

Result<ReminderService::GuestOf> ReminderService::guestOf(const QString &key)
{
    auto parsed = ReminderKey::parse(key);
    if (!parsed)
        return std::unexpected(parsed.error());
    QString sql;
    QString what;
    switch (parsed->kind) {
    case ReminderKind::Birthday:
    case ReminderKind::Anniversary:
    case ReminderKind::Greeting:
    case ReminderKind::WinBack:
        sql = u"SELECT g.id, g.uuid FROM guests g WHERE g.uuid = ?"_s;
        what = u"guest"_s;
        break;
    case ReminderKind::FollowUp:
        sql =
            u"SELECT g.id, g.uuid FROM tickets r LEFT JOIN guests g ON g.id = r.guest_id WHERE r.uuid = ?"_s;
        what = u"ticket"_s;
        break;
    case ReminderKind::PreArrival:
        sql = u"SELECT g.id, g.uuid FROM stays r JOIN guests g ON g.id = r.guest_id WHERE r.uuid = ?"_s;
        what = u"stay"_s;
        break;
    case ReminderKind::FeedbackAnswer:
        sql =
            u"SELECT g.id, g.uuid FROM feedback r LEFT JOIN guests g ON g.id = r.guest_id WHERE r.uuid = ?"_s;
        what = u"feedback"_s;
        break;
    }
    Statement q(m_db, sql);
    if (auto ok = q.bind(parsed->record).exec(); !ok)
        return std::unexpected(ok.error());
    if (!q.next()) {
        if (auto ok = q.walked(); !ok)
            return std::unexpected(ok.error());
        return fail(
            Error::Code::NotFound,
            tr("The reminder %1 is about a record that is not in this venue.").arg(TextField::quoted(key)),
            what);
    }
    return GuestOf{q.isNull(0) ? 0 : q.integer(0), q.isNull(1) ? QString() : q.text(1)};
}

Result<ReminderMark> ReminderService::markDone(const QString &key)
{
    return mark(key, ReminderMark::State::Done, {});
}

Result<ReminderMark> ReminderService::snooze(const QString &key, const QDate &until)
{
    if (!until.isValid() || until <= m_db.clock().today())
        return fail(Error::Code::InvalidInput, tr("Snooze a reminder until a day after today."), u"until"_s);
    return mark(key, ReminderMark::State::Snoozed, until);
}

Result<ReminderMark> ReminderService::mark(const QString &key, ReminderMark::State state, const QDate &until)
{
    auto guest = guestOf(key);
    if (!guest)
        return std::unexpected(guest.error());
    auto before = markFor(key);
    if (!before)
        return std::unexpected(before.error());
    if (*before && (*before)->state == state && (*before)->snoozedUntil == until)
        return **before; // already so: nothing to record
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    const qint64 now = m_db.clock().nowMs();
    const QString stateToken = ReminderMark::stateToken(state);
    if (!*before) {
        ReminderMark made;
        made.uuid = m_db.newUuid();
        made.key = key;
        made.guestUuid = guest->uuid;
        made.state = state;
        made.snoozedUntil = until;
        made.staff = m_db.staff();
        made.atMs = now;
        const QVariantMap row{
            {u"uuid"_s, made.uuid},
            {u"reminder_key"_s, key},
            {u"guest_id"_s, guest->id > 0 ? QVariant(guest->id) : QVariant(QMetaType::fromType<qint64>())},
            {u"state"_s, stateToken},
            {u"snoozed_until"_s, untilValue(until)},
            {u"staff"_s, made.staff},
            {u"at"_s, now}};
        auto id = insertRow(m_db, Table, row);
        if (!id)
            return std::unexpected(id.error());
        made.id = *id;
        if (auto ok = ChangeLog(m_db).recordInsert(Table, made.uuid, row, guest->uuid); !ok)
            return std::unexpected(ok.error());
        announceAfterCommit(m_db, Kind::Added, made.uuid, guest->uuid);
        if (auto ok = tx->commit(); !ok)
            return std::unexpected(ok.error());
        return made;
    }
    const ReminderMark old = **before;
    const QList<FieldChange> changes{
        {u"state"_s, ReminderMark::stateToken(old.state), stateToken},
        {u"snoozed_until"_s, untilValue(old.snoozedUntil), untilValue(until)},
        {u"staff"_s, old.staff, m_db.staff()},
        {u"at"_s, old.atMs, now},
    };
    if (auto ok = updateRow(m_db, Table, old.id, changes); !ok)
        return std::unexpected(ok.error());
    if (auto ok = ChangeLog(m_db).recordUpdates(Table, old.uuid, changes, guest->uuid); !ok)
        return std::unexpected(ok.error());
    announceAfterCommit(m_db, Kind::Changed, old.uuid, guest->uuid);
    if (auto ok = tx->commit(); !ok)
        return std::unexpected(ok.error());
    ReminderMark changed = old;
    changed.state = state;
    changed.snoozedUntil = until;
    changed.staff = m_db.staff();
    changed.atMs = now;
    return changed;
}

Status ReminderService::reopen(const QString &key)
{
    if (auto parsed = ReminderKey::parse(key); !parsed)
        return std::unexpected(parsed.error());
    auto before = markFor(key);
    if (!before)
        return std::unexpected(before.error());
    if (!*before)
        return fail(Error::Code::NotFound,
                    tr("The reminder %1 is neither done nor snoozed.").arg(TextField::quoted(key)), u"key"_s);
    const ReminderMark &old = **before;
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    const QVariantMap row{{u"uuid"_s, old.uuid},
                          {u"reminder_key"_s, old.key},
                          {u"state"_s, ReminderMark::stateToken(old.state)},
                          {u"snoozed_until"_s, untilValue(old.snoozedUntil)},
                          {u"staff"_s, old.staff},
                          {u"at"_s, old.atMs}};
    if (auto ok = deleteRow(m_db, Table, old.id); !ok)
        return ok;
    if (auto ok = ChangeLog(m_db).recordDelete(Table, old.uuid, row, old.guestUuid); !ok)
        return ok;
    announceAfterCommit(m_db, Kind::Removed, old.uuid, old.guestUuid);
    return tx->commit();
}

} // namespace innkeep
