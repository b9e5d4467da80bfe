// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace innkeep {

// Calendar dates as typed or read from a file. Exactly the form asked for: "2000-01-01T00:00" or
// "2000-1-1" is not a date, whatever QDate::fromString would make of it.
class CalendarDate final
{
public:
    // "YYYY-MM-DD"; an invalid QDate otherwise.
    [[nodiscard]] static QDate fromIso(const QString &text);
    // "YYYY-MM-DD" or, as Europe writes it, "DD.MM.YYYY" (day and month may have one digit).
    [[nodiscard]] static QDate fromIsoOrDotted(const QString &text);
};

} // namespace innkeep
