// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// innkeep-cli import guests --bad-phones: a number that cannot be dialled refuses the row or is
// kept in a note.
#include "clisandbox.h"

#include <QFile>

using namespace Qt::StringLiterals;

TEST_CASE("CLI import phones: --bad-phones refuse (default) or note")
{
    CliSandbox s;
    REQUIRE(s.onDb({u"init"_s}).code == 0);
    const QString file = s.path(u"guests.csv"_s);
    QFile csv(file);
    REQUIRE(csv.open(QIODevice::WriteOnly));
    csv.write("given_name,family_name,phone\nLevan,Kapanadze,+995 599 12 34 56\nJohn,Miller,+15550123456\n");
    csv.close();

    const CliRun refused = s.onDb({u"import"_s, u"guests"_s, file});
    CHECK(refused.code == 1);
    CHECK(refused.oneLineError());
    CHECK(refused.err.contains(u"guests.csv:3: phone: \"+15550123456\" is not a number in use"_s));
    CHECK(s.counts().value(u"guests"_s).toInteger() == 0);

    const CliRun wrong = s.onDb({u"import"_s, u"guests"_s, file, u"--bad-phones"_s, u"keep"_s});
    CHECK(wrong.code == 2);
    CHECK(wrong.err.contains(u"--bad-phones"_s));

    const CliRun kept = s.onDb({u"import"_s, u"guests"_s, file, u"--bad-phones"_s, u"note"_s, u"--json"_s});
    INFO(kept.err.toStdString());
    REQUIRE(kept.code == 0);
    CHECK(kept.json().value(u"guests"_s).toInteger() == 2);
    CHECK(kept.json().value(u"phones"_s).toInteger() == 1);
    CHECK(kept.json().value(u"phones_in_notes"_s).toInteger() == 1);
    CHECK(s.counts().value(u"guest_notes"_s).toInteger() == 1);
}
