// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clisandbox.h"
#include "common/uuid.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

using Run = CliRun;
using Sandbox = CliSandbox;

QString data(const char *name)
{
    return QStringLiteral(INNKEEP_TEST_DATA "/csv/") + QString::fromLatin1(name);
}

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QString addAram(const Sandbox &s)
{
    const Run added =
        s.onDb({QStringLiteral("guest"),           QStringLiteral("add"),
                QStringLiteral("--given"),         QStringLiteral("Aram"),
                QStringLiteral("--family"),        QStringLiteral("Petrosyan"),
                QStringLiteral("--native-given"),  QStringLiteral("Արամ"),
                QStringLiteral("--native-family"), QStringLiteral("Պետրոսյան"),
                QStringLiteral("--email"),         QStringLiteral("aram@example.com"),
                QStringLiteral("--email"),         QStringLiteral("aram.work@example.net"),
                QStringLiteral("--phone"),         QStringLiteral("+374 91 234567"),
                QStringLiteral("--language"),      QStringLiteral("hy"),
                QStringLiteral("--nationality"),   QStringLiteral("AM"),
                QStringLiteral("--birthday"),      QStringLiteral("1984-05-12"),
                QStringLiteral("--vip"),           QStringLiteral("2"),
                QStringLiteral("--tag"),           QStringLiteral("wine"),
                QStringLiteral("--note"),          QStringLiteral("Prefers the courtyard side.")});
    INFO(added.err.toStdString());
    REQUIRE(added.code == 0);
    const QString uuid = added.out.trimmed();
    REQUIRE(innkeep::isUuid(uuid));
    return uuid;
}

} // namespace

TEST_CASE("CLI: --help lists every command, and a command's --help shows its options")
{
    Sandbox s;
    const Run help = s.cli({QStringLiteral("--help")});
    CHECK(help.code == 0);
    for (const char *command :
         {"init", "check", "demo", "search", "guest add", "guest show", "guest duplicates", "guest merge",
          "guest unmerge", "pref add", "import guests", "export json"})
        CHECK(help.out.contains(QString::fromLatin1(command)));

    const Run guestHelp = s.cli({QStringLiteral("guest"), QStringLiteral("add"), QStringLiteral("--help")});
    CHECK(guestHelp.code == 0);
    CHECK(guestHelp.out.contains(QStringLiteral("innkeep-cli guest add")));
    CHECK(guestHelp.out.contains(QStringLiteral("--native-given")));
    CHECK(guestHelp.out.contains(QStringLiteral("--db")));
}

TEST_CASE("CLI: unknown commands and bad arguments fail with one line")
{
    Sandbox s;
    for (const QStringList &arguments :
         {QStringList{}, QStringList{QStringLiteral("frobnicate")}, QStringList{QStringLiteral("guest")},
          QStringList{QStringLiteral("guest"), QStringLiteral("fly")},
          QStringList{QStringLiteral("check"), QStringLiteral("--bogus")},
          QStringList{QStringLiteral("search"), QStringLiteral("--limit"), QStringLiteral("x"),
                      QStringLiteral("a")},
          QStringList{QStringLiteral("guest"), QStringLiteral("show")},
          QStringList{QStringLiteral("guest"), QStringLiteral("add"), QStringLiteral("--birthday"),
                      QStringLiteral("12/03/1980")},
          QStringList{QStringLiteral("pref"), QStringLiteral("add"), QStringLiteral("x"),
                      QStringLiteral("--category"), QStringLiteral("shoes")},
          QStringList{QStringLiteral("export"), QStringLiteral("json")}}) {
        INFO(arguments.join(QLatin1Char(' ')).toStdString());
        const Run run = s.cli(arguments);
        CHECK(run.code != 0);
        CHECK(run.oneLineError());
        CHECK(run.out.isEmpty());
    }
}

