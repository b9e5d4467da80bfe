// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "currencycode.h"

#include "common/textfield.h"

#include <QSet>

#include <unicode/ucurr.h>
#include <unicode/uenum.h>

namespace innkeep {

namespace {

QSet<QString> currentCodes()
{
    QSet<QString> codes;
    UErrorCode status = U_ZERO_ERROR;
    UEnumeration *all = ucurr_openISOCurrencies(UCURR_COMMON | UCURR_NON_DEPRECATED, &status);
    if (U_FAILURE(status))
        return codes;
    int32_t length = 0;
    while (const char *code = uenum_next(all, &length, &status)) {
        if (U_FAILURE(status))
            break;
        codes.insert(QString::fromLatin1(code, length));
    }
    uenum_close(all);
    return codes;
}

} // namespace

bool CurrencyCode::isCurrent(const QString &code)
{
    static const QSet<QString> codes = currentCodes();
    return codes.contains(code);
}

Result<QString> CurrencyCode::normalised(const QString &field, const QString &text)
{
    const QString code = text.trimmed().toUpper();
    if (isCurrent(code))
        return code;
    return std::unexpected(
        Error{Error::Code::InvalidInput,
              tr("\"%1\" is not the ISO 4217 code of a currency in use, such as EUR, AMD or GEL.")
                  .arg(TextField::quoted(text)),
              field,
              {},
              0});
}

} // namespace innkeep
