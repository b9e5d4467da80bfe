// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "insights/kpi.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace innkeep {

class Database;

// One record behind a number on the Insights page (a drill-down row). Which fields are filled
// depends on the list's population; the others stay empty.
struct InsightListRow
{
    qint64 id = 0;
    QString uuid;      // the record's own (guest, stay, ticket or feedback entry)
    QString guestUuid; // its guest ('' for a ticket or entry without one)
    QString guestName; // the name in the guest's own script, else the Latin one
    // Guests
    QString nationality;
    int vipLevel = 0;
    int stays = 0; // counted stays (not cancelled, not no-show), all time
    QDate lastArrival;
    // Stays
    QDate arrival;
    QDate departure;
    QString room;
    QString stayStatus; // StayStatus token
    qint64 revenueMinor = 0;
    QString currency; // the venue's when the stay has none
    // Tickets
    qint64 createdAt = 0; // UTC ms
    QString category;     // the venue's label for the category (its key when the label is gone)
    QString severity;     // TicketSeverity token
    QString ticketStatus; // TicketStatus token
    QString outcome;      // '', recovered, lost
    // Feedback
    qint64 receivedAt = 0; // UTC ms
    QString channel;       // FeedbackChannel token
    QString site;
    std::optional<double> rating;
    QString ratingScale; // 1-5, 1-10, nps
    // Tickets: the description; feedback: the guest's words. Whole, as stored.
    QString text;
};

struct InsightList
{
    KpiPopulation population = KpiPopulation::Guests;
    QList<InsightListRow> rows; // by id
};

// The values the Insights page's guest filters offer: what the venue's guests carry, most
// frequent first.
struct InsightChoices
{
    QStringList nationalities;
    QStringList languages;
};

// Read-only lists for the Insights page's drill-downs: the records behind a KPI (KpiMembers ids)
// or a chart's bar, read by id in one query each. Runs on any connection (the page reads on a
// job's own). Also writes a table of display text as CSV for the page's exports.
class InsightLists final
{
    Q_DECLARE_TR_FUNCTIONS(InsightLists)

public:
    explicit InsightLists(Database &db) : m_db(db) {}

    // The records of `population` with these ids, ordered by id; ids that no longer exist are
    // left out. Storage errors name the failing statement.
    [[nodiscard]] Result<InsightList> read(KpiPopulation population, const QList<qint64> &ids);
    // The distinct nationalities and languages recorded on guests (empty ones left out).
    [[nodiscard]] Result<InsightChoices> choices();

    // Writes `header` and `rows` as CSV (RFC 4180: comma, CRLF, quotes doubled; a cell starting
    // with = + - @ that is not a number is prefixed with ' so a spreadsheet does not run it) to
    // `path` through ExportFile: private to the user (0600), complete or not written at all, never
    // over the open venue's file (`databasePath`). The error names the path.
    [[nodiscard]] static Status writeCsv(const QString &path, const QStringList &header,
                                         const QList<QStringList> &rows, const QString &databasePath);

private:
    [[nodiscard]] Result<InsightList> guests(const QByteArray &ids);
    [[nodiscard]] Result<InsightList> stays(const QByteArray &ids);
    [[nodiscard]] Result<InsightList> tickets(const QByteArray &ids);
    [[nodiscard]] Result<InsightList> feedback(const QByteArray &ids);

    Database &m_db;
};

} // namespace innkeep
