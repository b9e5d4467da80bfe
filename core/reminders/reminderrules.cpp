// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reminderrules.h"

#include "venue/venuesettings.h"

namespace innkeep {

namespace {

int wholeNumber(const VenueSettings &settings, const QString &key, int fallback, int min, int max)
{
    bool ok = false;
    const int value = settings.value(key).trimmed().toInt(&ok);
    return ok && value >= min && value <= max ? value : fallback;
}

} // namespace

ReminderRules ReminderRules::read(Database &db)
{
    const VenueSettings settings(db);
    ReminderRules rules;
    rules.followUpHours = wholeNumber(settings, FollowUpHoursKey, DefaultFollowUpHours, 1, 720);
    rules.winBackMonths = wholeNumber(settings, WinBackMonthsKey, DefaultWinBackMonths, 1, 120);
    rules.greetingDays = wholeNumber(settings, GreetingDaysKey, DefaultGreetingDays, 0, OccasionDays);
    rules.lookBackDays = wholeNumber(settings, LookBackDaysKey, DefaultLookBackDays, 1, 365);
    return rules;
}

} // namespace innkeep
