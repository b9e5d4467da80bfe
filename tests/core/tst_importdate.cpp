// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// ImportDate: dates as other systems' exports write them, read one way or refused, never guessed.
#include "exchange/importdate.h"
#include "qstringmaker.h"

#include <QTimeZone>

using namespace innkeep;
using namespace Qt::StringLiterals;

namespace {

QDate read(const QString &text, const QString &format = {})
{
    auto date = ImportDate::read(text, format);
    INFO(text.toStdString());
    REQUIRE_OK(date);
    return *date;
}

} // namespace

TEST_CASE("Import dates: ISO and dotted dates are read whatever the format")
{
    CHECK(read(u"2024-04-03"_s) == QDate(2024, 4, 3));
    CHECK(read(u" 2024-4-3 "_s) == QDate(2024, 4, 3));
    CHECK(read(u"2024/04/03"_s) == QDate(2024, 4, 3));
    CHECK(read(u"03.04.2024"_s) == QDate(2024, 4, 3));
    CHECK(read(u"3.4.2024"_s) == QDate(2024, 4, 3));
    for (const QString &format : ImportDate::formats()) {
        CHECK(read(u"2024-04-03"_s, format) == QDate(2024, 4, 3));
        CHECK(read(u"03.04.2024"_s, format) == QDate(2024, 4, 3));
    }
}

TEST_CASE("Import dates: a slashed date is read when only one reading is possible")
{
    CHECK(read(u"25/12/2024"_s) == QDate(2024, 12, 25));
    CHECK(read(u"12/25/2024"_s) == QDate(2024, 12, 25));
    CHECK(read(u"05/05/2024"_s) == QDate(2024, 5, 5));
    CHECK(read(u"25-12-2024"_s) == QDate(2024, 12, 25));
}

TEST_CASE("Import dates: an ambiguous slashed date names both readings and asks for the format")
{
    const auto date = ImportDate::read(u"03/04/2024"_s, {});
    REQUIRE_FALSE(date);
    CHECK(date.error().code == Error::Code::InvalidInput);
    CHECK(date.error().field.isEmpty()); // the caller names its column
    CHECK(date.error().message
          == u"\"03/04/2024\" could be 3 April or 4 March; give the file's date format with --date-format "
             "DD/MM/YYYY or MM/DD/YYYY."_s);
    // A format that says nothing about slashes does not settle it.
    CHECK_FALSE(ImportDate::read(u"03/04/2024"_s, u"DD.MM.YYYY"_s));
}

TEST_CASE("Import dates: the file's format settles a slashed date, in two-letter or one-letter form")
{
    CHECK(read(u"03/04/2024"_s, u"DD/MM/YYYY"_s) == QDate(2024, 4, 3));
    CHECK(read(u"03/04/2024"_s, u"MM/DD/YYYY"_s) == QDate(2024, 3, 4));
    CHECK(read(u"3/4/2024"_s, u"d/m/yyyy"_s) == QDate(2024, 4, 3));
    CHECK(read(u"3/4/2024"_s, u"M/D/YYYY"_s) == QDate(2024, 3, 4));
    const auto wrong = ImportDate::read(u"25/12/2024"_s, u"MM/DD/YYYY"_s);
    REQUIRE_FALSE(wrong);
    CHECK(wrong.error().message == u"\"25/12/2024\" is not a date in the format MM/DD/YYYY."_s);
}

TEST_CASE("Import dates: text that is no date, or no such day, is refused")
{
    for (const QString &text : {u""_s, u"tomorrow"_s, u"2024-13-01"_s, u"31.02.2024"_s, u"03/04/24"_s,
                                u"00/00/2024"_s, u"2024-04-03x"_s}) {
        INFO(text.toStdString());
        CHECK_FALSE(ImportDate::read(text, {}));
    }
    CHECK(ImportDate::read(u"31.02.2024"_s, {}).error().message.contains(u"no such day"_s));
}

TEST_CASE("Import dates: checkFormat takes the listed formats and names the option otherwise")
{
    for (const QString &format : {u""_s, u"DD/MM/YYYY"_s, u"mm/dd/yyyy"_s, u"D/M/YYYY"_s, u"M/D/YYYY"_s,
                                  u"YYYY-MM-DD"_s, u"DD.MM.YYYY"_s, u"D.M.YYYY"_s}) {
        INFO(format.toStdString());
        CHECK(ImportDate::checkFormat(format));
    }
    for (const QString &format : {u"DD/MM/YY"_s, u"YYYY/DD/MM"_s, u"dd-mm-yyyy"_s, u"iso"_s}) {
        INFO(format.toStdString());
        const auto checked = ImportDate::checkFormat(format);
        REQUIRE_FALSE(checked);
        CHECK(checked.error().field == u"date_format"_s);
        CHECK(checked.error().message.contains(u"DD/MM/YYYY, MM/DD/YYYY, YYYY-MM-DD, DD.MM.YYYY"_s));
    }
}

TEST_CASE("Import dates: an instant is a date with an optional time and offset, local without one")
{
    const auto local = ImportDate::readInstant(u"2024-04-03T18:30"_s, {});
    REQUIRE_OK(local);
    CHECK(*local == QDateTime(QDate(2024, 4, 3), QTime(18, 30), Qt::LocalTime));
    const auto spaced = ImportDate::readInstant(u"03.04.2024 18:30:15"_s, {});
    REQUIRE_OK(spaced);
    CHECK(*spaced == QDateTime(QDate(2024, 4, 3), QTime(18, 30, 15), Qt::LocalTime));
    const auto utc = ImportDate::readInstant(u"2024-04-03T18:30:00.250Z"_s, {});
    REQUIRE_OK(utc);
    CHECK(utc->toMSecsSinceEpoch()
          == QDateTime(QDate(2024, 4, 3), QTime(18, 30), QTimeZone::utc()).toMSecsSinceEpoch());
    const auto offset = ImportDate::readInstant(u"2024-04-03 20:30+02:00"_s, {});
    REQUIRE_OK(offset);
    CHECK(offset->toMSecsSinceEpoch() == utc->toMSecsSinceEpoch());
    const auto dateOnly = ImportDate::readInstant(u"04/03/2024"_s, u"MM/DD/YYYY"_s);
    REQUIRE_OK(dateOnly);
    CHECK(*dateOnly == QDateTime(QDate(2024, 4, 3), QTime(0, 0), Qt::LocalTime));
    CHECK_FALSE(ImportDate::readInstant(u"2024-04-03T25:00"_s, {}));
    CHECK_FALSE(ImportDate::readInstant(u"03/04/2024 10:00"_s, {}));
}
