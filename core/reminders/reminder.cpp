// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reminder.h"

#include "common/enumtokens.h"

namespace innkeep {

namespace {

constexpr EnumToken<ReminderKind> Kinds[] = {
    {ReminderKind::Birthday, "birthday", QT_TRANSLATE_NOOP("Reminder", "Birthday")},
    {ReminderKind::Anniversary, "anniversary", QT_TRANSLATE_NOOP("Reminder", "Anniversary")},
    {ReminderKind::Greeting, "greeting", QT_TRANSLATE_NOOP("Reminder", "Greeting")},
    {ReminderKind::FollowUp, "follow-up", QT_TRANSLATE_NOOP("Reminder", "Follow-up")},
    {ReminderKind::WinBack, "win-back", QT_TRANSLATE_NOOP("Reminder", "Win back")},
    {ReminderKind::PreArrival, "pre-arrival", QT_TRANSLATE_NOOP("Reminder", "Arrival to prepare")},
    {ReminderKind::FeedbackAnswer, "feedback-answer", QT_TRANSLATE_NOOP("Reminder", "Feedback to answer")},
};

constexpr EnumToken<ReminderAction> Actions[] = {
    {ReminderAction::OpenGuest, "open-guest", QT_TRANSLATE_NOOP("Reminder", "Open the guest")},
    {ReminderAction::FollowUpTicket, "follow-up-ticket", QT_TRANSLATE_NOOP("Reminder", "Log the follow-up")},
    {ReminderAction::AnswerFeedback, "answer-feedback", QT_TRANSLATE_NOOP("Reminder", "Answer")},
    {ReminderAction::PrepareArrival, "prepare-arrival", QT_TRANSLATE_NOOP("Reminder", "Prepare")},
    {ReminderAction::SendGreeting, "send-greeting", QT_TRANSLATE_NOOP("Reminder", "Send a greeting")},
};

constexpr EnumToken<ReminderUrgency> Urgencies[] = {
    {ReminderUrgency::Now, "now", QT_TRANSLATE_NOOP("Reminder", "Now")},
    {ReminderUrgency::Today, "today", QT_TRANSLATE_NOOP("Reminder", "Today")},
    {ReminderUrgency::Soon, "soon", QT_TRANSLATE_NOOP("Reminder", "Soon")},
    {ReminderUrgency::Later, "later", QT_TRANSLATE_NOOP("Reminder", "Later")},
};

} // namespace

QString reminderKindToken(ReminderKind kind)
{
    return tokenOf(Kinds, kind);
}

std::optional<ReminderKind> reminderKindFromToken(const QString &token)
{
    return valueOf(Kinds, token, Qt::CaseSensitive);
}

QString reminderKindLabel(ReminderKind kind)
{
    return labelOf(Kinds, kind, "Reminder");
}

QString reminderActionToken(ReminderAction action)
{
    return tokenOf(Actions, action);
}

QString reminderActionLabel(ReminderAction action)
{
    return labelOf(Actions, action, "Reminder");
}

QString reminderUrgencyToken(ReminderUrgency urgency)
{
    return tokenOf(Urgencies, urgency);
}

} // namespace innkeep
