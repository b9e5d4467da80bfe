// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "duplicatefinder.h"

#include "common/calendardate.h"
#include "search/searchindex.h"
#include "storage/database.h"
#include "storage/readsnapshot.h"
#include "storage/statement.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace innkeep {

namespace {

// An e-mail or phone stored on more guests than this is an agency's, a company's or a switchboard's,
// not a person's: it ties no one together (a family shares one; forty guests do not).
constexpr int MaxSharedContact = 10;

const QString ProfileColumns = QStringLiteral(
    "id, uuid, given_name, family_name, latin_given_name, latin_family_name, birthday, city FROM guests");

struct Loaded
{
    DuplicateProfile profile;
    QString name;
};

Loaded loaded(const Statement &row)
{
    Guest guest;
    guest.id = row.integer(0);
    guest.uuid = row.text(1);
    guest.givenName = row.text(2);
    guest.familyName = row.text(3);
    guest.latinGivenName = row.text(4);
    guest.latinFamilyName = row.text(5);
    if (!row.isNull(6))
        guest.birthday = CalendarDate::fromIso(row.text(6));
    guest.city = row.text(7);
    return {DuplicateRule::profileOf(guest), guest.displayName()};
}

Status loadContacts(Database &db, DuplicateProfile &profile)
{
    Statement contacts(db, QStringLiteral("SELECT kind, value FROM guest_contacts WHERE guest_id = ? "
                                          "ORDER BY kind, position"));
    contacts.bind(profile.id);
    if (auto ok = contacts.exec(); !ok)
        return ok;
    while (contacts.next())
        (contacts.text(0) == QLatin1String("email") ? profile.emails : profile.phones)
            .append(contacts.text(1));
    return contacts.walked();
}

Result<QDate> lastStay(Database &db, qint64 guestId)
{
    Statement last(db, QStringLiteral("SELECT max(departure) FROM stays WHERE guest_id = ? "
                                      "AND status NOT IN ('cancelled', 'no-show')"));
    last.bind(guestId);
    auto value = last.scalar();
    if (!value)
        return std::unexpected(value.error());
    return value->isNull() ? QDate() : CalendarDate::fromIso(value->toString());
}

Result<DuplicateGuest> shown(Database &db, const DuplicateProfile &profile, const QString &name)
{
    auto last = lastStay(db, profile.id);
    if (!last)
        return std::unexpected(last.error());
    return DuplicateGuest{profile.id, profile.uuid, name, *last, profile.emails, profile.phones};
}

bool better(const DuplicateMatch &a, const QString &aName, const DuplicateMatch &b, const QString &bName)
{
    if (a.score != b.score)
        return a.score > b.score;
    return aName.localeAwareCompare(bName) < 0;
}

} // namespace

