// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stay.h"

#include "common/enumtokens.h"

namespace innkeep {

namespace {

constexpr EnumToken<StayStatus> Statuses[] = {
    {StayStatus::Booked, "booked", QT_TRANSLATE_NOOP("StayStatus", "Booked")},
    {StayStatus::InHouse, "in-house", QT_TRANSLATE_NOOP("StayStatus", "In house")},
    {StayStatus::CheckedOut, "checked-out", QT_TRANSLATE_NOOP("StayStatus", "Checked out")},
    {StayStatus::Cancelled, "cancelled", QT_TRANSLATE_NOOP("StayStatus", "Cancelled")},
    {StayStatus::NoShow, "no-show", QT_TRANSLATE_NOOP("StayStatus", "No-show")},
};

} // namespace

QString toToken(StayStatus status)
{
    return tokenOf(Statuses, status);
}

std::optional<StayStatus> stayStatusFromToken(const QString &token)
{
    return valueOf(Statuses, token);
}

QString displayText(StayStatus status)
{
    return labelOf(Statuses, status, "StayStatus");
}

} // namespace innkeep
