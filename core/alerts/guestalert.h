// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace innkeep {

// Something the desk must know about a guest before speaking to them.
struct GuestAlert
{
    enum class Kind {
        Blocked,
        CriticalPreference,
        OpenComplaint,
        UnresolvedLastStay,
        BirthdayDuringStay,
        AnniversaryDuringStay,
    };
    enum class Level { Critical, Warning, Info };

    Kind kind = Kind::CriticalPreference;
    Level level = Level::Warning;
    QString text;    // translated, ready to show
    QString refUuid; // the preference, ticket or stay it is about
};

} // namespace innkeep
