// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"

#include <QStringList>

namespace innkeep {

class Database;
struct Guest;

// What the search index knows about one guest.
struct GuestSearchDocument
{
    qint64 guestId = 0;
    QString uuid;
    QStringList names;  // given/family in the guest's script and in Latin form
    QStringList emails;
    QStringList phones; // E.164
    QStringList tags;
    QStringList stays;  // rooms and booking references
    QStringList text;   // notes, company, city
};

// Keeps the FTS5 document and the name keys of each guest current. Services call it inside
// their transaction, so the index never disagrees with the tables.
class SearchIndex final
{
public:
    explicit SearchIndex(Database &db) : m_db(db) {}

    [[nodiscard]] Status indexGuest(const GuestSearchDocument &document);
    // Rebuilds a guest's document from the tables (after a note, stay or contact change).
    [[nodiscard]] Status reindexGuest(qint64 guestId);
    [[nodiscard]] Status removeGuest(qint64 guestId);

    [[nodiscard]] static GuestSearchDocument documentFor(const Guest &guest);
    // The digit runs a receptionist may type for a number: every suffix of 3+ digits of the
    // international digits, and the national form with its trunk prefix.
    [[nodiscard]] static QStringList phoneTokens(const QString &e164);
    // ASCII keys of each name word and of the full name in both orders.
    [[nodiscard]] static QStringList nameKeys(const QStringList &givenNames, const QStringList &familyNames);

    static constexpr qint64 GuestRowid(qint64 guestId) { return guestId * 4; }

private:
    Database &m_db;
};

} // namespace innkeep
