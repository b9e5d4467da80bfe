// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "loyaltytier.h"

#include "common/enumtokens.h"

namespace innkeep {

namespace {

constexpr EnumToken<TierBasis> Bases[] = {
    {TierBasis::Nights, "nights", QT_TRANSLATE_NOOP("TierBasis", "Nights")},
    {TierBasis::Stays, "stays", QT_TRANSLATE_NOOP("TierBasis", "Stays")},
    {TierBasis::Spend, "spend", QT_TRANSLATE_NOOP("TierBasis", "Spend")},
};

} // namespace

QString toToken(TierBasis basis)
{
    return tokenOf(Bases, basis);
}

std::optional<TierBasis> tierBasisFromToken(const QString &token)
{
    return valueOf(Bases, token);
}

QString displayText(TierBasis basis)
{
    return labelOf(Bases, basis, "TierBasis");
}

} // namespace innkeep
