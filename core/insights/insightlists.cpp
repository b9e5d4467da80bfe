// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "insightlists.h"

#include "exchange/csvtable.h"
#include "exchange/exportfile.h"
#include "guests/guest.h"
#include "storage/database.h"
#include "storage/readsnapshot.h"
#include "storage/statement.h"
#include "venue/venuesettings.h"

#include <QDir>

namespace innkeep {

using namespace Qt::StringLiterals;

namespace {

// The ids as a JSON array for `IN (SELECT value FROM json_each(?))`: one statement text for any
// number of ids, so it is prepared once.
QByteArray idArray(const QList<qint64> &ids)
{
    QByteArray json = "[";
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i > 0)
            json += ',';
        json += QByteArray::number(ids.at(i));
    }
    return json + ']';
}

QString nameOf(const QString &given, const QString &family, const QString &latinGiven,
               const QString &latinFamily)
{
    Guest g;
    g.givenName = given;
    g.familyName = family;
    g.latinGivenName = latinGiven;
    g.latinFamilyName = latinFamily;
    return g.displayName();
}

// The guest columns every list joins (LEFT JOIN guests g), from column `at`.
const QString GuestColumns =
    u"g.uuid, g.given_name, g.family_name, g.latin_given_name, g.latin_family_name"_s;

void readGuest(const Statement &q, int at, InsightListRow &row)
{
    row.guestUuid = q.text(at);
    row.guestName = nameOf(q.text(at + 1), q.text(at + 2), q.text(at + 3), q.text(at + 4));
}

} // namespace

Result<InsightList> InsightLists::read(KpiPopulation population, const QList<qint64> &ids)
{
    const QByteArray array = idArray(ids);
    ReadSnapshot snapshot(m_db); // the names and states of one moment
    switch (population) {
    case KpiPopulation::Guests: return guests(array);
    case KpiPopulation::Stays: return stays(array);
    case KpiPopulation::Tickets: return tickets(array);
    case KpiPopulation::Feedback: return feedback(array);
    }
    return InsightList{population, {}};
}

Result<InsightList> InsightLists::guests(const QByteArray &ids)
{
    Statement q(m_db, u"SELECT g.id, "_s + GuestColumns
                          + u", g.nationality, g.vip_level, "
                            "(SELECT count(*) FROM stays s WHERE s.guest_id = g.id "
                            "AND s.status NOT IN ('cancelled', 'no-show')), "
                            "(SELECT max(s.arrival) FROM stays s WHERE s.guest_id = g.id "
                            "AND s.status NOT IN ('cancelled', 'no-show')) "
                            "FROM guests g WHERE g.id IN (SELECT value FROM json_each(?)) ORDER BY g.id"_s);
    if (auto ok = q.bind(Utf8Text{ids}).exec(); !ok)
        return std::unexpected(ok.error());
    InsightList list{KpiPopulation::Guests, {}};
    while (q.next()) {
        InsightListRow row;
        row.id = q.integer(0);
        readGuest(q, 1, row);
        row.uuid = row.guestUuid;
        row.nationality = q.text(6);
        row.vipLevel = int(q.integer(7));
        row.stays = int(q.integer(8));
        row.lastArrival = QDate::fromString(q.text(9), Qt::ISODate);
        list.rows.append(std::move(row));
    }
    if (auto ok = q.walked(); !ok)
        return std::unexpected(ok.error());
    return list;
}

Result<InsightList> InsightLists::stays(const QByteArray &ids)
{
    const QString venueCurrency = VenueSettings(m_db).currency();
    Statement q(m_db, u"SELECT s.id, s.uuid, "_s + GuestColumns
                          + u", s.arrival, s.departure, s.room, s.status, s.revenue_minor, s.currency "
                            "FROM stays s LEFT JOIN guests g ON g.id = s.guest_id "
                            "WHERE s.id IN (SELECT value FROM json_each(?)) ORDER BY s.id"_s);
    if (auto ok = q.bind(Utf8Text{ids}).exec(); !ok)
        return std::unexpected(ok.error());
    InsightList list{KpiPopulation::Stays, {}};
    while (q.next()) {
        InsightListRow row;
        row.id = q.integer(0);
        row.uuid = q.text(1);
        readGuest(q, 2, row);
        row.arrival = QDate::fromString(q.text(7), Qt::ISODate);
        row.departure = QDate::fromString(q.text(8), Qt::ISODate);
        row.room = q.text(9);
        row.stayStatus = q.text(10);
        row.revenueMinor = q.integer(11);
        row.currency = q.text(12).isEmpty() ? venueCurrency : q.text(12);
        list.rows.append(std::move(row));
    }
    if (auto ok = q.walked(); !ok)
        return std::unexpected(ok.error());
    return list;
}

