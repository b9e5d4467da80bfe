// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// innkeep-cli import stays and import feedback, run as a process on real files.
#include "clisandbox.h"
#include "common/clock.h"
#include "filemode.h"
#include "storage/database.h"
#include "storage/statement.h"

#include <QFile>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

class Sandbox : public CliSandbox
{
public:
    Sandbox()
    {
        REQUIRE(onDb({u"init"_s}).code == 0);
        const CliRun guests = onDb({u"import"_s, u"guests"_s,
                                    write(u"guests.csv"_s, "given_name,family_name,email\n"
                                                           "Anna,Petrosyan,anna@example.com\n"
                                                           "Levan,Kapanadze,levan@example.com\n")});
        INFO(guests.err.toStdString());
        REQUIRE(guests.code == 0);
    }
    QString write(const QString &name, const QByteArray &text) const
    {
        QFile file(path(name));
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        REQUIRE(file.write(text) == text.size());
        return path(name);
    }
    // Written behind the services' back: Guest has no external id field yet.
    void setExternalId(const QString &email, const QString &externalId) const
    {
        innkeep::SystemClock clock;
        auto opened = innkeep::Database::open(db(), clock);
        REQUIRE(opened);
        innkeep::Statement columns(**opened, u"SELECT count(*) FROM pragma_table_info('guests') "
                                             "WHERE name = 'external_id'"_s);
        auto has = columns.scalar();
        REQUIRE(has);
        if (has->toInt() == 0) {
            innkeep::Statement add(**opened,
                                   u"ALTER TABLE guests ADD COLUMN external_id TEXT NOT NULL DEFAULT ''"_s);
            REQUIRE(add.exec());
        }
        innkeep::Statement set(**opened,
                               u"UPDATE guests SET external_id = ? WHERE id = (SELECT guest_id FROM "
                               "guest_contacts WHERE kind = 'email' AND value = ?)"_s);
        REQUIRE(set.bind(externalId, email).exec());
    }
    [[nodiscard]] QString guestUuid(const QString &name) const
    {
        const CliRun found = onDb({u"search"_s, name, u"--json"_s});
        REQUIRE(found.code == 0);
        REQUIRE_FALSE(found.jsonArray().isEmpty());
        const QJsonObject hit = found.jsonArray().at(0).toObject();
        const QString guest = hit.value(u"guest_uuid"_s).toString();
        return guest.isEmpty() ? hit.value(u"uuid"_s).toString() : guest;
    }
    [[nodiscard]] qint64 count(const QString &table) const { return counts().value(table).toInteger(); }
};

const QByteArray Stays = "Arrival,Departure,Room,Rate,Status,Booking ref,Profile ID,E-mail\n"
                         "2026-05-01,2026-05-04,204,120.50,checked out,R-1,,anna@example.com\n"
                         "2026-05-10,2026-05-12,12,80,cancelled,R-2,opera:1001,\n";

} // namespace

TEST_CASE("CLI import stays: a good file prints its counts, and a second import skips what is stored")
{
    Sandbox s;
    s.setExternalId(u"levan@example.com"_s, u"opera:1001"_s);
    const QString file = s.write(u"stays.csv"_s, Stays);

    const CliRun first = s.onDb({u"import"_s, u"stays"_s, file});
    INFO(first.err.toStdString());
    REQUIRE(first.code == 0);
    CHECK(first.out
          == u"Imported 2 stays from stays.csv: 2 rows read, 0 skipped as already stored, 0 rejected.\n"_s);
    CHECK(s.count(u"stays"_s) == 2);

    const CliRun again = s.onDb({u"import"_s, u"stays"_s, file, u"--json"_s});
    REQUIRE(again.code == 0);
    const QJsonObject json = again.json();
    CHECK(json.value(u"file"_s).toString() == u"stays.csv"_s);
    CHECK(json.value(u"rows"_s).toInteger() == 2);
    CHECK(json.value(u"stays"_s).toInteger() == 0);
    CHECK(json.value(u"skipped"_s).toInteger() == 2);
    CHECK(json.value(u"rejected"_s).toInteger() == 0);
    CHECK(json.value(u"rejects"_s).toString().isEmpty());
    CHECK(json.value(u"dry_run"_s).toBool() == false);
    CHECK(json.value(u"problems"_s).toArray().isEmpty());
    CHECK(s.count(u"stays"_s) == 2);
}