TEST_CASE("CLI: init creates a database once, and check reports integrity, schema and counts")
{
    Sandbox s;
    const Run init = s.onDb({QStringLiteral("init")});
    CHECK(init.code == 0);
    CHECK(QFile::exists(s.db()));
    const Run again = s.onDb({QStringLiteral("init")});
    CHECK(again.code == 1);
    CHECK(again.oneLineError());

    const Run check = s.onDb({QStringLiteral("check"), QStringLiteral("--json")});
    REQUIRE(check.code == 0);
    const QJsonObject report = check.json();
    CHECK(report.value(QStringLiteral("integrity")).toString() == QStringLiteral("ok"));
    CHECK(report.value(QStringLiteral("schema_version")).toInt() >= 1);
    const QJsonObject counts = report.value(QStringLiteral("counts")).toObject();
    for (const char *table : {"guests", "stays", "preferences", "guest_notes", "change_log"}) {
        INFO(table);
        CHECK(counts.contains(QString::fromLatin1(table)));
    }
    CHECK(counts.value(QStringLiteral("guests")).toInt() == 0);
    CHECK_FALSE(counts.contains(QStringLiteral("search_index_data"))); // FTS shadow tables are left out

    const Run text = s.onDb({QStringLiteral("check")});
    CHECK(text.code == 0);
    CHECK(text.out.contains(QStringLiteral("Integrity: ok")));
}

TEST_CASE("CLI: a file that is not an Innkeep database is refused and left as it was")
{
    Sandbox s;
    const QString path = s.path(QStringLiteral("notes.txt"));
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("just some text, not a database\n");
    }
    const QByteArray before = bytesOf(path);
    const Run check = s.cli({QStringLiteral("check"), QStringLiteral("--db"), path});
    CHECK(check.code == 1);
    CHECK(check.oneLineError());
    CHECK(check.err.contains(QStringLiteral("notes.txt")));
    CHECK(bytesOf(path) == before);

    const Run missing = s.cli({QStringLiteral("search"), QStringLiteral("x"), QStringLiteral("--db"),
                               s.path(QStringLiteral("none.sqlite"))});
    CHECK(missing.code == 1);
    CHECK(missing.oneLineError());
    CHECK_FALSE(QFile::exists(s.path(QStringLiteral("none.sqlite"))));
}

