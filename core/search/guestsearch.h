// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace innkeep {

class Database;

// One result of instant search.
struct SearchHit
{
    QString kind;        // "guest", "ticket" or "feedback"
    QString uuid;        // the guest, ticket or feedback entry
    QString guestUuid;   // the guest it concerns (empty for a ticket logged against a room only)
    QString displayName; // the guest's name in their script, or the ticket/feedback heading
    QString latinName;
    QString matched; // why it matched: name, email, phone, tag, stay, note, text
};

// Search as you type over everything the desk knows (ARCHITECTURE.md, "Search"):
// names in any script and their Latin forms — "Aram" finds "Արամ", "Nino" finds "ნინო",
// "Muller" finds "Müller" — e-mails, a phone's first or last digits, tags, rooms, booking
// references, notes and ticket/feedback text. Name matches come first. Never a table scan:
// names are an index range over ASCII keys, the rest an FTS5 query.
class GuestSearch final
{
public:
    explicit GuestSearch(Database &db) : m_db(db) {}

    // Searches usedQuery(text): the rest of a long query is ignored.
    [[nodiscard]] Result<QList<SearchHit>> search(const QString &text, int limit = 20);

    // A query is read up to its first MaxQueryWords words (runs of non-space characters) and
    // MaxQueryChars characters: a name, a phone number or an address fits, and whatever is
    // pasted (a 10,000-word letter) costs what its first words cost (docs/decisions.md,
    // "Search reads the first words").
    static constexpr int MaxQueryWords = 8;
    static constexpr int MaxQueryChars = 200;
    // The part of `text` search() uses: trimmed, cut after MaxQueryWords words or
    // MaxQueryChars characters, whichever comes first. One pass over at most that much text.
    [[nodiscard]] static QString usedQuery(const QString &text);

    // The FTS5 query the second stage runs for `text` (exposed for the benchmark's bare-SQL floor).
    [[nodiscard]] static QString ftsQuery(const QString &text);
    // The statements search() runs, for the benchmark's bare-SQL floor: the name stage (key,
    // key + U+FFFF, row limit), the probe counting text matches up to RankLimit + 1, and the two
    // forms of the text stage, bm25-ranked (few matches) and newest first (many, or digits).
    static constexpr int RankLimit = 200;
    [[nodiscard]] static QString nameSql();
    [[nodiscard]] static QString probeSql();
    [[nodiscard]] static QString rankedSql();
    [[nodiscard]] static QString newestSql();
    // The guest (or room) a ticket or feedback hit is about, by the hit's uuid.
    [[nodiscard]] static QString ticketOwnerSql();
    [[nodiscard]] static QString feedbackOwnerSql();
    // Every SQL text search() prepares, and only those: the plan test runs EXPLAIN QUERY PLAN on
    // each, so a statement added here that scans a table fails it.
    [[nodiscard]] static QStringList statements();
    // Digits of `text` when it reads as (part of) a phone number, room or reference, else empty.
    [[nodiscard]] static QString digitRun(const QString &text);

private:
    [[nodiscard]] Status nameStage(const QString &key, int limit, QList<SearchHit> &hits,
                                   QList<qint64> &guestIds);
    [[nodiscard]] Status textStage(const QString &text, int limit, QList<SearchHit> &hits,
                                   QList<qint64> &guestIds);
    Database &m_db;
};

} // namespace innkeep
