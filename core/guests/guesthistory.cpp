// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "guesthistory.h"

namespace innkeep {

Result<QList<ChangeEntry>> GuestHistory::forGuest(const QString &guestUuid, int limit)
{
    return ChangeLog(m_db).forGuest(guestUuid, limit);
}

} // namespace innkeep
