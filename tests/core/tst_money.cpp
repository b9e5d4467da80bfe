// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Money: the currency's decimals, exact parsing of a typed amount and exact writing of one.
#include "common/money.h"

#include <QLocale>

#include <catch2/catch.hpp>
#include <unicode/ucurr.h>

#include <limits>

using namespace innkeep;
using namespace Qt::StringLiterals;

namespace {

int icuDigits(const QString &code)
{
    const UChar u[4] = {code.at(0).unicode(), code.at(1).unicode(), code.at(2).unicode(), 0};
    UErrorCode status = U_ZERO_ERROR;
    return ucurr_getDefaultFractionDigits(u, &status);
}

} // namespace

TEST_CASE("Money: decimals are ISO 4217's minor unit, from ICU", "[money]")
{
    CHECK(Money::minorDigits(u"EUR"_s) == 2);
    CHECK(Money::minorDigits(u"AMD"_s) == 2);
    CHECK(Money::minorDigits(u"GEL"_s) == 2);
    CHECK(Money::minorDigits(u"JPY"_s) == 0);
    CHECK(Money::minorDigits(u"KRW"_s) == 0);
    CHECK(Money::minorDigits(u"ISK"_s) == 0);
    CHECK(Money::minorDigits(u"CLP"_s) == 0);
    CHECK(Money::minorDigits(u"KWD"_s) == 3);
    CHECK(Money::minorDigits(u"BHD"_s) == 3);
    // CLDR (ICU) writes the dinar without fils; ISO 4217, and every stored IQD amount, has 3.
    CHECK(Money::minorDigits(u"IQD"_s) == 3);
    CHECK(Money::minorDigits(u"LBP"_s) == 2);
    CHECK(Money::minorDigits(u"RSD"_s) == 2);
}

TEST_CASE("Money: the ISO pins are exactly where ICU's data differs", "[money]")
{
    // When ICU's data comes to agree with ISO 4217 for one of these, its pin should go.
    for (const QString &code : {u"IQD"_s, u"AFN"_s, u"ALL"_s, u"IRR"_s, u"KPW"_s, u"LAK"_s, u"LBP"_s,
                                u"MGA"_s, u"MMK"_s, u"RSD"_s, u"SLL"_s, u"SOS"_s, u"SYP"_s, u"YER"_s}) {
        INFO(code.toStdString());
        CHECK(Money::minorDigits(code) != icuDigits(code));
    }
    CHECK(Money::minorDigits(u"EUR"_s) == icuDigits(u"EUR"_s));
    CHECK(Money::minorDigits(u"JPY"_s) == icuDigits(u"JPY"_s));
}

TEST_CASE("Money: a typed decimal becomes exact minor units", "[money]")
{
    CHECK(Money::parse(u"amount"_s, u"12.5"_s, u"EUR"_s)->minor() == 1250);
    CHECK(Money::parse(u"amount"_s, u"12,50"_s, u"EUR"_s)->minor() == 1250);
    CHECK(Money::parse(u"amount"_s, u" 25 "_s, u"EUR"_s)->minor() == 2500);
    CHECK(Money::parse(u"amount"_s, u"0.07"_s, u"EUR"_s)->minor() == 7);
    CHECK(Money::parse(u"amount"_s, u"1500"_s, u"JPY"_s)->minor() == 1500);
    CHECK(Money::parse(u"amount"_s, u"1.5"_s, u"KWD"_s)->minor() == 1500);
    CHECK(Money::parse(u"amount"_s, u"1.5"_s, u"EUR"_s)->currency() == u"EUR"_s);
    // 0.1 + 0.2 style drift cannot happen: 19.99 is 1999, not 1998.
    CHECK(Money::parse(u"amount"_s, u"19.99"_s, u"EUR"_s)->minor() == 1999);
}

