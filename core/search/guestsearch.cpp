// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "guestsearch.h"

#include "search/searchindex.h"
#include "search/searchkey.h"
#include "storage/database.h"
#include "storage/statement.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace innkeep {

namespace {

QString joinName(const QString &a, const QString &b)
{
    return a.isEmpty() ? b : b.isEmpty() ? a : a + QLatin1Char(' ') + b;
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
    return {nameSql(), probeSql(), rankedSql(), newestSql(), ticketOwnerSql(), feedbackOwnerSql()};
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
    if (digitRun(trimmed).isEmpty()) {
        if (auto ok = nameStage(searchKey(trimmed), limit, hits, guestIds); !ok)
            return std::unexpected(ok.error());
    }
    if (hits.size() < limit) {
        if (auto ok = textStage(trimmed, limit, hits, guestIds); !ok)
            return std::unexpected(ok.error());
    }
    return hits;
}

Status GuestSearch::nameStage(const QString &key, int limit, QList<SearchHit> &hits, QList<qint64> &guestIds)
{
    if (key.isEmpty())
        return {};
    // Every key starting with `key` sorts in [key, key + U+FFFF).
    Statement names(m_db, nameSql());
    // A guest matches through several keys; read a few more rows than needed to fill the page.
    if (auto ok = names.bind(key, key + QChar(0xFFFF), limit * 4).exec(); !ok)
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
    return {};
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
