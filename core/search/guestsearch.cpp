// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "guestsearch.h"

#include "common/phonetickey.h"
#include "search/searchindex.h"
#include "search/searchkey.h"
#include "stays/stay.h"
#include "stays/stayday.h"
#include "storage/database.h"
#include "storage/statement.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <numeric>

namespace innkeep {

namespace {

// Who left this many days ago or less still counts as the desk's (rank 2).
constexpr int RecentStayDays = 14;

QString joinName(const QString &a, const QString &b)
{
    return a.isEmpty() ? b : b.isEmpty() ? a : a + QLatin1Char(' ') + b;
}

// A guest hit from a row whose columns 1 to 6 are the guest's uuid, given and family name, their
// Latin forms and VIP level (the room stage's and the desk's reads).
void guestHit(SearchHit &hit, const Statement &row, const QString &matched)
{
    hit.kind = QStringLiteral("guest");
    hit.uuid = hit.guestUuid = row.text(1);
    hit.displayName = joinName(row.text(2), row.text(3));
    hit.latinName = joinName(row.text(4), row.text(5));
    hit.matched = matched;
    hit.vipLevel = int(row.integer(6));
}

QString quoted(const QString &token)
{
    return QLatin1Char('"') + QString(token).replace(QLatin1Char('"'), QStringLiteral("\"\""))
           + QLatin1Char('"');
}

// Tokens as unicode61 sees them: runs of letters and digits, folded like the index.
QStringList tokensOf(const QString &text)
{
    QStringList tokens;
    QString current;
    for (const QChar c : foldGeorgianCapitals(text.toLower())) {
        if (c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing) {
            current += c;
        } else if (!current.isEmpty()) {
            tokens.append(std::exchange(current, {}));
        }
    }
    if (!current.isEmpty())
        tokens.append(current);
    return tokens;
}

// Each token once, in query order: FTS5 ranks an AND of n phrases in O(n²) (bm25 merges the
// phrases' hits), and "anna anna" means no more than "anna".
QStringList distinctTokensOf(const QString &text)
{
    QStringList tokens = tokensOf(text);
    QSet<QString> seen;
    tokens.removeIf([&seen](const QString &token) {
        const auto before = seen.size();
        seen.insert(token);
        return seen.size() == before;
    });
    return tokens;
}

// A typed digit run, or its reversed-digits token ("r2701").
bool isDigitPrefix(const QString &prefix)
{
    const QStringView digits =
        prefix.startsWith(QLatin1Char('r')) ? QStringView(prefix).mid(1) : QStringView(prefix);
    return !digits.isEmpty()
           && std::all_of(digits.begin(), digits.end(), [](QChar c) { return c.isDigit(); });
}

// Which column of a matching document holds a token starting with one of `prefixes`. First
// only the columns that contain a prefix as written (cheap); tokens and their ASCII keys only
// when none does (a native-script note found through its Latin key).
QString matchedColumn(const QStringList &columns, const QStringList &prefixes)
{
    static const char *const Names[] = {"name", "contact", "tag", "stay", "note"};
    const auto kindOf = [](qsizetype column, const QString &prefix) {
        if (column == 1) // e-mail local parts and phone digit runs (some reversed, "r2701…")
            return isDigitPrefix(prefix) ? QStringLiteral("phone") : QStringLiteral("email");
        return QString::fromLatin1(Names[column]);
    };
    for (const bool withKeys : {false, true}) {
        for (qsizetype c = 0; c < columns.size(); ++c) {
            const QString &text = columns.at(c);
            if (!withKeys && std::none_of(prefixes.begin(), prefixes.end(), [&](const QString &prefix) {
                    return !prefix.isEmpty() && text.contains(prefix, Qt::CaseInsensitive);
                }))
                continue;
            for (const QString &token : tokensOf(text)) {
                const QString key = withKeys ? searchKey(token) : QString();
                for (const QString &prefix : prefixes) {
                    if (!prefix.isEmpty()
                        && (token.startsWith(prefix) || (withKeys && key.startsWith(prefix))))
                        return kindOf(c, prefix);
                }
            }
        }
    }
    return QStringLiteral("text");
}

} // namespace

QString GuestSearch::nameSql()
{
    return QStringLiteral(
        "SELECT n.guest_id, g.uuid, g.given_name, g.family_name, g.latin_given_name, g.latin_family_name "
        "FROM search_names n JOIN guests g ON g.id = n.guest_id "
        "WHERE n.key >= ? AND n.key < ? ORDER BY n.key LIMIT ?");
}

QString GuestSearch::probeSql()
{
    return QStringLiteral(
        "SELECT count(*) FROM (SELECT 1 FROM search_index WHERE search_index MATCH ? LIMIT ?)");
}

namespace {

// A guest document's names come with it (rowid = guest id * 4, SearchIndex::rowid()), not from a
// statement per hit.
static_assert(SearchIndex::rowid(SearchKind::Guest, 1) == 4,
              "FtsColumns joins guests on search_index.rowid / 4");
const QString FtsColumns = QStringLiteral(
    "SELECT search_index.rowid, kind, ref, name, contact, tags, stays, extra, g.given_name, g.family_name, "
    "g.latin_given_name, g.latin_family_name FROM search_index "
    "LEFT JOIN guests g ON kind = 'guest' AND g.id = search_index.rowid / 4 WHERE search_index MATCH ? ");

} // namespace

QString GuestSearch::ticketOwnerSql()
{
    return QStringLiteral(
        "SELECT g.uuid, g.given_name, g.family_name, g.latin_given_name, g.latin_family_name, x.room "
        "FROM tickets x LEFT JOIN guests g ON g.id = x.guest_id WHERE x.uuid = ?");
}

QString GuestSearch::feedbackOwnerSql()
{
    return QStringLiteral(
        "SELECT g.uuid, g.given_name, g.family_name, g.latin_given_name, g.latin_family_name, '' "
        "FROM feedback x LEFT JOIN guests g ON g.id = x.guest_id WHERE x.uuid = ?");
}

QStringList GuestSearch::statements()
{
    return {nameSql(),    probeSql(),    rankedSql(),    newestSql(), ticketOwnerSql(), feedbackOwnerSql(),
            roomNowSql(), roomPastSql(), stayFactsSql(), deskSql(),   deskKeysSql(),    lastChangeSql()};
}

QString GuestSearch::rankedSql()
{
    return FtsColumns + QStringLiteral("ORDER BY bm25(search_index, 0, 0, 10.0, 5.0, 3.0, 3.0, 1.0) LIMIT ?");
}

QString GuestSearch::newestSql()
{
    return FtsColumns + QStringLiteral("ORDER BY search_index.rowid DESC LIMIT ?");
}

QString GuestSearch::digitRun(const QString &text)
{
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit())
            digits += c;
        else if (!QStringView(u" +-()./").contains(c))
            return {};
    }
    return digits.size() >= 3 ? digits : QString();
}

