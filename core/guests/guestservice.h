// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "guests/duplicatefinder.h"
#include "guests/guest.h"
#include "guests/newguest.h"
#include "storage/recordevents.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace innkeep {

class Database;
class NameKeyBatch;

// Guest profiles: the only way a guest is created, changed or archived. Each call is one
// user action: validate, write, record the change, update search, commit — all or nothing.
class GuestService final : public RecordEvents
{
    Q_DECLARE_TR_FUNCTIONS(GuestService)

public:
    explicit GuestService(Database &db) : m_db(db) {}

    // Every problem with the draft, each naming its field; empty when it can be stored.
    [[nodiscard]] QList<Error> check(Guest draft) const;

    // Stored guests the draft may be (DuplicateRule), best first, at most `limit`: what the form,
    // an import and `guest add` warn about. The draft is normalised first (phones to E.164); its
    // own stored profile (an edit: the same id) is never one.
    [[nodiscard]] Result<QList<DuplicateCandidate>> duplicatesOf(Guest draft, int limit = 10) const;

    // Stores a new guest; returns it as stored (uuid, E.164 phones, Latin names filled in).
    [[nodiscard]] Result<Guest> add(Guest draft);
    // add() and, when given, the guest's first note (as addNote) as one action: both are
    // stored or neither.
    [[nodiscard]] Result<Guest> addWithFirstNote(Guest draft, const std::optional<QString> &firstNote);

    // add() in two halves, for imports. intake() reads the venue and the clock once;
    // prepare() validates and works out everything to write without the database (safe on any
    // thread); store() writes a prepared guest inside the caller's transaction, sets its id and
    // queues no change event (the caller announces the whole batch).
    [[nodiscard]] GuestIntake intake() const;
    [[nodiscard]] static Result<NewGuest> prepare(Guest draft, QStringList notes, const GuestIntake &intake);
    [[nodiscard]] Status store(NewGuest &prepared);
    // store() for an import: the guest's name keys wait in `nameKeys`, which the caller writes
    // (NameKeyBatch::write) before it commits.
    [[nodiscard]] Status store(NewGuest &prepared, NameKeyBatch &nameKeys);
    // Saves `edited` over the stored guest with the same uuid; only changed fields are written.
    [[nodiscard]] Result<Guest> update(Guest edited);
    [[nodiscard]] Status archive(const QString &uuid);
    [[nodiscard]] Status restore(const QString &uuid);

    [[nodiscard]] Result<Guest> find(const QString &uuid);
    [[nodiscard]] Result<GuestNote> addNote(const QString &guestUuid, const QString &body);
    [[nodiscard]] Result<QList<GuestNote>> notes(const QString &guestUuid, int limit = 100);

private:
    [[nodiscard]] Status storeRow(NewGuest &prepared);
    // Refuses an external id another guest holds, naming that guest.
    [[nodiscard]] Status checkExternalId(const Guest &guest);
    [[nodiscard]] Status setArchived(const QString &uuid, bool archived);
    // GuestRules::normalise with this venue's phone region and today's date.
    [[nodiscard]] QList<Error> normaliseHere(Guest &draft) const;
    [[nodiscard]] Result<Guest> normalised(Guest draft) const;
    Database &m_db;
};

} // namespace innkeep
