// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "tickets/ticketseverity.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace innkeep {

// The service level promised for one severity (docs/sla-clock.md). The venue edits the
// policy in force; every ticket keeps a copy of the one it was created under.
struct SlaPolicy
{
    Q_DECLARE_TR_FUNCTIONS(SlaPolicy)

public:
    TicketSeverity severity = TicketSeverity::Medium;
    int acknowledgeMinutes = 60;
    int resolveMinutes = 480;
    // Quiet hours in the venue's local time, minutes after midnight; -1/-1 for none.
    // start > end spans midnight (23:00-07:00 is 1380/420). The clock stands still inside.
    int quietStartMinute = -1;
    int quietEndMinute = -1;
    // A running target is "due soon" when this much business time or less is left.
    int dueSoonMinutes = 0;
    // IANA zone of the quiet hours ("Asia/Yerevan"); empty means this machine's local time.
    QByteArray timeZone;

    [[nodiscard]] bool hasQuietHours() const { return quietStartMinute >= 0 && quietEndMinute >= 0; }
    [[nodiscard]] Status validate() const;
    // The snapshot stored on a ticket (compact JSON) and back.
    [[nodiscard]] QString toJson() const;
    [[nodiscard]] static Result<SlaPolicy> fromJson(const QString &json);
    // What a new file starts with (the same figures as migration 0002).
    [[nodiscard]] static SlaPolicy defaultFor(TicketSeverity severity);

    friend bool operator==(const SlaPolicy &, const SlaPolicy &) = default;
};

} // namespace innkeep