QString GuestSearch::ftsQuery(const QString &rawText)
{
    // E-mails are indexed by their local part only (see SearchIndex).
    const QString text =
        rawText.contains(QLatin1Char('@')) ? rawText.section(QLatin1Char('@'), 0, 0) : rawText;
    const QString digits = digitRun(text);
    if (!digits.isEmpty()) {
        // The start of a number, room or booking reference, or the end of a number.
        return QStringLiteral("({contact stays} : ") + quoted(digits) + QStringLiteral("*) OR (contact : ")
               + quoted(SearchIndex::reversedDigitsToken(digits)) + QStringLiteral("*)");
    }
    QStringList terms;
    for (const QString &token : distinctTokensOf(text)) {
        const QString key = searchKey(token);
        if (key.isEmpty() || key == token)
            terms.append(quoted(token) + QLatin1Char('*'));
        else
            terms.append(QLatin1Char('(') + quoted(token) + QStringLiteral("* OR ") + quoted(key)
                         + QStringLiteral("*)"));
    }
    return terms.join(QStringLiteral(" AND "));
}

QString GuestSearch::usedQuery(const QString &text)
{
    qsizetype start = 0;
    while (start < text.size() && text.at(start).isSpace())
        ++start;
    // Scan no further than MaxQueryChars characters: the end of a long text is never read.
    const qsizetype limit = std::min<qsizetype>(text.size(), start + MaxQueryChars);
    qsizetype end = start;
    int words = 0;
    bool inWord = false;
    for (qsizetype i = start; i < limit; ++i) {
        const bool space = text.at(i).isSpace();
        if (!space && !inWord && ++words > MaxQueryWords)
            break;
        inWord = !space;
        end = i + 1;
    }
    // Never end on half a surrogate pair.
    if (end > start && end < text.size() && text.at(end - 1).isHighSurrogate())
        --end;
    while (end > start && text.at(end - 1).isSpace())
        --end;
    return text.mid(start, end - start);
}