Result<QList<DuplicateCandidate>> DuplicateFinder::candidatesFor(const Guest &guest, int limit)
{
    const DuplicateProfile wanted = DuplicateRule::profileOf(guest);
    ReadSnapshot snapshot(m_db);
    QList<qint64> ids;
    QSet<qint64> seen;
    const auto collect = [&](Statement &query) -> Status {
        if (auto ok = query.exec(); !ok)
            return ok;
        while (query.next()) {
            const qint64 id = query.integer(0);
            if (id != guest.id && !seen.contains(id)) {
                seen.insert(id);
                ids.append(id);
            }
        }
        return query.walked();
    };
    for (const auto &[kind, values] : {std::pair{QStringLiteral("email"), guest.emails},
                                       std::pair{QStringLiteral("phone"), guest.phones}}) {
        for (const QString &value : values) {
            // A contact on more than MaxSharedContact guests ties no one together.
            Statement query(m_db,
                            QStringLiteral("SELECT guest_id FROM guest_contacts WHERE kind = ? AND value = ? "
                                           "LIMIT ?"));
            query.bind(kind, value, MaxSharedContact + 1);
            if (auto ok = query.exec(); !ok)
                return std::unexpected(ok.error());
            QList<qint64> sharing;
            while (query.next())
                sharing.append(query.integer(0));
            if (auto ok = query.walked(); !ok)
                return std::unexpected(ok.error());
            if (sharing.size() > MaxSharedContact)
                continue;
            for (const qint64 id : std::as_const(sharing)) {
                if (id != guest.id && !seen.contains(id)) {
                    seen.insert(id);
                    ids.append(id);
                }
            }
        }
    }
    if (guest.birthday.isValid()) {
        Statement query(m_db,
                        QStringLiteral("SELECT id FROM guests WHERE birthday = ? AND archived_at IS NULL "
                                       "LIMIT 300"));
        query.bind(guest.birthday.toString(Qt::ISODate));
        if (auto ok = collect(query); !ok)
            return std::unexpected(ok.error());
    }
    if (!guest.city.trimmed().isEmpty()) {
        const QStringList keys = SearchIndex::nameKeys({guest.givenName, guest.latinGivenName},
                                                       {guest.familyName, guest.latinFamilyName});
        for (const QString &key : keys) {
            if (key.contains(QLatin1Char(' ')))
                continue;
            Statement query(m_db,
                            QStringLiteral("SELECT s.guest_id FROM search_names s JOIN guests g "
                                           "ON g.id = s.guest_id WHERE s.key = ? AND g.archived_at IS NULL "
                                           "AND g.city = ? COLLATE NOCASE LIMIT 300"));
            query.bind(key, guest.city.trimmed());
            if (auto ok = collect(query); !ok)
                return std::unexpected(ok.error());
        }
    }

    QList<DuplicateCandidate> found;
    for (const qint64 id : std::as_const(ids)) {
        Statement row(m_db, QStringLiteral("SELECT ") + ProfileColumns
                                + QStringLiteral(" WHERE id = ? AND archived_at IS NULL"));
        row.bind(id);
        if (auto ok = row.exec(); !ok)
            return std::unexpected(ok.error());
        if (!row.next())
            continue;
        Loaded stored = loaded(row);
        row.reset();
        if (auto ok = loadContacts(m_db, stored.profile); !ok)
            return std::unexpected(ok.error());
        const auto match = DuplicateRule::compare(wanted, stored.profile);
        if (!match)
            continue;
        auto guestShown = shown(m_db, stored.profile, stored.name);
        if (!guestShown)
            return std::unexpected(guestShown.error());
        found.append({*guestShown, *match});
    }
    std::sort(found.begin(), found.end(), [](const DuplicateCandidate &a, const DuplicateCandidate &b) {
        return better(a.match, a.guest.name, b.match, b.guest.name);
    });
    if (limit > 0 && found.size() > limit)
        found.resize(limit);
    return found;
}

