// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared set-up for the ticket, SLA and feedback suites.

#include "common/uuid.h"
#include "storage/statement.h"
#include "tempdatabase.h"

#include <QDate>

namespace innkeep::test {

constexpr qint64 MinuteMs = 60 * 1000;
constexpr qint64 HourMs = 60 * MinuteMs;

// Guests and stays belong to other suites' services; tests here insert the bare rows.
inline qint64 addGuest(Database &db, const QString &given, const QString &family)
{
    Statement q(db,
                QStringLiteral("INSERT INTO guests(uuid, given_name, family_name, created_at, updated_at) "
                               "VALUES (?, ?, ?, 0, 0)"));
    REQUIRE(q.bind(newUuid(), given, family).exec());
    return q.lastInsertId().toLongLong();
}

inline qint64 addStay(Database &db, qint64 guestId, const QDate &arrival, const QDate &departure,
                      const QString &room = QStringLiteral("101"))
{
    Statement q(db, QStringLiteral(
                        "INSERT INTO stays(uuid, guest_id, arrival, departure, room, created_at, updated_at) "
                        "VALUES (?, ?, ?, ?, ?, 0, 0)"));
    REQUIRE(q.bind(newUuid(), guestId, arrival.toString(Qt::ISODate), departure.toString(Qt::ISODate), room)
                .exec());
    return q.lastInsertId().toLongLong();
}

inline QString uuidOf(Database &db, const QString &table, qint64 id)
{
    Statement q(db, QStringLiteral("SELECT uuid FROM ") + table + QStringLiteral(" WHERE id = ?"));
    auto v = q.bind(id).scalar();
    REQUIRE(v.has_value());
    return v->toString();
}

// Row counts of every table a ticket or feedback action may write: equal before and after a
// refused action means nothing was written.
inline QList<qint64> footprint(TempDatabase &t)
{
    QList<qint64> counts;
    for (const char *table : {"tickets", "ticket_events", "ticket_compensations", "ticket_follow_ups",
                              "feedback", "change_log", "search_index", "ticket_categories", "departments"})
        counts << t.count(QString::fromLatin1(table));
    Statement q(t.db(), QStringLiteral("SELECT coalesce(sum(length(status) + length(resolution_summary) + "
                                       "length(outcome) + updated_at), 0) FROM tickets"));
    counts << q.scalar()->toLongLong();
    Statement f(t.db(), QStringLiteral(
                            "SELECT coalesce(sum(coalesce(ticket_id, 0) + length(response) + updated_at), 0) "
                            "FROM feedback"));
    counts << f.scalar()->toLongLong();
    return counts;
}

inline qint64 ms(int year, int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), Qt::UTC).toMSecsSinceEpoch();
}

} // namespace innkeep::test