Result<QList<SearchHit>> GuestSearch::search(const QString &text, int limit)
{
    QList<SearchHit> hits;
    QList<qint64> guestIds;
    const QString trimmed = usedQuery(text);
    if (trimmed.isEmpty() || limit <= 0)
        return hits;
    const QString digits = digitRun(trimmed);
    if (digits.isEmpty()) {
        if (auto ok = nameStage(searchKey(trimmed), limit, hits, guestIds); !ok)
            return std::unexpected(ok.error());
    } else if (digits == trimmed && digits.size() <= MaxRoomDigits) {
        if (auto ok = roomStage(digits, limit, hits, guestIds); !ok)
            return std::unexpected(ok.error());
    }
    if (hits.size() < limit) {
        if (auto ok = textStage(trimmed, limit, hits, guestIds); !ok)
            return std::unexpected(ok.error());
    }
    return hits;
}

namespace {

const QString RoomColumns = QStringLiteral(
    "SELECT g.id, g.uuid, g.given_name, g.family_name, g.latin_given_name, g.latin_family_name, g.vip_level, "
    "s.room, s.arrival, s.departure, s.status FROM stays s JOIN guests g ON g.id = s.guest_id "
    "WHERE s.room <> '' AND s.room = ? COLLATE NOCASE AND s.status NOT IN ('cancelled', 'no-show') "
    "AND g.archived_at IS NULL ");

// "YYYY-MM-DD" as stored, without QDate::fromString's general parser.
QDate storedDate(const QString &text)
{
    if (text.size() != 10)
        return QDate::fromString(text, Qt::ISODate);
    const QStringView v(text);
    return QDate(v.mid(0, 4).toInt(), v.mid(5, 2).toInt(), v.mid(8, 2).toInt());
}

// A stay as search shows it: the hit's stay fields, and whether it has the room today.
SearchHit stayHit(const Statement &row, int firstColumn)
{
    SearchHit hit;
    hit.room = row.text(firstColumn);
    hit.arrival = storedDate(row.text(firstColumn + 1));
    hit.departure = storedDate(row.text(firstColumn + 2));
    hit.stayStatus = row.text(firstColumn + 3);
    return hit;
}

bool inRoom(const SearchHit &stay, const QDate &day)
{
    Stay s;
    s.arrival = stay.arrival;
    s.departure = stay.departure;
    s.status = stayStatusFromToken(stay.stayStatus).value_or(StayStatus::Booked);
    return StayDay::isInRoom(s, day);
}

// Longer stays than this are not looked for among a room's current ones (a room search reads
// its stays from this many days back).
constexpr int LongestStayDays = 120;

} // namespace

QString GuestSearch::roomNowSql()
{
    return RoomColumns + QStringLiteral("AND s.arrival >= ? ORDER BY s.arrival LIMIT ?");
}

QString GuestSearch::roomPastSql()
{
    return RoomColumns + QStringLiteral("AND s.arrival < ? ORDER BY s.arrival DESC LIMIT ?");
}

