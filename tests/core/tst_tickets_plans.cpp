// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The ticket queue and the shift handover must read tickets through an index in urgency
// order: EXPLAIN QUERY PLAN shows neither a full scan of tickets nor a sort (issue 5).

#include "tickets/ticketrepository.h"
#include "tst_tickets_fixture.h"

#include <catch2/catch.hpp>

using namespace innkeep;
using namespace innkeep::test;

namespace {

QStringList plan(Database &db, const TicketRepository::SqlQuery &query)
{
    Statement q(db, QStringLiteral("EXPLAIN QUERY PLAN ") + query.sql);
    for (const QVariant &v : query.values)
        q.bindValue(v);
    REQUIRE(q.exec());
    QStringList lines;
    while (q.next())
        lines << q.text(3);
    return lines;
}

// A full scan of tickets reads "SCAN t" (its alias) with no index; a sort reads "TEMP B-TREE".
void checkIndexedInOrder(Database &db, const TicketRepository::SqlQuery &query, const QString &index)
{
    const QStringList lines = plan(db, query);
    INFO(query.sql.toStdString());
    INFO(lines.join(QStringLiteral(" | ")).toStdString());
    bool usesIndex = false;
    for (const QString &line : lines) {
        CHECK_FALSE(line.contains(QStringLiteral("TEMP B-TREE")));
        CHECK_FALSE(line.startsWith(QStringLiteral("SCAN tickets")));
        if (line.startsWith(QStringLiteral("SCAN t")) || line.startsWith(QStringLiteral("SEARCH t ")))
            CHECK(line.contains(QStringLiteral(" INDEX ")));
        usesIndex = usesIndex || line.contains(QStringLiteral("INDEX ") + index);
    }
    CHECK(usesIndex);
}

} // namespace

TEST_CASE("Ticket queue: the default page and its due filters read tickets_urgency in order")
{
    TempDatabase t;
    const qint64 now = t.clock().nowMs();

    TicketQuery open;
    open.limit = 50;
    checkIndexedInOrder(t.db(), TicketRepository::queueStatement(open, now),
                        QStringLiteral("tickets_urgency"));

    TicketQuery overdue = open;
    overdue.overdueOnly = true;
    TicketQuery dueSoon = open;
    dueSoon.dueSoonOnly = true;
    TicketQuery within = open;
    within.dueWithinMs = 2 * HourMs;
    for (const TicketQuery &q : {overdue, dueSoon, within}) {
        const auto statement = TicketRepository::queueStatement(q, now);
        checkIndexedInOrder(t.db(), statement, QStringLiteral("tickets_urgency"));
        // Seeks to the due range rather than filtering every open ticket.
        CHECK(plan(t.db(), statement)
                  .join(QString())
                  .contains(QStringLiteral("SEARCH t USING INDEX tickets_urgency")));
    }

    // Filters on other columns walk the (open tickets only) index in order and stop at the page.
    TicketQuery byDepartment = open;
    byDepartment.departments = {QStringLiteral("housekeeping")};
    TicketQuery byAssignee = open;
    byAssignee.assignees = {QStringLiteral("Anna")};
    TicketQuery bySeverity = open;
    bySeverity.severities = {TicketSeverity::Critical, TicketSeverity::High};
    TicketQuery overdueHousekeeping = overdue;
    overdueHousekeeping.departments = byDepartment.departments;
    for (const TicketQuery &q : {byDepartment, byAssignee, bySeverity, overdueHousekeeping})
        checkIndexedInOrder(t.db(), TicketRepository::queueStatement(q, now),
                            QStringLiteral("tickets_urgency"));
}

TEST_CASE("Shift handover: every section and the totals are bounded index reads")
{
    TempDatabase t;
    HandoverReport report;
    report.generatedAt = t.clock().nowMs();
    report.sinceMs = report.generatedAt - 8 * HourMs;
    report.horizonMs = report.generatedAt + 2 * HourMs;
    const QList<TicketRepository::SqlQuery> statements = TicketRepository::handoverStatements(report, 200);
    REQUIRE(statements.size() == 6);
    for (int i = 0; i < 4; ++i)
        checkIndexedInOrder(t.db(), statements.at(i), QStringLiteral("tickets_urgency"));
    checkIndexedInOrder(t.db(), statements.at(4), QStringLiteral("tickets_resolved"));
    checkIndexedInOrder(t.db(), statements.at(5), QStringLiteral("tickets_urgency"));
    for (const QString &line : plan(t.db(), statements.at(5)))
        CHECK_FALSE(line.startsWith(QStringLiteral("SCAN t ")));
}
