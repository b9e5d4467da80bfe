// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// innkeep-cli guest erase on a real file: refused without --confirm, then nothing of the guest is
// left in the file's bytes.
#include "clisandbox.h"

#include <QFile>
#include <QProcess>

using namespace Qt::StringLiterals;

TEST_CASE("CLI guest erase: needs --confirm, then the guest is gone from the file")
{
    CliSandbox s;
    REQUIRE(s.onDb({u"init"_s}).code == 0);
    const QString id = s.onDb({u"guest"_s, u"add"_s, u"--given"_s, u"Vakhtang"_s, u"--family"_s,
                               u"Zhvaniaqx"_s, u"--email"_s, u"vakhtang.zhvaniaqx@example.ge"_s, u"--note"_s,
                               u"Zhvaniaqx asks for the corner room"_s})
                           .id();

    const QString exported = s.path(u"vakhtang.json"_s);
    const CliRun access = s.onDb({u"guest"_s, u"export"_s, id, u"--output"_s, exported});
    INFO(access.err.toStdString());
    REQUIRE(access.code == 0);
    CHECK(access.out.contains(u"0 stays, 0 complaints, 0 feedback entries"_s));
    QFile written(exported);
    REQUIRE(written.open(QIODevice::ReadOnly));
    const QJsonObject data = QJsonDocument::fromJson(written.readAll()).object();
    CHECK(data.value(u"guest"_s).toObject().value(u"family_name"_s).toString() == u"Zhvaniaqx"_s);
    CHECK(data.value(u"guest"_s).toObject().value(u"notes"_s).toArray().size() == 1);
    CHECK(s.onDb({u"guest"_s, u"export"_s, id}).code == 2);

    // The PDF beside it, for the guest to read: their name, notes and the change log in words.
    const QString pdf = s.path(u"vakhtang.pdf"_s);
    const CliRun both = s.onDb({u"guest"_s, u"export"_s, id, u"--output"_s, exported, u"--pdf"_s, pdf});
    INFO(both.err.toStdString());
    REQUIRE(both.code == 0);
    QProcess pdftotext;
    pdftotext.start(u"pdftotext"_s, {pdf, u"-"_s});
    REQUIRE(pdftotext.waitForFinished(30000));
    const QString words = QString::fromUtf8(pdftotext.readAllStandardOutput());
    CHECK(words.contains(u"The data we hold about Vakhtang Zhvaniaqx"_s));
    CHECK(words.contains(u"Zhvaniaqx asks for the corner room"_s));
    CHECK(words.contains(u"vakhtang.zhvaniaqx@example.ge"_s));
    CHECK(words.contains(u"Changes recorded"_s));
    CHECK(words.contains(u"Page 1 of"_s));

    const CliRun unconfirmed = s.onDb({u"guest"_s, u"erase"_s, id});
    CHECK(unconfirmed.code == 2);
    CHECK(unconfirmed.err.contains(u"--confirm"_s));
    CHECK(s.onDb({u"search"_s, u"Zhvaniaqx"_s, u"--json"_s}).out.contains(id));

    const CliRun erased = s.onDb({u"guest"_s, u"erase"_s, id, u"--confirm"_s, u"--json"_s});
    INFO(erased.err.toStdString());
    REQUIRE(erased.code == 0);
    CHECK(erased.json().value(u"profiles"_s).toInteger() == 1);
    CHECK(erased.json().value(u"notes"_s).toInteger() == 1);
    CHECK(erased.json().value(u"file_compacted"_s).toBool());

    CHECK_FALSE(s.onDb({u"search"_s, u"Zhvaniaqx"_s, u"--json"_s}).out.contains(id));
    for (const QString &file : QStringList{s.db(), s.db() + u"-wal"_s}) {
        QFile bytes(file);
        if (!bytes.open(QIODevice::ReadOnly))
            continue;
        const QByteArray all = bytes.readAll();
        CHECK_FALSE(all.contains("Zhvaniaqx"));
        CHECK_FALSE(all.contains("zhvaniaqx"));
        CHECK_FALSE(all.contains("Vakhtang"));
    }
    const CliRun missing =
        s.onDb({u"guest"_s, u"erase"_s, u"00000000-0000-4000-8000-000000000000"_s, u"--confirm"_s});
    CHECK(missing.code == 1);
    CHECK(missing.oneLineError());
}