QString GuestSearch::stayFactsSql()
{
    QStringList marks;
    for (int i = 0; i < StayFactsGuests; ++i)
        marks.append(QStringLiteral("?"));
    return QStringLiteral(
               "SELECT g.uuid, g.vip_level, s.room, s.arrival, s.departure, s.status FROM guests g "
               "LEFT JOIN stays s ON s.guest_id = g.id AND s.status NOT IN ('cancelled', 'no-show') "
               "WHERE g.uuid IN (")
           + marks.join(QStringLiteral(", ")) + QLatin1Char(')');
}

QString GuestSearch::deskSql()
{
    return QStringLiteral(
        "SELECT g.id, g.uuid, g.given_name, g.family_name, g.latin_given_name, g.latin_family_name, "
        "g.vip_level, s.room, s.arrival, s.departure, s.status FROM stays s "
        "JOIN guests g ON g.id = s.guest_id WHERE s.departure >= ? AND +s.arrival <= ? "
        "AND s.status IN ('booked', 'in-house', 'checked-out') AND g.archived_at IS NULL");
}

QString GuestSearch::deskKeysSql()
{
    return QStringLiteral(
        "SELECT s.guest_id, n.key FROM stays s JOIN search_names n ON n.guest_id = s.guest_id "
        "WHERE s.departure >= ? AND +s.arrival <= ? AND s.status IN ('booked', 'in-house', 'checked-out')");
}

Status GuestSearch::roomStage(const QString &room, int limit, QList<SearchHit> &hits, QList<qint64> &guestIds)
{
    const QDate today = m_db.clock().today();
    // The rest of a hit, read only for the rows that are shown.
    const auto complete = [](SearchHit &hit, const Statement &row) {
        guestHit(hit, row, QStringLiteral("room"));
    };
    // The guest in the room today first, then its booked arrivals, soonest first.
    QList<std::pair<qint64, SearchHit>> now;
    QList<std::pair<qint64, SearchHit>> later;
    {
        Statement stays(m_db, roomNowSql());
        if (auto ok =
                stays.bind(room, today.addDays(-LongestStayDays).toString(Qt::ISODate), limit * 2).exec();
            !ok)
            return ok;
        while (stays.next()) {
            SearchHit hit = stayHit(stays, 7);
            hit.inHouse = inRoom(hit, today);
            if (!hit.inHouse && hit.arrival < today)
                continue; // a past stay: the second read has it, newest first
            complete(hit, stays);
            (hit.inHouse ? now : later).append({stays.integer(0), hit});
        }
        if (auto ok = stays.walked(); !ok)
            return ok;
    }
    for (const auto *group : {&now, &later}) {
        for (const auto &[id, hit] : *group) {
            if (hits.size() >= limit)
                return {};
            if (guestIds.contains(id))
                continue;
            guestIds.append(id);
            hits.append(hit);
        }
    }
    if (hits.size() >= limit)
        return {};
    // Then its past guests, newest first (by arrival: stays in one room do not overlap).
    Statement past(m_db, roomPastSql());
    if (auto ok = past.bind(room, today.toString(Qt::ISODate), limit * 2).exec(); !ok)
        return ok;
    while (hits.size() < limit && past.next()) {
        const qint64 id = past.integer(0);
        if (guestIds.contains(id))
            continue;
        SearchHit hit = stayHit(past, 7);
        hit.inHouse = inRoom(hit, today);
        complete(hit, past);
        guestIds.append(id);
        hits.append(hit);
    }
    return past.walked();
}

Status GuestSearch::addStayFacts(QList<SearchHit> &hits)
{
    return addStayFacts(hits, 0);
}

