// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace innkeep {

// What a reminder is about (docs/reminders.md). Tokens: birthday, anniversary, greeting, follow-up,
// win-back, pre-arrival, feedback-answer.
enum class ReminderKind { Birthday, Anniversary, Greeting, FollowUp, WinBack, PreArrival, FeedbackAnswer };
[[nodiscard]] QString reminderKindToken(ReminderKind kind);
[[nodiscard]] std::optional<ReminderKind> reminderKindFromToken(const QString &token);
// "Birthday", "Follow-up" … translated.
[[nodiscard]] QString reminderKindLabel(ReminderKind kind);

// What the desk does about it, so the Today list can offer the one button. Tokens: open-guest,
// follow-up-ticket, answer-feedback, prepare-arrival, send-greeting.
enum class ReminderAction { OpenGuest, FollowUpTicket, AnswerFeedback, PrepareArrival, SendGreeting };
[[nodiscard]] QString reminderActionToken(ReminderAction action);
[[nodiscard]] QString reminderActionLabel(ReminderAction action);

// How soon it needs doing, most urgent first: now (a follow-up or an answer already due), today
// (an occasion today, an arrival to prepare), soon (an occasion in the next days), later (win-back).
// Tokens: now, today, soon, later.
enum class ReminderUrgency { Now, Today, Soon, Later };
[[nodiscard]] QString reminderUrgencyToken(ReminderUrgency urgency);

// One line of the day's To do list. Worked out afresh for each day (ReminderList); only what staff
// did with it (done, snoozed) is stored, under `key` (ReminderKey).
struct Reminder
{
    QString key; // stable: "birthday:<guest uuid>:2026", "follow-up:<ticket uuid>" …
    ReminderKind kind = ReminderKind::Birthday;
    ReminderAction action = ReminderAction::OpenGuest;
    ReminderUrgency urgency = ReminderUrgency::Today;
    QString guestUuid; // "" for a ticket or feedback without a guest
    QString guestName;
    // The record it is about: the ticket (follow-up), the feedback (feedback-answer), the stay
    // (pre-arrival; for a birthday or anniversary the stay it falls in; for win-back the last stay).
    // "" for a greeting.
    QString recordUuid;
    // The day it is for: the birthday or anniversary, the arrival, the day a follow-up fell due, the
    // day the feedback came, the day the guest's absence reached the win-back months.
    QDate day;
    QString text; // one line in the words a receptionist acts on (translated)
};

} // namespace innkeep
