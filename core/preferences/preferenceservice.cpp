// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferenceservice.h"

#include "common/fieldlimits.h"
#include "common/textfield.h"
#include "common/uuid.h"
#include "guests/guestrepository.h"
#include "storage/changelog.h"
#include "storage/database.h"
#include "storage/rowwriter.h"
#include "storage/statement.h"
#include "storage/transaction.h"

namespace innkeep {

namespace {

const QString Table = QStringLiteral("preferences");
const QString Columns =
    QStringLiteral("p.id, p.uuid, g.uuid, p.category, p.value, p.detail, p.source, p.observed_on, "
                   "p.times_confirmed, p.critical, p.created_at, p.updated_at");

QString valueKey(const QString &value)
{
    return PreferenceService::valueKey(value);
}

QVariantMap columnsOf(const Preference &p)
{
    return {{QStringLiteral("category"), toToken(p.category)},
            {QStringLiteral("value"), p.value},
            {QStringLiteral("value_key"), valueKey(p.value)},
            {QStringLiteral("detail"), p.detail},
            {QStringLiteral("source"), toToken(p.source)},
            {QStringLiteral("observed_on"), p.observedOn.toString(Qt::ISODate)},
            {QStringLiteral("times_confirmed"), p.timesConfirmed},
            {QStringLiteral("critical"), int(p.critical)}};
}

Preference readPreference(const Statement &row)
{
    Preference p;
    p.id = row.integer(0);
    p.uuid = row.text(1);
    p.guestUuid = row.text(2);
    p.category = preferenceCategoryFromToken(row.text(3)).value_or(PreferenceCategory::Other);
    p.value = row.text(4);
    p.detail = row.text(5);
    p.source = preferenceSourceFromToken(row.text(6)).value_or(PreferenceSource::Told);
    p.observedOn = QDate::fromString(row.text(7), Qt::ISODate);
    p.timesConfirmed = int(row.integer(8));
    p.critical = row.integer(9) != 0;
    p.createdAt = row.integer(10);
    p.updatedAt = row.integer(11);
    return p;
}

// The text rule, the value's and detail's limits and the observed date's range, for a new or an
// edited preference. `today` bounds the date; an empty date is left for the caller to fill.
Status checkDraft(Preference &p, const QDate &today)
{
    auto value = TextField::line(QStringLiteral("value"), p.value, FieldLimit::ShortText);
    if (!value)
        return std::unexpected(value.error());
    auto detail = TextField::lines(QStringLiteral("detail"), p.detail, FieldLimit::Detail);
    if (!detail)
        return std::unexpected(detail.error());
    p.value = *value;
    p.detail = *detail;
    if (p.value.isEmpty())
        return fail(Error::Code::InvalidInput, PreferenceService::tr("Say what the preference is."),
                    QStringLiteral("value"));
    if (p.observedOn.isValid() && p.observedOn > today)
        return fail(Error::Code::InvalidInput,
                    PreferenceService::tr("The date observed cannot be in the future."),
                    QStringLiteral("observed_on"));
    if (p.observedOn.isValid() && p.observedOn.year() < 1900)
        return fail(Error::Code::InvalidInput,
                    PreferenceService::tr("The date observed cannot be before 1900."),
                    QStringLiteral("observed_on"));
    return {};
}

} // namespace

Result<Preference> PreferenceService::find(const QString &uuid)
{
    Statement select(
        m_db,
        QStringLiteral("SELECT ") + Columns
            + QStringLiteral(" FROM preferences p JOIN guests g ON g.id = p.guest_id WHERE p.uuid = ?"));
    if (auto ok = select.bind(uuid).exec(); !ok)
        return std::unexpected(ok.error());
    if (!select.next())
        return fail(Error::Code::NotFound,
                    tr("There is no preference with the id %1.").arg(TextField::quoted(uuid)),
                    QStringLiteral("preference"));
    return readPreference(select);
}

Result<QList<Preference>> PreferenceService::forGuest(const QString &guestUuid)
{
    Statement select(
        m_db, QStringLiteral("SELECT ") + Columns
                  + QStringLiteral(" FROM preferences p JOIN guests g ON g.id = p.guest_id WHERE g.uuid = ? "
                                   "ORDER BY p.critical DESC, p.category, p.value_key"));
    if (auto ok = select.bind(guestUuid).exec(); !ok)
        return std::unexpected(ok.error());
    QList<Preference> list;
    while (select.next())
        list.append(readPreference(select));
    return list;
}

Result<Preference> PreferenceService::record(Preference draft)
{
    const QDate today = m_db.clock().today();
    if (auto ok = checkDraft(draft, today); !ok)
        return std::unexpected(ok.error());
    if (!draft.observedOn.isValid())
        draft.observedOn = today;

    auto guestId = GuestRepository(m_db).idForUuid(draft.guestUuid);
    if (!guestId)
        return std::unexpected(guestId.error());
    if (*guestId == 0)
        return fail(Error::Code::NotFound,
                    tr("There is no guest with the id %1.").arg(TextField::quoted(draft.guestUuid)),
                    QStringLiteral("guest"));

    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    const qint64 now = m_db.clock().nowMs();
    ChangeLog log(m_db);

    Statement existing(
        m_db,
        QStringLiteral("SELECT uuid FROM preferences WHERE guest_id = ? AND category = ? AND value_key = ?"));
    auto found = existing.bind(*guestId, toToken(draft.category), valueKey(draft.value)).scalar();
    if (!found)
        return std::unexpected(found.error());

    Preference stored;
    if (found->isValid()) {
        // Told again: confirm what we knew rather than keep a second copy.
        auto current = find(found->toString());
        if (!current)
            return current;
        stored = *current;
        Preference after = stored;
        after.timesConfirmed += 1;
        after.observedOn = std::max(stored.observedOn, draft.observedOn);
        after.critical = stored.critical || draft.critical;
        if (!draft.detail.isEmpty())
            after.detail = draft.detail;
        QList<FieldChange> changes = diffFields(columnsOf(stored), columnsOf(after));
        if (auto ok = log.recordUpdates(Table, stored.uuid, changes, draft.guestUuid); !ok)
            return std::unexpected(ok.error());
        changes.append({QStringLiteral("updated_at"), stored.updatedAt, now});
        if (auto ok = updateRow(m_db, Table, stored.id, changes); !ok)
            return std::unexpected(ok.error());
        after.updatedAt = now;
        stored = after;
        announceAfterCommit(m_db, Kind::Changed, stored.uuid, draft.guestUuid);
    } else {
        stored = draft;
        stored.uuid = m_db.newUuid();
        stored.timesConfirmed = 1;
        stored.createdAt = stored.updatedAt = now;
        QVariantMap row = columnsOf(stored);
        row.insert(QStringLiteral("uuid"), stored.uuid);
        row.insert(QStringLiteral("guest_id"), *guestId);
        row.insert(QStringLiteral("created_at"), now);
        row.insert(QStringLiteral("updated_at"), now);
        auto id = insertRow(m_db, Table, row);
        if (!id)
            return std::unexpected(id.error());
        stored.id = *id;
        row.remove(QStringLiteral("guest_id"));
        row.insert(QStringLiteral("guest_uuid"), draft.guestUuid);
        if (auto ok = log.recordInsert(Table, stored.uuid, row, draft.guestUuid); !ok)
            return std::unexpected(ok.error());
        announceAfterCommit(m_db, Kind::Added, stored.uuid, draft.guestUuid);
    }
    if (auto ok = tx->commit(); !ok)
        return std::unexpected(ok.error());
    return stored;
}

Result<Preference> PreferenceService::update(Preference edited)
{
    auto current = find(edited.uuid);
    if (!current)
        return current;
    const Preference before = *current;
    if (auto ok = checkDraft(edited, m_db.clock().today()); !ok)
        return std::unexpected(ok.error());
    if (!edited.observedOn.isValid())
        edited.observedOn = before.observedOn;
    if (edited.timesConfirmed < 1)
        edited.timesConfirmed = before.timesConfirmed;
    edited.id = before.id;
    edited.guestUuid = before.guestUuid;
    edited.createdAt = before.createdAt;

    QList<FieldChange> changes = diffFields(columnsOf(before), columnsOf(edited));
    if (changes.isEmpty())
        return before;

    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    if (before.category != edited.category || valueKey(before.value) != valueKey(edited.value)) {
        Statement clash(
            m_db, QStringLiteral("SELECT 1 FROM preferences p JOIN guests g ON g.id = p.guest_id "
                                 "WHERE g.uuid = ? AND p.category = ? AND p.value_key = ? AND p.id <> ?"));
        auto exists =
            clash.bind(before.guestUuid, toToken(edited.category), valueKey(edited.value), before.id)
                .scalar();
        if (!exists)
            return std::unexpected(exists.error());
        if (exists->isValid())
            return fail(Error::Code::Conflict, tr("The guest already has this preference."),
                        QStringLiteral("value"));
    }
    if (auto ok = ChangeLog(m_db).recordUpdates(Table, before.uuid, changes, before.guestUuid); !ok)
        return std::unexpected(ok.error());
    edited.updatedAt = m_db.clock().nowMs();
    changes.append({QStringLiteral("updated_at"), before.updatedAt, edited.updatedAt});
    if (auto ok = updateRow(m_db, Table, before.id, changes); !ok)
        return std::unexpected(ok.error());
    announceAfterCommit(m_db, Kind::Changed, before.uuid, before.guestUuid);
    if (auto ok = tx->commit(); !ok)
        return std::unexpected(ok.error());
    return edited;
}

Status PreferenceService::remove(const QString &uuid)
{
    auto current = find(uuid);
    if (!current)
        return std::unexpected(current.error());
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    QVariantMap row = columnsOf(*current);
    row.insert(QStringLiteral("guest_uuid"), current->guestUuid);
    if (auto ok = deleteRow(m_db, Table, current->id); !ok)
        return ok;
    if (auto ok = ChangeLog(m_db).recordDelete(Table, uuid, row, current->guestUuid); !ok)
        return ok;
    announceAfterCommit(m_db, Kind::Removed, uuid, current->guestUuid);
    return tx->commit();
}

QString PreferenceService::valueKey(const QString &value)
{
    return value.simplified().toCaseFolded();
}

} // namespace innkeep