Status GuestSearch::addStayFacts(QList<SearchHit> &hits, qsizetype from)
{
    QStringList uuids;
    for (qsizetype i = from; i < hits.size() && uuids.size() < StayFactsGuests; ++i) {
        const SearchHit &hit = hits.at(i);
        if (hit.kind == QLatin1String("guest") && !hit.hasStay() && !uuids.contains(hit.uuid))
            uuids.append(hit.uuid);
    }
    if (uuids.isEmpty())
        return {};
    const QDate today = m_db.clock().today();
    Statement facts(m_db, stayFactsSql());
    for (int i = 0; i < StayFactsGuests; ++i)
        facts.bindValue(i < uuids.size() ? QVariant(uuids.at(i)) : QVariant());
    if (auto ok = facts.exec(); !ok)
        return ok;
    struct Facts
    {
        int vip = 0;
        SearchHit stay; // only the stay fields are used
        int rank = -1;  // 3 in the room, 2 next booked, 1 last; higher wins, then by date
    };
    QHash<QString, Facts> byGuest;
    while (facts.next()) {
        Facts &f = byGuest[facts.text(0)];
        f.vip = int(facts.integer(1));
        if (facts.isNull(3))
            continue; // no stay
        SearchHit stay = stayHit(facts, 2);
        stay.inHouse = inRoom(stay, today);
        const bool upcoming =
            stay.arrival >= today
            && (stay.stayStatus == QLatin1String("booked") || stay.stayStatus == QLatin1String("in-house"));
        const int rank = stay.inHouse ? 3 : upcoming ? 2 : 1;
        const bool better = rank > f.rank || (rank == f.rank && rank == 2 && stay.arrival < f.stay.arrival)
                            || (rank == f.rank && rank == 1 && stay.departure > f.stay.departure);
        if (better) {
            f.rank = rank;
            f.stay = stay;
        }
    }
    if (auto ok = facts.walked(); !ok)
        return ok;
    facts.reset();
    for (qsizetype i = from; i < hits.size(); ++i) {
        SearchHit &hit = hits[i];
        const auto it = byGuest.constFind(hit.uuid);
        if (hit.kind != QLatin1String("guest") || hit.hasStay() || it == byGuest.constEnd())
            continue;
        hit.vipLevel = it->vip;
        if (it->rank < 0)
            continue;
        hit.room = it->stay.room;
        hit.arrival = it->stay.arrival;
        hit.departure = it->stay.departure;
        hit.stayStatus = it->stay.stayStatus;
        hit.inHouse = it->stay.inHouse;
    }
    return {};
}

int GuestSearch::deskRank(const SearchHit &hit, const QDate &today)
{
    if (hit.inHouse)
        return 0;
    const bool booked =
        hit.stayStatus == QLatin1String("booked") || hit.stayStatus == QLatin1String("in-house");
    if (hit.hasStay() && booked && hit.arrival >= today && hit.arrival <= today.addDays(1))
        return 1;
    // Stayed lately: the guest who left last week and calls about a lost charger.
    const bool stayed =
        hit.stayStatus == QLatin1String("checked-out") || hit.stayStatus == QLatin1String("in-house");
    if (hit.hasStay() && stayed && hit.departure >= today.addDays(-RecentStayDays) && hit.departure <= today)
        return 2;
    return 3;
}

QString GuestSearch::lastChangeSql()
{
    return QStringLiteral("SELECT max(id) FROM change_log");
}