TEST_CASE("CLI: guest add, pref add, guest show and cross-script search")
{
    Sandbox s;
    REQUIRE(s.onDb({QStringLiteral("init")}).code == 0);
    const QString uuid = addAram(s);

    const Run pref =
        s.onDb({QStringLiteral("pref"), QStringLiteral("add"), uuid, QStringLiteral("--category"),
                QStringLiteral("food"), QStringLiteral("--value"), QStringLiteral("Peanut allergy"),
                QStringLiteral("--critical"), QStringLiteral("--source"), QStringLiteral("told")});
    INFO(pref.err.toStdString());
    REQUIRE(pref.code == 0);
    CHECK(innkeep::isUuid(pref.out.trimmed()));

    const Run show =
        s.onDb({QStringLiteral("guest"), QStringLiteral("show"), uuid, QStringLiteral("--json")});
    REQUIRE(show.code == 0);
    const QJsonObject profile = show.json();
    const QJsonObject guest = profile.value(QStringLiteral("guest")).toObject();
    CHECK(guest.value(QStringLiteral("uuid")).toString() == uuid);
    CHECK(guest.value(QStringLiteral("given_name")).toString() == QStringLiteral("Արամ"));
    CHECK(guest.value(QStringLiteral("latin_given_name")).toString() == QStringLiteral("Aram"));
    CHECK(guest.value(QStringLiteral("emails")).toArray().size() == 2);
    CHECK(guest.value(QStringLiteral("phones")).toArray() == QJsonArray{QStringLiteral("+37491234567")});
    CHECK(guest.value(QStringLiteral("vip_level")).toInt() == 2);
    CHECK(guest.value(QStringLiteral("birthday")).toString() == QStringLiteral("1984-05-12"));
    // Flags as the export writes them: true/false, not 0/1.
    for (const char *flag :
         {"blocked", "press", "consent_email", "consent_sms", "consent_phone", "consent_marketing"})
        CHECK(guest.value(QLatin1String(flag)).isBool());
    const QJsonArray preferences = profile.value(QStringLiteral("preferences")).toArray();
    REQUIRE(preferences.size() == 1);
    CHECK(preferences.at(0).toObject().value(QStringLiteral("critical")).toBool());
    const QJsonArray alerts = profile.value(QStringLiteral("alerts")).toArray();
    REQUIRE_FALSE(alerts.isEmpty());
    CHECK(alerts.at(0).toObject().value(QStringLiteral("kind")).toString()
          == QStringLiteral("critical-preference"));
    CHECK(profile.value(QStringLiteral("notes")).toArray().size() == 1);
    CHECK(profile.value(QStringLiteral("rollup")).toObject().value(QStringLiteral("stays")).toInt() == 0);
    CHECK(profile.value(QStringLiteral("stays")).toArray().isEmpty());

    const Run text = s.onDb({QStringLiteral("guest"), QStringLiteral("show"), uuid});
    CHECK(text.code == 0);
    CHECK(text.out.contains(QStringLiteral("Արամ Պետրոսյան (Aram Petrosyan)")));
    CHECK(text.out.contains(QStringLiteral("Peanut allergy")));

    // A Latin prefix finds the guest written in Armenian script.
    const Run search = s.onDb({QStringLiteral("search"), QStringLiteral("Ara"), QStringLiteral("--json")});
    REQUIRE(search.code == 0);
    const QJsonArray hits = search.jsonArray();
    REQUIRE_FALSE(hits.isEmpty());
    const QJsonObject hit = hits.at(0).toObject();
    CHECK(hit.value(QStringLiteral("uuid")).toString() == uuid);
    CHECK(hit.value(QStringLiteral("display_name")).toString() == QStringLiteral("Արամ Պետրոսյան"));
    CHECK(hit.value(QStringLiteral("matched")).toString() == QStringLiteral("name"));
    const Run phone = s.onDb({QStringLiteral("search"), QStringLiteral("4567"), QStringLiteral("--json")});
    REQUIRE(phone.code == 0);
    CHECK_FALSE(phone.jsonArray().isEmpty());

    // A bad e-mail is refused with the field named, and nothing is stored.
    const Run bad = s.onDb({QStringLiteral("guest"), QStringLiteral("add"), QStringLiteral("--given"),
                            QStringLiteral("Bad"), QStringLiteral("--family"), QStringLiteral("Mail"),
                            QStringLiteral("--email"), QStringLiteral("x@")});
    CHECK(bad.code == 1);
    CHECK(bad.oneLineError());
    CHECK(bad.err.contains(QStringLiteral("email")));
    CHECK(bad.out.isEmpty());
    CHECK(s.counts().value(QStringLiteral("guests")).toInt() == 1);

    const Run unknown = s.onDb({QStringLiteral("guest"), QStringLiteral("show"), innkeep::newUuid()});
    CHECK(unknown.code == 1);
    CHECK(unknown.oneLineError());
}

