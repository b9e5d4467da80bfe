// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "money.h"

#include "common/textfield.h"

#include <QHash>

#include <unicode/ucurr.h>

#include <algorithm>
#include <limits>

namespace innkeep {

namespace {

using namespace Qt::StringLiterals;

// Current currencies whose ISO 4217 minor unit ICU 72's CLDR data does not use: CLDR gives them 0
// decimals (nobody writes fils or qindarka), ISO 4217 keeps them. Stored amounts are ISO minor
// units, so ISO wins here (docs/decisions.md, "Money digits").
const QHash<QString, int> &isoWhereCldrDiffers()
{
    static const QHash<QString, int> digits{
        {u"IQD"_s, 3}, {u"AFN"_s, 2}, {u"ALL"_s, 2}, {u"IRR"_s, 2}, {u"KPW"_s, 2},
        {u"LAK"_s, 2}, {u"LBP"_s, 2}, {u"MGA"_s, 2}, {u"MMK"_s, 2}, {u"RSD"_s, 2},
        {u"SLL"_s, 2}, {u"SOS"_s, 2}, {u"SYP"_s, 2}, {u"YER"_s, 2},
    };
    return digits;
}

int icuDigits(const QString &currency)
{
    if (currency.size() != 3)
        return 2;
    UChar code[4] = {currency.at(0).unicode(), currency.at(1).unicode(), currency.at(2).unicode(), 0};
    UErrorCode status = U_ZERO_ERROR;
    const int32_t digits = ucurr_getDefaultFractionDigits(code, &status);
    return U_FAILURE(status) || digits < 0 ? 2 : int(digits);
}

bool allDigits(const QString &s)
{
    return std::all_of(s.cbegin(), s.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

Error invalid(const QString &field, const QString &message)
{
    return Error{Error::Code::InvalidInput, message, field, {}, 0};
}

// "123.45" (already normalised: digits and at most one '.') in minor units, exactly.
Result<Money> fromDecimal(const QString &field, const QString &typed, const QString &normal,
                          const QString &currency)
{
    const qsizetype dot = normal.indexOf(u'.');
    const QString whole = dot < 0 ? normal : normal.left(dot);
    const QString fraction = dot < 0 ? QString() : normal.mid(dot + 1);
    if ((whole.isEmpty() && fraction.isEmpty()) || !allDigits(whole) || !allDigits(fraction))
        return std::unexpected(invalid(
            field, Money::tr("\"%1\" is not an amount such as 25 or 12.50.").arg(TextField::quoted(typed))));
    const int digits = Money::minorDigits(currency);
    if (fraction.size() > digits)
        return std::unexpected(invalid(
            field, digits == 0 ? Money::tr("\"%1\": %2 has no minor unit; give a whole amount.")
                                     .arg(TextField::quoted(typed), currency)
                               : Money::tr("\"%1\" has more than %2 decimals, the most %3 has.")
                                     .arg(TextField::quoted(typed), QString::number(digits), currency)));
    qint64 minor = 0;
    const QString all = whole + fraction.leftJustified(digits, u'0');
    for (const QChar c : all) {
        if (__builtin_mul_overflow(minor, qint64(10), &minor)
            || __builtin_add_overflow(minor, qint64(c.digitValue()), &minor))
            return std::unexpected(
                invalid(field, Money::tr("\"%1\" is too large an amount.").arg(TextField::quoted(typed))));
    }
    return Money(minor, currency);
}

QString withoutSpaces(const QString &text)
{
    QString t = text;
    t.remove(u' ').remove(QChar(0x00a0)).remove(QChar(0x202f)).remove(u'\t');
    return t;
}

} // namespace

int Money::minorDigits(const QString &currency)
{
    if (const auto it = isoWhereCldrDiffers().constFind(currency); it != isoWhereCldrDiffers().constEnd())
        return it.value();
    return icuDigits(currency);
}

Result<Money> Money::parse(const QString &field, const QString &text, const QString &currency)
{
    QString normal = text.trimmed();
    normal.replace(u',', u'.');
    // A machine writes both sides of the point: "12." and ".5" are typing slips here.
    if (normal.startsWith(u'.') || normal.endsWith(u'.'))
        return std::unexpected(
            invalid(field, tr("\"%1\" is not an amount such as 25 or 12.50.").arg(TextField::quoted(text))));
    return fromDecimal(field, text, normal, currency);
}

Result<Money> Money::parseLocal(const QString &field, const QString &text, const QString &currency,
                                const QLocale &locale)
{
    QString normal = withoutSpaces(text.simplified());
    // Grouping as the locale writes it is fine; so is a plain '.' where the locale uses ','.
    const QString group = locale.groupSeparator();
    const QString point = locale.decimalPoint();
    if (group != point && !group.trimmed().isEmpty())
        normal.remove(group);
    if (point != u"."_s)
        normal.replace(point, u"."_s);
    return fromDecimal(field, text, normal, currency);
}

QString Money::amountText(const QLocale &locale) const
{
    const int digits = minorDigits(m_currency);
    qint64 scale = 1;
    for (int i = 0; i < digits; ++i)
        scale *= 10;
    // |minor| of the most negative value does not fit; its digits still do, one by one.
    const quint64 magnitude = m_minor < 0 ? quint64(0) - quint64(m_minor) : quint64(m_minor);
    QString text = m_minor < 0 ? locale.negativeSign() : QString();
    QLocale plain = locale;
    plain.setNumberOptions(QLocale::OmitGroupSeparator);
    text += plain.toString(qulonglong(magnitude / quint64(scale)));
    if (digits > 0)
        text +=
            locale.decimalPoint() + QString::number(magnitude % quint64(scale)).rightJustified(digits, u'0');
    return text;
}

QString Money::toString(const QLocale &locale, const QString &symbol) const
{
    const int digits = minorDigits(m_currency);
    qint64 scale = 1;
    for (int i = 0; i < digits; ++i)
        scale *= 10;
    const quint64 magnitude = m_minor < 0 ? quint64(0) - quint64(m_minor) : quint64(m_minor);
    QString number = locale.toString(qulonglong(magnitude / quint64(scale)));
    if (digits > 0)
        number += locale.decimalPoint()
                  + locale.toString(qulonglong(magnitude % quint64(scale)))
                        .rightJustified(digits, locale.zeroDigit().front());
    // The locale's currency pattern (symbol before or after, sign or brackets) around the exact
    // number: write one unit and put the number where the locale put its "1".
    const QString one = locale.toString(1);
    QString pattern = locale.toCurrencyString(m_minor < 0 ? qlonglong(-1) : qlonglong(1), symbol);
    const qsizetype at = pattern.lastIndexOf(one);
    if (at < 0)
        return pattern;
    return pattern.replace(at, one.size(), number);
}

} // namespace innkeep
