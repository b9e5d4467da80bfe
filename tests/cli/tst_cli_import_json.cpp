// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// innkeep-cli import json: a venue exported, restored into a new file and exported again is the same file.
#include "clisandbox.h"
#include "filemode.h"

#include <QFile>
#include <QRegularExpression>

using namespace Qt::StringLiterals;
using innkeep::test::modeOf;

namespace {

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

// The file without the time it was written at, which two runs of the CLI cannot share.
QByteArray withoutExportTime(QByteArray bytes)
{
    static const QRegularExpression at(u"\"exported_at\":\"[^\"]*\""_s);
    return QString::fromUtf8(bytes).replace(at, u"\"exported_at\":\"\""_s).toUtf8();
}

QJsonObject exportedFile(const QString &path)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytesOf(path), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    return document.object();
}

} // namespace

TEST_CASE("CLI import json: export, init a new file, import json, export again gives the same bytes")
{
    CliSandbox s;
    const CliRun demo = s.onDb({u"demo"_s, u"--guests"_s, u"60"_s, u"--seed"_s, u"3"_s});
    INFO(demo.err.toStdString());
    REQUIRE(demo.code == 0);
    const QString first = s.path(u"first.json"_s);
    REQUIRE(s.onDb({u"export"_s, u"json"_s, u"--output"_s, first}).code == 0);
    CHECK(modeOf(first) == 0600);

    const QString restored = s.path(u"restored.sqlite"_s);
    REQUIRE(s.cli({u"init"_s, u"--db"_s, restored}).code == 0);
    // A dry run says what it would restore and writes nothing.
    const CliRun dry =
        s.cli({u"import"_s, u"json"_s, first, u"--dry-run"_s, u"--json"_s, u"--db"_s, restored});
    INFO(dry.err.toStdString());
    REQUIRE(dry.code == 0);
    CHECK(dry.json().value(u"dry_run"_s).toBool());
    CHECK(dry.json().value(u"guests"_s).toInteger() == 60);

    const CliRun imported = s.cli({u"import"_s, u"json"_s, first, u"--json"_s, u"--db"_s, restored});
    INFO(imported.err.toStdString());
    REQUIRE(imported.code == 0);
    const QJsonObject counts = imported.json();
    CHECK_FALSE(counts.value(u"dry_run"_s).toBool());
    CHECK(counts.value(u"guests"_s).toInteger() == 60);
    CHECK(counts.value(u"stays"_s).toInteger() > 0);
    CHECK(counts.value(u"tickets"_s).toInteger() > 0);
    CHECK(counts.value(u"feedback"_s).toInteger() > 0);
    for (const char *key :
         {"staff", "ticket_categories", "departments", "sla_policies", "ticket_events", "compensations",
          "follow_ups", "feedback_topics", "venue_settings", "guest_merges", "loyalty_tiers",
          "loyalty_tier_changes", "loyalty_points", "segments", "message_templates"})
        CHECK(counts.contains(QLatin1String(key)));
    const QJsonObject header = exportedFile(first);
    CHECK(counts.value(u"device_id"_s).toString() == header.value(u"device_id"_s).toString());

    const QString second = s.path(u"second.json"_s);
    REQUIRE(s.cli({u"export"_s, u"json"_s, u"--output"_s, second, u"--db"_s, restored}).code == 0);
    const QByteArray before = withoutExportTime(bytesOf(first));
    const QByteArray after = withoutExportTime(bytesOf(second));
    CHECK(before.size() == after.size());
    CHECK(before == after);

    // Without --json: one line of counts.
    const QString again = s.path(u"again.sqlite"_s);
    REQUIRE(s.cli({u"init"_s, u"--db"_s, again}).code == 0);
    const CliRun plain = s.cli({u"import"_s, u"json"_s, first, u"--db"_s, again});
    REQUIRE(plain.code == 0);
    CHECK(plain.out.startsWith(u"Restored from "_s));
    CHECK(plain.out.contains(u"60 guests"_s));
    CHECK(plain.out.count(u'\n') == 1);

    // Into a database that already holds the venue: refused, nothing changes.
    const QJsonObject before2 = [&] {
        const CliRun check = s.cli({u"check"_s, u"--json"_s, u"--db"_s, again});
        REQUIRE(check.code == 0);
        return check.json().value(u"counts"_s).toObject();
    }();
    const CliRun twice = s.cli({u"import"_s, u"json"_s, first, u"--db"_s, again});
    CHECK(twice.code == 1);
    CHECK(twice.oneLineError());
    CHECK(twice.err.contains(u"empty"_s));
    const CliRun check = s.cli({u"check"_s, u"--json"_s, u"--db"_s, again});
    REQUIRE(check.code == 0);
    CHECK(check.json().value(u"counts"_s).toObject() == before2);
}

