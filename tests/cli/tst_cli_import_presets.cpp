// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// innkeep-cli import guests with other programs' exports: --preset, --date-format, and importing the
// same file twice.
#include "clisandbox.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace {

QString exported(const char *name)
{
    return QStringLiteral(INNKEEP_TEST_DATA "/imports/") + QString::fromLatin1(name);
}

} // namespace

TEST_CASE("CLI import presets: a Google export is recognised, and a second import adds no one")
{
    CliSandbox s;
    REQUIRE(s.onDb({u"init"_s}).code == 0);
    const CliRun first = s.onDb({u"import"_s, u"guests"_s, exported("google-contacts.csv"), u"--json"_s});
    INFO(first.err.toStdString());
    REQUIRE(first.code == 0);
    CHECK(first.json().value(u"preset"_s).toString() == u"google"_s);
    CHECK(first.json().value(u"guests"_s).toInteger() == 2);
    CHECK(first.json().value(u"ignored_columns"_s).toArray().contains(u"Photo"_s));

    const CliRun human = s.onDb({u"import"_s, u"guests"_s, exported("google-contacts.csv")});
    REQUIRE(human.code == 0);
    CHECK(human.out.contains(u"Imported 0 guests"_s));
    CHECK(human.out.contains(u"Read as an export of Google Contacts (preset google)."_s));
    CHECK(human.out.contains(u"0 skipped, 2 merged into them"_s));
    CHECK(s.counts().value(u"guests"_s).toInteger() == 2);
}

TEST_CASE("CLI import presets: --date-format, --preset and their mistakes")
{
    CliSandbox s;
    REQUIRE(s.onDb({u"init"_s}).code == 0);
    const QString file = s.path(u"us-guests.csv"_s);
    QFile csv(file);
    REQUIRE(csv.open(QIODevice::WriteOnly));
    csv.write("first name,last name,date of birth\nMary,Jones,12/31/1970\nPeter,Smith,03/04/1980\n");
    csv.close();

    const CliRun ambiguous = s.onDb({u"import"_s, u"guests"_s, file});
    CHECK(ambiguous.code == 1);
    CHECK(ambiguous.oneLineError());
    CHECK(ambiguous.err.contains(u"us-guests.csv:3: birthday: "_s));
    CHECK(ambiguous.err.contains(u"--date-format"_s));
    CHECK(s.counts().value(u"guests"_s).toInteger() == 0);

    const CliRun badFormat = s.onDb({u"import"_s, u"guests"_s, file, u"--date-format"_s, u"sometimes"_s});
    CHECK(badFormat.code != 0);
    CHECK(badFormat.err.contains(u"date_format"_s));

    const CliRun badPreset = s.onDb({u"import"_s, u"guests"_s, file, u"--preset"_s, u"excel"_s});
    CHECK(badPreset.code != 0);
    CHECK(badPreset.err.contains(u"qloapps-customers"_s));

    const CliRun us =
        s.onDb({u"import"_s, u"guests"_s, file, u"--date-format"_s, u"MM/DD/YYYY"_s, u"--json"_s});
    INFO(us.err.toStdString());
    REQUIRE(us.code == 0);
    CHECK(us.json().value(u"guests"_s).toInteger() == 2);
    CHECK(us.json().value(u"preset"_s).toString().isEmpty());
    const QString csvOut = s.path(u"out"_s);
    REQUIRE(s.onDb({u"export"_s, u"csv"_s, u"--output"_s, csvOut}).code == 0);
    QFile guests(csvOut + u"/guests.csv"_s);
    REQUIRE(guests.open(QIODevice::ReadOnly));
    const QByteArray written = guests.readAll();
    CHECK(written.contains("Smith,"));
    CHECK(written.contains("1980-03-04")); // 03/04/1980 read month first
    CHECK(written.contains("1970-12-31"));

    const CliRun opera = s.onDb({u"import"_s, u"guests"_s, exported("opera-profiles.txt"), u"--json"_s});
    INFO(opera.err.toStdString());
    REQUIRE(opera.code == 0);
    CHECK(opera.json().value(u"preset"_s).toString() == u"opera"_s);
    CHECK(opera.json().value(u"guests"_s).toInteger() == 2);
}