TEST_CASE("CLI import stays: a bad row fails with file:line: field: message and stores nothing")
{
    Sandbox s;
    const QJsonObject before = s.counts();
    const QString file = s.write(u"stays.csv"_s, "arrival,departure,email\n"
                                                 "2026-05-01,2026-05-04,anna@example.com\n"
                                                 "2026-05-01,2026-05-04,nobody@example.com\n");
    const CliRun refused = s.onDb({u"import"_s, u"stays"_s, file});
    CHECK(refused.code == 1);
    CHECK(refused.oneLineError());
    CHECK(refused.err
          == u"innkeep-cli import stays: stays.csv:3: email: No guest with e-mail nobody@example.com; import "
             u"the "
             "guests first.\n"_s);
    CHECK(s.counts() == before);
}

TEST_CASE("CLI import stays: an ambiguous date names the line and --date-format settles it")
{
    Sandbox s;
    const QString file =
        s.write(u"us.csv"_s, "arrival,departure,email\n03/04/2026,03/06/2026,anna@example.com\n");
    const CliRun refused = s.onDb({u"import"_s, u"stays"_s, file});
    CHECK(refused.code == 1);
    CHECK(refused.oneLineError());
    CHECK(refused.err.contains(
        u"us.csv:2: arrival: \"03/04/2026\" could be 3 April or 4 March; give the file's "
        "date format with --date-format DD/MM/YYYY or MM/DD/YYYY."_s));
    CHECK(s.count(u"stays"_s) == 0);

    const CliRun wrongFormat = s.onDb({u"import"_s, u"stays"_s, file, u"--date-format"_s, u"YY/MM/DD"_s});
    CHECK(wrongFormat.code == 2);
    CHECK(wrongFormat.err.contains(u"--date-format"_s));

    const CliRun settled =
        s.onDb({u"import"_s, u"stays"_s, file, u"--date-format"_s, u"MM/DD/YYYY"_s, u"--json"_s});
    INFO(settled.err.toStdString());
    REQUIRE(settled.code == 0);
    CHECK(settled.json().value(u"stays"_s).toInteger() == 1);
    const CliRun list = s.onDb({u"stay"_s, u"list"_s, u"--json"_s, s.guestUuid(u"Petrosyan"_s)});
    REQUIRE(list.code == 0);
    CHECK(list.jsonArray().at(0).toObject().value(u"arrival"_s).toString() == u"2026-03-04"_s);
}

TEST_CASE("CLI import stays: --dry-run reports every problem and writes nothing")
{
    Sandbox s;
    const QJsonObject before = s.counts();
    const QString file = s.write(u"stays.csv"_s, "arrival,departure,email\n"
                                                 "2026-05-01,2026-05-04,anna@example.com\n"
                                                 "2026-05-10,2026-05-08,anna@example.com\n"
                                                 "2026-05-01,2026-05-04,nobody@example.com\n");
    const CliRun text = s.onDb({u"import"_s, u"stays"_s, file, u"--dry-run"_s});
    CHECK(text.code == 1);
    CHECK(text.out.startsWith(u"Dry run of stays.csv: 3 rows, 1 stays would be added"_s));
    CHECK(text.err.contains(u"stays.csv:3: departure: "_s));
    CHECK(text.err.contains(u"(and 1 more problem(s))"_s));

    const CliRun json = s.onDb({u"import"_s, u"stays"_s, file, u"--dry-run"_s, u"--json"_s});
    CHECK(json.code == 1);
    CHECK(json.json().value(u"dry_run"_s).toBool());
    CHECK(json.json().value(u"stays"_s).toInteger() == 1);
    const QJsonArray problems = json.json().value(u"problems"_s).toArray();
    REQUIRE(problems.size() == 2);
    CHECK(problems.at(1).toString().startsWith(u"stays.csv:4: email: "_s));
    CHECK(s.counts() == before);
}