TEST_CASE("CLI import json: a bad file exits 1 with one line file:line: field: message and changes nothing")
{
    CliSandbox s;
    REQUIRE(s.onDb({u"init"_s}).code == 0);
    REQUIRE(s.onDb({u"guest"_s, u"add"_s, u"--given"_s, u"Armen"_s, u"--family"_s, u"Hakobyan"_s}).code == 0);
    const QString good = s.path(u"good.json"_s);
    REQUIRE(s.onDb({u"export"_s, u"json"_s, u"--output"_s, good}).code == 0);

    QByteArray bytes = bytesOf(good);
    REQUIRE(bytes.contains("\"source\":\"direct\""));
    bytes.replace("\"source\":\"direct\"", "\"source\":\"pigeon\"");
    const QString bad = s.path(u"bad.json"_s);
    QFile file(bad);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    const int guestLine = int(bytes.left(bytes.indexOf("\"given_name\":\"Armen\"")).count('\n')) + 1;

    const QString target = s.path(u"new.sqlite"_s);
    REQUIRE(s.cli({u"init"_s, u"--db"_s, target}).code == 0);
    const CliRun before = s.cli({u"check"_s, u"--json"_s, u"--db"_s, target});
    REQUIRE(before.code == 0);
    const CliRun refused = s.cli({u"import"_s, u"json"_s, bad, u"--db"_s, target});
    INFO(refused.err.toStdString());
    CHECK(refused.code == 1);
    CHECK(refused.oneLineError());
    CHECK(refused.err.contains(u"%1:%2: guests[0].source: "_s.arg(bad).arg(guestLine)));
    CHECK(refused.err.contains(u"\"pigeon\""_s));
    const CliRun after = s.cli({u"check"_s, u"--json"_s, u"--db"_s, target});
    REQUIRE(after.code == 0);
    CHECK(after.json().value(u"counts"_s) == before.json().value(u"counts"_s));

    // Cut off: the line it ends on.
    QFile cut(bad);
    REQUIRE(cut.open(QIODevice::WriteOnly | QIODevice::Truncate));
    cut.write(bytesOf(good).left(bytesOf(good).indexOf("\"given_name\"")));
    cut.close();
    const CliRun truncated = s.cli({u"import"_s, u"json"_s, bad, u"--db"_s, target});
    CHECK(truncated.code == 1);
    CHECK(truncated.oneLineError());
    CHECK(truncated.err.contains(u"%1:%2: "_s.arg(bad).arg(guestLine)));
    CHECK(truncated.err.contains(u"cut off"_s));
}

TEST_CASE("CLI guest show --json and export json agree on every key's type")
{
    CliSandbox s;
    REQUIRE(s.onDb({u"init"_s}).code == 0);
    const QString uuid = s.onDb({u"guest"_s, u"add"_s, u"--given"_s, u"Nino"_s, u"--family"_s, u"Beridze"_s,
                                 u"--email"_s, u"nino@example.ge"_s, u"--birthday"_s, u"1990-03-08"_s})
                             .id();
    const QString path = s.path(u"venue.json"_s);
    REQUIRE(s.onDb({u"export"_s, u"json"_s, u"--output"_s, path}).code == 0);
    const QJsonObject exported = exportedFile(path).value(u"guests"_s).toArray().at(0).toObject();
    REQUIRE(exported.value(u"uuid"_s).toString() == uuid);

    const CliRun show = s.onDb({u"guest"_s, u"show"_s, uuid, u"--json"_s});
    REQUIRE(show.code == 0);
    const QJsonObject shown = show.json().value(u"guest"_s).toObject();
    int compared = 0;
    for (auto it = exported.constBegin(); it != exported.constEnd(); ++it) {
        if (!shown.contains(it.key()))
            continue;
        INFO(it.key().toStdString());
        CHECK(shown.value(it.key()).type() == it.value().type());
        if (!it.value().isArray())
            CHECK(shown.value(it.key()) == it.value());
        ++compared;
    }
    CHECK(compared >= 30);
    CHECK(shown.value(u"blocked"_s).isBool());
    CHECK(shown.value(u"consent_email"_s).isBool());
}
