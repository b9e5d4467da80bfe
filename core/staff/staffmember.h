// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace innkeep {

// Someone who works at the venue: who is at the desk, who a complaint is assigned to.
struct StaffMember
{
    qint64 id = 0;
    QString uuid;
    QString name;
    bool active = true; // retired members stay in history but leave the pick lists
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
};

} // namespace innkeep
