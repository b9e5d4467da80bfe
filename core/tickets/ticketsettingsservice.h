// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "storage/recordevents.h"
#include "tickets/slapolicy.h"
#include "tickets/ticketlistitem.h"
#include "tickets/ticketsettingsrepository.h"

#include <QCoreApplication>

#include <functional>

namespace innkeep {

class Database;

// The venue's ticket settings as user actions: one transaction each, change log, Settings event.
// A changed SLA policy applies to tickets created afterwards; open tickets keep their copy.
class TicketSettingsService final : public RecordEvents
{
    Q_DECLARE_TR_FUNCTIONS(TicketSettingsService)

public:
    explicit TicketSettingsService(Database &db) : m_db(db), m_repo(db) {}

    [[nodiscard]] Result<SlaPolicy> setPolicy(const SlaPolicy &policy);
    [[nodiscard]] Result<TicketListItem> addItem(TicketListItem::List list, const QString &key,
                                                 const QString &label);
    [[nodiscard]] Result<TicketListItem> renameItem(TicketListItem::List list, const QString &key,
                                                    const QString &label);
    [[nodiscard]] Result<TicketListItem> setArchived(TicketListItem::List list, const QString &key,
                                                     bool archived);

    // Read-only: the SLA policies, low to critical, and a list's items (archived ones on request).
    [[nodiscard]] Result<QList<SlaPolicy>> policies() { return m_repo.policies(); }
    [[nodiscard]] Result<QList<TicketListItem>> items(TicketListItem::List list, bool includeArchived = false)
    {
        return m_repo.items(list, includeArchived);
    }

private:
    [[nodiscard]] Result<TicketListItem> change(TicketListItem::List list, const QString &key,
                                                const std::function<void(TicketListItem &)> &edit);
    Database &m_db;
    TicketSettingsRepository m_repo;
};

} // namespace innkeep
