// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"

#include <QStringList>

namespace innkeep {

class Database;
class NameKeyBatch;

// The kinds of document in search_index. Each kind owns one residue of the rowid modulo
// SearchIndex::RowidStride, so a guest, a complaint and a feedback entry with the same id never
// share a row. These numbers are stored in every venue file: never renumber them.
enum class SearchKind { Guest = 0, Ticket = 1, Feedback = 2 };

// What the search index knows about one guest.
struct GuestSearchDocument
{
    qint64 guestId = 0;
    QString uuid;
    QStringList names; // given/family in the guest's script and in Latin form
    QStringList emails;
    QStringList phones; // E.164
    QStringList tags;
    QStringList stays; // rooms and booking references
    QStringList text;  // notes, company, city
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

// The one owner of search_index: its document kinds, its rowid scheme and how each kind's
// document is made. Keeps the FTS5 documents and the name keys of each guest current. Services
// and repositories call it inside their transaction, so the index never disagrees with the tables.
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
    // Rebuilds a complaint's document from the tickets row, its guest's names and its notes and
    // actions; removes it when the ticket is gone.
    [[nodiscard]] Status indexTicket(qint64 ticketId);
    // Rebuilds a feedback entry's document from the feedback row and its guest's names; removes
    // it when the entry is gone.
    [[nodiscard]] Status indexFeedback(qint64 feedbackId);
    // Removes the document of `kind` with that id (a guest's name keys too). Nothing else is touched.
    [[nodiscard]] Status remove(SearchKind kind, qint64 id);
    // After a guest's name changed: the complaint and feedback documents about them carry the
    // name too, so searching the new name finds those as well.
    [[nodiscard]] Status renameInRelatedDocuments(qint64 guestId);

    // The one builder of a guest's stored document from values, used by the edit path
    // (reindexGuest(), from the tables) and the add and import path (GuestService::prepare(),
    // from the typed guest). Needs no database, so an import runs it on worker threads.
    [[nodiscard]] static GuestSearchRow rowFor(const GuestSearchDocument &document);
    // The tokens a number is found by: its international digits, its national form with and
    // without the trunk prefix (typed from the start), and the international digits reversed behind an "r"
    // (see reversedDigitsToken()), so that the last digits a receptionist types are a prefix query.
    [[nodiscard]] static QStringList phoneTokens(const QString &e164);
    // "r" + the digits backwards: "…1072" is found by the prefix query "r2701"*.
    [[nodiscard]] static QString reversedDigitsToken(const QString &digits);
    // ASCII keys of each name word and of the full name in both orders.
    [[nodiscard]] static QStringList nameKeys(const QStringList &givenNames, const QStringList &familyNames);
    // Marks a sound-alike key in search_names ("~vardanian", phoneticKey()); spelled keys never
    // start with it. nameKeys() ends with them.
    static constexpr char16_t SoundKeyMark = u'~';

    // The rowid of a document: id * RowidStride + kind. Stored in existing files; GuestSearch
    // divides by the stride to join a guest document to its guest.
    static constexpr qint64 RowidStride = 4;
    [[nodiscard]] static constexpr qint64 rowid(SearchKind kind, qint64 id)
    {
        return id * RowidStride + qint64(kind);
    }
    [[nodiscard]] static constexpr qint64 GuestRowid(qint64 guestId)
    {
        return rowid(SearchKind::Guest, guestId);
    }
    // The `kind` column of a document: "guest", "ticket" or "feedback".
    [[nodiscard]] static QString kindToken(SearchKind kind);

private:
    [[nodiscard]] Status writeDocument(const GuestSearchRow &row);
    Database &m_db;
};

} // namespace innkeep
