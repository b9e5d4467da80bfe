// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace innkeep {

class Database;

// The venue's reminder settings (venue_settings, docs/reminders.md), read once per list. A value
// that is missing, not a whole number or out of range reads as its default.
struct ReminderRules
{
    static inline const QString FollowUpHoursKey = QStringLiteral("reminders.follow_up_hours");
    static inline const QString WinBackMonthsKey = QStringLiteral("reminders.win_back_months");
    static inline const QString GreetingDaysKey = QStringLiteral("reminders.greeting_days");
    static inline const QString LookBackDaysKey = QStringLiteral("reminders.look_back_days");
    static constexpr int DefaultFollowUpHours = 24; // 1..720
    static constexpr int DefaultWinBackMonths = 12; // 1..120
    static constexpr int DefaultGreetingDays = 0;   // 0..7: on the day
    static constexpr int DefaultLookBackDays = 30;  // 1..365
    // Birthdays and anniversaries of guests in house or arriving within this many days.
    static constexpr int OccasionDays = 7;
    // A win-back stays on the list this many days after the guest's absence reaches the months: a week
    // to make the call. (More would be a campaign: a segment `last_stay before …` and a message.)
    static constexpr int WinBackDays = 7;

    int followUpHours = DefaultFollowUpHours;
    int winBackMonths = DefaultWinBackMonths;
    int greetingDays = DefaultGreetingDays;
    int lookBackDays = DefaultLookBackDays;

    [[nodiscard]] static ReminderRules read(Database &db);
};

} // namespace innkeep
