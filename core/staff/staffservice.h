// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "staff/staffmember.h"
#include "storage/recordevents.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace innkeep {

class Database;

// The venue's staff list. Names are unique ignoring case; a member is retired, never deleted,
// because the change log and ticket timelines name them.
class StaffService final : public RecordEvents
{
    Q_DECLARE_TR_FUNCTIONS(StaffService)

public:
    explicit StaffService(Database &db) : m_db(db) {}

    // What names are unique by (staff.name_key): the name with spaces tidied, case folded.
    [[nodiscard]] static QString nameKey(const QString &name);

    [[nodiscard]] Result<StaffMember> add(const QString &name);
    [[nodiscard]] Result<StaffMember> rename(const QString &uuid, const QString &name);
    [[nodiscard]] Result<StaffMember> setActive(const QString &uuid, bool active);
    [[nodiscard]] Result<StaffMember> find(const QString &uuid);
    // True once the venue keeps a staff list (anyone on it, retired or not).
    [[nodiscard]] Result<bool> hasMembers();
    // The member called `name` (ignoring case and extra spaces), retired or not; nothing when none is.
    [[nodiscard]] Result<std::optional<StaffMember>> byName(const QString &name);
    // By name in the current locale's order; retired members only when asked.
    [[nodiscard]] Result<QList<StaffMember>> members(bool includeRetired = false);

private:
    [[nodiscard]] Result<StaffMember> change(const QString &uuid, const QString &field,
                                             const QVariant &value);
    [[nodiscard]] Result<QString> checkedName(const QString &name, const QString &exceptUuid);
    Database &m_db;
};

} // namespace innkeep
