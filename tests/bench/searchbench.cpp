// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchbench.h"

#include "common/clock.h"
#include "common/phonetickey.h"
#include "search/guestsearch.h"
#include "search/searchindex.h"
#include "search/searchkey.h"
#include "storage/database.h"
#include "storage/statement.h"

#include <QHash>
#include <QSet>

namespace innkeep::bench {

namespace {

constexpr int Limit = 20; // GuestSearch::search's default page

// Verbatim from guestsearch.cpp so the floor prepares the very same statements (the
// connection's statement cache is keyed by SQL text, so both share one prepared statement).
const QString NameSql = GuestSearch::nameSql();

// The statements and bound values GuestSearch::search runs for one text, worked out once
// (untimed) so the floor does nothing but run them.
struct SqlPlan
{
    QString key;            // name stage key (empty: no name stage)
    QStringList soundWalks; // the sound-alike prefixes walked after the spelled one
    int nameHits = 0;       // guests the name stage shows (the desk's first, from memory)
    QString room;           // room stage (empty: none)
    QString roomFrom;       // its window's first arrival and today
    QString today;
    bool text = false; // whether the text stage runs
    QString fts;
    bool probe = false; // whether the core counts matches before choosing
    bool ranked = false;
    int ftsLimit = 0;
};

// The name walk as the core steps it: rows until `wanted` distinct guests were seen.
Status walk(Database &db, const QString &prefix, QSet<qint64> &seen, int wanted)
{
    Statement names(db, NameSql);
    if (auto ok = names.bind(prefix, prefix + QChar(0xFFFF), Limit * 4).exec(); !ok)
        return ok;
    while (seen.size() < wanted && names.next())
        seen.insert(names.integer(0));
    return {};
}

Result<SqlPlan> planFor(Database &db, const QString &text)
{
    SqlPlan plan;
    const QString trimmed = GuestSearch::usedQuery(text); // as search() reads it
    const QString digits = GuestSearch::digitRun(trimmed);
    // What the core found, by stage, decides what the floor runs.
    auto hits = GuestSearch(db).search(text, Limit);
    if (!hits)
        return std::unexpected(hits.error());
    int stageHits = 0;
    for (const SearchHit &hit : std::as_const(*hits))
        stageHits += hit.matched == QLatin1String("name") || hit.matched == QLatin1String("room") ? 1 : 0;
    if (digits.isEmpty()) {
        plan.key = searchKey(trimmed);
        plan.nameHits = stageHits;
        if (!plan.key.isEmpty() && plan.key.size() >= GuestSearch::MinSoundKeyLetters
            && hasSoundAlikeForm(plan.key)) {
            const QString sound = phoneticKey(plan.key);
            if (sound != plan.key)
                plan.soundWalks.append(sound);
            plan.soundWalks.append(QChar(SearchIndex::SoundKeyMark) + sound);
        }
    } else if (digits == trimmed && digits.size() <= GuestSearch::MaxRoomDigits) {
        const QDate today = db.clock().today();
        plan.room = digits;
        plan.today = today.toString(Qt::ISODate);
        plan.roomFrom = today.addDays(-120).toString(Qt::ISODate);
    }
    plan.fts = GuestSearch::ftsQuery(trimmed);
    plan.text = stageHits < Limit && !plan.fts.isEmpty();
    // Same choice as the core: rank only a few matches, never digit runs.
    plan.ranked = false;
    plan.probe = plan.text && digits.isEmpty();
    if (plan.probe) {
        Statement probe(db, GuestSearch::probeSql());
        auto matches = probe.bind(plan.fts, GuestSearch::RankLimit + 1).scalar();
        if (!matches)
            return std::unexpected(matches.error());
        plan.ranked = matches->toInt() <= GuestSearch::RankLimit;
    }
    plan.ftsLimit = Limit + stageHits;
    return plan;
}

Status runFloor(Database &db, const SqlPlan &plan)
{
    if (!plan.key.isEmpty()) {
        Statement last(db, GuestSearch::lastChangeSql()); // the desk's freshness check
        if (auto ok = last.scalar(); !ok)
            return std::unexpected(ok.error());
        QSet<qint64> seen;
        if (auto ok = walk(db, plan.key, seen, plan.nameHits); !ok)
            return ok;
        for (const QString &prefix : plan.soundWalks) {
            if (seen.size() >= plan.nameHits)
                break;
            if (auto ok = walk(db, prefix, seen, plan.nameHits); !ok)
                return ok;
        }
    }
    if (!plan.room.isEmpty()) {
        for (const auto &[sql, bound] : {std::pair{GuestSearch::roomNowSql(), plan.roomFrom},
                                         std::pair{GuestSearch::roomPastSql(), plan.today}}) {
            Statement stays(db, sql);
            if (auto ok = stays.bind(plan.room, bound, Limit * 2).exec(); !ok)
                return ok;
            while (stays.next()) {
            }
        }
    }
    if (plan.probe) {
        Statement probe(db, GuestSearch::probeSql());
        if (auto ok = probe.bind(plan.fts, GuestSearch::RankLimit + 1).scalar(); !ok)
            return std::unexpected(ok.error());
    }
    if (plan.text) {
        Statement fts(db, plan.ranked ? GuestSearch::rankedSql() : GuestSearch::newestSql());
        if (auto ok = fts.bind(plan.fts, plan.ftsLimit).exec(); !ok)
            return ok;
        while (fts.next()) {
        }
    }
    return {};
}

} // namespace

Result<SearchFigures> benchSearch(Database &db, const QList<SearchCase> &cases, int rounds)
{
    QList<SqlPlan> plans;
    for (const SearchCase &c : cases) {
        auto plan = planFor(db, c.text);
        if (!plan)
            return std::unexpected(plan.error());
        plans.append(*plan);
    }
    GuestSearch search(db);
    Samples core, sql, coreCpu, sqlCpu;
    QHash<QString, Samples> coreByKind, sqlByKind;
    qint64 hits = 0;
    for (int round = -1; round < rounds; ++round) { // round -1 is the warm-up
        for (qsizetype i = 0; i < cases.size(); ++i) {
            Result<QList<SearchHit>> result;
            qint64 coreCpuNs = 0, sqlCpuNs = 0;
            const qint64 coreNs = timeNs([&] { result = search.search(cases.at(i).text); }, &coreCpuNs);
            if (!result)
                return std::unexpected(result.error());
            Status floor;
            const qint64 sqlNs = timeNs([&] { floor = runFloor(db, plans.at(i)); }, &sqlCpuNs);
            if (!floor)
                return std::unexpected(floor.error());
            if (round < 0)
                continue;
            hits += result->size();
            core.add(coreNs);
            sql.add(sqlNs);
            coreCpu.add(coreCpuNs);
            sqlCpu.add(sqlCpuNs);
            coreByKind[cases.at(i).kind].add(coreNs);
            sqlByKind[cases.at(i).kind].add(sqlNs);
        }
    }
    SearchFigures f;
    f.core = core.figure();
    f.sql = sql.figure();
    f.coreCpu = coreCpu.figure();
    f.sqlCpu = sqlCpu.figure();
    for (auto it = coreByKind.cbegin(); it != coreByKind.cend(); ++it) {
        f.coreByKind.insert(it.key(), it.value().figure());
        f.sqlByKind.insert(it.key(), sqlByKind.value(it.key()).figure());
    }
    f.cases = cases.size();
    f.rounds = rounds;
    f.meanHits = core.size() ? double(hits) / double(core.size()) : 0;
    return f;
}

} // namespace innkeep::bench
