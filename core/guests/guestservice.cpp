// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "guestservice.h"

#include "common/fieldlimits.h"
#include "common/textfield.h"
#include "common/uuid.h"
#include "guests/guestrepository.h"
#include "guests/guestrules.h"
#include "search/searchindex.h"
#include "storage/changelog.h"
#include "storage/database.h"
#include "storage/idsource.h"
#include "storage/transaction.h"
#include "venue/venuesettings.h"

#include <algorithm>

namespace innkeep {

namespace {

const QString Table = QStringLiteral("guests");

QVariantMap trackedFields(const Guest &guest)
{
    return guest.trackedFields();
}

bool isListField(const QString &field)
{
    return field == QLatin1String("emails") || field == QLatin1String("phones")
           || field == QLatin1String("tags");
}

QVariantMap noteRow(const GuestNote &note, const QString &guestUuid)
{
    return {{QStringLiteral("guest_uuid"), guestUuid},
            {QStringLiteral("body"), note.body},
            {QStringLiteral("author"), note.author},
            {QStringLiteral("created_at"), note.createdAt}};
}

Error notFound(const QString &uuid)
{
    return Error{Error::Code::NotFound,
                 GuestService::tr("There is no guest with the id %1.").arg(TextField::quoted(uuid)),
                 QStringLiteral("guest"),
                 {},
                 0};
}

// The values of a typed guest that their search document is made of (SearchIndex::rowFor());
// reindexGuest() reads the same ones from the tables.
GuestSearchDocument searchDocumentOf(const Guest &guest)
{
    GuestSearchDocument doc;
    doc.guestId = guest.id;
    doc.uuid = guest.uuid;
    doc.names = {guest.givenName, guest.familyName, guest.latinGivenName, guest.latinFamilyName};
    doc.emails = guest.emails;
    doc.phones = guest.phones;
    doc.tags = guest.tags;
    doc.text = {guest.company, guest.city};
    return doc;
}

} // namespace

Result<QList<DuplicateCandidate>> GuestService::duplicatesOf(Guest draft, int limit) const
{
    // A value the rules refuse is left as typed: it matches nothing stored, which is right.
    (void)normaliseHere(draft);
    if (draft.id == 0 && !draft.uuid.isEmpty()) {
        auto id = GuestRepository(m_db).idForUuid(draft.uuid);
        if (!id)
            return std::unexpected(id.error());
        draft.id = *id;
    }
    return DuplicateFinder(m_db).candidatesFor(draft, limit);
}

GuestIntake GuestService::intake() const
{
    return {VenueSettings(m_db).phoneRegion(), m_db.clock().today(), m_db.clock().nowMs(), &m_db.ids()};
}

QList<Error> GuestService::normaliseHere(Guest &draft) const
{
    const GuestIntake here = intake();
    return GuestRules::normalise(draft, here.phoneRegion, here.today);
}

Result<Guest> GuestService::normalised(Guest draft) const
{
    const QList<Error> problems = normaliseHere(draft);
    if (!problems.isEmpty())
        return std::unexpected(problems.first());
    return draft;
}

QList<Error> GuestService::check(Guest draft) const
{
    return normaliseHere(draft);
}

Result<NewGuest> GuestService::prepare(Guest draft, QStringList notes, const GuestIntake &intake)
{
    NewGuest prepared;
    Guest &guest = prepared.guest;
    guest = std::move(draft);
    const QList<Error> problems = GuestRules::normalise(guest, intake.phoneRegion, intake.today);
    if (!problems.isEmpty())
        return std::unexpected(problems.first());
    auto checkedNotes = GuestRules::notes(notes);
    if (!checkedNotes)
        return std::unexpected(checkedNotes.error());
    prepared.notes = std::move(*checkedNotes);
    guest.id = 0;
    guest.uuid = intake.ids->newUuid();
    guest.createdAt = guest.updatedAt = intake.nowMs;
    guest.archivedAt.reset();

    QVariantMap row = trackedFields(guest);
    row.insert(QStringLiteral("created_at"), guest.createdAt);
    prepared.changeJson = ChangeLog::rowJson(row);
    GuestSearchDocument document = searchDocumentOf(guest);
    document.text += prepared.notes;
    prepared.search = SearchIndex::rowFor(document);
    return prepared;
}

Status GuestService::checkExternalId(const Guest &guest)
{
    if (guest.externalId.isEmpty())
        return {};
    auto holder = GuestRepository(m_db).findByExternalId(guest.externalId, guest.id);
    if (!holder)
        return std::unexpected(holder.error());
    if (!holder->has_value())
        return {};
    return fail(Error::Code::InvalidInput,
                tr("%1 already has the id \"%2\" from another system; one id belongs to one guest.")
                    .arg((*holder)->displayName(), TextField::quoted(guest.externalId)),
                QStringLiteral("external_id"));
}

Status GuestService::storeRow(NewGuest &prepared)
{
    Guest &guest = prepared.guest;
    if (auto ok = checkExternalId(guest); !ok)
        return ok;
    GuestRepository repository(m_db);
    auto id = repository.insert(guest);
    if (!id)
        return std::unexpected(id.error());
    guest.id = *id;
    ChangeLog log(m_db);
    if (auto ok = log.recordInsertJson(Table, guest.uuid, prepared.changeJson, guest.uuid); !ok)
        return ok;
    for (const QString &body : std::as_const(prepared.notes)) {
        auto note = repository.insertNote(guest.id, body, m_db.staff(), guest.createdAt);
        if (!note)
            return std::unexpected(note.error());
        if (auto ok = log.recordInsert(QStringLiteral("guest_notes"), note->uuid, noteRow(*note, guest.uuid),
                                       guest.uuid);
            !ok)
            return ok;
    }
    prepared.search.guestId = guest.id;
    return {};
}

Status GuestService::store(NewGuest &prepared)
{
    if (auto ok = storeRow(prepared); !ok)
        return ok;
    return SearchIndex(m_db).write(prepared.search, true);
}

Status GuestService::store(NewGuest &prepared, NameKeyBatch &nameKeys)
{
    if (auto ok = storeRow(prepared); !ok)
        return ok;
    return SearchIndex(m_db).writeNew(prepared.search, nameKeys);
}

Result<Guest> GuestService::add(Guest draft)
{
    auto prepared = prepare(std::move(draft), {}, intake());
    if (!prepared)
        return std::unexpected(prepared.error());

    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    if (auto ok = store(*prepared); !ok)
        return std::unexpected(ok.error());
    const Guest &guest = prepared->guest;
    announceAfterCommit(m_db, Kind::Added, guest.uuid, guest.uuid);
    if (auto ok = tx->commit(); !ok)
        return std::unexpected(ok.error());
    return guest;
}

Result<Guest> GuestService::addWithFirstNote(Guest draft, const std::optional<QString> &firstNote)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    auto added = add(std::move(draft));
    if (!added)
        return added;
    if (firstNote) {
        if (auto note = addNote(added->uuid, *firstNote); !note)
            return std::unexpected(note.error());
    }
    if (auto ok = tx->commit(); !ok)
        return std::unexpected(ok.error());
    return added;
}