TEST_CASE("Money: too many decimals, not a number and overflow are refused, naming the field", "[money]")
{
    auto r = Money::parse(u"--amount"_s, u"12.505"_s, u"EUR"_s);
    REQUIRE_FALSE(r);
    CHECK(r.error().code == Error::Code::InvalidInput);
    CHECK(r.error().field == u"--amount"_s);
    CHECK(r.error().message.contains(u"more than 2 decimals"_s));

    r = Money::parse(u"--amount"_s, u"12.5"_s, u"JPY"_s);
    REQUIRE_FALSE(r);
    CHECK(r.error().message.contains(u"no minor unit"_s));

    for (const QString &bad :
         {u""_s, u"abc"_s, u"-5"_s, u"1e3"_s, u"1.2.3"_s, u"١٢"_s, u"+5"_s, u"12."_s, u".5"_s}) {
        INFO(bad.toStdString());
        r = Money::parse(u"--amount"_s, bad, u"EUR"_s);
        REQUIRE_FALSE(r);
        CHECK(r.error().message.contains(u"not an amount"_s));
    }

    // The largest amount that fits, and one minor unit more.
    CHECK(Money::parse(u"x"_s, u"92233720368547758.07"_s, u"EUR"_s)->minor()
          == std::numeric_limits<qint64>::max());
    r = Money::parse(u"x"_s, u"92233720368547758.08"_s, u"EUR"_s);
    REQUIRE_FALSE(r);
    CHECK(r.error().message.contains(u"too large"_s));
    CHECK_FALSE(Money::parse(u"x"_s, u"99999999999999999999999"_s, u"JPY"_s));
}

TEST_CASE("Money: amounts as a locale writes them", "[money]")
{
    const QLocale en(QLocale::English, QLocale::UnitedStates);
    const QLocale de(QLocale::German, QLocale::Germany);
    CHECK(Money::parseLocal(u"rate"_s, u"1,200.50"_s, u"EUR"_s, en)->minor() == 120050);
    CHECK(Money::parseLocal(u"rate"_s, u"1.200,50"_s, u"EUR"_s, de)->minor() == 120050);
    CHECK(Money::parseLocal(u"rate"_s, u"1 200,5"_s, u"EUR"_s, de)->minor() == 120050);
    CHECK_FALSE(Money::parseLocal(u"rate"_s, u"1,205"_s, u"EUR"_s, de));
    // Typed at the desk, a bare point is fine: ".5" and "12." as before.
    CHECK(Money::parseLocal(u"rate"_s, u".5"_s, u"EUR"_s, en)->minor() == 50);
    CHECK(Money::parseLocal(u"rate"_s, u"12."_s, u"EUR"_s, en)->minor() == 1200);

    CHECK(Money(12050, u"EUR"_s).amountText(en) == u"120.50"_s);
    CHECK(Money(12050, u"EUR"_s).amountText(de) == u"120,50"_s);
    CHECK(Money(123456789, u"EUR"_s).amountText(en) == u"1234567.89"_s);
    CHECK(Money(-50, u"EUR"_s).amountText() == u"-0.50"_s);
    CHECK(Money(1500, u"JPY"_s).amountText() == u"1500"_s);
    CHECK(Money(1500, u"KWD"_s).amountText() == u"1.500"_s);

    CHECK(Money(123456, u"USD"_s).toString(en, u"$"_s) == u"$1,234.56"_s);
    CHECK(Money(1500, u"JPY"_s).toString(en, u"¥"_s) == u"¥1,500"_s);
    CHECK(Money(1500, u"KWD"_s).toString(en, u"KWD "_s).contains(u"1.500"_s));
    CHECK(Money(123456, u"EUR"_s).toString(de, u"€"_s) == u"1.234,56\u00a0€"_s);
    // Exact beyond double's 53 bits.
    CHECK(Money(9007199254740993, u"EUR"_s).toString(en, u"€"_s) == u"€90,071,992,547,409.93"_s);
    CHECK(Money(-250, u"EUR"_s).toString(en, u"€"_s).contains(u"2.50"_s));
}
