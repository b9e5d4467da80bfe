// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"

#include <QCoreApplication>
#include <QStringList>

namespace innkeep {

// Phone numbers as the desk types them ("091 23 45 67", "+374 91 234567", "(0)30 1234")
// turned into E.164 with libphonenumber, using the venue's region for national numbers.
class PhoneNumber final
{
    Q_DECLARE_TR_FUNCTIONS(PhoneNumber)

public:
    // "+37491234567", or an InvalidInput error that says why. Only a number libphonenumber calls
    // valid (its country gives out numbers in that range, of that length) is accepted: a merely
    // possible one ("+1 123 456 7890", "+1 555 0123") is refused.
    [[nodiscard]] static Result<QString> toE164(const QString &typed, const QString &defaultRegion);
    // The national form with its trunk prefix as digits only ("091234567"), for search.
    [[nodiscard]] static QString nationalDigits(const QString &e164);
    // The national significant number, without country code or trunk prefix ("91234567").
    [[nodiscard]] static QString significantDigits(const QString &e164);
    // "+374 91 234567", for display.
    [[nodiscard]] static QString international(const QString &e164);
    // True when the region code (ISO 3166-1 alpha-2) is one libphonenumber knows.
    [[nodiscard]] static bool isKnownRegion(const QString &region);
};

} // namespace innkeep
