// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffservice.h"

#include "common/fieldlimits.h"
#include "common/textfield.h"
#include "common/uuid.h"
#include "storage/changelog.h"
#include "storage/database.h"
#include "storage/rowwriter.h"
#include "storage/statement.h"
#include "storage/transaction.h"

#include <QCollator>

#include <algorithm>

namespace innkeep {

namespace {

const QString Table = QStringLiteral("staff");
const QString Columns = QStringLiteral("id, uuid, name, active, created_at, updated_at");

StaffMember readMember(const Statement &row)
{
    return {row.integer(0), row.text(1), row.text(2), row.integer(3) != 0, row.integer(4), row.integer(5)};
}

} // namespace

QString StaffService::nameKey(const QString &name)
{
    return name.simplified().toCaseFolded();
}

Result<QString> StaffService::checkedName(const QString &name, const QString &exceptUuid)
{
    auto tidy = TextField::line(QStringLiteral("name"), name, FieldLimit::StaffName);
    if (!tidy)
        return std::unexpected(tidy.error());
    const QString simplified = *tidy;
    if (simplified.isEmpty())
        return fail(Error::Code::InvalidInput, tr("Enter the staff member's name."), QStringLiteral("name"));
    Statement clash(m_db, QStringLiteral("SELECT uuid FROM staff WHERE name_key = ?"));
    auto existing = clash.bind(nameKey(simplified)).scalar();
    if (!existing)
        return std::unexpected(existing.error());
    if (existing->isValid() && existing->toString() != exceptUuid)
        return fail(Error::Code::Conflict, tr("There is already a staff member called %1.").arg(simplified),
                    QStringLiteral("name"));
    return simplified;
}

Result<StaffMember> StaffService::add(const QString &name)
{
    auto checked = checkedName(name, {});
    if (!checked)
        return std::unexpected(checked.error());
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    StaffMember member;
    member.uuid = m_db.newUuid();
    member.name = *checked;
    member.createdAt = member.updatedAt = m_db.clock().nowMs();
    const QVariantMap row{{QStringLiteral("uuid"), member.uuid},
                          {QStringLiteral("name"), member.name},
                          {QStringLiteral("name_key"), nameKey(member.name)},
                          {QStringLiteral("active"), 1},
                          {QStringLiteral("created_at"), member.createdAt},
                          {QStringLiteral("updated_at"), member.updatedAt}};
    auto id = insertRow(m_db, Table, row);
    if (!id)
        return std::unexpected(id.error());
    member.id = *id;
    if (auto ok = ChangeLog(m_db).recordInsert(Table, member.uuid, row); !ok)
        return std::unexpected(ok.error());
    announceAfterCommit(m_db, Kind::Added, member.uuid, {});
    if (auto ok = tx->commit(); !ok)
        return std::unexpected(ok.error());
    return member;
}

Result<StaffMember> StaffService::change(const QString &uuid, const QString &field, const QVariant &value)
{
    auto before = find(uuid);
    if (!before)
        return before;
    const QVariant old =
        field == QLatin1String("name") ? QVariant(before->name) : QVariant(int(before->active));
    if (old == value)
        return before;
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    const qint64 now = m_db.clock().nowMs();
    QList<FieldChange> changes{{field, old, value}, {QStringLiteral("updated_at"), before->updatedAt, now}};
    if (field == QLatin1String("name"))
        changes.append({QStringLiteral("name_key"), nameKey(before->name), nameKey(value.toString())});
    if (auto ok = updateRow(m_db, Table, before->id, changes); !ok)
        return std::unexpected(ok.error());
    if (auto ok = ChangeLog(m_db).recordUpdate(Table, uuid, field, old, value); !ok)
        return std::unexpected(ok.error());
    announceAfterCommit(m_db, Kind::Changed, uuid, {});
    if (auto ok = tx->commit(); !ok)
        return std::unexpected(ok.error());
    return find(uuid);
}

Result<StaffMember> StaffService::rename(const QString &uuid, const QString &name)
{
    auto checked = checkedName(name, uuid);
    if (!checked)
        return std::unexpected(checked.error());
    return change(uuid, QStringLiteral("name"), *checked);
}

Result<StaffMember> StaffService::setActive(const QString &uuid, bool active)
{
    return change(uuid, QStringLiteral("active"), int(active));
}

Result<StaffMember> StaffService::find(const QString &uuid)
{
    Statement select(m_db,
                     QStringLiteral("SELECT ") + Columns + QStringLiteral(" FROM staff WHERE uuid = ?"));
    if (auto ok = select.bind(uuid).exec(); !ok)
        return std::unexpected(ok.error());
    if (!select.next())
        return fail(Error::Code::NotFound,
                    tr("There is no staff member with the id %1.").arg(TextField::quoted(uuid)),
                    QStringLiteral("staff"));
    return readMember(select);
}

Result<bool> StaffService::hasMembers()
{
    Statement select(m_db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM staff)"));
    auto any = select.scalar();
    if (!any)
        return std::unexpected(any.error());
    return any->toInt() != 0;
}

Result<std::optional<StaffMember>> StaffService::byName(const QString &name)
{
    Statement select(m_db,
                     QStringLiteral("SELECT ") + Columns + QStringLiteral(" FROM staff WHERE name_key = ?"));
    if (auto ok = select.bind(nameKey(name)).exec(); !ok)
        return std::unexpected(ok.error());
    if (!select.next())
        return std::optional<StaffMember>();
    return std::optional<StaffMember>(readMember(select));
}

Result<QList<StaffMember>> StaffService::members(bool includeRetired)
{
    Statement select(m_db,
                     QStringLiteral("SELECT ") + Columns + QStringLiteral(" FROM staff WHERE active >= ?"));
    if (auto ok = select.bind(includeRetired ? 0 : 1).exec(); !ok)
        return std::unexpected(ok.error());
    QList<StaffMember> list;
    while (select.next())
        list.append(readMember(select));
    // A staff list is short; the locale's collation puts Արամ, Anna and Нино where a reader expects.
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(list.begin(), list.end(), [&](const StaffMember &a, const StaffMember &b) {
        return collator.compare(a.name, b.name) < 0;
    });
    return list;
}

} // namespace innkeep
