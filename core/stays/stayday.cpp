// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stayday.h"

namespace innkeep::StayDay {

bool isInRoom(const Stay &stay, const QDate &day)
{
    if (!stay.counts() || !day.isValid())
        return false;
    if (stay.arrival < day && day < stay.departure)
        return true;
    return stay.status == StayStatus::InHouse && stay.arrival <= day && day <= stay.departure;
}

QString inRoomSql(const QString &alias)
{
    return QStringLiteral("(%1.status NOT IN ('cancelled', 'no-show') AND ((%1.arrival < ? AND "
                          "%1.departure > ?) OR (%1.status = 'in-house' AND ? BETWEEN %1.arrival AND "
                          "%1.departure)))")
        .arg(alias);
}

} // namespace innkeep::StayDay
