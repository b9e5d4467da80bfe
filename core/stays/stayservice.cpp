// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stayservice.h"

#include "common/currencycode.h"
#include "common/fieldlimits.h"
#include "common/textfield.h"
#include "common/uuid.h"
#include "guests/guestrepository.h"
#include "search/searchindex.h"
#include "stays/stayday.h"
#include "storage/changelog.h"
#include "storage/database.h"
#include "storage/rowwriter.h"
#include "storage/statement.h"
#include "storage/transaction.h"
#include "venue/venuesettings.h"

#include <tuple>

namespace innkeep {

namespace {

const QString Table = QStringLiteral("stays");
const QString Columns =
    QStringLiteral("s.id, s.uuid, g.uuid, s.arrival, s.departure, s.room, s.rate_minor, "
                   "s.revenue_minor, s.currency, s.channel, s.party_size, s.purpose, s.booking_ref, "
                   "s.status, s.created_at, s.updated_at");
// Stays that count towards a guest's history.
const QString Counting = QStringLiteral("s.status NOT IN ('cancelled', 'no-show')");

QVariantMap columnsOf(const Stay &s)
{
    return {{QStringLiteral("arrival"), s.arrival.toString(Qt::ISODate)},
            {QStringLiteral("departure"), s.departure.toString(Qt::ISODate)},
            {QStringLiteral("room"), s.room},
            {QStringLiteral("rate_minor"), s.rateMinor},
            {QStringLiteral("revenue_minor"), s.revenueMinor},
            {QStringLiteral("currency"), s.currency},
            {QStringLiteral("channel"), s.channel},
            {QStringLiteral("party_size"), s.partySize},
            {QStringLiteral("purpose"), s.purpose},
            {QStringLiteral("booking_ref"), s.bookingRef},
            {QStringLiteral("status"), toToken(s.status)}};
}

Stay readStay(const Statement &row, int first = 0)
{
    Stay s;
    s.id = row.integer(first + 0);
    s.uuid = row.text(first + 1);
    s.guestUuid = row.text(first + 2);
    s.arrival = QDate::fromString(row.text(first + 3), Qt::ISODate);
    s.departure = QDate::fromString(row.text(first + 4), Qt::ISODate);
    s.room = row.text(first + 5);
    s.rateMinor = row.integer(first + 6);
    s.revenueMinor = row.integer(first + 7);
    s.currency = row.text(first + 8);
    s.channel = row.text(first + 9);
    s.partySize = int(row.integer(first + 10));
    s.purpose = row.text(first + 11);
    s.bookingRef = row.text(first + 12);
    s.status = stayStatusFromToken(row.text(first + 13)).value_or(StayStatus::Booked);
    s.createdAt = row.integer(first + 14);
    s.updatedAt = row.integer(first + 15);
    return s;
}

} // namespace

Result<Stay> StayService::normalised(Stay s) const
{
    for (const auto &[text, field, limit] : {std::tuple{&s.room, "room", FieldLimit::Room},
                                             std::tuple{&s.channel, "channel", FieldLimit::Reference},
                                             std::tuple{&s.purpose, "purpose", FieldLimit::ShortText},
                                             std::tuple{&s.bookingRef, "booking_ref", FieldLimit::Reference},
                                             std::tuple{&s.currency, "currency", FieldLimit::Key}}) {
        auto tidy = TextField::line(QString::fromLatin1(field), *text, limit);
        if (!tidy)
            return std::unexpected(tidy.error());
        *text = *tidy;
    }
    s.channel = s.channel.toLower();
    if (s.currency.isEmpty())
        s.currency = VenueSettings(m_db).currency();
    auto currency = CurrencyCode::normalised(QStringLiteral("currency"), s.currency);
    if (!currency)
        return std::unexpected(currency.error());
    s.currency = *currency;
    if (s.channel.isEmpty())
        s.channel = QStringLiteral("direct");
    if (!s.arrival.isValid())
        return fail(Error::Code::InvalidInput, tr("Enter the arrival date."), QStringLiteral("arrival"));
    if (!s.departure.isValid())
        return fail(Error::Code::InvalidInput, tr("Enter the departure date."), QStringLiteral("departure"));
    if (s.departure < s.arrival)
        return fail(Error::Code::InvalidInput,
                    tr("The departure (%1) is before the arrival (%2).")
                        .arg(s.departure.toString(Qt::ISODate), s.arrival.toString(Qt::ISODate)),
                    QStringLiteral("departure"));
    if (s.arrival.daysTo(s.departure) > 366)
        return fail(Error::Code::InvalidInput, tr("A stay cannot be longer than a year."),
                    QStringLiteral("departure"));
    if (s.rateMinor < 0)
        return fail(Error::Code::InvalidInput, tr("The rate cannot be negative."), QStringLiteral("rate"));
    if (s.revenueMinor < 0)
        return fail(Error::Code::InvalidInput, tr("The revenue cannot be negative."),
                    QStringLiteral("revenue"));
    if (s.partySize < 1 || s.partySize > 50)
        return fail(Error::Code::InvalidInput, tr("The party size goes from 1 to 50."),
                    QStringLiteral("party_size"));
    // Revenue left empty: the nightly rate times the nights.
    if (s.revenueMinor == 0 && s.rateMinor > 0)
        s.revenueMinor = s.rateMinor * s.nights();
    return s;
}

Result<Stay> StayService::add(Stay draft)
{
    auto stay = normalised(std::move(draft));
    if (!stay)
        return stay;
    auto guestId = GuestRepository(m_db).idForUuid(stay->guestUuid);
    if (!guestId)
        return std::unexpected(guestId.error());
    if (*guestId == 0)
        return fail(Error::Code::NotFound,
                    tr("There is no guest with the id %1.").arg(TextField::quoted(stay->guestUuid)),
                    QStringLiteral("guest"));

    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    stay->uuid = m_db.newUuid();
    stay->createdAt = stay->updatedAt = m_db.clock().nowMs();
    QVariantMap row = columnsOf(*stay);
    row.insert(QStringLiteral("uuid"), stay->uuid);
    row.insert(QStringLiteral("guest_id"), *guestId);
    row.insert(QStringLiteral("created_at"), stay->createdAt);
    row.insert(QStringLiteral("updated_at"), stay->updatedAt);
    auto id = insertRow(m_db, Table, row);
    if (!id)
        return std::unexpected(id.error());
    stay->id = *id;
    row.remove(QStringLiteral("guest_id"));
    row.insert(QStringLiteral("guest_uuid"), stay->guestUuid);
    if (auto ok = ChangeLog(m_db).recordInsert(Table, stay->uuid, row, stay->guestUuid); !ok)
        return std::unexpected(ok.error());
    if (!stay->room.isEmpty() || !stay->bookingRef.isEmpty()) {
        if (auto ok = SearchIndex(m_db).reindexGuest(*guestId); !ok)
            return std::unexpected(ok.error());
    }
    announceAfterCommit(m_db, Kind::Added, stay->uuid, stay->guestUuid);
    if (auto ok = tx->commit(); !ok)
        return std::unexpected(ok.error());
    return stay;
}

Result<Stay> StayService::update(Stay edited)
{
    auto current = find(edited.uuid);
    if (!current)
        return current;
    const Stay before = *current;
    edited.guestUuid = before.guestUuid;
    // Revenue the caller left as it was follows the rate and the nights when it was worked out
    // from them, or when either changed; a revenue the caller changed is kept.
    if (edited.revenueMinor == before.revenueMinor
        && (before.revenueMinor == before.rateMinor * before.nights() || edited.rateMinor != before.rateMinor
            || edited.nights() != before.nights()))
        edited.revenueMinor = 0;
    auto stay = normalised(std::move(edited));
    if (!stay)
        return stay;
    stay->id = before.id;
    stay->createdAt = before.createdAt;
    QList<FieldChange> changes = diffFields(columnsOf(before), columnsOf(*stay));
    if (changes.isEmpty())
        return before;

    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    if (auto ok = ChangeLog(m_db).recordUpdates(Table, before.uuid, changes, before.guestUuid); !ok)
        return std::unexpected(ok.error());
    stay->updatedAt = m_db.clock().nowMs();
    changes.append({QStringLiteral("updated_at"), before.updatedAt, stay->updatedAt});
    if (auto ok = updateRow(m_db, Table, before.id, changes); !ok)
        return std::unexpected(ok.error());
    auto guestId = GuestRepository(m_db).idForUuid(before.guestUuid);
    if (!guestId)
        return std::unexpected(guestId.error());
    if (auto ok = SearchIndex(m_db).reindexGuest(*guestId); !ok)
        return std::unexpected(ok.error());
    announceAfterCommit(m_db, Kind::Changed, before.uuid, before.guestUuid);
    if (auto ok = tx->commit(); !ok)
        return std::unexpected(ok.error());
    return stay;
}

Result<Stay> StayService::find(const QString &uuid)
{
    Statement select(
        m_db, QStringLiteral("SELECT ") + Columns
                  + QStringLiteral(" FROM stays s JOIN guests g ON g.id = s.guest_id WHERE s.uuid = ?"));
    if (auto ok = select.bind(uuid).exec(); !ok)
        return std::unexpected(ok.error());
    if (!select.next())
        return fail(Error::Code::NotFound,
                    tr("There is no stay with the id %1.").arg(TextField::quoted(uuid)),
                    QStringLiteral("stay"));
    return readStay(select);
}

Result<QList<Stay>> StayService::forGuest(const QString &guestUuid, int limit)
{
    Statement select(m_db,
                     QStringLiteral("SELECT ") + Columns
                         + QStringLiteral(" FROM guests g JOIN stays s ON s.guest_id = g.id WHERE g.uuid = ? "
                                          "ORDER BY s.arrival DESC, s.id DESC LIMIT ?"));
    if (auto ok = select.bind(guestUuid, limit).exec(); !ok)
        return std::unexpected(ok.error());
    QList<Stay> stays;
    while (select.next())
        stays.append(readStay(select));
    return stays;
}

Result<GuestRollup> StayService::rollup(const QString &guestUuid)
{
    auto id = GuestRepository(m_db).idForUuid(guestUuid);
    if (!id)
        return std::unexpected(id.error());
    if (*id == 0)
        return fail(Error::Code::NotFound,
                    tr("There is no guest with the id %1.").arg(TextField::quoted(guestUuid)),
                    QStringLiteral("guest"));
    auto all = rollups({*id});
    if (!all)
        return std::unexpected(all.error());
    return all->value(*id);
}

Result<QHash<qint64, GuestRollup>> StayService::rollups(const QList<qint64> &guestIds)
{
    QHash<qint64, GuestRollup> result;
    const QString today = m_db.clock().today().toString(Qt::ISODate);
    // One indexed range per guest; the figures are summed by SQLite, not here.
    Statement totals(m_db,
                     QStringLiteral("SELECT count(*), coalesce(sum(julianday(s.departure) - "
                                    "julianday(s.arrival)), 0), min(s.arrival), "
                                    "max(s.departure), max(CASE WHEN s.departure >= ? THEN 1 ELSE 0 END), "
                                    "max(CASE WHEN ")
                         + StayDay::inRoomSql(QStringLiteral("s"))
                         + QStringLiteral(" THEN 1 ELSE 0 END) FROM stays s WHERE s.guest_id = ? AND "
                                          "s.arrival <= ? AND ")
                         + Counting);
    Statement spend(m_db, QStringLiteral("SELECT s.currency, sum(s.revenue_minor) FROM stays s "
                                         "WHERE s.guest_id = ? AND s.arrival <= ? AND ")
                              + Counting + QStringLiteral(" GROUP BY s.currency"));
    Statement upcoming(
        m_db, QStringLiteral("SELECT count(*) FROM stays s WHERE s.guest_id = ? AND s.arrival > ? AND ")
                  + Counting);
    for (const qint64 id : guestIds) {
        GuestRollup r;
        if (auto ok = totals.bind(today, today, today, today, id, today).exec(); !ok)
            return std::unexpected(ok.error());
        if (totals.next() && totals.integer(0) > 0) {
            r.stays = int(totals.integer(0));
            r.nights = int(totals.value(1).toDouble());
            r.firstArrival = QDate::fromString(totals.text(2), Qt::ISODate);
            r.lastDeparture = QDate::fromString(totals.text(3), Qt::ISODate);
            r.daysSinceLastStay = totals.integer(4) ? 0 : int(r.lastDeparture.daysTo(m_db.clock().today()));
            r.inHouse = totals.integer(5) != 0;
        }
        if (auto ok = spend.bind(id, today).exec(); !ok)
            return std::unexpected(ok.error());
        while (spend.next())
            r.spendByCurrency.insert(spend.text(0), spend.integer(1));
        auto count = upcoming.bind(id, today).scalar();
        if (!count)
            return std::unexpected(count.error());
        r.upcomingStays = count->toInt();
        result.insert(id, r);
        // The statements are reused for the next guest.
        totals.reset();
        spend.reset();
        upcoming.reset();
    }
    return result;
}

Result<QList<StayWithGuest>> StayService::staysWhere(const QString &condition, const QVariantList &values)
{
    Statement select(
        m_db, QStringLiteral("SELECT ") + Columns
                  + QStringLiteral(", g.given_name, g.family_name, g.latin_given_name, g.latin_family_name, "
                                   "g.vip_level, (SELECT count(*) FROM stays p WHERE p.guest_id = s.guest_id "
                                   "AND p.arrival <= s.arrival "
                                   "AND p.status NOT IN ('cancelled', 'no-show')) "
                                   "FROM stays s JOIN guests g ON g.id = s.guest_id WHERE ")
                  + condition + QStringLiteral(" AND ") + Counting
                  + QStringLiteral(" AND g.archived_at IS NULL ORDER BY s.room, g.latin_family_name"));
    for (const QVariant &value : values)
        select.bindValue(value);
    if (auto ok = select.exec(); !ok)
        return std::unexpected(ok.error());
    QList<StayWithGuest> rows;
    while (select.next()) {
        StayWithGuest row;
        row.stay = readStay(select);
        const auto join = [](const QString &a, const QString &b) {
            return a.isEmpty() ? b : b.isEmpty() ? a : a + QLatin1Char(' ') + b;
        };
        row.guestDisplayName = join(select.text(16), select.text(17));
        row.guestLatinName = join(select.text(18), select.text(19));
        row.vipLevel = int(select.integer(20));
        row.stayNumber = int(select.integer(21));
        rows.append(std::move(row));
    }
    return rows;
}

Result<QList<StayWithGuest>> StayService::arrivals(const QDate &day)
{
    return staysWhere(QStringLiteral("s.arrival = ?"), {day.toString(Qt::ISODate)});
}

Result<QList<StayWithGuest>> StayService::inHouse(const QDate &day)
{
    const QString iso = day.toString(Qt::ISODate);
    return staysWhere(QStringLiteral("s.arrival < ? AND s.departure > ?"), {iso, iso});
}

Result<QList<StayWithGuest>> StayService::departures(const QDate &day)
{
    const QString iso = day.toString(Qt::ISODate);
    return staysWhere(QStringLiteral("s.departure = ? AND s.arrival < ?"), {iso, iso});
}

Result<QList<StayWithGuest>> StayService::inRoom(const QString &room, const QDate &day)
{
    const QString typed = room.trimmed();
    if (typed.isEmpty())
        return QList<StayWithGuest>{};
    const QString iso = day.toString(Qt::ISODate);
    return staysWhere(QStringLiteral("s.room <> '' AND s.room = ? COLLATE NOCASE AND ")
                          + StayDay::inRoomSql(QStringLiteral("s")),
                      {typed, iso, iso, iso});
}

} // namespace innkeep
