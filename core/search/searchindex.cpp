// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchindex.h"

#include "common/phonenumber.h"
#include "common/phonetickey.h"
#include "search/namekeybatch.h"
#include "search/searchkey.h"
#include "storage/database.h"
#include "storage/statement.h"

#include <QSet>

#include <algorithm>

namespace innkeep {

namespace {

QString joined(const QStringList &parts)
{
    return parts.join(QLatin1Char(' '));
}

void appendUnique(QStringList &list, const QString &value, Qt::CaseSensitivity cs = Qt::CaseSensitive)
{
    if (!value.isEmpty() && !list.contains(value, cs))
        list.append(value);
}

} // namespace

QString SearchIndex::reversedDigitsToken(const QString &digits)
{
    QString token;
    token.reserve(digits.size() + 1);
    token += QLatin1Char('r');
    for (qsizetype i = digits.size() - 1; i >= 0; --i)
        token += digits.at(i);
    return token;
}

QStringList SearchIndex::phoneTokens(const QString &e164)
{
    QString digits;
    for (const QChar c : e164) {
        if (c.isDigit())
            digits += c;
    }
    if (digits.isEmpty())
        return {};
    // One token per way of typing the number, not one per suffix: four FTS terms instead of a
    // dozen halve the index work of every import (docs/decisions.md, "Phone digits reversed").
    QStringList tokens{digits};
    appendUnique(tokens, PhoneNumber::nationalDigits(e164));
    appendUnique(tokens, PhoneNumber::significantDigits(e164));
    tokens.append(reversedDigitsToken(digits));
    return tokens;
}

QStringList SearchIndex::nameKeys(const QStringList &givenNames, const QStringList &familyNames)
{
    QStringList keys;
    QSet<QString> seen; // a name of n words is n keys: keep their order, in linear time
    const auto add = [&keys, &seen](const QString &key) {
        if (key.isEmpty() || seen.contains(key))
            return;
        seen.insert(key);
        keys.append(key);
    };
    const qsizetype forms = std::max(givenNames.size(), familyNames.size());
    for (qsizetype i = 0; i < forms; ++i) {
        const QStringList givenKeys = searchKeys(givenNames.value(i));
        const QStringList familyKeys = searchKeys(familyNames.value(i));
        // ICU and everyday spellings pair up (the same script spelt one way), index by index.
        for (qsizetype k = 0; k < std::max(givenKeys.size(), familyKeys.size()); ++k) {
            const QString given = givenKeys.value(k, givenKeys.first());
            const QString family = familyKeys.value(k, familyKeys.first());
            for (const QString &word : given.split(QLatin1Char(' '), Qt::SkipEmptyParts)
                                           + family.split(QLatin1Char(' '), Qt::SkipEmptyParts))
                add(word);
            if (!given.isEmpty() && !family.isEmpty()) {
                add(given + QLatin1Char(' ') + family);
                add(family + QLatin1Char(' ') + given);
            }
        }
    }
    // Sound-alike keys ("~vardanian" for vardanyan), found when the spelling typed differs; the
    // same rule as migration 0007 (innkeep_sound).
    const qsizetype spelled = keys.size();
    for (qsizetype i = 0; i < spelled; ++i) {
        const QString sound = soundAlikeKey(keys.at(i));
        if (!sound.isEmpty())
            add(QChar(SoundKeyMark) + sound);
    }
    return keys;
}

GuestSearchRow SearchIndex::rowFor(const GuestSearchDocument &doc)
{
    GuestSearchRow row;
    row.guestId = doc.guestId;
    row.uuid = doc.uuid;
    // Names as written, plus their ASCII keys so "Aram" finds "Արամ" inside multi-word queries.
    QStringList names;
    for (const QString &name : doc.names)
        appendUnique(names, name);
    // The index folds case, so "Arsen" already stands for the key "arsen".
    for (const QString &name : doc.names) {
        for (const QString &key : searchKeys(name))
            appendUnique(names, key, Qt::CaseInsensitive);
    }
    row.name = joined(names);

    // Only the part before the @: domains (example.com, gmail.com) are shared by thousands of
    // guests, so their words would make every "exa…" or "gma…" query match half the index.
    QStringList contact;
    for (const QString &email : doc.emails)
        contact.append(email.section(QLatin1Char('@'), 0, 0));
    for (const QString &phone : doc.phones)
        contact += phoneTokens(phone);
    row.contact = joined(contact);
    row.tags = joined(doc.tags);
    row.stays = joined(doc.stays);
    row.extra = joined(doc.text);
    row.nameKeys =
        nameKeys({doc.names.value(0), doc.names.value(2)}, {doc.names.value(1), doc.names.value(3)});
    return row;
}

Status SearchIndex::indexGuest(const GuestSearchDocument &doc)
{
    return write(rowFor(doc), false);
}

Status SearchIndex::writeDocument(const GuestSearchRow &row)
{
    Statement replace(
        m_db, QStringLiteral("INSERT OR REPLACE INTO search_index(rowid, kind, ref, name, contact, tags, "
                             "stays, extra) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    replace.bind(rowid(SearchKind::Guest, row.guestId), kindToken(SearchKind::Guest), row.uuid, row.name,
                 row.contact, row.tags, row.stays, row.extra);
    return replace.exec();
}

Status SearchIndex::write(const GuestSearchRow &row, bool newGuest)
{
    if (auto ok = writeDocument(row); !ok)
        return ok;
    if (!newGuest) {
        Statement clear(m_db, QStringLiteral("DELETE FROM search_names WHERE guest_id = ?"));
        if (auto ok = clear.bind(row.guestId).exec(); !ok)
            return ok;
    }
    for (const QString &key : row.nameKeys) {
        Statement insert(m_db,
                         QStringLiteral("INSERT OR IGNORE INTO search_names(key, guest_id) VALUES (?, ?)"));
        if (auto ok = insert.bind(key, row.guestId).exec(); !ok)
            return ok;
    }
    return {};
}

Status SearchIndex::writeNew(const GuestSearchRow &row, NameKeyBatch &nameKeys)
{
    if (auto ok = writeDocument(row); !ok)
        return ok;
    nameKeys.add(row.guestId, row.nameKeys);
    return {};
}

Status SearchIndex::removeGuest(qint64 guestId)
{
    return remove(SearchKind::Guest, guestId);
}

Status SearchIndex::remove(SearchKind kind, qint64 id)
{
    Statement drop(m_db, QStringLiteral("DELETE FROM search_index WHERE rowid = ?"));
    if (auto ok = drop.bind(rowid(kind, id)).exec(); !ok)
        return ok;
    if (kind != SearchKind::Guest)
        return {};
    Statement clear(m_db, QStringLiteral("DELETE FROM search_names WHERE guest_id = ?"));
    return clear.bind(id).exec();
}

Status SearchIndex::indexTicket(qint64 ticketId)
{
    // Built by SQLite from the rows as they are: the guest's names (so a complaint is found by the
    // guest's name), the room, the description, the resolution and the notes and actions on it.
    if (auto ok = remove(SearchKind::Ticket, ticketId); !ok)
        return ok;
    Statement insert(
        m_db,
        QStringLiteral(
            "INSERT INTO search_index(rowid, kind, ref, name, contact, extra) "
            "SELECT ?, ?, t.uuid, "
            "coalesce(trim(g.given_name || ' ' || g.family_name || ' ' || g.latin_given_name || ' ' || "
            "g.latin_family_name), ''), '', "
            "trim(t.room || ' ' || t.description || ' ' || t.resolution_summary || ' ' || coalesce((SELECT "
            "group_concat(e.body, ' ') FROM ticket_events e WHERE e.ticket_id = t.id AND e.kind IN ('note', "
            "'action')), "
            "'')) FROM tickets t LEFT JOIN guests g ON g.id = t.guest_id WHERE t.id = ?"));
    return insert.bind(rowid(SearchKind::Ticket, ticketId), kindToken(SearchKind::Ticket), ticketId).exec();
}

Status SearchIndex::indexFeedback(qint64 feedbackId)
{
    if (auto ok = remove(SearchKind::Feedback, feedbackId); !ok)
        return ok;
    Statement insert(
        m_db, QStringLiteral("INSERT INTO search_index(rowid, kind, ref, name, contact, extra) "
                             "SELECT ?, ?, f.uuid, "
                             "coalesce(trim(g.given_name || ' ' || g.family_name || ' ' || "
                             "g.latin_given_name || ' ' || g.latin_family_name), ''), '', "
                             "trim(f.site || ' ' || f.body || ' ' || f.response) "
                             "FROM feedback f LEFT JOIN guests g ON g.id = f.guest_id WHERE f.id = ?"));
    return insert.bind(rowid(SearchKind::Feedback, feedbackId), kindToken(SearchKind::Feedback), feedbackId)
        .exec();
}

QString SearchIndex::kindToken(SearchKind kind)
{
    switch (kind) {
    case SearchKind::Guest: return QStringLiteral("guest");
    case SearchKind::Ticket: return QStringLiteral("ticket");
    case SearchKind::Feedback: return QStringLiteral("feedback");
    }
    return {};
}

Status SearchIndex::renameInRelatedDocuments(qint64 guestId)
{
    // The complaint and feedback documents about the guest; one rowid at a time, because FTS5
    // looks up a rowid but scans for a rowid IN (…).
    Statement related(m_db, QStringLiteral("SELECT id, 0 FROM tickets WHERE guest_id = ? "
                                           "UNION ALL SELECT id, 1 FROM feedback WHERE guest_id = ?"));
    if (auto ok = related.bind(guestId, guestId).exec(); !ok)
        return ok;
    QList<qint64> rowids;
    while (related.next())
        rowids.append(
            rowid(related.integer(1) == 0 ? SearchKind::Ticket : SearchKind::Feedback, related.integer(0)));
    related.reset();
    for (const qint64 documentRowid : std::as_const(rowids)) {
        Statement rename(
            m_db, QStringLiteral("UPDATE search_index SET name = (SELECT trim(g.given_name || ' ' || "
                                 "g.family_name || ' ' || g.latin_given_name || ' ' || g.latin_family_name) "
                                 "FROM guests g WHERE g.id = ?) WHERE rowid = ?"));
        if (auto ok = rename.bind(guestId, documentRowid).exec(); !ok)
            return ok;
    }
    return {};
}

Status SearchIndex::reindexGuest(qint64 guestId)
{
    GuestSearchDocument doc;
    doc.guestId = guestId;
    {
        Statement guest(
            m_db, QStringLiteral("SELECT uuid, given_name, family_name, latin_given_name, latin_family_name, "
                                 "company, city, archived_at FROM guests WHERE id = ?"));
        if (auto ok = guest.bind(guestId).exec(); !ok)
            return ok;
        if (!guest.next())
            return {};
        if (!guest.isNull(7)) // archived guests leave the search
            return removeGuest(guestId);
        doc.uuid = guest.text(0);
        doc.names = {guest.text(1), guest.text(2), guest.text(3), guest.text(4)};
        doc.text = {guest.text(5), guest.text(6)};
    }
    {
        Statement contacts(
            m_db,
            QStringLiteral("SELECT kind, value FROM guest_contacts WHERE guest_id = ? ORDER BY position"));
        if (auto ok = contacts.bind(guestId).exec(); !ok)
            return ok;
        while (contacts.next())
            (contacts.text(0) == QLatin1String("email") ? doc.emails : doc.phones).append(contacts.text(1));
    }
    {
        Statement tags(m_db, QStringLiteral("SELECT tag FROM guest_tags WHERE guest_id = ?"));
        if (auto ok = tags.bind(guestId).exec(); !ok)
            return ok;
        while (tags.next())
            doc.tags.append(tags.text(0));
    }
    {
        Statement stays(m_db, QStringLiteral("SELECT room, booking_ref FROM stays WHERE guest_id = ?"));
        if (auto ok = stays.bind(guestId).exec(); !ok)
            return ok;
        while (stays.next()) {
            appendUnique(doc.stays, stays.text(0));
            appendUnique(doc.stays, stays.text(1));
        }
    }
    {
        Statement notes(m_db, QStringLiteral("SELECT body FROM guest_notes WHERE guest_id = ?"));
        if (auto ok = notes.bind(guestId).exec(); !ok)
            return ok;
        while (notes.next())
            doc.text.append(notes.text(0));
    }
    return indexGuest(doc);
}

} // namespace innkeep
