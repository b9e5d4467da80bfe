// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "compensation.h"

#include "common/enumtokens.h"

namespace innkeep {

namespace {

// Tokens only: the UI names kinds itself.
constexpr EnumToken<Compensation::Kind> Kinds[] = {
    {Compensation::Kind::Discount, "discount", nullptr}, {Compensation::Kind::Refund, "refund", nullptr},
    {Compensation::Kind::Upgrade, "upgrade", nullptr},   {Compensation::Kind::Amenity, "amenity", nullptr},
    {Compensation::Kind::Other, "other", nullptr},
};

} // namespace

QString Compensation::kindToken(Kind kind)
{
    return tokenOf(Kinds, kind);
}

std::optional<Compensation::Kind> Compensation::kindFromToken(const QString &token)
{
    return valueOf(Kinds, token, Qt::CaseSensitive);
}

} // namespace innkeep
