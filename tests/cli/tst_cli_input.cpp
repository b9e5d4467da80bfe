// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// What innkeep-cli accepts as text and values (issue 16, items 6, 8, 13 and 14), run as a process.
#include "clisandbox.h"
#include "common/clock.h"
#include "staff/staffservice.h"
#include "storage/database.h"
#include "storage/statement.h"

#include <QProcess>

using namespace Qt::StringLiterals;

namespace {

using Run = CliRun;

class Sandbox : public CliSandbox
{
public:
    Sandbox() { REQUIRE(onDb({u"init"_s}).code == 0); }

    // innkeep-cli with raw bytes in its arguments: `script` is a shell command line in which
    // "$CLI" is the program and printf makes the bytes (QProcess passes only text).
    Run raw(const QByteArray &script) const
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"CLI"_s, QStringLiteral(INNKEEP_CLI));
        environment.insert(u"DB"_s, db());
        environment.insert(u"LANG"_s, u"C.UTF-8"_s);
        process.setProcessEnvironment(environment);
        process.start(u"/bin/sh"_s, {u"-c"_s, QString::fromUtf8(script)});
        REQUIRE(process.waitForFinished(60000));
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }
    QString addGuest(const QStringList &more = {}) const
    {
        return onDb(QStringList{u"guest"_s, u"add"_s, u"--given"_s, u"Anna"_s, u"--family"_s, u"Petrosyan"_s}
                    + more)
            .id();
    }
    // A staff member, added through core: the command line has no staff command yet.
    void addStaff(const QString &name) const
    {
        innkeep::SystemClock clock;
        auto opened = innkeep::Database::open(db(), clock);
        REQUIRE(opened);
        REQUIRE(innkeep::StaffService(**opened).add(name));
    }
    // An old file may hold what the rules now refuse: write it behind the services' back.
    void writeRaw(const QString &sql, const QString &value) const
    {
        innkeep::SystemClock clock;
        auto opened = innkeep::Database::open(db(), clock);
        REQUIRE(opened);
        innkeep::Statement update(**opened, sql);
        REQUIRE(update.bind(value).exec());
    }
};

void checkRefused(const Run &run, int code, const QString &field)
{
    INFO(run.err.toStdString());
    CHECK(run.code == code);
    CHECK(run.oneLineError());
    CHECK(run.err.contains(field));
    CHECK(run.out.isEmpty());
    CHECK(run.err.size() < 600);
}

} // namespace

TEST_CASE("CLI input: an argument that is not UTF-8 is refused naming its option, not stored as U+FFFD",
          "[input]")
{
    Sandbox s;
    const QJsonObject before = s.counts();
    for (const auto &[script, field] :
         {std::pair{
              QByteArray(R"sh("$CLI" guest add --given "$(printf 'An\377na')" --family X --db "$DB")sh"),
              u"--given"_s},
          std::pair{QByteArray(R"sh("$CLI" guest add --family "$(printf '\303\050')" --db "$DB")sh"),
                    u"--family"_s},
          std::pair{QByteArray(R"sh("$CLI" guest add "--given=$(printf 'A\355\240\200')" --db "$DB")sh"),
                    u"--given"_s},
          std::pair{QByteArray(R"sh("$CLI" guest add --given "$(printf '\300\257')" --db "$DB")sh"),
                    u"--given"_s},
          std::pair{QByteArray(R"sh("$CLI" search "$(printf '\377')" --db "$DB")sh"), u"argument 2"_s}}) {
        INFO(script.toStdString());
        const Run run = s.raw(script);
        checkRefused(run, 2, field);
        CHECK(run.err.contains(u"UTF-8"_s));
        CHECK_FALSE(run.err.contains(QChar(0xFFFD)));
    }
    CHECK(s.counts() == before);
    // Valid UTF-8 in any script still goes through.
    const Run ok = s.raw(
        R"sh("$CLI" guest add --given "$(printf '\325\200\325\241\326\200\325\241\325\264')" --db "$DB")sh");
    INFO(ok.err.toStdString());
    CHECK(ok.code == 0);
}