Status GuestSearch::readDesk()
{
    const qint64 now = m_db.clock().nowMs();
    Statement last(m_db, lastChangeSql());
    auto lastChange = last.scalar();
    if (!lastChange)
        return std::unexpected(lastChange.error());
    const qint64 changeId = lastChange->toLongLong();
    if (m_deskReadAt >= 0 && now - m_deskReadAt < DeskRefreshMs && now >= m_deskReadAt
        && changeId == m_deskChangeId)
        return {};
    const QDate today = m_db.clock().today();
    QList<DeskGuest> desk;
    QHash<qint64, qsizetype> at; // guest id → place in `desk`
    {
        Statement stays(m_db, deskSql());
        if (auto ok = stays
                          .bind(today.addDays(-RecentStayDays).toString(Qt::ISODate),
                                today.addDays(1).toString(Qt::ISODate))
                          .exec();
            !ok)
            return ok;
        while (stays.next()) {
            SearchHit hit = stayHit(stays, 7);
            hit.inHouse = inRoom(hit, today);
            if (deskRank(hit, today) > 2)
                continue; // a stay running past today whose guest is not here (not checked in)
            guestHit(hit, stays, QStringLiteral("name"));
            const qint64 id = stays.integer(0);
            if (const auto seen = at.constFind(id); seen != at.constEnd()) {
                if (deskRank(hit, today) < deskRank(desk.at(*seen).hit, today))
                    desk[*seen].hit = hit;
                continue;
            }
            at.insert(id, desk.size());
            desk.append({id, hit});
        }
        if (auto ok = stays.walked(); !ok)
            return ok;
    }
    // Their name keys in one read (the same stays, joined), sorted with their place in `desk`.
    QList<std::pair<QString, qsizetype>> deskKeys;
    {
        Statement keys(m_db, deskKeysSql());
        if (auto ok = keys.bind(today.addDays(-RecentStayDays).toString(Qt::ISODate),
                                today.addDays(1).toString(Qt::ISODate))
                          .exec();
            !ok)
            return ok;
        while (keys.next()) {
            if (const auto place = at.constFind(keys.integer(0)); place != at.constEnd())
                deskKeys.append({keys.text(1), *place});
        }
        if (auto ok = keys.walked(); !ok)
            return ok;
    }
    std::sort(deskKeys.begin(), deskKeys.end());
    deskKeys.erase(std::unique(deskKeys.begin(), deskKeys.end()), deskKeys.end()); // two stays, one guest
    m_deskKeys = std::move(deskKeys);
    m_desk = std::move(desk);
    m_deskReadAt = now;
    m_deskChangeId = changeId;
    return {};
}

Status GuestSearch::nameStage(const QString &key, int limit, QList<SearchHit> &hits, QList<qint64> &guestIds)
{
    if (key.isEmpty())
        return {};
    // The desk's guests whose name starts so (spelled, or sounding alike) come first: the guest in
    // the house, then today's and tomorrow's arrivals, then who stayed in the last two weeks.
    if (auto ok = readDesk(); !ok)
        return ok;
    const bool soundAlike = key.size() >= MinSoundKeyLetters && hasSoundAlikeForm(key);
    const QString sound = soundAlike ? phoneticKey(key) : QString();
    const QString soundMark = soundAlike ? QChar(SearchIndex::SoundKeyMark) + sound : QString();
    const QDate today = m_db.clock().today();
    QList<const DeskGuest *> desk;
    QSet<qsizetype> taken;
    const auto collect = [&](const QString &prefix) {
        if (prefix.isEmpty())
            return;
        auto it = std::lower_bound(m_deskKeys.cbegin(), m_deskKeys.cend(),
                                   std::pair<QString, qsizetype>{prefix, 0});
        for (; it != m_deskKeys.cend() && it->first.startsWith(prefix); ++it) {
            if (!taken.contains(it->second)) {
                taken.insert(it->second);
                desk.append(&m_desk.at(it->second));
            }
        }
    };
    collect(key);
    if (soundAlike) {
        collect(sound);
        collect(soundMark);
    }
    // In the order they were read (the same prefix always ranks the same), then by desk rank.
    std::sort(desk.begin(), desk.end());
    std::stable_sort(desk.begin(), desk.end(), [&today](const DeskGuest *a, const DeskGuest *b) {
        return deskRank(a->hit, today) < deskRank(b->hit, today);
    });
    for (const DeskGuest *guest : std::as_const(desk)) {
        if (hits.size() >= limit)
            return {};
        guestIds.append(guest->id);
        hits.append(guest->hit);
    }

    // Every key starting with `prefix` sorts in [prefix, prefix + U+FFFF).
    const auto walk = [&](const QString &prefix) -> Status {
        Statement names(m_db, nameSql());
        // A guest matches through several keys; read a few more rows than needed to fill the page.
        if (auto ok = names.bind(prefix, prefix + QChar(0xFFFF), limit * 4).exec(); !ok)
            return ok;
        while (names.next() && hits.size() < limit) {
            const qint64 id = names.integer(0);
            if (guestIds.contains(id))
                continue;
            guestIds.append(id);
            hits.append({QStringLiteral("guest"), names.text(1), names.text(1),
                         joinName(names.text(2), names.text(3)), joinName(names.text(4), names.text(5)),
                         QStringLiteral("name")});
        }
        return names.walked();
    };
    if (auto ok = walk(key); !ok)
        return ok;
    // Then the names that sound alike (Vardanian for Vardanyan, Kazaryan for Ghazaryan). A spelled
    // key that is its own sound-alike form has no '~' key: it is found as spelled.
    if (!soundAlike || hits.size() >= limit)
        return {};
    if (sound != key) {
        if (auto ok = walk(sound); !ok)
            return ok;
    }
    if (hits.size() >= limit)
        return {};
    return walk(soundMark);
}