Result<Guest> GuestService::update(Guest edited)
{
    GuestRepository repository(m_db);
    auto stored = repository.findByUuid(edited.uuid);
    if (!stored)
        return std::unexpected(stored.error());
    if (!stored->has_value())
        return std::unexpected(notFound(edited.uuid));
    const Guest &before = **stored;

    auto guest = normalised(std::move(edited));
    if (!guest)
        return guest;
    guest->id = before.id;
    guest->createdAt = before.createdAt;
    guest->archivedAt = before.archivedAt;
    guest->updatedAt = before.updatedAt;

    const QList<FieldChange> changes = diffFields(trackedFields(before), trackedFields(*guest));
    if (changes.isEmpty())
        return before;
    if (guest->externalId != before.externalId) {
        if (auto ok = checkExternalId(*guest); !ok)
            return std::unexpected(ok.error());
    }
    guest->updatedAt = m_db.clock().nowMs();

    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    QList<FieldChange> columns;
    ChangeLog log(m_db);
    for (const FieldChange &change : changes) {
        if (auto ok = log.recordUpdate(Table, guest->uuid, change.field, change.oldValue, change.newValue,
                                       guest->uuid);
            !ok)
            return std::unexpected(ok.error());
        if (change.field == QLatin1String("emails")) {
            if (auto ok = repository.replaceContacts(guest->id, QStringLiteral("email"), guest->emails); !ok)
                return std::unexpected(ok.error());
        } else if (change.field == QLatin1String("phones")) {
            if (auto ok = repository.replaceContacts(guest->id, QStringLiteral("phone"), guest->phones); !ok)
                return std::unexpected(ok.error());
        } else if (change.field == QLatin1String("tags")) {
            if (auto ok = repository.replaceTags(guest->id, guest->tags); !ok)
                return std::unexpected(ok.error());
        }
        if (!isListField(change.field))
            columns.append(change);
    }
    columns.append({QStringLiteral("updated_at"), before.updatedAt, guest->updatedAt});
    if (auto ok = repository.updateColumns(guest->id, columns); !ok)
        return std::unexpected(ok.error());
    SearchIndex search(m_db);
    if (auto ok = search.reindexGuest(guest->id); !ok)
        return std::unexpected(ok.error());
    const bool renamed = std::any_of(changes.begin(), changes.end(), [](const FieldChange &change) {
        return change.field.endsWith(QLatin1String("given_name"))
               || change.field.endsWith(QLatin1String("family_name"));
    });
    if (renamed) {
        if (auto ok = search.renameInRelatedDocuments(guest->id); !ok)
            return std::unexpected(ok.error());
    }
    announceAfterCommit(m_db, Kind::Changed, guest->uuid, guest->uuid);
    if (auto ok = tx->commit(); !ok)
        return std::unexpected(ok.error());
    return guest;
}

