// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

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
    QString matched; // why it matched: name, email, phone, tag, stay, note, text, room

    // For a guest hit, what the desk sees beside the name: the VIP level and the stay that
    // matters now — in the room today (StayDay's rule), else the next booked, else the last;
    // none when the guest never stayed. Cancelled and no-show stays never count.
    int vipLevel = 0;
    QString room;
    QDate arrival;
    QDate departure;
    QString stayStatus; // the stay's status token ("booked", "in-house", "checked-out")
    bool inHouse = false;
    [[nodiscard]] bool hasStay() const { return arrival.isValid(); }
};

// Search as you type over everything the desk knows (ARCHITECTURE.md, "Search"):
// a room number finds the guest in the room now, then its booked arrivals, then its past guests;
// names in any script and their Latin forms — "Aram" finds "Արամ", "Nino" finds "ნინო",
// "Muller" finds "Müller" — e-mails, a phone's first or last digits, tags, rooms, booking
// references, notes and ticket/feedback text. Name matches come first: a guest in the house, then
// one arriving today or tomorrow, then one who left in the last two weeks (the desk's guests, kept
// in memory and read again after a write or a minute), then the rest, names that only sound alike
// ("Vardanian" for Վարդանյան) after those spelled as typed. Never a table scan: names are an index range over
// ASCII keys, the rest an FTS5 query.
class GuestSearch final
{
public:
    // A name typed shorter than this is matched as spelled only (two letters sound like half the
    // list).
    static constexpr int MinSoundKeyLetters = 3;
    explicit GuestSearch(Database &db) : m_db(db) {}

    // Searches usedQuery(text): the rest of a long query is ignored.
    [[nodiscard]] Result<QList<SearchHit>> search(const QString &text, int limit = 20);
    // Fills the VIP level and the stay of the guest hits that have none yet (one query for up to
    // StayFactsGuests hits): what the popup and innkeep-cli show beside each name. Kept out of
    // search() so typing stays as fast as the index allows; the window calls it right after.
    [[nodiscard]] Status addStayFacts(QList<SearchHit> &hits);

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
    // A room typed as digits: its stays from a few months back on, soonest first (the guest in it
    // today and its booked arrivals come from these), then its past stays, latest first.
    [[nodiscard]] static QString roomNowSql();
    [[nodiscard]] static QString roomPastSql();
    // The desk's guests: stays that have the room today or arrive by tomorrow, with the guest's
    // names; and the same stays' guests' name keys, in one read.
    [[nodiscard]] static QString deskSql();
    [[nodiscard]] static QString deskKeysSql();
    // The stays of up to StayFactsGuests guests (by uuid; unused places bound NULL), for the hits'
    // VIP level and stay and for ranking the name matches.
    static constexpr int StayFactsGuests = 64;
    [[nodiscard]] static QString stayFactsSql();
    // The guest (or room) a ticket or feedback hit is about, by the hit's uuid.
    [[nodiscard]] static QString ticketOwnerSql();
    [[nodiscard]] static QString feedbackOwnerSql();
    // Every SQL text search() prepares, and only those: the plan test runs EXPLAIN QUERY PLAN on
    // each, so a statement added here that scans a table fails it.
    [[nodiscard]] static QStringList statements();
    // Where a hit stands at the desk today: 0 in the house, 1 arriving today or tomorrow, 2 left in
    // the last two weeks, 3 the rest (the order of name matches).
    [[nodiscard]] static int deskRank(const SearchHit &hit, const QDate &today);
    // How long the desk's guests are kept before they are read again (sooner when anything was
    // written since: the change log moved on).
    static constexpr qint64 DeskRefreshMs = 60'000;
    [[nodiscard]] static QString lastChangeSql();
    // A room number is typed as at most this many digits ("303", "1204"); longer runs are phones.
    static constexpr int MaxRoomDigits = 5;
    // Digits of `text` when it reads as (part of) a phone number, room or reference, else empty.
    [[nodiscard]] static QString digitRun(const QString &text);

private:
    // Room numbers first, when the text is one.
    [[nodiscard]] Status roomStage(const QString &room, int limit, QList<SearchHit> &hits,
                                   QList<qint64> &guestIds);
    [[nodiscard]] Status addStayFacts(QList<SearchHit> &hits, qsizetype from);
    // A guest at the desk today, as search ranks and shows them.
    struct DeskGuest
    {
        qint64 id = 0;
        SearchHit hit;
    };
    [[nodiscard]] Status readDesk();
    [[nodiscard]] Status nameStage(const QString &key, int limit, QList<SearchHit> &hits,
                                   QList<qint64> &guestIds);
    [[nodiscard]] Status textStage(const QString &text, int limit, QList<SearchHit> &hits,
                                   QList<qint64> &guestIds);
    Database &m_db;
    QList<DeskGuest> m_desk;
    // Every desk guest's keys with the guest's place in m_desk, sorted: a prefix is a range.
    QList<std::pair<QString, qsizetype>> m_deskKeys;
    qint64 m_deskReadAt = -1;
    qint64 m_deskChangeId = -1; // the change log's last entry when the desk was read
};

} // namespace innkeep
