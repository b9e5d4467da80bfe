// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketsettingsservice.h"

#include "common/fieldlimits.h"
#include "common/textfield.h"
#include "common/uuid.h"
#include "storage/changelog.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QRegularExpression>

namespace innkeep {

using namespace Qt::StringLiterals;

Result<SlaPolicy> TicketSettingsService::setPolicy(const SlaPolicy &policy)
{
    if (auto ok = policy.validate(); !ok)
        return std::unexpected(ok.error());
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    auto before = m_repo.policy(policy.severity);
    if (!before)
        return std::unexpected(before.error());
    auto uuid = m_repo.policyUuid(policy.severity);
    if (!uuid)
        return std::unexpected(uuid.error());
    auto changes = m_repo.updatePolicy(*before, policy);
    if (!changes)
        return std::unexpected(changes.error());
    if (auto ok = ChangeLog(m_db).recordUpdates(TicketSettingsRepository::PoliciesTable, *uuid, *changes);
        !ok)
        return std::unexpected(ok.error());
    if (!changes->isEmpty())
        announceAfterCommit(m_db, Kind::Changed, *uuid, {});
    if (auto ok = tx->commit(); !ok)
        return std::unexpected(ok.error());
    return policy;
}

Result<TicketListItem> TicketSettingsService::addItem(TicketListItem::List list, const QString &key,
                                                      const QString &label)
{
    static const QRegularExpression keyPattern(u"^[a-z0-9]+(-[a-z0-9]+)*$"_s);
    if (key.size() > FieldLimit::Key || !keyPattern.match(key).hasMatch())
        return fail(Error::Code::InvalidInput,
                    tr("A key uses lower-case letters, digits and dashes only, at most %L1 of them.")
                        .arg(FieldLimit::Key),
                    u"key"_s);
    auto name = TextField::line(u"label"_s, label, FieldLimit::Label);
    if (!name)
        return std::unexpected(name.error());
    if (name->isEmpty())
        return fail(Error::Code::InvalidInput, tr("The name cannot be empty."), u"label"_s);
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    auto existing = m_repo.item(list, key);
    if (!existing)
        return std::unexpected(existing.error());
    if (*existing)
        return fail(Error::Code::Conflict, tr("%1 is already on the list.").arg(TextField::quoted(key)),
                    u"key"_s);
    auto all = m_repo.items(list, true);
    if (!all)
        return std::unexpected(all.error());
    TicketListItem item{0, m_db.newUuid(), key, *name, int(all->size()) + 1, false};
    auto id = m_repo.insertItem(list, item);
    if (!id)
        return std::unexpected(id.error());
    item.id = *id;
    if (auto ok = ChangeLog(m_db).recordInsert(TicketSettingsRepository::tableOf(list), item.uuid,
                                               TicketSettingsRepository::rowOf(item));
        !ok)
        return std::unexpected(ok.error());
    announceAfterCommit(m_db, Kind::Added, item.uuid, {});
    if (auto ok = tx->commit(); !ok)
        return std::unexpected(ok.error());
    return item;
}

Result<TicketListItem> TicketSettingsService::renameItem(TicketListItem::List list, const QString &key,
                                                         const QString &label)
{
    auto name = TextField::line(u"label"_s, label, FieldLimit::Label);
    if (!name)
        return std::unexpected(name.error());
    if (name->isEmpty())
        return fail(Error::Code::InvalidInput, tr("The name cannot be empty."), u"label"_s);
    return change(list, key, [&](TicketListItem &item) { item.label = *name; });
}

Result<TicketListItem> TicketSettingsService::setArchived(TicketListItem::List list, const QString &key,
                                                          bool archived)
{
    return change(list, key, [&](TicketListItem &item) { item.archived = archived; });
}

Result<TicketListItem> TicketSettingsService::change(TicketListItem::List list, const QString &key,
                                                     const std::function<void(TicketListItem &)> &edit)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    auto before = m_repo.item(list, key);
    if (!before)
        return std::unexpected(before.error());
    if (!*before)
        return fail(Error::Code::NotFound, tr("%1 is not on the list.").arg(TextField::quoted(key)),
                    u"key"_s);
    TicketListItem after = **before;
    edit(after);
    auto changes = m_repo.updateItem(list, **before, after);
    if (!changes)
        return std::unexpected(changes.error());
    if (auto ok =
            ChangeLog(m_db).recordUpdates(TicketSettingsRepository::tableOf(list), after.uuid, *changes);
        !ok)
        return std::unexpected(ok.error());
    if (!changes->isEmpty())
        announceAfterCommit(m_db, Kind::Changed, after.uuid, {});
    if (auto ok = tx->commit(); !ok)
        return std::unexpected(ok.error());
    return after;
}

} // namespace innkeep
