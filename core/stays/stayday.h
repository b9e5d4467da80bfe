// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stays/stay.h"

#include <QDate>
#include <QString>

namespace innkeep {

// The one rule for "is this guest in the room on this day", used by Today, the profile, room
// look-up and the dialogs that fill the stay. A stay is in the room on a day when it counts (not
// cancelled, not a no-show) and either
//   - the day lies strictly between arrival and departure (the guest sleeps there before and
//     after it, whatever the status says: imported stays are rarely checked in), or
//   - the stay is checked in (status in-house) and the day is its arrival or departure day: a
//     booked arrival is not in the room until checked in, and a checked-in guest is still in the
//     room on the departure day until checked out.
namespace StayDay {

[[nodiscard]] bool isInRoom(const Stay &stay, const QDate &day);

// The same rule as an SQL condition over the stays table under `alias`, with three `?`
// placeholders, each to be bound to the day as an ISO date (yyyy-MM-dd).
[[nodiscard]] QString inRoomSql(const QString &alias);

} // namespace StayDay

} // namespace innkeep
