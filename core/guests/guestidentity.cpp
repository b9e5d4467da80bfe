// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "guestidentity.h"

#include "storage/database.h"
#include "storage/statement.h"

namespace innkeep {

Result<std::optional<GuestIdentity::Current>> GuestIdentity::current(qint64 id)
{
    // A merge chain is short; the bound only guards against a cycle in a damaged file.
    for (int hop = 0; hop < 16; ++hop) {
        Statement guest(m_db,
                        QStringLiteral("SELECT uuid, archived_at IS NOT NULL FROM guests WHERE id = ?"));
        if (auto ok = guest.bind(id).exec(); !ok)
            return std::unexpected(ok.error());
        if (!guest.next())
            return std::optional<Current>();
        if (guest.integer(1) == 0)
            return std::optional<Current>(Current{id, guest.text(0)});
        Statement merged(m_db, QStringLiteral("SELECT kept_guest_id FROM guest_merges "
                                              "WHERE merged_guest_id = ? AND undone_at IS NULL "
                                              "ORDER BY id DESC LIMIT 1"));
        if (auto ok = merged.bind(id).exec(); !ok)
            return std::unexpected(ok.error());
        if (!merged.next())
            return std::optional<Current>(); // archived by hand: not someone to add to
        id = merged.integer(0);
    }
    return std::optional<Current>();
}

Result<std::optional<QString>> GuestIdentity::storedAs(const Guest &guest)
{
    const auto first = [this](Statement &query) -> Result<std::optional<QString>> {
        if (auto ok = query.exec(); !ok)
            return std::unexpected(ok.error());
        while (query.next()) {
            auto found = current(query.integer(0));
            if (!found)
                return std::unexpected(found.error());
            if (found->has_value())
                return std::optional<QString>((*found)->uuid);
        }
        return std::optional<QString>();
    };
    if (!guest.externalId.isEmpty()) {
        Statement byId(m_db, QStringLiteral("SELECT id FROM guests WHERE external_id = ?"));
        byId.bind(guest.externalId);
        auto found = first(byId);
        if (!found || found->has_value())
            return found;
    }
    for (const auto &[kind, values] : {std::pair{QStringLiteral("email"), guest.emails},
                                       std::pair{QStringLiteral("phone"), guest.phones}}) {
        for (const QString &value : values) {
            Statement byContact(
                m_db, QStringLiteral("SELECT guest_id FROM guest_contacts WHERE kind = ? AND value = ? "
                                     "ORDER BY guest_id LIMIT 8"));
            byContact.bind(kind, value);
            auto found = first(byContact);
            if (!found || found->has_value())
                return found;
        }
    }
    if (guest.birthday.isValid() && !guest.latinFamilyName.isEmpty()) {
        Statement byName(m_db,
                         QStringLiteral("SELECT id FROM guests WHERE latin_family_name = ? COLLATE NOCASE "
                                        "AND latin_given_name = ? COLLATE NOCASE AND archived_at IS NULL "
                                        "AND birthday = ? ORDER BY id LIMIT 8"));
        byName.bind(guest.latinFamilyName, guest.latinGivenName, guest.birthday.toString(Qt::ISODate));
        return first(byName);
    }
    // A row that is nothing but a name (a LinkedIn connection without an e-mail) is the one stored
    // guest of that name, when there is exactly one: importing the same list again adds no one.
    if (guest.emails.isEmpty() && guest.phones.isEmpty() && guest.externalId.isEmpty()
        && !guest.latinFamilyName.isEmpty()) {
        Statement byName(m_db,
                         QStringLiteral("SELECT uuid FROM guests WHERE latin_family_name = ? COLLATE NOCASE "
                                        "AND latin_given_name = ? COLLATE NOCASE AND archived_at IS NULL "
                                        "LIMIT 2"));
        if (auto ok = byName.bind(guest.latinFamilyName, guest.latinGivenName).exec(); !ok)
            return std::unexpected(ok.error());
        QStringList found;
        while (byName.next())
            found.append(byName.text(0));
        if (found.size() == 1)
            return std::optional<QString>(found.first());
    }
    return std::optional<QString>();
}

} // namespace innkeep
