// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pointsentry.h"

#include "common/enumtokens.h"

namespace innkeep {

namespace {

constexpr EnumToken<PointsKind> Kinds[] = {
    {PointsKind::Stay, "stay", QT_TRANSLATE_NOOP("PointsKind", "Stay")},
    {PointsKind::Birthday, "birthday", QT_TRANSLATE_NOOP("PointsKind", "Birthday stay")},
    {PointsKind::Referral, "referral", QT_TRANSLATE_NOOP("PointsKind", "Referral")},
    {PointsKind::Adjust, "adjust", QT_TRANSLATE_NOOP("PointsKind", "Adjustment")},
    {PointsKind::Redeem, "redeem", QT_TRANSLATE_NOOP("PointsKind", "Redeemed")},
    {PointsKind::Expire, "expire", QT_TRANSLATE_NOOP("PointsKind", "Expired")},
    {PointsKind::Undo, "undo", QT_TRANSLATE_NOOP("PointsKind", "Undone")},
};

} // namespace

QString toToken(PointsKind kind)
{
    return tokenOf(Kinds, kind);
}

std::optional<PointsKind> pointsKindFromToken(const QString &token)
{
    return valueOf(Kinds, token, Qt::CaseSensitive);
}

QString displayText(PointsKind kind)
{
    return labelOf(Kinds, kind, "PointsKind");
}

} // namespace innkeep
