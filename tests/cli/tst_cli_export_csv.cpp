// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// innkeep-cli export csv: four files in a folder, and the guests come back through import guests.
#include "clisandbox.h"
#include "filemode.h"

#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;
using innkeep::test::modeOf;

TEST_CASE("CLI export csv: guests, stays, tickets and feedback in a folder, guests.csv imports again")
{
    CliSandbox s;
    REQUIRE(s.onDb({u"init"_s}).code == 0);
    REQUIRE(s.onDb({u"guest"_s, u"add"_s, u"--given"_s, u"Irakli"_s, u"--family"_s, u"Tsereteli"_s,
                    u"--email"_s, u"irakli@example.ge"_s, u"--phone"_s, u"+995 599 12 34 56"_s})
                .code
            == 0);
    const QString folder = s.path(u"out"_s);
    const CliRun exported = s.onDb({u"export"_s, u"csv"_s, u"--output"_s, folder, u"--json"_s});
    INFO(exported.err.toStdString());
    REQUIRE(exported.code == 0);
    CHECK(exported.json().value(u"guests"_s).toInteger() == 1);
    CHECK(exported.json().value(u"files"_s).toArray().size() == 4);
    CHECK(modeOf(folder + u"/guests.csv"_s) == 0600);

    const CliRun semicolons =
        s.onDb({u"export"_s, u"csv"_s, u"--output"_s, s.path(u"excel"_s), u"--semicolon"_s, u"--bom"_s});
    REQUIRE(semicolons.code == 0);
    CHECK(semicolons.out.contains(u"Wrote 1 guests, 0 stays, 0 complaints and 0 feedback entries"_s));
    QFile excel(s.path(u"excel/guests.csv"_s));
    REQUIRE(excel.open(QIODevice::ReadOnly));
    CHECK(excel.readAll().startsWith("\xEF\xBB\xBFsalutation;given_name;"));

    CliSandbox other;
    REQUIRE(other.onDb({u"init"_s}).code == 0);
    const CliRun imported = other.onDb({u"import"_s, u"guests"_s, folder + u"/guests.csv"_s, u"--json"_s});
    INFO(imported.err.toStdString());
    REQUIRE(imported.code == 0);
    CHECK(imported.json().value(u"guests"_s).toInteger() == 1);
    CHECK(imported.json().value(u"phones"_s).toInteger() == 1);

    CHECK(s.onDb({u"export"_s, u"csv"_s}).code == 2);
}

TEST_CASE("CLI export vcard: version 3.0 by default, 4.0 when asked, a bad version is a usage error")
{
    CliSandbox s;
    REQUIRE(s.onDb({u"init"_s}).code == 0);
    REQUIRE(s.onDb({u"guest"_s, u"add"_s, u"--given"_s, u"Armen"_s, u"--family"_s, u"Hakobyan"_s}).code == 0);
    const QString three = s.path(u"guests.vcf"_s);
    const CliRun v3 = s.onDb({u"export"_s, u"vcard"_s, u"--output"_s, three, u"--json"_s});
    INFO(v3.err.toStdString());
    REQUIRE(v3.code == 0);
    CHECK(v3.json().value(u"cards"_s).toInteger() == 1);
    CHECK(v3.json().value(u"version"_s).toString() == u"3.0"_s);
    QFile card(three);
    REQUIRE(card.open(QIODevice::ReadOnly));
    CHECK(card.readAll().contains("VERSION:3.0\r\n"));
    CHECK(modeOf(three) == 0600);
    const CliRun v4 =
        s.onDb({u"export"_s, u"vcard"_s, u"--output"_s, s.path(u"v4.vcf"_s), u"--version"_s, u"4.0"_s});
    REQUIRE(v4.code == 0);
    CHECK(v4.out.contains(u"Wrote 1 vCards (version 4.0)"_s));
    CHECK(s.onDb({u"export"_s, u"vcard"_s, u"--output"_s, three, u"--version"_s, u"2.1"_s}).code == 2);
    // Never over the database itself.
    CHECK(s.onDb({u"export"_s, u"vcard"_s, u"--output"_s, s.db()}).code == 1);
}

TEST_CASE("CLI import vcard: the exported cards come back, a broken card is named by its line")
{
    CliSandbox s;
    REQUIRE(s.onDb({u"init"_s}).code == 0);
    REQUIRE(s.onDb({u"guest"_s, u"add"_s, u"--given"_s, u"Gohar"_s, u"--family"_s, u"Avetisyan"_s,
                    u"--email"_s, u"gohar@example.am"_s})
                .code
            == 0);
    const QString cards = s.path(u"guests.vcf"_s);
    REQUIRE(s.onDb({u"export"_s, u"vcard"_s, u"--output"_s, cards}).code == 0);

    CliSandbox other;
    REQUIRE(other.onDb({u"init"_s}).code == 0);
    const CliRun dry = other.onDb({u"import"_s, u"vcard"_s, cards, u"--dry-run"_s, u"--json"_s});
    INFO(dry.err.toStdString());
    REQUIRE(dry.code == 0);
    CHECK(dry.json().value(u"guests"_s).toInteger() == 1);
    CHECK(other.counts().value(u"guests"_s).toInteger() == 0);
    const CliRun imported = other.onDb({u"import"_s, u"vcard"_s, cards});
    REQUIRE(imported.code == 0);
    CHECK(imported.out.startsWith(u"Imported 1 guests"_s));
    CHECK(other.onDb({u"search"_s, u"Avetisyan"_s}).out.contains(u"Avetisyan"_s));

    const QString broken = s.path(u"broken.vcf"_s);
    QFile file(broken);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ok Card\r\nEND:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nFN:Cut\r\n");
    file.close();
    const CliRun refused = other.onDb({u"import"_s, u"vcard"_s, broken});
    CHECK(refused.code == 1);
    CHECK(refused.oneLineError());
    CHECK(refused.err.contains(u"broken.vcf:5: This card has no END:VCARD."_s));
}