Result<InsightList> InsightLists::tickets(const QByteArray &ids)
{
    Statement q(m_db, u"SELECT t.id, t.uuid, "_s + GuestColumns
                          + u", t.created_at, t.room, coalesce(c.label, t.category), t.severity, t.status, "
                            "t.outcome, t.description "
                            "FROM tickets t LEFT JOIN guests g ON g.id = t.guest_id "
                            "LEFT JOIN ticket_categories c ON c.key = t.category "
                            "WHERE t.id IN (SELECT value FROM json_each(?)) ORDER BY t.id"_s);
    if (auto ok = q.bind(Utf8Text{ids}).exec(); !ok)
        return std::unexpected(ok.error());
    InsightList list{KpiPopulation::Tickets, {}};
    while (q.next()) {
        InsightListRow row;
        row.id = q.integer(0);
        row.uuid = q.text(1);
        readGuest(q, 2, row);
        row.createdAt = q.integer(7);
        row.room = q.text(8);
        row.category = q.text(9);
        row.severity = q.text(10);
        row.ticketStatus = q.text(11);
        row.outcome = q.text(12);
        row.text = q.text(13);
        list.rows.append(std::move(row));
    }
    if (auto ok = q.walked(); !ok)
        return std::unexpected(ok.error());
    return list;
}

Result<InsightList> InsightLists::feedback(const QByteArray &ids)
{
    Statement q(m_db, u"SELECT f.id, f.uuid, "_s + GuestColumns
                          + u", f.received_at, f.channel, f.site, f.rating, f.rating_scale, f.body "
                            "FROM feedback f LEFT JOIN guests g ON g.id = f.guest_id "
                            "WHERE f.id IN (SELECT value FROM json_each(?)) ORDER BY f.id"_s);
    if (auto ok = q.bind(Utf8Text{ids}).exec(); !ok)
        return std::unexpected(ok.error());
    InsightList list{KpiPopulation::Feedback, {}};
    while (q.next()) {
        InsightListRow row;
        row.id = q.integer(0);
        row.uuid = q.text(1);
        readGuest(q, 2, row);
        row.receivedAt = q.integer(7);
        row.channel = q.text(8);
        row.site = q.text(9);
        if (!q.isNull(10))
            row.rating = q.value(10).toDouble();
        row.ratingScale = q.text(11);
        row.text = q.text(12);
        list.rows.append(std::move(row));
    }
    if (auto ok = q.walked(); !ok)
        return std::unexpected(ok.error());
    return list;
}

Result<InsightChoices> InsightLists::choices()
{
    InsightChoices choices;
    ReadSnapshot snapshot(m_db);
    const std::pair<QString, QStringList *> columns[] = {{u"nationality"_s, &choices.nationalities},
                                                         {u"language"_s, &choices.languages}};
    for (const auto &[column, values] : columns) {
        // Column names from the fixed list above, never from input.
        Statement q(
            m_db,
            u"SELECT %1 FROM guests WHERE %1 <> '' GROUP BY %1 ORDER BY count(*) DESC, %1"_s.arg(column));
        if (auto ok = q.exec(); !ok)
            return std::unexpected(ok.error());
        while (q.next())
            values->append(q.text(0));
        if (auto ok = q.walked(); !ok)
            return std::unexpected(ok.error());
    }
    return choices;
}

Status InsightLists::writeCsv(const QString &path, const QStringList &header, const QList<QStringList> &rows,
                              const QString &databasePath)
{
    ExportFile file(path);
    if (auto ok = file.open(databasePath); !ok)
        return ok;
    auto line = [](const QStringList &cells) {
        QStringList quoted;
        quoted.reserve(cells.size());
        for (const QString &cell : cells)
            quoted.append(CsvTable::field(cell));
        return (quoted.join(u',') + u"\r\n"_s).toUtf8();
    };
    if (file.device().write(line(header)) < 0)
        return std::unexpected(file.writeFailed());
    for (const QStringList &row : rows) {
        if (file.device().write(line(row)) < 0)
            return std::unexpected(file.writeFailed());
    }
    return file.commit();
}

} // namespace innkeep