Status GuestSearch::textStage(const QString &text, int limit, QList<SearchHit> &hits, QList<qint64> &guestIds)
{
    const QString query = ftsQuery(text);
    if (query.isEmpty())
        return {};
    QStringList prefixes;
    const QString digits = digitRun(text);
    if (!digits.isEmpty()) {
        prefixes << digits << SearchIndex::reversedDigitsToken(digits);
    } else {
        for (const QString &token : distinctTokensOf(text))
            prefixes << token << searchKey(token);
    }
    // bm25 scores every match before the first row comes out. Rank only when the matches are
    // few (a cheap probe counts up to RankLimit); otherwise take the newest documents, which an
    // FTS5 rowid walk gives at once. Digit runs (phones, rooms) are never ranked.
    bool ranked = digits.isEmpty();
    if (ranked) {
        Statement probe(m_db, probeSql());
        auto matches = probe.bind(query, RankLimit + 1).scalar();
        if (!matches)
            return std::unexpected(matches.error());
        ranked = matches->toInt() <= RankLimit;
    }
    Statement fts(m_db, ranked ? rankedSql() : newestSql());
    if (auto ok = fts.bind(query, limit + int(guestIds.size())).exec(); !ok)
        return ok;
    struct Row
    {
        qint64 rowid;
        QString kind;
        QString ref;
        QStringList columns;
        QString displayName; // a guest document's
        QString latinName;
    };
    QList<Row> rows;
    while (fts.next() && rows.size() < limit - hits.size()) {
        const qint64 rowid = fts.integer(0);
        if (rowid % 4 == 0 && guestIds.contains(rowid / 4))
            continue;
        rows.append({rowid,
                     fts.text(1),
                     fts.text(2),
                     {fts.text(3), fts.text(4), fts.text(5), fts.text(6), fts.text(7)},
                     joinName(fts.text(8), fts.text(9)),
                     joinName(fts.text(10), fts.text(11))});
    }
    fts.reset();

    for (const Row &row : std::as_const(rows)) {
        SearchHit hit{row.kind, row.ref, {}, {}, {}, matchedColumn(row.columns, prefixes)};
        if (row.kind == QLatin1String("guest")) {
            guestIds.append(row.rowid / 4);
            hit.guestUuid = row.ref;
            hit.displayName = row.displayName;
            hit.latinName = row.latinName;
        } else {
            // A complaint or feedback entry: show (and open) the guest it is about, or its room.
            const bool ticket = row.kind == QLatin1String("ticket");
            Statement owner(m_db, ticket ? ticketOwnerSql() : feedbackOwnerSql());
            if (auto ok = owner.bind(row.ref).exec(); !ok)
                return ok;
            if (owner.next() && !owner.isNull(0)) {
                hit.guestUuid = owner.text(0);
                hit.displayName = joinName(owner.text(1), owner.text(2));
                hit.latinName = joinName(owner.text(3), owner.text(4));
            } else if (owner.isNull(0) && !owner.text(5).isEmpty()) {
                hit.displayName = QCoreApplication::translate("GuestSearch", "Room %1").arg(owner.text(5));
            } else {
                hit.displayName = row.columns.at(0);
            }
            hit.matched = hit.matched == QLatin1String("note") ? QStringLiteral("text") : hit.matched;
        }
        hits.append(hit);
    }
    return {};
}

} // namespace innkeep