TEST_CASE("CLI: import is all or nothing, and a dry run writes nothing")
{
    Sandbox s;
    REQUIRE(s.onDb({QStringLiteral("init")}).code == 0);
    addAram(s);
    const QJsonObject before = s.counts();

    const Run bad =
        s.onDb({QStringLiteral("import"), QStringLiteral("guests"), data("guests-bad-email.csv")});
    CHECK(bad.code != 0);
    CHECK(bad.oneLineError());
    CHECK(bad.err.contains(QStringLiteral("guests-bad-email.csv:6:")));
    CHECK(bad.err.contains(QStringLiteral("email")));
    CHECK(s.counts() == before);

    const Run badDry = s.onDb({QStringLiteral("import"), QStringLiteral("guests"),
                               data("guests-bad-email.csv"), QStringLiteral("--dry-run")});
    CHECK(badDry.code != 0);
    CHECK(badDry.oneLineError());
    CHECK(badDry.err.contains(QStringLiteral(":6:")));
    CHECK(s.counts() == before);

    const Run dry = s.onDb({QStringLiteral("import"), QStringLiteral("guests"), data("guests-good.csv"),
                            QStringLiteral("--dry-run"), QStringLiteral("--json")});
    REQUIRE(dry.code == 0);
    // Aram is stored already: his row would be merged into him, not added.
    CHECK(dry.json().value(QStringLiteral("guests")).toInt() == 3);
    CHECK(dry.json().value(QStringLiteral("merged")).toInt() == 1);
    CHECK(dry.json().value(QStringLiteral("dry_run")).toBool());
    CHECK(s.counts() == before);

    const Run unknown =
        s.onDb({QStringLiteral("import"), QStringLiteral("guests"), data("guests-unknown-column.csv")});
    CHECK(unknown.code != 0);
    CHECK(unknown.err.contains(QStringLiteral("room_wish")));
    const Run mapped =
        s.onDb({QStringLiteral("import"), QStringLiteral("guests"), data("guests-unknown-column.csv"),
                QStringLiteral("--map"), QStringLiteral("room_wish=notes"), QStringLiteral("--map"),
                QStringLiteral("favourite_colour=ignore")});
    CHECK(mapped.code == 0);
    // --ignore-unknown reads what it knows and lists what it did not read, as the window does.
    const Run ignoring =
        s.onDb({QStringLiteral("import"), QStringLiteral("guests"), data("guests-unknown-column.csv"),
                QStringLiteral("--dry-run"), QStringLiteral("--ignore-unknown"), QStringLiteral("--json")});
    INFO(ignoring.err.toStdString());
    CHECK(ignoring.code == 0);
    CHECK(ignoring.json().value(QStringLiteral("ignored_columns")).toArray()
          == QJsonArray{QStringLiteral("room_wish"), QStringLiteral("favourite_colour")});
    const Run ignoringText =
        s.onDb({QStringLiteral("import"), QStringLiteral("guests"), data("guests-unknown-column.csv"),
                QStringLiteral("--dry-run"), QStringLiteral("--ignore-unknown")});
    CHECK(ignoringText.out.contains(QStringLiteral("Columns not read: room_wish, favourite_colour.")));
    // A --map for a column the file does not have is a mistake, named, and nothing is written.
    const QJsonObject beforeTypo = s.counts();
    const Run typo = s.onDb({QStringLiteral("import"), QStringLiteral("guests"),
                             data("guests-unknown-column.csv"), QStringLiteral("--ignore-unknown"),
                             QStringLiteral("--map"), QStringLiteral("room wish=notes")});
    CHECK(typo.code != 0);
    CHECK(typo.err.contains(
        QStringLiteral("--map names the column \"room wish\", which the file does not have")));
    CHECK(typo.err.contains(QStringLiteral("guests-unknown-column.csv:1: map:")));
    CHECK(s.counts() == beforeTypo);

    // --skip-bad-rows needs --rejects; with it, the good rows go in and the bad ones to the file.
    const Run noRejects = s.onDb({QStringLiteral("import"), QStringLiteral("guests"),
                                  data("guests-some-bad.csv"), QStringLiteral("--skip-bad-rows")});
    CHECK(noRejects.code == 2);
    CHECK(noRejects.err.contains(QStringLiteral("--rejects")));
    const QJsonObject beforeSkip = s.counts();
    const QString rejects = s.path(QStringLiteral("rejected.csv"));
    const Run skipping = s.onDb({QStringLiteral("import"), QStringLiteral("guests"),
                                 data("guests-some-bad.csv"), QStringLiteral("--skip-bad-rows"),
                                 QStringLiteral("--rejects"), rejects, QStringLiteral("--json")});
    INFO(skipping.err.toStdString());
    CHECK(skipping.code == 0);
    CHECK(skipping.json().value(QStringLiteral("guests")).toInt() == 1);
    CHECK(skipping.json().value(QStringLiteral("merged")).toInt() == 1);
    CHECK(skipping.json().value(QStringLiteral("rejected")).toInt() == 2);
    CHECK(skipping.json().value(QStringLiteral("rejects")).toString() == rejects);
    CHECK(s.counts().value(QStringLiteral("guests")).toInt()
          == beforeSkip.value(QStringLiteral("guests")).toInt() + 1);
    CHECK(QFileInfo(rejects).isFile());

    const QJsonObject beforeGood = s.counts();
    const Run good = s.onDb({QStringLiteral("import"), QStringLiteral("guests"), data("guests-good.csv")});
    INFO(good.err.toStdString());
    REQUIRE(good.code == 0);
    CHECK(s.counts().value(QStringLiteral("guests")).toInt()
          == beforeGood.value(QStringLiteral("guests")).toInt() + 3);
}

