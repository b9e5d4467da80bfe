// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "guestrepository.h"

#include "common/uuid.h"
#include "storage/changelog.h"
#include "storage/database.h"
#include "storage/readsnapshot.h"
#include "storage/rowwriter.h"
#include "storage/statement.h"

namespace innkeep {

namespace {

const QString GuestColumns = QStringLiteral("id, uuid, salutation, given_name, family_name, "
                                            "latin_given_name, latin_family_name, language, nationality, "
                                            "birthday, anniversary, company, street, city, postal_code, "
                                            "country, vip_level, source, blocked, blocked_reason, "
                                            "press, consent_email, consent_sms, consent_phone, "
                                            "consent_marketing, created_at, updated_at, archived_at, "
                                            "address_line2, state, external_id");

Guest readGuest(const Statement &row)
{
    Guest g;
    g.id = row.integer(0);
    g.uuid = row.text(1);
    g.salutation = row.text(2);
    g.givenName = row.text(3);
    g.familyName = row.text(4);
    g.latinGivenName = row.text(5);
    g.latinFamilyName = row.text(6);
    g.language = row.text(7);
    g.nationality = row.text(8);
    g.birthday = QDate::fromString(row.text(9), Qt::ISODate);
    g.anniversary = QDate::fromString(row.text(10), Qt::ISODate);
    g.company = row.text(11);
    g.street = row.text(12);
    g.city = row.text(13);
    g.postalCode = row.text(14);
    g.country = row.text(15);
    g.vipLevel = int(row.integer(16));
    g.source = guestSourceFromToken(row.text(17)).value_or(GuestSource::Other);
    g.blocked = row.integer(18) != 0;
    g.blockedReason = row.text(19);
    g.press = row.integer(20) != 0;
    g.consent = {row.integer(21) != 0, row.integer(22) != 0, row.integer(23) != 0, row.integer(24) != 0};
    g.createdAt = row.integer(25);
    g.updatedAt = row.integer(26);
    if (!row.isNull(27))
        g.archivedAt = row.integer(27);
    g.addressLine2 = row.text(28);
    g.state = row.text(29);
    g.externalId = row.text(30);
    return g;
}

} // namespace

Result<std::optional<Guest>> GuestRepository::load(const QString &where, const QVariant &key)
{
    ReadSnapshot snapshot(m_db); // the guest row, contacts and tags as of one moment
    std::optional<Guest> guest;
    {
        Statement select(m_db, QStringLiteral("SELECT ") + GuestColumns
                                   + QStringLiteral(" FROM guests WHERE ") + where);
        if (auto ok = select.bindValue(key).exec(); !ok)
            return std::unexpected(ok.error());
        if (!select.next())
            return std::optional<Guest>();
        guest = readGuest(select);
    }
    if (auto ok = loadChildren(*guest); !ok)
        return std::unexpected(ok.error());
    return guest;
}

Status GuestRepository::loadChildren(Guest &guest)
{
    Statement contacts(m_db, QStringLiteral("SELECT kind, value FROM guest_contacts WHERE guest_id = ? "
                                            "ORDER BY kind, position"));
    if (auto ok = contacts.bind(guest.id).exec(); !ok)
        return ok;
    while (contacts.next())
        (contacts.text(0) == QLatin1String("email") ? guest.emails : guest.phones).append(contacts.text(1));

    Statement tags(m_db, QStringLiteral("SELECT tag FROM guest_tags WHERE guest_id = ? ORDER BY tag"));
    if (auto ok = tags.bind(guest.id).exec(); !ok)
        return ok;
    while (tags.next())
        guest.tags.append(tags.text(0));
    return {};
}

Result<std::optional<Guest>> GuestRepository::findByUuid(const QString &uuid)
{
    return load(QStringLiteral("uuid = ?"), uuid);
}

Result<std::optional<Guest>> GuestRepository::findById(qint64 id)
{
    return load(QStringLiteral("id = ?"), id);
}

Result<std::optional<Guest>> GuestRepository::findByExternalId(const QString &externalId, qint64 exceptId)
{
    Statement select(m_db, QStringLiteral("SELECT id FROM guests WHERE external_id = ? AND id <> ?"));
    if (auto ok = select.bind(externalId, exceptId).exec(); !ok)
        return std::unexpected(ok.error());
    if (!select.next())
        return std::optional<Guest>();
    const qint64 id = select.integer(0);
    select.reset();
    return findById(id);
}

Result<qint64> GuestRepository::idForUuid(const QString &uuid)
{
    Statement select(m_db, QStringLiteral("SELECT id FROM guests WHERE uuid = ?"));
    auto id = select.bind(uuid).scalar();
    if (!id)
        return std::unexpected(id.error());
    return id->toLongLong();
}

Result<qint64> GuestRepository::insert(const Guest &guest)
{
    static const QString sql = QStringLiteral("INSERT INTO guests(")
                               + Guest::columnNames().join(QLatin1Char(',')) + QStringLiteral(") VALUES (?")
                               + QStringLiteral(",?").repeated(Guest::columnNames().size() - 1)
                               + QLatin1Char(')');
    Statement row(m_db, sql);
    for (const QVariant &value : guest.columnValues())
        row.bindValue(value);
    if (auto ok = row.exec(); !ok)
        return std::unexpected(ok.error());
    const qint64 id = row.lastInsertId().toLongLong();
    // A new row has no children yet: nothing to clear first.
    if (auto ok = insertContacts(id, QStringLiteral("email"), guest.emails); !ok)
        return std::unexpected(ok.error());
    if (auto ok = insertContacts(id, QStringLiteral("phone"), guest.phones); !ok)
        return std::unexpected(ok.error());
    if (auto ok = insertTags(id, guest.tags); !ok)
        return std::unexpected(ok.error());
    return id;
}

Status GuestRepository::updateColumns(qint64 id, const QList<FieldChange> &changes)
{
    return updateRow(m_db, QStringLiteral("guests"), id, changes);
}

Status GuestRepository::replaceContacts(qint64 id, const QString &kind, const QStringList &values)
{
    Statement remove(m_db, QStringLiteral("DELETE FROM guest_contacts WHERE guest_id = ? AND kind = ?"));
    if (auto ok = remove.bind(id, kind).exec(); !ok)
        return ok;
    return insertContacts(id, kind, values);
}

Status GuestRepository::insertContacts(qint64 id, const QString &kind, const QStringList &values)
{
    for (qsizetype i = 0; i < values.size(); ++i) {
        Statement insert(m_db,
                         QStringLiteral("INSERT INTO guest_contacts(uuid, guest_id, kind, value, position) "
                                        "VALUES (?, ?, ?, ?, ?)"));
        if (auto ok = insert.bind(m_db.newUuid(), id, kind, values.at(i), int(i)).exec(); !ok)
            return ok;
    }
    return {};
}

Status GuestRepository::replaceTags(qint64 id, const QStringList &tags)
{
    Statement remove(m_db, QStringLiteral("DELETE FROM guest_tags WHERE guest_id = ?"));
    if (auto ok = remove.bind(id).exec(); !ok)
        return ok;
    return insertTags(id, tags);
}

Status GuestRepository::insertTags(qint64 id, const QStringList &tags)
{
    for (const QString &tag : tags) {
        Statement insert(m_db,
                         QStringLiteral("INSERT OR IGNORE INTO guest_tags(guest_id, tag) VALUES (?, ?)"));
        if (auto ok = insert.bind(id, tag).exec(); !ok)
            return ok;
    }
    return {};
}

Result<GuestNote> GuestRepository::insertNote(qint64 guestId, const QString &body, const QString &author,
                                              qint64 at)
{
    GuestNote note{m_db.newUuid(), body, author, at};
    Statement insert(m_db, QStringLiteral("INSERT INTO guest_notes(uuid, guest_id, body, author, created_at) "
                                          "VALUES (?, ?, ?, ?, ?)"));
    if (auto ok = insert.bind(note.uuid, guestId, body, author, at).exec(); !ok)
        return std::unexpected(ok.error());
    return note;
}

Result<QList<GuestNote>> GuestRepository::notes(qint64 guestId, int limit)
{
    Statement select(
        m_db, QStringLiteral("SELECT uuid, body, author, created_at FROM guest_notes WHERE guest_id = ? "
                             "ORDER BY created_at DESC, id DESC LIMIT ?"));
    if (auto ok = select.bind(guestId, limit).exec(); !ok)
        return std::unexpected(ok.error());
    QList<GuestNote> notes;
    while (select.next())
        notes.append({select.text(0), select.text(1), select.text(2), select.integer(3)});
    return notes;
}

Result<QList<qint64>> GuestRepository::guestsWithContact(const QString &kind, const QString &value)
{
    Statement select(
        m_db, QStringLiteral("SELECT DISTINCT guest_id FROM guest_contacts WHERE kind = ? AND value = ?"));
    if (auto ok = select.bind(kind, value).exec(); !ok)
        return std::unexpected(ok.error());
    QList<qint64> ids;
    while (select.next())
        ids.append(select.integer(0));
    return ids;
}

} // namespace innkeep