Status GuestService::setArchived(const QString &uuid, bool archived)
{
    GuestRepository repository(m_db);
    auto stored = repository.findByUuid(uuid);
    if (!stored)
        return std::unexpected(stored.error());
    if (!stored->has_value())
        return std::unexpected(notFound(uuid));
    const Guest &guest = **stored;
    if (guest.isArchived() == archived)
        return {};
    const QVariant before =
        guest.archivedAt ? QVariant(*guest.archivedAt) : QVariant(QMetaType::fromType<qint64>());
    const QVariant after =
        archived ? QVariant(m_db.clock().nowMs()) : QVariant(QMetaType::fromType<qint64>());

    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    if (auto ok = repository.updateColumns(guest.id, {{QStringLiteral("archived_at"), before, after}}); !ok)
        return ok;
    if (auto ok =
            ChangeLog(m_db).recordUpdate(Table, uuid, QStringLiteral("archived_at"), before, after, uuid);
        !ok)
        return ok;
    if (auto ok = SearchIndex(m_db).reindexGuest(guest.id); !ok)
        return ok;
    announceAfterCommit(m_db, archived ? Kind::Removed : Kind::Added, uuid, uuid);
    return tx->commit();
}

Status GuestService::archive(const QString &uuid)
{
    return setArchived(uuid, true);
}

Status GuestService::restore(const QString &uuid)
{
    return setArchived(uuid, false);
}

Result<Guest> GuestService::find(const QString &uuid)
{
    auto stored = GuestRepository(m_db).findByUuid(uuid);
    if (!stored)
        return std::unexpected(stored.error());
    if (!stored->has_value())
        return std::unexpected(notFound(uuid));
    return **stored;
}

Result<GuestNote> GuestService::addNote(const QString &guestUuid, const QString &body)
{
    auto checked = TextField::lines(QStringLiteral("note"), body, FieldLimit::LongText);
    if (!checked)
        return std::unexpected(checked.error());
    const QString text = *checked;
    if (text.isEmpty())
        return fail(Error::Code::InvalidInput, tr("The note is empty."), QStringLiteral("note"));
    GuestRepository repository(m_db);
    auto id = repository.idForUuid(guestUuid);
    if (!id)
        return std::unexpected(id.error());
    if (*id == 0)
        return std::unexpected(notFound(guestUuid));

    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    auto note = repository.insertNote(*id, text, m_db.staff(), m_db.clock().nowMs());
    if (!note)
        return note;
    if (auto ok = ChangeLog(m_db).recordInsert(QStringLiteral("guest_notes"), note->uuid,
                                               noteRow(*note, guestUuid), guestUuid);
        !ok)
        return std::unexpected(ok.error());
    if (auto ok = SearchIndex(m_db).reindexGuest(*id); !ok)
        return std::unexpected(ok.error());
    announceAfterCommit(m_db, Kind::Changed, guestUuid, guestUuid);
    if (auto ok = tx->commit(); !ok)
        return std::unexpected(ok.error());
    return note;
}

Result<QList<GuestNote>> GuestService::notes(const QString &guestUuid, int limit)
{
    GuestRepository repository(m_db);
    auto id = repository.idForUuid(guestUuid);
    if (!id)
        return std::unexpected(id.error());
    if (*id == 0)
        return std::unexpected(notFound(guestUuid));
    return repository.notes(*id, limit);
}

} // namespace innkeep
