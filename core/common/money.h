// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace innkeep {

// An amount of money: integer minor units of an ISO 4217 currency, never floating point.
// The one rule for how many decimals a currency has, how a typed amount becomes minor units and
// how an amount is written; the UI and the CLI only choose the symbol and the layout around it.
class Money final
{
    Q_DECLARE_TR_FUNCTIONS(Money)

public:
    Money() = default;
    Money(qint64 minor, const QString &currency) : m_minor(minor), m_currency(currency) {}

    [[nodiscard]] qint64 minor() const { return m_minor; }
    [[nodiscard]] const QString &currency() const { return m_currency; }

    // Decimals of the currency's ISO 4217 minor unit, the unit every *_minor column is stored in:
    // ICU's ucurr_getDefaultFractionDigits, except where ICU's CLDR data drops a minor unit ISO
    // keeps (IQD 3; AFN, ALL, IRR, ... 2), so stored amounts keep their meaning. JPY, ISK, CLP 0.
    // Unknown codes: 2.
    [[nodiscard]] static int minorDigits(const QString &currency);

    // A typed amount in major units as a machine writes it ("25", "12.5", "12,50": '.' or ',' as
    // the decimal point, digits on both sides of it, no grouping, no sign) as exact minor units. InvalidInput
    // naming `field` when it is not such a number, has more decimals than the currency or does not fit.
    [[nodiscard]] static Result<Money> parse(const QString &field, const QString &text,
                                             const QString &currency);
    // The same for an amount as `locale` writes it: its grouping ("1,200.50", "1 200,50") and its
    // decimal point, or a plain '.'; spaces are ignored.
    [[nodiscard]] static Result<Money> parseLocal(const QString &field, const QString &text,
                                                  const QString &currency, const QLocale &locale);

    // The plain amount to edit or print: no symbol, no grouping, the locale's decimal point and
    // every minor digit ("120.50", "-3.000", "1500").
    [[nodiscard]] QString amountText(const QLocale &locale = QLocale::c()) const;
    // As `locale` writes money, with grouping, exactly (no floating point): "$1,234.56" for
    // USD 123456 in English with symbol "$".
    [[nodiscard]] QString toString(const QLocale &locale, const QString &symbol) const;

    friend bool operator==(const Money &, const Money &) = default;

private:
    qint64 m_minor = 0;
    QString m_currency;
};

} // namespace innkeep