TEST_CASE("CLI: export json writes every guest with the documented fields")
{
    Sandbox s;
    REQUIRE(s.onDb({QStringLiteral("init")}).code == 0);
    const QString uuid = addAram(s);
    REQUIRE(s.onDb({QStringLiteral("pref"), QStringLiteral("add"), uuid, QStringLiteral("--category"),
                    QStringLiteral("room"), QStringLiteral("--value"), QStringLiteral("High floor")})
                .code
            == 0);
    REQUIRE(s.onDb({QStringLiteral("import"), QStringLiteral("guests"), data("guests-semicolon.csv")}).code
            == 0);

    const QString output = s.path(QStringLiteral("export.json"));
    const Run exported = s.onDb({QStringLiteral("export"), QStringLiteral("json"), QStringLiteral("--output"),
                                 output, QStringLiteral("--json")});
    INFO(exported.err.toStdString());
    REQUIRE(exported.code == 0);
    CHECK(exported.json().value(QStringLiteral("guests")).toInt() == 3);

    const QJsonObject root = QJsonDocument::fromJson(bytesOf(output)).object();
    CHECK(root.value(QStringLiteral("format")).toString() == QStringLiteral("innkeep-export"));
    CHECK(root.value(QStringLiteral("version")).toInt() == 2);
    CHECK(root.contains(QStringLiteral("venue_settings")));
    const QJsonArray guests = root.value(QStringLiteral("guests")).toArray();
    REQUIRE(guests.size() == 3);
    const QJsonObject aram = guests.at(0).toObject();
    CHECK(aram.value(QStringLiteral("uuid")).toString() == uuid);
    CHECK(aram.value(QStringLiteral("given_name")).toString() == QStringLiteral("Արամ"));
    CHECK(aram.value(QStringLiteral("latin_family_name")).toString() == QStringLiteral("Petrosyan"));
    CHECK(aram.value(QStringLiteral("emails")).toArray().size() == 2);
    CHECK(aram.value(QStringLiteral("tags")).toArray() == QJsonArray{QStringLiteral("wine")});
    CHECK(aram.value(QStringLiteral("notes")).toArray().size() == 1);
    CHECK(aram.value(QStringLiteral("preferences"))
              .toArray()
              .at(0)
              .toObject()
              .value(QStringLiteral("value"))
              .toString()
          == QStringLiteral("High floor"));
    for (const char *key : {"stays", "phones", "birthday", "vip_level", "created_at", "consent_email"})
        CHECK(aram.contains(QString::fromLatin1(key)));
    CHECK(guests.at(2).toObject().value(QStringLiteral("given_name")).toString() == QStringLiteral("Léa"));
}

TEST_CASE("CLI: demo fills a database quietly when stderr is not a terminal")
{
    Sandbox s;
    const Run demo = s.onDb({QStringLiteral("demo"), QStringLiteral("--guests"), QStringLiteral("60"),
                             QStringLiteral("--seed"), QStringLiteral("3"), QStringLiteral("--json")});
    INFO(demo.err.toStdString());
    REQUIRE(demo.code == 0);
    CHECK(demo.err.isEmpty());
    CHECK(demo.json().value(QStringLiteral("guests")).toInt() == 60);
    const QJsonObject counts = s.counts();
    CHECK(counts.value(QStringLiteral("guests")).toInt() == 60);
    CHECK(counts.value(QStringLiteral("stays")).toInt() > 60);
}