TEST_CASE("CLI input: control characters are refused in every text option and never printed raw", "[input]")
{
    Sandbox s;
    const QString esc = u"Evil\x1b]0;pwned\x07\x1b[2J"_s;
    const QString guest = s.addGuest();
    s.addStaff(u"Gevorg"_s);
    const QString ticket = s.onDb({u"ticket"_s, u"add"_s, u"--guest"_s, guest, u"--category"_s, u"noise"_s,
                                   u"--severity"_s, u"low"_s, u"--text"_s, u"Noise"_s})
                               .id();
    const QJsonObject before = s.counts();
    for (const auto &[arguments, field] :
         {std::pair{QStringList{u"guest"_s, u"add"_s, u"--given"_s, esc}, u"given_name"_s},
          std::pair{QStringList{u"guest"_s, u"add"_s, u"--given"_s, u"Anna"_s, u"--company"_s, esc},
                    u"company"_s},
          std::pair{QStringList{u"guest"_s, u"add"_s, u"--given"_s, u"Anna"_s, u"--tag"_s, esc}, u"tag"_s},
          std::pair{
              QStringList{u"guest"_s, u"add"_s, u"--given"_s, u"Anna"_s, u"--salutation"_s, u"Mr\x07X"_s},
              u"salutation"_s},
          std::pair{QStringList{u"guest"_s, u"add"_s, u"--given"_s, u"Anna"_s, u"--note"_s, esc}, u"note"_s},
          std::pair{QStringList{u"pref"_s, u"add"_s, guest, u"--category"_s, u"room"_s, u"--value"_s, esc},
                    u"value"_s},
          std::pair{QStringList{u"ticket"_s, u"add"_s, u"--room"_s, u"1"_s, u"--category"_s, u"noise"_s,
                                u"--severity"_s, u"low"_s, u"--text"_s, esc},
                    u"description"_s},
          std::pair{QStringList{u"ticket"_s, u"note"_s, ticket, u"--text"_s, esc}, u"text"_s},
          std::pair{QStringList{u"feedback"_s, u"add"_s, u"--channel"_s, u"email"_s, u"--text"_s, esc},
                    u"text"_s},
          std::pair{QStringList{u"feedback"_s, u"add"_s, u"--channel"_s, u"review-site"_s, u"--site"_s, esc,
                                u"--text"_s, u"ok"_s},
                    u"site"_s}}) {
        INFO(arguments.join(u' ').toStdString());
        const Run run = s.onDb(arguments);
        checkRefused(run, 1, field);
        CHECK_FALSE(run.err.contains(QChar(0x1b)));
    }
    CHECK(s.counts() == before);

    // A name stored before the rule existed reaches the terminal escaped.
    s.writeRaw(u"UPDATE guests SET given_name = ? WHERE uuid = '"_s + guest + u"'"_s, esc);
    for (const QStringList &arguments :
         {QStringList{u"search"_s, u"Petrosyan"_s}, QStringList{u"guest"_s, u"show"_s, guest},
          QStringList{u"ticket"_s, u"list"_s}, QStringList{u"ticket"_s, u"show"_s, ticket}}) {
        INFO(arguments.join(u' ').toStdString());
        const Run run = s.onDb(arguments);
        CHECK(run.code == 0);
        CHECK_FALSE(run.out.contains(QChar(0x1b)));
        CHECK_FALSE(run.out.contains(QChar(0x07)));
        CHECK(run.out.contains(u"Evil\\x1b]0;pwned\\x07\\x1b[2J"_s));
    }
    const Run json = s.onDb({u"guest"_s, u"show"_s, guest, u"--json"_s});
    CHECK(json.json()[u"guest"_s][u"given_name"_s].toString() == esc); // JSON escapes it itself
}

