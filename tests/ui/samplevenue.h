// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace innkeep {
class Database;
}

namespace innkeep::test {

// A small venue for GUI tests: a handful of guests in Armenian, Georgian, Cyrillic and Latin
// script, stays around the clock's today (arrivals, in house, departures), preferences.
struct SampleVenue
{
    QString aram; // Արամ Պետրոսյան, VIP 2, arriving today, 3rd stay
    QString nino; // ნინო ბერიძე, in house, critical allergy
    QString anna; // Anna Schmidt, departing today
    QString olga; // Ольга Иванова, blocked
};

[[nodiscard]] SampleVenue fillSampleVenue(Database &db, int extraGuests = 0);

} // namespace innkeep::test