Result<QList<DuplicatePair>> DuplicateFinder::pairs()
{
    ReadSnapshot snapshot(m_db);
    QList<Loaded> guests;
    QHash<qint64, qsizetype> indexOf;
    {
        Statement all(m_db, QStringLiteral("SELECT ") + ProfileColumns
                                + QStringLiteral(" WHERE archived_at IS NULL ORDER BY id"));
        if (auto ok = all.exec(); !ok)
            return std::unexpected(ok.error());
        while (all.next()) {
            indexOf.insert(all.integer(0), guests.size());
            guests.append(loaded(all));
        }
        if (auto ok = all.walked(); !ok)
            return std::unexpected(ok.error());
    }
    {
        Statement contacts(m_db, QStringLiteral("SELECT guest_id, kind, value FROM guest_contacts "
                                                "ORDER BY guest_id, kind, position"));
        if (auto ok = contacts.exec(); !ok)
            return std::unexpected(ok.error());
        while (contacts.next()) {
            const auto at = indexOf.constFind(contacts.integer(0));
            if (at == indexOf.constEnd())
                continue; // an archived guest's
            DuplicateProfile &profile = guests[*at].profile;
            (contacts.text(1) == QLatin1String("email") ? profile.emails : profile.phones)
                .append(contacts.text(2));
        }
        if (auto ok = contacts.walked(); !ok)
            return std::unexpected(ok.error());
    }

    // Blocks: guests sharing a key a duplicate pair must share (a contact, the birthday, or the
    // city and one sound-alike name word). Keyed by hash: a collision only merges two blocks.
    QHash<size_t, QList<qsizetype>> contactBlocks;
    QHash<size_t, QList<qsizetype>> nameBlocks;
    for (qsizetype i = 0; i < guests.size(); ++i) {
        const DuplicateProfile &p = guests.at(i).profile;
        for (const QString &email : p.emails)
            contactBlocks[qHash(email, 1)].append(i);
        for (const QString &phone : p.phones)
            contactBlocks[qHash(phone, 2)].append(i);
        if (p.birthday.isValid())
            nameBlocks[qHash(p.birthday.toJulianDay(), 3)].append(i);
        if (!p.cityKey.isEmpty()) {
            // The city, one sound-alike name word and the first letter of another: a close name
            // shares one word and starts the other alike (a typo in a first letter is the rare one).
            const size_t city = qHash(p.cityKey, 4);
            QSet<size_t> keys;
            for (const QString &sound : p.soundKeys) {
                const QList<QStringView> words =
                    QStringView(sound).split(QLatin1Char(' '), Qt::SkipEmptyParts);
                for (qsizetype w = 0; w < words.size(); ++w) {
                    if (words.size() == 1)
                        keys.insert(qHashMulti(city, words.at(w)));
                    for (qsizetype o = 0; o < words.size(); ++o) {
                        if (o != w)
                            keys.insert(qHashMulti(city, words.at(w), words.at(o).at(0)));
                    }
                }
            }
            for (const size_t key : std::as_const(keys))
                nameBlocks[key].append(i);
        }
    }

    QSet<quint64> compared;
    compared.reserve(guests.size() * 8);
    struct Found
    {
        qsizetype a;
        qsizetype b;
        DuplicateMatch match;
    };
    QList<Found> found;
    const auto compareWithin = [&](const QHash<size_t, QList<qsizetype>> &blocks, qsizetype largest) {
        for (auto block = blocks.cbegin(); block != blocks.cend(); ++block) {
            const QList<qsizetype> &members = block.value();
            if (members.size() < 2 || members.size() > largest)
                continue;
            for (qsizetype x = 0; x < members.size(); ++x) {
                for (qsizetype y = x + 1; y < members.size(); ++y) {
                    const qsizetype a = std::min(members.at(x), members.at(y));
                    const qsizetype b = std::max(members.at(x), members.at(y));
                    if (a == b)
                        continue;
                    const quint64 key = (quint64(a) << 32) | quint64(b);
                    if (compared.contains(key))
                        continue;
                    compared.insert(key);
                    if (auto match = DuplicateRule::compare(guests.at(a).profile, guests.at(b).profile))
                        found.append({a, b, *match});
                }
            }
        }
    };
    compareWithin(contactBlocks, MaxSharedContact);
    compareWithin(nameBlocks, MaxBlock);
    std::sort(found.begin(), found.end(), [](const Found &x, const Found &y) {
        if (x.match.score != y.match.score)
            return x.match.score > y.match.score;
        if (x.a != y.a)
            return x.a < y.a;
        return x.b < y.b;
    });

    // The last stay of every guest in one pass, not a query per guest shown.
    QHash<qint64, QDate> lastStays;
    if (!found.isEmpty()) {
        Statement last(m_db,
                       QStringLiteral("SELECT guest_id, max(departure) FROM stays "
                                      "WHERE status NOT IN ('cancelled', 'no-show') GROUP BY guest_id"));
        if (auto ok = last.exec(); !ok)
            return std::unexpected(ok.error());
        while (last.next())
            lastStays.insert(last.integer(0), QDate::fromString(last.text(1), Qt::ISODate));
        if (auto ok = last.walked(); !ok)
            return std::unexpected(ok.error());
    }
    const auto guestAt = [&](qsizetype i) {
        const Loaded &g = guests.at(i);
        return DuplicateGuest{g.profile.id,     g.profile.uuid,  g.name, lastStays.value(g.profile.id),
                              g.profile.emails, g.profile.phones};
    };
    QList<DuplicatePair> pairs;
    pairs.reserve(found.size());
    for (const Found &f : std::as_const(found))
        pairs.append({guestAt(f.a), guestAt(f.b), f.match});
    return pairs;
}

} // namespace innkeep
