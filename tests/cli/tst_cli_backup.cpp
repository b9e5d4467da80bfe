// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// innkeep-cli backup create, list, verify and restore on real files.
#include "clisandbox.h"
#include "filemode.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;
using innkeep::test::modeOf;

namespace {

void addGuest(const CliSandbox &s, const QString &given)
{
    const CliRun added = s.onDb({u"guest"_s, u"add"_s, u"--given"_s, given, u"--family"_s, u"Beridze"_s});
    INFO(added.err.toStdString());
    REQUIRE(added.code == 0);
}

qint64 guestCount(const CliSandbox &s)
{
    return s.counts().value(u"guests"_s).toInteger();
}

} // namespace

TEST_CASE("CLI backup: create, list and verify a checked copy, then restore it over later changes")
{
    CliSandbox s;
    REQUIRE(s.onDb({u"init"_s}).code == 0);
    addGuest(s, u"Nino"_s);
    addGuest(s, u"Levan"_s);

    const CliRun made = s.onDb({u"backup"_s, u"create"_s, u"--json"_s});
    INFO(made.err.toStdString());
    REQUIRE(made.code == 0);
    const QJsonObject backup = made.json();
    const QString file = backup.value(u"file"_s).toString();
    CHECK(backup.value(u"guests"_s).toInteger() == 2);
    CHECK(backup.value(u"automatic"_s).toBool() == false);
    CHECK(QFileInfo(file).absolutePath() == s.path(u"backups"_s));
    CHECK(QFileInfo(file).fileName().startsWith(u"innkeep-backup-"_s));
    CHECK(modeOf(file) == 0600);

    const CliRun text = s.onDb({u"backup"_s, u"create"_s});
    REQUIRE(text.code == 0);
    CHECK(text.out.startsWith(u"Backed up to "_s));
    CHECK(text.out.contains(u"2 guests, 0 stays, 0 tickets, 0 feedback"_s));

    const CliRun listed = s.onDb({u"backup"_s, u"list"_s, u"--json"_s});
    REQUIRE(listed.code == 0);
    CHECK(listed.json().value(u"folder"_s).toString() == s.path(u"backups"_s));
    CHECK(listed.json().value(u"automatic"_s).toBool());
    CHECK(listed.json().value(u"backups"_s).toArray().size() == 2);
    const CliRun listText = s.onDb({u"backup"_s, u"list"_s});
    REQUIRE(listText.code == 0);
    CHECK(listText.out.contains(u"manual  2 guests"_s));

    const CliRun verified = s.cli({u"backup"_s, u"verify"_s, file, u"--json"_s});
    REQUIRE(verified.code == 0);
    CHECK(verified.json().value(u"integrity"_s).toString() == u"ok"_s);
    CHECK(verified.json().value(u"guests"_s).toInteger() == 2);

    addGuest(s, u"Tamar"_s);
    REQUIRE(guestCount(s) == 3);
    const CliRun restored = s.onDb({u"backup"_s, u"restore"_s, file});
    INFO(restored.err.toStdString());
    REQUIRE(restored.code == 0);
    CHECK(restored.out.contains(u"The file as it was is kept as "_s));
    CHECK(guestCount(s) == 2);
    const QStringList aside =
        QDir(s.path(QString())).entryList({u"innkeep.sqlite.before-restore-*"_s}, QDir::Files);
    REQUIRE(aside.size() == 1);
    const CliRun keptAside = s.cli({u"backup"_s, u"verify"_s, s.path(aside.first()), u"--json"_s});
    REQUIRE(keptAside.code == 0);
    CHECK(keptAside.json().value(u"guests"_s).toInteger() == 3);
}

TEST_CASE("CLI backup: --output, a damaged or foreign file, and a missing one fail with one line")
{
    CliSandbox s;
    REQUIRE(s.onDb({u"init"_s}).code == 0);
    addGuest(s, u"Ani"_s);
    const CliRun elsewhere =
        s.onDb({u"backup"_s, u"create"_s, u"--output"_s, s.path(u"stick"_s), u"--json"_s});
    REQUIRE(elsewhere.code == 0);
    const QString file = elsewhere.json().value(u"file"_s).toString();
    CHECK(QFileInfo(file).absolutePath() == s.path(u"stick"_s));
    CHECK(modeOf(s.path(u"stick"_s)) == 0700);

    // A copy cut short, as on a full USB stick.
    const QString cut = s.path(u"cut.innkeep"_s);
    QFile whole(file);
    REQUIRE(whole.open(QIODevice::ReadOnly));
    const QByteArray bytes = whole.readAll();
    QFile part(cut);
    REQUIRE(part.open(QIODevice::WriteOnly));
    part.write(bytes.left(bytes.size() / 2));
    part.close();
    const QString notes = s.path(u"notes.txt"_s);
    QFile text(notes);
    REQUIRE(text.open(QIODevice::WriteOnly));
    text.write("Room 12 wants a late check-out\n");
    text.close();

    for (const QString &bad : {cut, notes, s.path(u"missing.innkeep"_s)}) {
        const CliRun verified = s.cli({u"backup"_s, u"verify"_s, bad});
        INFO(bad.toStdString());
        CHECK(verified.code != 0);
        CHECK(verified.oneLineError());
        CHECK(verified.err.contains(QDir::toNativeSeparators(bad)));
        const QJsonObject before = s.counts();
        const CliRun restored = s.onDb({u"backup"_s, u"restore"_s, bad});
        CHECK(restored.code != 0);
        CHECK(restored.oneLineError());
        CHECK(s.counts() == before);
    }
    CHECK(QDir(s.path(QString())).entryList({u"*.before-restore-*"_s}, QDir::Files).isEmpty());
}
