// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "storage/changelog.h"
#include "tickets/slapolicy.h"
#include "tickets/ticketlistitem.h"

#include <QList>

#include <optional>

namespace innkeep {

class Database;

// The SQL behind the venue's ticket settings: SLA policies, categories, departments.
class TicketSettingsRepository final
{
public:
    explicit TicketSettingsRepository(Database &db) : m_db(db) {}

    static inline const QString PoliciesTable = QStringLiteral("sla_policies");
    [[nodiscard]] static QString tableOf(TicketListItem::List list);

    [[nodiscard]] Result<SlaPolicy> policy(TicketSeverity severity);
    [[nodiscard]] Result<QList<SlaPolicy>> policies(); // low to critical
    [[nodiscard]] Result<QString> policyUuid(TicketSeverity severity);
    [[nodiscard]] static QVariantMap rowOf(const SlaPolicy &policy);
    [[nodiscard]] Result<QList<FieldChange>> updatePolicy(const SlaPolicy &before, const SlaPolicy &after);

    [[nodiscard]] Result<QList<TicketListItem>> items(TicketListItem::List list,
                                                      bool includeArchived = false);
    [[nodiscard]] Result<std::optional<TicketListItem>> item(TicketListItem::List list, const QString &key);
    [[nodiscard]] static QVariantMap rowOf(const TicketListItem &item);
    [[nodiscard]] Result<qint64> insertItem(TicketListItem::List list, const TicketListItem &item);
    [[nodiscard]] Result<QList<FieldChange>>
    updateItem(TicketListItem::List list, const TicketListItem &before, const TicketListItem &after);

private:
    Database &m_db;
};

} // namespace innkeep
