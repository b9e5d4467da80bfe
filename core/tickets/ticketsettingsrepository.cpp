// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketsettingsrepository.h"

#include "seededticketlabel.h"
#include "storage/database.h"
#include "storage/rowwriter.h"
#include "storage/statement.h"

#include <QCoreApplication>

namespace innkeep {

using namespace Qt::StringLiterals;

namespace {

const QString PolicyColumns =
    u"SELECT severity, acknowledge_minutes, resolve_minutes, quiet_start, quiet_end, "
    "due_soon_minutes, time_zone FROM sla_policies "_s;

SlaPolicy readPolicy(const Statement &q)
{
    SlaPolicy p;
    p.severity = ticketSeverityFromToken(q.text(0)).value_or(TicketSeverity::Medium);
    p.acknowledgeMinutes = int(q.integer(1));
    p.resolveMinutes = int(q.integer(2));
    p.quietStartMinute = q.isNull(3) ? -1 : int(q.integer(3));
    p.quietEndMinute = q.isNull(4) ? -1 : int(q.integer(4));
    p.dueSoonMinutes = int(q.integer(5));
    p.timeZone = q.text(6).toLatin1();
    return p;
}

} // namespace

QString TicketSettingsRepository::tableOf(TicketListItem::List list)
{
    return list == TicketListItem::List::Categories ? u"ticket_categories"_s : u"departments"_s;
}

Result<SlaPolicy> TicketSettingsRepository::policy(TicketSeverity severity)
{
    Statement q(m_db, PolicyColumns + u"WHERE severity = ?"_s);
    if (auto ok = q.bind(ticketSeverityToken(severity)).exec(); !ok)
        return std::unexpected(ok.error());
    if (!q.next())
        return SlaPolicy::defaultFor(severity);
    return readPolicy(q);
}

Result<QList<SlaPolicy>> TicketSettingsRepository::policies()
{
    QList<SlaPolicy> list;
    for (TicketSeverity s :
         {TicketSeverity::Low, TicketSeverity::Medium, TicketSeverity::High, TicketSeverity::Critical}) {
        auto p = policy(s);
        if (!p)
            return std::unexpected(p.error());
        list.append(*p);
    }
    return list;
}

Result<QString> TicketSettingsRepository::policyUuid(TicketSeverity severity)
{
    Statement q(m_db, u"SELECT uuid FROM sla_policies WHERE severity = ?"_s);
    auto value = q.bind(ticketSeverityToken(severity)).scalar();
    if (!value)
        return std::unexpected(value.error());
    return value->toString();
}

QVariantMap TicketSettingsRepository::rowOf(const SlaPolicy &p)
{
    const QVariant none(QMetaType::fromType<int>());
    return {
        {u"severity"_s, ticketSeverityToken(p.severity)},
        {u"acknowledge_minutes"_s, p.acknowledgeMinutes},
        {u"resolve_minutes"_s, p.resolveMinutes},
        {u"quiet_start"_s, p.hasQuietHours() ? QVariant(p.quietStartMinute) : none},
        {u"quiet_end"_s, p.hasQuietHours() ? QVariant(p.quietEndMinute) : none},
        {u"due_soon_minutes"_s, p.dueSoonMinutes},
        {u"time_zone"_s, QString::fromLatin1(p.timeZone)},
    };
}

Result<QList<FieldChange>> TicketSettingsRepository::updatePolicy(const SlaPolicy &before,
                                                                  const SlaPolicy &after)
{
    const QList<FieldChange> changes = diffFields(rowOf(before), rowOf(after));
    if (changes.isEmpty())
        return changes;
    Statement id(m_db, u"SELECT id FROM sla_policies WHERE severity = ?"_s);
    auto rowId = id.bind(ticketSeverityToken(after.severity)).scalar();
    if (!rowId)
        return std::unexpected(rowId.error());
    if (auto ok = updateRow(m_db, PoliciesTable, rowId->toLongLong(), changes); !ok)
        return std::unexpected(ok.error());
    return changes;
}

Result<QList<TicketListItem>> TicketSettingsRepository::items(TicketListItem::List list, bool includeArchived)
{
    Statement q(m_db, u"SELECT id, uuid, key, label, position, archived FROM "_s + tableOf(list)
                          + u" WHERE archived = 0 OR ? ORDER BY position, label"_s);
    if (auto ok = q.bind(includeArchived ? 1 : 0).exec(); !ok)
        return std::unexpected(ok.error());
    QList<TicketListItem> items;
    while (q.next())
        items.append({q.integer(0), q.text(1), q.text(2),
                      SeededTicketLabel::shown(list, q.text(2), q.text(3)), int(q.integer(4)),
                      q.integer(5) != 0});
    return items;
}

Result<std::optional<TicketListItem>> TicketSettingsRepository::item(TicketListItem::List list,
                                                                     const QString &key)
{
    Statement q(m_db, u"SELECT id, uuid, key, label, position, archived FROM "_s + tableOf(list)
                          + u" WHERE key = ?"_s);
    if (auto ok = q.bind(key).exec(); !ok)
        return std::unexpected(ok.error());
    if (!q.next())
        return std::nullopt;
    return TicketListItem{q.integer(0),      q.text(1),
                          q.text(2),         SeededTicketLabel::shown(list, q.text(2), q.text(3)),
                          int(q.integer(4)), q.integer(5) != 0};
}

QVariantMap TicketSettingsRepository::rowOf(const TicketListItem &item)
{
    return {
        {u"uuid"_s, item.uuid},
        {u"key"_s, item.key},
        {u"label"_s, item.label},
        {u"position"_s, item.position},
        {u"archived"_s, item.archived ? 1 : 0},
    };
}

Result<qint64> TicketSettingsRepository::insertItem(TicketListItem::List list, const TicketListItem &item)
{
    return insertRow(m_db, tableOf(list), rowOf(item));
}

Result<QList<FieldChange>> TicketSettingsRepository::updateItem(TicketListItem::List list,
                                                                const TicketListItem &before,
                                                                const TicketListItem &after)
{
    const QList<FieldChange> changes = diffFields(rowOf(before), rowOf(after));
    if (auto ok = updateRow(m_db, tableOf(list), after.id, changes); !ok)
        return std::unexpected(ok.error());
    return changes;
}

} // namespace innkeep
