// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonformat.h"

#include "exchange/jsonexport.h"

#include <QJsonArray>

namespace innkeep::cli {

namespace {

QJsonValue dateValue(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonValue columnJson(const QVariant &value)
{
    if (value.isNull())
        return QJsonValue::Null;
    switch (value.metaType().id()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong: return QJsonValue(value.toLongLong());
    case QMetaType::Double:
    case QMetaType::Float: return QJsonValue(value.toDouble());
    case QMetaType::Bool: return QJsonValue(value.toBool());
    case QMetaType::QVariantList:
    case QMetaType::QStringList:
    case QMetaType::QVariantMap: return QJsonValue::fromVariant(value);
    default: return QJsonValue(value.toString());
    }
}

QJsonObject columnsJson(const QVariantMap &columns,
                        const std::function<bool(const QString &column)> &internal)
{
    QJsonObject object;
    for (auto it = columns.cbegin(); it != columns.cend(); ++it) {
        if (internal && internal(it.key()))
            continue;
        // Flags as the export writes them: true/false, not the stored 0/1.
        if (JsonExport::isFlagColumn(it.key()) && !it.value().isNull())
            object.insert(it.key(), it.value().toBool());
        else
            object.insert(it.key(), columnJson(it.value()));
    }
    return object;
}

QJsonObject toJson(const Guest &guest)
{
    QJsonObject object = columnsJson(guest.toColumns());
    object.insert(QStringLiteral("emails"), QJsonArray::fromStringList(guest.emails));
    object.insert(QStringLiteral("phones"), QJsonArray::fromStringList(guest.phones));
    object.insert(QStringLiteral("tags"), QJsonArray::fromStringList(guest.tags));
    object.insert(QStringLiteral("display_name"), guest.displayName());
    object.insert(QStringLiteral("latin_name"), guest.latinName());
    return object;
}

QJsonObject toJson(const GuestNote &note)
{
    return {{QStringLiteral("uuid"), note.uuid},
            {QStringLiteral("body"), note.body},
            {QStringLiteral("author"), note.author},
            {QStringLiteral("created_at"), note.createdAt}};
}

QJsonObject toJson(const Preference &preference)
{
    return {{QStringLiteral("uuid"), preference.uuid},
            {QStringLiteral("guest_uuid"), preference.guestUuid},
            {QStringLiteral("category"), toToken(preference.category)},
            {QStringLiteral("value"), preference.value},
            {QStringLiteral("detail"), preference.detail},
            {QStringLiteral("source"), toToken(preference.source)},
            {QStringLiteral("observed_on"), dateValue(preference.observedOn)},
            {QStringLiteral("times_confirmed"), preference.timesConfirmed},
            {QStringLiteral("critical"), preference.critical},
            {QStringLiteral("created_at"), preference.createdAt},
            {QStringLiteral("updated_at"), preference.updatedAt}};
}

QJsonObject toJson(const Stay &stay)
{
    return {{QStringLiteral("uuid"), stay.uuid},
            {QStringLiteral("guest_uuid"), stay.guestUuid},
            {QStringLiteral("arrival"), dateValue(stay.arrival)},
            {QStringLiteral("departure"), dateValue(stay.departure)},
            {QStringLiteral("nights"), stay.nights()},
            {QStringLiteral("room"), stay.room},
            {QStringLiteral("rate_minor"), stay.rateMinor},
            {QStringLiteral("revenue_minor"), stay.revenueMinor},
            {QStringLiteral("currency"), stay.currency},
            {QStringLiteral("channel"), stay.channel},
            {QStringLiteral("party_size"), stay.partySize},
            {QStringLiteral("purpose"), stay.purpose},
            {QStringLiteral("booking_ref"), stay.bookingRef},
            {QStringLiteral("status"), toToken(stay.status)},
            {QStringLiteral("created_at"), stay.createdAt},
            {QStringLiteral("updated_at"), stay.updatedAt}};
}

QJsonObject toJson(const GuestRollup &rollup)
{
    QJsonObject spend;
    for (auto it = rollup.spendByCurrency.cbegin(); it != rollup.spendByCurrency.cend(); ++it)
        spend.insert(it.key(), it.value());
    QJsonObject average;
    for (auto it = rollup.spendByCurrency.cbegin(); it != rollup.spendByCurrency.cend(); ++it)
        average.insert(it.key(), rollup.averageRate(it.key()));
    return {{QStringLiteral("stays"), rollup.stays},
            {QStringLiteral("nights"), rollup.nights},
            {QStringLiteral("spend_minor"), spend},
            {QStringLiteral("average_rate_minor"), average},
            {QStringLiteral("first_arrival"), dateValue(rollup.firstArrival)},
            {QStringLiteral("last_departure"), dateValue(rollup.lastDeparture)},
            {QStringLiteral("days_since_last_stay"),
             rollup.daysSinceLastStay ? QJsonValue(*rollup.daysSinceLastStay) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("upcoming_stays"), rollup.upcomingStays},
            {QStringLiteral("in_house"), rollup.inHouse}};
}

QString toToken(GuestAlert::Kind kind)
{
    switch (kind) {
    case GuestAlert::Kind::Blocked: return QStringLiteral("blocked");
    case GuestAlert::Kind::CriticalPreference: return QStringLiteral("critical-preference");
    case GuestAlert::Kind::OpenComplaint: return QStringLiteral("open-complaint");
    case GuestAlert::Kind::UnresolvedLastStay: return QStringLiteral("unresolved-last-stay");
    case GuestAlert::Kind::BirthdayDuringStay: return QStringLiteral("birthday-during-stay");
    case GuestAlert::Kind::AnniversaryDuringStay: return QStringLiteral("anniversary-during-stay");
    }
    return QStringLiteral("other");
}

QString toToken(GuestAlert::Level level)
{
    switch (level) {
    case GuestAlert::Level::Critical: return QStringLiteral("critical");
    case GuestAlert::Level::Warning: return QStringLiteral("warning");
    case GuestAlert::Level::Info: return QStringLiteral("info");
    }
    return QStringLiteral("info");
}

QJsonObject toJson(const GuestAlert &alert)
{
    return {{QStringLiteral("kind"), toToken(alert.kind)},
            {QStringLiteral("level"), toToken(alert.level)},
            {QStringLiteral("text"), alert.text},
            {QStringLiteral("ref_uuid"), alert.refUuid}};
}

QJsonObject toJson(const SearchHit &hit)
{
    QJsonObject object{{QStringLiteral("kind"), hit.kind},
                       {QStringLiteral("uuid"), hit.uuid},
                       {QStringLiteral("guest_uuid"), hit.guestUuid},
                       {QStringLiteral("display_name"), hit.displayName},
                       {QStringLiteral("latin_name"), hit.latinName},
                       {QStringLiteral("matched"), hit.matched}};
    if (hit.kind == QLatin1String("guest")) {
        object.insert(QStringLiteral("vip_level"), hit.vipLevel);
        // The stay that matters at the desk: in the room today, else the next booked, else the last.
        object.insert(QStringLiteral("stay"),
                      hit.hasStay() ? QJsonValue(
                          QJsonObject{{QStringLiteral("room"), hit.room},
                                      {QStringLiteral("arrival"), hit.arrival.toString(Qt::ISODate)},
                                      {QStringLiteral("departure"), hit.departure.toString(Qt::ISODate)},
                                      {QStringLiteral("status"), hit.stayStatus},
                                      {QStringLiteral("in_house"), hit.inHouse}})
                                    : QJsonValue(QJsonValue::Null));
    }
    return object;
}

} // namespace innkeep::cli
