// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "reminders/reminder.h"
#include "reminders/reminderrules.h"

#include <QCoreApplication>
#include <QList>

namespace innkeep {

class Database;

// The day's To do list, worked out from the guests, stays, tickets and feedback as they are now
// (the rules are in docs/reminders.md). Read-only; cheap enough for every refresh of the Today page
// (a few milliseconds at 100k guests: each kind starts from an index).
class ReminderList final
{
    Q_DECLARE_TR_FUNCTIONS(ReminderList)

public:
    explicit ReminderList(Database &db) : m_db(db) {}

    // The reminders for `day`, most urgent first (urgency, then day, then kind, then guest name),
    // leaving out the ones marked done and the ones snoozed until a later day. A reminder whose
    // reason has gone (the follow-up logged, the feedback answered, the stay cancelled) is simply
    // not worked out any more. For today, due times count from the clock's now; for another day,
    // from the end of that day.
    [[nodiscard]] Result<QList<Reminder>> forDay(const QDate &day);
    // The same with the rules given rather than read from the venue's settings (tests, previews).
    [[nodiscard]] Result<QList<Reminder>> forDay(const QDate &day, const ReminderRules &rules);

private:
    struct Work;
    [[nodiscard]] Status occasions(Work &work);
    [[nodiscard]] Status greetings(Work &work);
    [[nodiscard]] Status followUps(Work &work);
    [[nodiscard]] Status winBacks(Work &work);
    [[nodiscard]] Status preArrivals(Work &work);
    [[nodiscard]] Status feedbackAnswers(Work &work);
    [[nodiscard]] Status dropHandled(Work &work);
    Database &m_db;
};

} // namespace innkeep