TEST_CASE("CLI import stays: --skip-bad-rows stores the good rows and writes the bad ones to --rejects")
{
    Sandbox s;
    const QString file = s.write(u"stays.csv"_s, "arrival,departure,email\n"
                                                 "2026-05-01,2026-05-04,anna@example.com\n"
                                                 "2026-05-10,2026-05-08,anna@example.com\n");
    const CliRun usage = s.onDb({u"import"_s, u"stays"_s, file, u"--skip-bad-rows"_s});
    CHECK(usage.code == 2);
    CHECK(usage.err.contains(u"--rejects"_s));

    const QString rejects = s.path(u"rejects.csv"_s);
    const CliRun run =
        s.onDb({u"import"_s, u"stays"_s, file, u"--skip-bad-rows"_s, u"--rejects"_s, rejects, u"--json"_s});
    INFO(run.err.toStdString());
    REQUIRE(run.code == 0);
    CHECK(run.json().value(u"stays"_s).toInteger() == 1);
    CHECK(run.json().value(u"rejected"_s).toInteger() == 1);
    CHECK(run.json().value(u"rejects"_s).toString() == rejects);
    CHECK(s.count(u"stays"_s) == 1);
    CHECK(innkeep::test::modeOf(rejects) == 0600);
    QFile written(rejects);
    REQUIRE(written.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(written.readAll());
    CHECK(csv.startsWith(u"arrival,departure,email,import_error\r\n"_s));
    CHECK(csv.contains(u"2026-05-10,2026-05-08,anna@example.com,line 3: departure: The departure"_s));
}

TEST_CASE("CLI import feedback: ratings on their scales, --scale for bare numbers, and a re-import skips")
{
    Sandbox s;
    const QString file =
        s.write(u"reviews.csv"_s, "Date,Rating,Review,Site,Email\n"
                                  "2026-05-02,4/5,Clean room and kind staff,Booking.com,anna@example.com\n"
                                  "2026-05-03,8 / 10,Breakfast was cold,TripAdvisor,\n"
                                  "2026-05-04,3,Average,Google,\n");
    const CliRun noScale = s.onDb({u"import"_s, u"feedback"_s, file});
    CHECK(noScale.code == 1);
    CHECK(noScale.oneLineError());
    CHECK(noScale.err.contains(u"reviews.csv:4: rating: "_s));
    CHECK(s.count(u"feedback"_s) == 0);

    const CliRun badScale = s.onDb({u"import"_s, u"feedback"_s, file, u"--scale"_s, u"7"_s});
    CHECK(badScale.code == 2);
    CHECK(badScale.err.contains(u"--scale"_s));

    const CliRun imported = s.onDb({u"import"_s, u"feedback"_s, file, u"--scale"_s, u"5"_s, u"--json"_s});
    INFO(imported.err.toStdString());
    REQUIRE(imported.code == 0);
    CHECK(imported.json().value(u"feedback"_s).toInteger() == 3);
    CHECK(imported.json().value(u"rows"_s).toInteger() == 3);

    const CliRun list = s.onDb({u"feedback"_s, u"list"_s, u"--json"_s});
    REQUIRE(list.code == 0);
    QList<double> normalised;
    QStringList sites;
    for (const QJsonValue &entry : list.jsonArray()) {
        normalised.append(entry.toObject().value(u"rating_normalised"_s).toDouble());
        sites.append(entry.toObject().value(u"site"_s).toString());
    }
    std::sort(normalised.begin(), normalised.end());
    REQUIRE(normalised.size() == 3);
    CHECK(normalised.at(0) == 0.5);
    CHECK(normalised.at(1) == 0.75);
    CHECK(normalised.at(2) == Approx(0.7778));
    CHECK(sites.contains(u"Booking.com"_s));
    CHECK(sites.contains(u"Tripadvisor"_s));

    const CliRun again = s.onDb({u"import"_s, u"feedback"_s, file, u"--scale"_s, u"5"_s});
    REQUIRE(again.code == 0);
    CHECK(again.out
          == u"Imported 0 feedback entries from reviews.csv: 3 rows read, 3 skipped as already stored, 0 "
             "rejected.\n"_s);
    CHECK(s.count(u"feedback"_s) == 3);
}

TEST_CASE("CLI import stays and feedback read back what export csv wrote, from the venue to a new file")
{
    CliSandbox s;
    REQUIRE(s.onDb({u"init"_s}).code == 0);
    const QString aram = s.onDb({u"guest"_s, u"add"_s, u"--given"_s, u"Aram"_s, u"--family"_s, u"Petrosyan"_s,
                                 u"--email"_s, u"aram@example.am"_s})
                             .id();
    const QString nino = s.onDb({u"guest"_s, u"add"_s, u"--given"_s, u"Nino"_s, u"--family"_s, u"Beridze"_s,
                                 u"--email"_s, u"nino@example.ge"_s})
                             .id();
    s.onDb({u"stay"_s, u"add"_s, aram, u"--arrival"_s, u"2026-03-01"_s, u"--departure"_s, u"2026-03-04"_s,
            u"--room"_s, u"204"_s, u"--booking-ref"_s, u"BK-1"_s})
        .id();
    s.onDb({u"stay"_s, u"add"_s, nino, u"--arrival"_s, u"2026-04-10"_s, u"--departure"_s, u"2026-04-12"_s,
            u"--room"_s, u"301"_s})
        .id();
    const QString said = s.onDb({u"feedback"_s, u"add"_s, u"--channel"_s, u"survey"_s, u"--guest"_s, nino,
                                 u"--rating"_s, u"4/5"_s, u"--text"_s, u"Quiet room, lovely breakfast"_s,
                                 u"--received"_s, u"2026-04-12T09:30:00Z"_s})
                             .id();
    REQUIRE(s.onDb({u"feedback"_s, u"respond"_s, said, u"--text"_s, u"Thank you, Nino!"_s}).code == 0);
    const QString first = s.path(u"first"_s);
    REQUIRE(s.onDb({u"export"_s, u"csv"_s, u"--output"_s, first}).code == 0);

    const QString other = s.path(u"other.sqlite"_s);
    REQUIRE(s.cli({u"init"_s, u"--db"_s, other}).code == 0);
    for (const char *kind : {"guests", "stays", "feedback"}) {
        const CliRun run = s.cli({u"import"_s, QString::fromLatin1(kind), u"--db"_s, other,
                                  first + u'/' + QString::fromLatin1(kind) + u".csv"_s});
        INFO(kind << ": " << run.err.toStdString());
        REQUIRE(run.code == 0);
    }
    const QString second = s.path(u"second"_s);
    REQUIRE(s.cli({u"export"_s, u"csv"_s, u"--db"_s, other, u"--output"_s, second}).code == 0);
    // The same stays and feedback, but for the ids each file gave them.
    const auto withoutIds = [](const QString &path, QList<int> idColumns) {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        QStringList rows;
        for (const QByteArray &line : file.readAll().split('\n')) {
            QStringList cells = QString::fromUtf8(line).split(u',');
            for (auto column = idColumns.crbegin(); column != idColumns.crend(); ++column) {
                if (*column < cells.size())
                    cells.removeAt(*column);
            }
            rows.append(cells.join(u','));
        }
        return rows;
    };
    // stays.csv: stay_id, guest_id first; feedback.csv: feedback_id, received_at, guest_id.
    CHECK(withoutIds(second + u"/stays.csv"_s, {0, 1}) == withoutIds(first + u"/stays.csv"_s, {0, 1}));
    const QStringList feedback = withoutIds(second + u"/feedback.csv"_s, {0, 2});
    CHECK(feedback == withoutIds(first + u"/feedback.csv"_s, {0, 2}));
    CHECK(feedback.join(u'\n').contains(u"Thank you, Nino!"_s));
}

TEST_CASE("CLI import stays reads a windows-1251 file with --encoding, keeping its line numbers")
{
    CliSandbox s;
    REQUIRE(s.onDb({u"init"_s}).code == 0);
    REQUIRE(s.onDb({u"guest"_s, u"add"_s, u"--given"_s, u"Maria"_s, u"--family"_s, u"Ivanova"_s, u"--email"_s,
                    u"maria@example.ru"_s})
                .code
            == 0);
    // "email,заезд,выезд,номер" and a row, in windows-1251.
    const QString path = s.path(u"stays-1251.csv"_s);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("email," + QByteArray::fromHex("e7e0e5e7e4") + "," + QByteArray::fromHex("e2fbe5e7e4") + ","
               + QByteArray::fromHex("edeeece5f0") + "\nmaria@example.ru,2026-02-01,2026-02-03,12\n"
               + "maria@example.ru,2026-03-05,2026-03-01,14\n");
    file.close();

    const CliRun unread = s.onDb({u"import"_s, u"stays"_s, path});
    CHECK(unread.code == 1);
    const CliRun wrong = s.onDb({u"import"_s, u"stays"_s, path, u"--encoding"_s, u"windows-1251"_s});
    CHECK(wrong.code == 1);
    CHECK(wrong.err.contains(u"stays-1251.csv:3:"_s)); // the departure before the arrival, on its own line
    CHECK(s.counts().value(u"stays"_s).toInteger() == 0);
    const CliRun read =
        s.onDb({u"import"_s, u"stays"_s, path, u"--encoding"_s, u"windows-1251"_s, u"--skip-bad-rows"_s,
                u"--rejects"_s, s.path(u"left-out.csv"_s), u"--json"_s});
    INFO(read.err.toStdString());
    REQUIRE(read.code == 0);
    CHECK(read.json().value(u"stays"_s).toInteger() == 1);
    CHECK(s.counts().value(u"stays"_s).toInteger() == 1);
}
