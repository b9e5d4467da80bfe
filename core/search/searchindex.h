// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"

#include <QStringList>

namespace innkeep {

class Database;
class NameKeyBatch;
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

// A guest's search document as stored: the FTS5 columns and the name keys. Working it out needs
// no database, so an import builds these on worker threads and only writes them in order.
struct GuestSearchRow
{
    qint64 guestId = 0;
    QString uuid;
    QString name;
    QString contact;
    QString tags;
    QString stays;
    QString extra;
    QStringList nameKeys;
};

// Keeps the FTS5 document and the name keys of each guest current. Services call it inside
// their transaction, so the index never disagrees with the tables.
class SearchIndex final
{
public:
    explicit SearchIndex(Database &db) : m_db(db) {}

    [[nodiscard]] Status indexGuest(const GuestSearchDocument &document);
    // Stores a row made by rowFor(). `newGuest` skips clearing name keys nobody has written yet.
    [[nodiscard]] Status write(const GuestSearchRow &row, bool newGuest);
    // write() for a new guest whose name keys wait in `nameKeys` (an import writes them all at
    // its end, in key order).
    [[nodiscard]] Status writeNew(const GuestSearchRow &row, NameKeyBatch &nameKeys);
    // Rebuilds a guest's document from the tables (after a note, stay or contact change).
    [[nodiscard]] Status reindexGuest(qint64 guestId);
    [[nodiscard]] Status removeGuest(qint64 guestId);
    // After a guest's name changed: the complaint and feedback documents about them carry the
    // name too, so searching the new name finds those as well.
    [[nodiscard]] Status renameInRelatedDocuments(qint64 guestId);

    [[nodiscard]] static GuestSearchDocument documentFor(const Guest &guest);
    [[nodiscard]] static GuestSearchRow rowFor(const GuestSearchDocument &document);
    // The tokens a number is found by: its international digits, its national form with and
    // without the trunk prefix (typed from the start), and the international digits reversed behind an "r" (see
    // reversedDigitsToken()), so that the last digits a receptionist types are a prefix query.
    [[nodiscard]] static QStringList phoneTokens(const QString &e164);
    // "r" + the digits backwards: "…1072" is found by the prefix query "r2701"*.
    [[nodiscard]] static QString reversedDigitsToken(const QString &digits);
    // ASCII keys of each name word and of the full name in both orders.
    [[nodiscard]] static QStringList nameKeys(const QStringList &givenNames, const QStringList &familyNames);

    static constexpr qint64 GuestRowid(qint64 guestId) { return guestId * 4; }

private:
    [[nodiscard]] Status writeDocument(const GuestSearchRow &row);
    Database &m_db;
};

} // namespace innkeep
