// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "storage/recordevents.h"

#include <QCoreApplication>
#include <QDate>

#include <optional>

namespace innkeep {

class Database;

// What staff did with one reminder (table reminder_actions).
struct ReminderMark
{
    enum class State { Done, Snoozed }; // tokens done, snoozed

    qint64 id = 0;
    QString uuid;
    QString key;
    QString guestUuid; // "" when the reminder is about no guest
    State state = State::Done;
    QDate snoozedUntil; // valid when snoozed: shown again from this day on
    QString staff;
    qint64 atMs = 0;

    [[nodiscard]] static QString stateToken(State state);
};

// Marking reminders done or snoozed, and taking that back: one transaction each, change-logged
// against the guest the reminder is about, announced (added/changed/removed with the mark's uuid and
// the guest's) after the commit. The key must be one ReminderList gives out and its record must
// exist (InvalidInput naming "key", NotFound naming the record).
class ReminderService final : public RecordEvents
{
    Q_DECLARE_TR_FUNCTIONS(ReminderService)

public:
    explicit ReminderService(Database &db) : m_db(db) {}

    static inline const QString Table = QStringLiteral("reminder_actions");

    // Done: off the list for good (the next occasion is another key). Done again changes nothing.
    [[nodiscard]] Result<ReminderMark> markDone(const QString &key);
    // Off the list until `until` (after today by the clock; InvalidInput naming "until" otherwise),
    // back on it from that day. Snoozing a done reminder puts it back under the snooze.
    [[nodiscard]] Result<ReminderMark> snooze(const QString &key, const QDate &until);
    // Undo: forgets the mark, so the reminder is on the list again while its reason holds.
    // NotFound when nothing is recorded for the key.
    [[nodiscard]] Status reopen(const QString &key);
    // What is recorded for the key, if anything.
    [[nodiscard]] Result<std::optional<ReminderMark>> markFor(const QString &key);

private:
    [[nodiscard]] Result<ReminderMark> mark(const QString &key, ReminderMark::State state,
                                            const QDate &until);
    // The guest (row id and uuid) the key's record belongs to; id 0 when none.
    struct GuestOf
    {
        qint64 id = 0;
        QString uuid;
    };
    [[nodiscard]] Result<GuestOf> guestOf(const QString &key);
    Database &m_db;
};

} // namespace innkeep
