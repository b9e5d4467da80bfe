// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"

#include <QCoreApplication>
#include <QString>

namespace innkeep {

// ISO 4217 codes of money in use, from ICU's list (common, not deprecated): funds codes (BOV,
// USN), metals (XAU), test and "no currency" codes (XTS, XXX) and withdrawn currencies (DEM) are
// not money a venue takes. One rule for stays, compensation and the venue's currency.
class CurrencyCode final
{
    Q_DECLARE_TR_FUNCTIONS(CurrencyCode)

public:
    // True when `code` (exactly three upper-case letters) is on that list.
    [[nodiscard]] static bool isCurrent(const QString &code);
    // `text` trimmed and upper-cased, or an InvalidInput error naming `field`.
    [[nodiscard]] static Result<QString> normalised(const QString &field, const QString &text);
};

} // namespace innkeep
