// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "reminders/reminder.h"

#include <QCoreApplication>

namespace innkeep {

// A reminder's stable key: `kind:record[:occasion]`. The record is a uuid; the occasion tells this
// year's birthday from next year's, or this absence from the next one:
//   birthday:<guest>:<year>            anniversary:<guest>:<year>
//   greeting:<guest>:birthday-<year>   greeting:<guest>:anniversary-<year>
//   follow-up:<ticket>                 feedback-answer:<feedback>
//   pre-arrival:<stay>                 win-back:<guest>:<last stay>
struct ReminderKey
{
    Q_DECLARE_TR_FUNCTIONS(ReminderKey)

public:
    ReminderKind kind = ReminderKind::Birthday;
    QString record;   // the uuid after the kind
    QString occasion; // what follows it, "" when the kind has none

    [[nodiscard]] QString text() const;
    // InvalidInput (field "key") for anything not in the forms above.
    [[nodiscard]] static Result<ReminderKey> parse(const QString &key);
};

} // namespace innkeep
