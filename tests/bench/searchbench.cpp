// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchbench.h"

#include "search/guestsearch.h"
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
    QString key;          // name stage key (empty: no name stage)
    int nameRowsRead = 0; // rows the core steps through before its page is full
    bool text = false;    // whether the text stage runs
    QString fts;
    bool probe = false; // whether the core counts matches before choosing
    bool ranked = false;
    int ftsLimit = 0;
};

Result<SqlPlan> planFor(Database &db, const QString &text)
{
    SqlPlan plan;
    const QString trimmed = GuestSearch::usedQuery(text); // as search() reads it
    int nameHits = 0;
    if (GuestSearch::digitRun(trimmed).isEmpty()) {
        plan.key = searchKey(trimmed);
        if (!plan.key.isEmpty()) {
            Statement names(db, NameSql);
            if (auto ok = names.bind(plan.key, plan.key + QChar(0xFFFF), Limit * 4).exec(); !ok)
                return std::unexpected(ok.error());
            QSet<qint64> seen;
            while (seen.size() < Limit && names.next()) {
                ++plan.nameRowsRead;
                seen.insert(names.integer(0));
            }
            nameHits = int(seen.size());
        }
    }
    plan.fts = GuestSearch::ftsQuery(trimmed);
    plan.text = nameHits < Limit && !plan.fts.isEmpty();
    // Same choice as the core: rank only a few matches, never digit runs.
    plan.ranked = false;
    plan.probe = plan.text && GuestSearch::digitRun(trimmed).isEmpty();
    if (plan.probe) {
        Statement probe(db, GuestSearch::probeSql());
        auto matches = probe.bind(plan.fts, GuestSearch::RankLimit + 1).scalar();
        if (!matches)
            return std::unexpected(matches.error());
        plan.ranked = matches->toInt() <= GuestSearch::RankLimit;
    }
    plan.ftsLimit = Limit + nameHits;
    return plan;
}

Status runFloor(Database &db, const SqlPlan &plan)
{
    if (!plan.key.isEmpty()) {
        Statement names(db, NameSql);
        if (auto ok = names.bind(plan.key, plan.key + QChar(0xFFFF), Limit * 4).exec(); !ok)
            return ok;
        for (int i = 0; i < plan.nameRowsRead && names.next(); ++i) {
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
