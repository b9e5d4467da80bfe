// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/csvreader.h"
#include "exchange/guestcsvmapping.h"
#include "qstringmaker.h"

using namespace innkeep;

namespace {

// Every record of `text`, or the error's "file:line: message".
QList<QStringList> readAll(const QByteArray &text, QString *error = nullptr, QList<int> *lines = nullptr)
{
    CsvReader reader(text, QStringLiteral("t.csv"));
    QList<QStringList> records;
    QStringList record;
    for (;;) {
        auto more = reader.next(record);
        if (!more) {
            if (error)
                *error = more.error().toString();
            break;
        }
        if (!*more)
            break;
        records.append(record);
        if (lines)
            lines->append(reader.line());
    }
    return records;
}

} // namespace

TEST_CASE("CSV: plain fields, CRLF and LF, a trailing empty field")
{
    const auto records = readAll("a,b,c\r\n1,2,3\n4,,\n");
    REQUIRE(records.size() == 3);
    CHECK(records[0] == QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
    CHECK(records[1] == QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")});
    CHECK(records[2] == QStringList{QStringLiteral("4"), QString(), QString()});
}

TEST_CASE("CSV: quotes, doubled quotes, separators and line breaks inside quotes")
{
    QList<int> lines;
    const auto records =
        readAll("name,note\n\"Smith, Anna\",\"She said \"\"hi\"\"\nand left\"\nBen,\"\"\n", nullptr, &lines);
    REQUIRE(records.size() == 3);
    CHECK(records[1][0] == QStringLiteral("Smith, Anna"));
    CHECK(records[1][1] == QStringLiteral("She said \"hi\"\nand left"));
    CHECK(records[2] == QStringList{QStringLiteral("Ben"), QString()});
    // Physical lines: the record after a two-line field starts on line 4.
    CHECK(lines == QList<int>{1, 2, 4});
}

TEST_CASE("CSV: a byte-order mark is skipped and UTF-8 is decoded")
{
    const auto records =
        readAll("\xEF\xBB\xBFgiven,family\n\xD4\xB1\xD6\x80\xD5\xA1\xD5\xB4,M\xC3\xBCller\n");
    REQUIRE(records.size() == 2);
    CHECK(records[0][0] == QStringLiteral("given"));
    CHECK(records[1][0] == QStringLiteral("Արամ"));
    CHECK(records[1][1] == QStringLiteral("Müller"));
}

TEST_CASE("CSV: the separator is read from the header line")
{
    CHECK(CsvReader::detectSeparator("a;b;c\n1,5;2;3") == ';');
    CHECK(CsvReader::detectSeparator("a,b,c\n1;2") == ',');
    CHECK(CsvReader::detectSeparator("\"x;y;z\",b,c\n") == ',');
    CHECK(CsvReader::detectSeparator("a\tb\tc\n") == '\t');
    const auto records = readAll("Vorname;Nachname\nJürgen;\"Müller; Sohn\"\n");
    REQUIRE(records.size() == 2);
    CHECK(records[1][1] == QStringLiteral("Müller; Sohn"));
}

TEST_CASE("CSV: empty lines between records are skipped, not read as records")
{
    QList<int> lines;
    const auto records = readAll("a,b\n\n1,2\r\n\r\n3,4", nullptr, &lines);
    REQUIRE(records.size() == 3);
    CHECK(lines == QList<int>{1, 3, 5});
    CHECK(records[2] == QStringList{QStringLiteral("3"), QStringLiteral("4")});
}

TEST_CASE("CSV: malformed input names the file and the line")
{
    QString error;
    readAll("a,b\n1,2\n3,\"never closed\n4,5\n", &error);
    CHECK(error.startsWith(QStringLiteral("t.csv:3: ")));

    error.clear();
    readAll("a,b\n\"x\"y,2\n", &error);
    CHECK(error.startsWith(QStringLiteral("t.csv:2: ")));

    error.clear();
    readAll("a,b\n1,\xFF\xFE\n", &error);
    CHECK(error.startsWith(QStringLiteral("t.csv:2: ")));
    CHECK(error.contains(QStringLiteral("UTF-8")));
}

TEST_CASE("CSV: an empty file has no records")
{
    CHECK(readAll("").isEmpty());
    CHECK(readAll("\xEF\xBB\xBF").isEmpty());
}

TEST_CASE("Guest CSV headers: common names and variants are recognised")
{
    using C = GuestColumn;
    const QList<std::pair<QString, C>> cases{
        {QStringLiteral("given_name"), C::GivenName},
        {QStringLiteral("First Name"), C::GivenName},
        {QStringLiteral("firstname"), C::GivenName},
        {QStringLiteral("Vorname"), C::GivenName},
        {QStringLiteral("family_name"), C::FamilyName},
        {QStringLiteral("Last name"), C::FamilyName},
        {QStringLiteral("SURNAME"), C::FamilyName},
        {QStringLiteral("E-mail"), C::Email},
        {QStringLiteral("emails"), C::Email},
        {QStringLiteral("Email 2"), C::Email},
        {QStringLiteral("email3"), C::Email},
        {QStringLiteral("Mobile"), C::Phone},
        {QStringLiteral("Phone number"), C::Phone},
        {QStringLiteral("phone2"), C::Phone},
        {QStringLiteral("Date of birth"), C::Birthday},
        {QStringLiteral("DOB"), C::Birthday},
        {QStringLiteral("Zip"), C::PostalCode},
        {QStringLiteral("VIP level"), C::Vip},
        {QStringLiteral("Native given name"), C::NativeGivenName},
        {QStringLiteral("native_family_name"), C::NativeFamilyName},
        {QStringLiteral("Notes"), C::Notes},
        {QStringLiteral("tags"), C::Tags},
    };
    for (const auto &[header, column] : cases) {
        INFO(header.toStdString());
        const auto recognised = GuestCsvMapping::recognise(header);
        REQUIRE(recognised.has_value());
        CHECK(*recognised == column);
    }
    CHECK_FALSE(GuestCsvMapping::recognise(QStringLiteral("favourite colour")).has_value());
    CHECK_FALSE(GuestCsvMapping::recognise(QStringLiteral("city2")).has_value()); // only lists repeat
}

TEST_CASE("Guest CSV mapping: unknown columns are named unless mapped")
{
    const QStringList header{QStringLiteral("given_name"), QStringLiteral("family_name"),
                             QStringLiteral("Zimmerwunsch"), QStringLiteral("Lieblingsfarbe")};
    auto refused = GuestCsvMapping::fromHeader(header);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().message.contains(QStringLiteral("\"Zimmerwunsch\"")));
    CHECK(refused.error().message.contains(QStringLiteral("\"Lieblingsfarbe\"")));

    auto mapped =
        GuestCsvMapping::fromHeader(header, {{QStringLiteral("zimmerwunsch"), QStringLiteral("notes")},
                                             {QStringLiteral("Lieblingsfarbe"), QStringLiteral("ignore")}});
    REQUIRE(mapped.has_value());
    CHECK(mapped->columns().at(2) == GuestColumn::Notes);
    CHECK(mapped->columns().at(3) == GuestColumn::Ignore);

    auto badToken =
        GuestCsvMapping::fromHeader(header, {{QStringLiteral("Zimmerwunsch"), QStringLiteral("shoe size")}});
    CHECK_FALSE(badToken.has_value());

    auto nameless = GuestCsvMapping::fromHeader({QStringLiteral("email")});
    CHECK_FALSE(nameless.has_value());
}

TEST_CASE("Guest CSV mapping: cells become guest fields")
{
    auto mapping = GuestCsvMapping::fromHeader(
        {QStringLiteral("first name"), QStringLiteral("last name"), QStringLiteral("native first name"),
         QStringLiteral("email"), QStringLiteral("email 2"), QStringLiteral("phones"),
         QStringLiteral("birthday"), QStringLiteral("vip"), QStringLiteral("tags"), QStringLiteral("notes"),
         QStringLiteral("newsletter")});
    REQUIRE(mapping.has_value());
    Guest guest;
    QStringList notes;
    REQUIRE_OK(mapping->read({QStringLiteral("Aram"), QStringLiteral("Petrosyan"), QStringLiteral("Արամ"),
                              QStringLiteral("a@example.com; b@example.com"), QStringLiteral("c@example.com"),
                              QStringLiteral("+374 91 234567 | 010 123456"), QStringLiteral("12.03.1980"),
                              QStringLiteral("yes"), QStringLiteral("wine, quiet"), QStringLiteral("Hello"),
                              QStringLiteral("1")},
                             guest, notes));
    CHECK(guest.givenName == QStringLiteral("Արամ"));
    CHECK(guest.latinGivenName
          == QStringLiteral("Aram")); // a native column makes the plain one the Latin form
    CHECK(guest.familyName == QStringLiteral("Petrosyan"));
    CHECK(guest.emails
          == QStringList{QStringLiteral("a@example.com"), QStringLiteral("b@example.com"),
                         QStringLiteral("c@example.com")});
    CHECK(guest.phones.size() == 2);
    CHECK(guest.birthday == QDate(1980, 3, 12));
    CHECK(guest.vipLevel == 1);
    CHECK(guest.tags == QStringList{QStringLiteral("wine"), QStringLiteral("quiet")});
    CHECK(notes == QStringList{QStringLiteral("Hello")});
    CHECK(guest.consent.marketing);

    Guest other;
    notes.clear();
    auto badDate = mapping->read(
        {QStringLiteral("A"), QStringLiteral("B"), {}, {}, {}, {}, QStringLiteral("03/04/1980")}, other,
        notes);
    REQUIRE_FALSE(badDate.has_value());
    CHECK(badDate.error().field == QStringLiteral("birthday"));
    auto badVip = mapping->read(
        {QStringLiteral("A"), QStringLiteral("B"), {}, {}, {}, {}, {}, QStringLiteral("gold")}, other, notes);
    REQUIRE_FALSE(badVip.has_value());
    CHECK(badVip.error().field == QStringLiteral("vip_level"));
    QStringList tooLong(12, QStringLiteral("x"));
    CHECK_FALSE(mapping->read(tooLong, other, notes).has_value());
}