TEST_CASE("CLI input: over-long values are refused with field and limit, quoting a short prefix", "[input]")
{
    Sandbox s;
    const QJsonObject before = s.counts();
    const Run name = s.onDb({u"guest"_s, u"add"_s, u"--given"_s, QString(131'000, u'a')});
    checkRefused(name, 1, u"given_name"_s);
    CHECK(name.err.contains(u"131,000"_s));
    CHECK(name.err.contains(u"200"_s));
    for (const auto &[option, field] :
         {std::pair{u"--phone"_s, u"phone"_s}, std::pair{u"--email"_s, u"email"_s},
          std::pair{u"--tag"_s, u"tag"_s}, std::pair{u"--language"_s, u"language"_s}}) {
        INFO(option.toStdString());
        const Run run =
            s.onDb({u"guest"_s, u"add"_s, u"--given"_s, u"Anna"_s, option, QString(100'000, u'7')});
        checkRefused(run, 1, field);
    }
    // Values that are parsed by the command line are quoted short too.
    for (const QStringList &arguments :
         {QStringList{u"guest"_s, u"add"_s, u"--given"_s, u"Anna"_s, u"--birthday"_s, QString(100'000, u'1')},
          QStringList{u"ticket"_s, u"list"_s, u"--due-within"_s, QString(100'000, u'1')},
          QStringList{u"ticket"_s, u"show"_s, QString(100'000, u'f')},
          QStringList{u"ticket"_s, u"compensate"_s, innkeep::newUuid(), u"--type"_s, u"other"_s,
                      u"--amount"_s, u"1"_s, u"--currency"_s, QString(100'000, u'C')},
          QStringList{u"search"_s, u"x"_s, u"--limit"_s, QString(100'000, u'9')},
          QStringList{u"guest"_s, QString(100'000, u'g')}}) {
        INFO(arguments.first().toStdString());
        const Run run = s.onDb(arguments);
        CHECK(run.code == 2);
        CHECK(run.oneLineError());
        CHECK(run.err.size() < 600);
    }
    CHECK(s.counts() == before);
}

TEST_CASE("CLI input: codes, tokens, dates, e-mails, phones and assignees that used to slip through",
          "[input]")
{
    Sandbox s;
    const QString guest = s.addGuest();
    s.addStaff(u"Gevorg"_s);
    const QJsonObject before = s.counts();
    const auto refused = [&](const QStringList &arguments, int code, const QString &field) {
        INFO(arguments.join(u' ').toStdString());
        checkRefused(s.onDb(arguments), code, field);
        CHECK(s.counts() == before);
    };
    for (const QString &language : {u"zz"_s, u"english"_s, u"123"_s})
        refused({u"feedback"_s, u"add"_s, u"--channel"_s, u"email"_s, u"--text"_s, u"Nice"_s, u"--language"_s,
                 language},
                1, u"language"_s);
    refused({u"ticket"_s, u"add"_s, u"--room"_s, u"1"_s, u"--category"_s, u"noise"_s, u"--severity"_s,
             u"low"_s, u"--text"_s, u"Noise"_s, u"--source"_s, u"telepathy"_s},
            2, u"--source"_s);
    refused({u"ticket"_s, u"add"_s, u"--room"_s, u"1"_s, u"--category"_s, u"noise"_s, u"--severity"_s,
             u"low"_s, u"--text"_s, u"Noise"_s, u"--assignee"_s, u"Nobody"_s},
            1, u"assignee"_s);
    refused({u"guest"_s, u"add"_s, u"--given"_s, u"Anna"_s, u"--email"_s, u"\"><script>@x.com"_s}, 1,
            u"email"_s);
    refused({u"guest"_s, u"add"_s, u"--given"_s, u"Anna"_s, u"--phone"_s, u"+49 30 1234567 ext. 89"_s}, 1,
            u"extension"_s);
    refused({u"guest"_s, u"add"_s, u"--given"_s, u"Anna"_s, u"--birthday"_s, u"2000-01-01T00:00"_s}, 2,
            u"--birthday"_s);
    refused({u"guest"_s, u"add"_s, u"--given"_s, u"Anna"_s, u"--anniversary"_s, u"2000-1-1"_s}, 2,
            u"--anniversary"_s);
    refused({u"pref"_s, u"add"_s, guest, u"--category"_s, u"room"_s, u"--value"_s, u"Quiet"_s,
             u"--observed"_s, u"1800-01-01"_s},
            1, u"observed_on"_s);
    refused({u"pref"_s, u"add"_s, guest, u"--category"_s, u"room"_s, u"--value"_s, u"Quiet"_s,
             u"--observed"_s, u"2020-01-01T10:00"_s},
            2, u"--observed"_s);
    const QString ticket =
        s.onDb({u"ticket"_s, u"add"_s, u"--guest"_s, guest, u"--category"_s, u"noise"_s, u"--severity"_s,
                u"low"_s, u"--text"_s, u"Noise"_s, u"--assignee"_s, u"gevorg"_s, u"--source"_s, u"phone"_s})
            .id();
    const QJsonObject shown = s.onDb({u"ticket"_s, u"show"_s, ticket, u"--json"_s}).json();
    CHECK(shown[u"ticket"_s][u"assignee"_s].toString() == u"Gevorg"_s);
    CHECK(shown[u"ticket"_s][u"source"_s].toString() == u"phone"_s);
    const QJsonObject withTicket = s.counts();
    for (const QString &currency : {u"ZZZ"_s, u"XYZ"_s}) {
        const Run run = s.onDb({u"ticket"_s, u"compensate"_s, ticket, u"--type"_s, u"amenity"_s,
                                u"--amount"_s, u"5"_s, u"--currency"_s, currency});
        checkRefused(run, 2, u"--currency"_s);
    }
    CHECK(s.counts() == withTicket);
    const Run language = s.onDb({u"feedback"_s, u"add"_s, u"--channel"_s, u"email"_s, u"--text"_s, u"Nice"_s,
                                 u"--language"_s, u"DE"_s});
    CHECK(language.code == 0);
}

TEST_CASE("CLI input: %1, %2 and %L1 in user text are printed as typed", "[input]")
{
    Sandbox s;
    const QString percent = u"%1 %2 %L1 %"_s;
    const QString guest =
        s.addGuest({u"--company"_s, u"Firm %2"_s, u"--tag"_s, u"tag%1"_s, u"--note"_s, u"Note %2 then %1"_s});
    const Run renamed = s.onDb({u"guest"_s, u"add"_s, u"--given"_s, u"Anna %1"_s, u"--family"_s,
                                u"Smith %2"_s, u"--native-given"_s, u"Աննա %L1"_s});
    const QString other = renamed.id();
    s.addStaff(u"Gevorg %1"_s);
    REQUIRE(s.onDb({u"pref"_s, u"add"_s, guest, u"--category"_s, u"room"_s, u"--value"_s,
                    u"High floor %1 please"_s, u"--detail"_s, u"Detail %2"_s, u"--critical"_s})
                .code
            == 0);
    const QString ticket = s.onDb({u"ticket"_s, u"add"_s, u"--guest"_s, other, u"--room"_s, u"Room %1"_s,
                                   u"--category"_s, u"noise"_s, u"--severity"_s, u"high"_s, u"--text"_s,
                                   u"Text "_s + percent, u"--assignee"_s, u"Gevorg %1"_s})
                               .id();
    REQUIRE(s.onDb({u"ticket"_s, u"note"_s, ticket, u"--text"_s, u"Note "_s + percent}).code == 0);
    REQUIRE(s.onDb({u"feedback"_s, u"add"_s, u"--channel"_s, u"review-site"_s, u"--site"_s, u"Site %1"_s,
                    u"--text"_s, u"Feedback "_s + percent, u"--rating"_s, u"1/5"_s, u"--guest"_s, other})
                .code
            == 0);

    const Run show = s.onDb({u"guest"_s, u"show"_s, guest});
    INFO(show.out.toStdString());
    CHECK(show.out.contains(u"High floor %1 please"_s));
    CHECK(show.out.contains(u"Firm %2"_s));
    CHECK(show.out.contains(u"tag%1"_s));
    CHECK(show.out.contains(u"Note %2 then %1"_s));
    CHECK(show.out.contains(u"High floor %1 please (Detail %2)"_s)); // the critical alert

    const Run otherShow = s.onDb({u"guest"_s, u"show"_s, other});
    INFO(otherShow.out.toStdString());
    CHECK(otherShow.out.contains(u"Աննա %L1 Smith %2 (Anna %1 Smith %2)"_s));
    CHECK(otherShow.out.contains(u"Text %1 %2 %L1 %"_s)); // the open-complaint alert

    const Run ticketShow = s.onDb({u"ticket"_s, u"show"_s, ticket});
    INFO(ticketShow.out.toStdString());
    CHECK(ticketShow.out.contains(u"Text %1 %2 %L1 %"_s));
    CHECK(ticketShow.out.contains(u"Note %1 %2 %L1 %"_s));
    CHECK(ticketShow.out.contains(u"Gevorg %1"_s));
    CHECK(ticketShow.out.contains(u"room Room %1"_s));
    CHECK(ticketShow.out.contains(u"Աննա %L1 Smith %2"_s));

    const Run list = s.onDb({u"ticket"_s, u"list"_s});
    CHECK(list.out.contains(u"Text %1 %2 %L1 %"_s));
    CHECK(list.out.contains(u"Աննա %L1 Smith %2, room Room %1"_s));
    const Run handover = s.onDb({u"handover"_s});
    CHECK(handover.out.contains(u"Text %1 %2 %L1 %"_s));
    const Run feedback = s.onDb({u"feedback"_s, u"list"_s});
    INFO(feedback.out.toStdString());
    CHECK(feedback.out.contains(u"Review site (Site %1)"_s));
    CHECK(feedback.out.contains(u"Feedback %1 %2 %L1 %"_s));
    CHECK(feedback.out.contains(u"Աննա %L1 Smith %2"_s));
    const Run search = s.onDb({u"search"_s, u"Anna"_s});
    CHECK(search.out.contains(u"Աննա %L1 Smith %2 (Anna %1 Smith %2)"_s));

    // Core's messages quote what was typed, as typed.
    const Run category = s.onDb({u"ticket"_s, u"add"_s, u"--room"_s, u"1"_s, u"--category"_s, u"x%1y"_s,
                                 u"--severity"_s, u"low"_s, u"--text"_s, u"t"_s});
    CHECK(category.err.contains(u"x%1y"_s));
    const Run email = s.onDb({u"guest"_s, u"add"_s, u"--given"_s, u"A"_s, u"--email"_s, u"%1%2@"_s});
    CHECK(email.err.contains(u"\"%1%2@\""_s));
    const Run assignee =
        s.onDb({u"ticket"_s, u"add"_s, u"--room"_s, u"1"_s, u"--category"_s, u"noise"_s, u"--severity"_s,
                u"low"_s, u"--text"_s, u"t"_s, u"--assignee"_s, u"%2 %1"_s});
    CHECK(assignee.err.contains(u"\"%2 %1\""_s));
}
