// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "guests/guest.h"
#include "storage/changelog.h"

#include <QList>

#include <optional>

namespace innkeep {

class Database;

// SQL for guests, their contacts, tags and notes. No rules here: GuestService decides.
class GuestRepository final
{
public:
    explicit GuestRepository(Database &db) : m_db(db) {}

    [[nodiscard]] Result<std::optional<Guest>> findByUuid(const QString &uuid);
    [[nodiscard]] Result<std::optional<Guest>> findById(qint64 id);
    // 0 when there is no such guest.
    [[nodiscard]] Result<qint64> idForUuid(const QString &uuid);
    // The guest other than `exceptId` holding `externalId` (archived ones too), if any.
    [[nodiscard]] Result<std::optional<Guest>> findByExternalId(const QString &externalId,
                                                                qint64 exceptId = 0);

    [[nodiscard]] Result<qint64> insert(const Guest &guest);
    [[nodiscard]] Status updateColumns(qint64 id, const QList<FieldChange> &changes);
    [[nodiscard]] Status replaceContacts(qint64 id, const QString &kind, const QStringList &values);
    [[nodiscard]] Status replaceTags(qint64 id, const QStringList &tags);

    [[nodiscard]] Result<GuestNote> insertNote(qint64 guestId, const QString &body, const QString &author,
                                               qint64 at);
    [[nodiscard]] Result<QList<GuestNote>> notes(qint64 guestId, int limit = 100);

    // Guests that already use this e-mail or phone (for duplicate warnings and imports).
    [[nodiscard]] Result<QList<qint64>> guestsWithContact(const QString &kind, const QString &value);

private:
    [[nodiscard]] Status insertContacts(qint64 id, const QString &kind, const QStringList &values);
    [[nodiscard]] Status insertTags(qint64 id, const QStringList &tags);
    [[nodiscard]] Result<std::optional<Guest>> load(const QString &where, const QVariant &key);
    [[nodiscard]] Status loadChildren(Guest &guest);
    Database &m_db;
};

} // namespace innkeep
