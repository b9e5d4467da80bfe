// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// innkeep-cli template, message send and outbox, run as real processes against a real SMTP server
// on 127.0.0.1 (tests/support/smtpsink.py); the last case kills innkeep-cli in the middle of a send.
#include "clisandbox.h"
#include "filemode.h"
#include "smtpsink.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using innkeep::test::SmtpSink;

namespace {

class Sandbox : public CliSandbox
{
public:
    Sandbox()
    {
        REQUIRE(onDb({u"init"_s}).code == 0);
        set(u"venue_name"_s, u"Hotel Ararat"_s);
        set(u"smtp.from"_s, u"Hotel Ararat <desk@ararat.am>"_s);
        add(u"thank-you"_s, u"en"_s, u"Thank you, {given_name}"_s,
            u"Dear {given_name}, thank you. {venue}"_s);
        add(u"thank-you"_s, u"hy"_s, u"Շնորհակալություն, {given_name}"_s,
            u"Հարգելի {given_name}, շնորհակալ ենք։ {venue}"_s);
        add(u"thank-you"_s, u"ka"_s, u"გმადლობთ, {given_name}"_s,
            u"ძვირფასო {given_name}, მადლობა. {venue}"_s);
        REQUIRE(onDb({u"segment"_s, u"create"_s, u"Everyone"_s, u"--rule"_s, u"stays >= 0"_s}).code == 0);
    }

    void set(const QString &key, const QString &value) const
    {
        const CliRun run = onDb({u"settings"_s, u"set"_s, key, value});
        INFO(run.err.toStdString());
        REQUIRE(run.code == 0);
    }

    QString add(const QString &name, const QString &language, const QString &subject,
                const QString &body) const
    {
        return onDb({u"template"_s, u"add"_s, name, u"--language"_s, language, u"--subject"_s, subject,
                     u"--body"_s, body})
            .id();
    }

    QString guest(const QString &given, const QString &language, const QString &email,
                  const QString &consent = u"email,marketing"_s) const
    {
        QStringList arguments{u"guest"_s,     u"add"_s,  u"--given"_s,          given,
                              u"--family"_s,  u"Test"_s, u"--language"_s,       language,
                              u"--consent"_s, consent,   u"--allow-duplicate"_s};
        if (!email.isEmpty())
            arguments << u"--email"_s << email;
        return onDb(arguments).id();
    }

    CliRun send(QStringList more = {}) const
    {
        QStringList arguments{u"message"_s,  u"send"_s,       u"--segment"_s,
                              u"Everyone"_s, u"--template"_s, u"thank-you"_s};
        return onDb(arguments + more);
    }

    QJsonArray outbox() const
    {
        const CliRun run = onDb({u"outbox"_s, u"list"_s, u"--json"_s});
        REQUIRE(run.code == 0);
        return run.jsonArray();
    }
};

QString reason(const QJsonObject &plan, const QString &guest)
{
    for (const QJsonValue &skip : plan.value(u"skipped"_s).toArray())
        if (skip.toObject().value(u"guest"_s).toString() == guest)
            return skip.toObject().value(u"reason"_s).toString();
    return {};
}

} // namespace

TEST_CASE("CLI messages: templates are added per language and listed", "[messages][cli]")
{
    Sandbox box;
    const CliRun list = box.onDb({u"template"_s, u"list"_s, u"--json"_s});
    REQUIRE(list.code == 0);
    const QJsonArray templates = list.jsonArray();
    REQUIRE(templates.size() == 3);
    CHECK(templates.at(0).toObject().value(u"name"_s).toString() == u"thank-you"_s);
    CHECK(templates.at(0).toObject().value(u"language"_s).toString() == u"en"_s);
    CHECK(templates.at(0).toObject().value(u"fallback"_s).toBool());
    CHECK_FALSE(templates.at(1).toObject().value(u"fallback"_s).toBool());

    const CliRun bad = box.onDb({u"template"_s, u"add"_s, u"welcome"_s, u"--language"_s, u"en"_s,
                                 u"--subject"_s, u"Hi"_s, u"--body"_s, u"Hello {nickname}"_s});
    CHECK(bad.code != 0);
    CHECK(bad.oneLineError());
    CHECK(bad.err.contains(u"{nickname}"_s));
    CHECK(bad.err.contains(u"body"_s));
}

TEST_CASE("CLI messages: message send shows who gets it and who is left out, then sends through SMTP",
          "[messages][cli]")
{
    Sandbox box;
    SmtpSink sink;
    box.set(u"smtp.url"_s, sink.url());
    const QString aram = box.guest(u"Aram"_s, u"hy"_s, u"aram@example.am"_s);
    const QString nino = box.guest(u"Nino"_s, u"ka"_s, u"nino@example.ge"_s);
    const QString noMarketing = box.guest(u"Giorgi"_s, u"ka"_s, u"giorgi@example.ge"_s, u"email"_s);
    const QString noAddress = box.guest(u"Jean"_s, u"fr"_s, QString());

    const CliRun dry = box.send({u"--dry-run"_s, u"--json"_s});
    INFO(dry.err.toStdString());
    REQUIRE(dry.code == 0);
    const QJsonObject plan = dry.json();
    QStringList sentTo;
    for (const QJsonValue &sent : plan.value(u"sent"_s).toArray()) {
        const QJsonObject object = sent.toObject();
        CHECK(object.keys() == QStringList{u"guest"_s, u"language"_s, u"to"_s});
        sentTo << object.value(u"to"_s).toString() + u'/' + object.value(u"language"_s).toString();
    }
    sentTo.sort();
    CHECK(sentTo == QStringList{u"aram@example.am/hy"_s, u"nino@example.ge/ka"_s});
    CHECK(reason(plan, noMarketing) == u"no-consent"_s);
    CHECK(reason(plan, noAddress) == u"no-address"_s);
    CHECK(plan.value(u"skipped"_s).toArray().size() == 2);
    CHECK(sink.messages().isEmpty());
    CHECK(box.outbox().isEmpty());

    const CliRun sent = box.send({u"--json"_s});
    INFO(sent.err.toStdString());
    REQUIRE(sent.code == 0);
    CHECK(sent.json().value(u"sent"_s).toArray().size() == 2);
    CHECK(sent.json().value(u"not_sent"_s).toArray().isEmpty());
    const QList<QJsonObject> received = sink.messages();
    REQUIRE(received.size() == 2);
    QStringList subjects;
    for (const QJsonObject &mail : received)
        subjects << mail.value(u"subject"_s).toString();
    subjects.sort();
    CHECK(subjects == QStringList{u"Շնորհակալություն, Aram"_s, u"გმადლობთ, Nino"_s});
    const QJsonArray outbox = box.outbox();
    REQUIRE(outbox.size() == 2);
    for (const QJsonValue &m : outbox)
        CHECK(m.toObject().value(u"status"_s).toString() == u"sent"_s);

    // Sent a moment ago: a second send skips them as recently contacted.
    const CliRun again = box.send({u"--json"_s});
    REQUIRE(again.code == 0);
    CHECK(again.json().value(u"sent"_s).toArray().isEmpty());
    CHECK(reason(again.json(), aram) == u"recently-contacted"_s);
    CHECK(reason(again.json(), nino) == u"recently-contacted"_s);
    CHECK(sink.messages().size() == 2);

    // Text messages: a CSV of numbers and texts instead (nobody here agreed to SMS).
    const CliRun sms = box.send({u"--channel"_s, u"sms"_s, u"--output"_s, box.path(u"texts.csv"_s)});
    REQUIRE(sms.code == 0);
    CHECK(innkeep::test::modeOf(box.path(u"texts.csv"_s)) == 0600);
}

TEST_CASE("CLI messages: the outbox keeps messages while the server is down, flushed and exported later",
          "[messages][cli]")
{
    Sandbox box;
    SmtpSink sink;
    box.set(u"smtp.url"_s, sink.url());
    sink.stop();
    (void)box.guest(u"Aram"_s, u"hy"_s, u"aram@example.am"_s);
    (void)box.guest(u"Nino"_s, u"ka"_s, u"nino@example.ge"_s);

    const CliRun queued = box.send({u"--json"_s});
    INFO(queued.err.toStdString());
    REQUIRE(queued.code == 0);
    CHECK(queued.json().value(u"sent"_s).toArray().size() == 2);
    CHECK(queued.json().value(u"not_sent"_s).toArray().size() == 2);
    for (const QJsonValue &m : box.outbox()) {
        CHECK(m.toObject().value(u"status"_s).toString() == u"queued"_s);
        CHECK(m.toObject().value(u"attempts"_s).toInt() == 1);
        CHECK_FALSE(m.toObject().value(u"last_error"_s).toString().isEmpty());
    }
    const CliRun down = box.onDb({u"outbox"_s, u"flush"_s});
    CHECK(down.code == 1);
    CHECK(down.oneLineError());

    sink.start();
    const CliRun up = box.onDb({u"outbox"_s, u"flush"_s, u"--json"_s});
    INFO(up.err.toStdString());
    CHECK(up.code == 0);
    CHECK(up.json().value(u"sent"_s).toInt() == 2);
    CHECK(sink.messages().size() == 2);
    for (const QJsonValue &m : box.outbox())
        CHECK(m.toObject().value(u"attempts"_s).toInt() == 3);

    // A new guest's message goes to the venue's own mail client as an .eml file instead.
    (void)box.guest(u"Olga"_s, u"ru"_s, u"olga@example.ru"_s);
    sink.stop();
    REQUIRE(box.send().code == 0);
    const CliRun exported = box.onDb({u"outbox"_s, u"export"_s, u"--output"_s, box.path(u"mail"_s)});
    INFO(exported.err.toStdString());
    REQUIRE(exported.code == 0);
    const QStringList files = QDir(box.path(u"mail"_s)).entryList({u"*.eml"_s}, QDir::Files);
    REQUIRE(files.size() == 1);
    CHECK(innkeep::test::modeOf(box.path(u"mail/"_s + files.constFirst())) == 0600);
    CHECK(box.onDb({u"outbox"_s, u"list"_s, u"--status"_s, u"exported"_s, u"--json"_s}).jsonArray().size()
          == 1);
}

TEST_CASE("CLI messages: innkeep-cli killed mid-send loses no message and sends none twice", "[messages][cli]")
{
    Sandbox box;
    const QString aram = box.guest(u"Aram"_s, u"hy"_s, u"aram@example.am"_s);
    const QString nino = box.guest(u"Nino"_s, u"ka"_s, u"nino@example.ge"_s);

    const auto killDuringFlush = [&box](SmtpSink &sink) {
        QProcess process;
        box.start(process, {u"outbox"_s, u"flush"_s, u"--db"_s, box.db()});
        REQUIRE(process.waitForStarted(30000));
        REQUIRE(sink.waitUntilDelaying());
        process.kill();
        REQUIRE(process.waitForFinished(30000));
    };
    const auto statuses = [&box] {
        QStringList found;
        for (const QJsonValue &m : box.outbox())
            found << m.toObject().value(u"to"_s).toString() + u'='
                         + m.toObject().value(u"status"_s).toString();
        found.sort();
        return found;
    };

    // Queued while no server is set, so nothing is sent until the flush we kill.
    SECTION("killed before the server had the message: it is sent once, later")
    {
        REQUIRE(box.send().code == 0);
        SmtpSink sink(SmtpSink::Delay::BeforeRecipient, 60);
        box.set(u"smtp.url"_s, sink.url());
        killDuringFlush(sink);
        CHECK(sink.messages().isEmpty());
        CHECK(statuses() == QStringList{u"aram@example.am=sending"_s, u"nino@example.ge=queued"_s});

        sink.start(); // no delay now
        const CliRun flush = box.onDb({u"outbox"_s, u"flush"_s, u"--json"_s});
        INFO(flush.err.toStdString());
        CHECK(flush.code == 0);
        CHECK(flush.json().value(u"recovered"_s).toInt() == 1);
        CHECK(flush.json().value(u"sent"_s).toInt() == 2);
        CHECK(sink.messages().size() == 2);
        CHECK(statuses() == QStringList{u"aram@example.am=sent"_s, u"nino@example.ge=sent"_s});
    }
    SECTION("killed after the server had the message: never sent again by itself")
    {
        REQUIRE(box.send().code == 0);
        SmtpSink sink(SmtpSink::Delay::BeforeAnswer, 60);
        box.set(u"smtp.url"_s, sink.url());
        killDuringFlush(sink);
        REQUIRE(sink.messages().size() == 1);
        const QString first = sink.messages().constFirst().value(u"to_address"_s).toString();

        sink.start();
        const CliRun flush = box.onDb({u"outbox"_s, u"flush"_s, u"--json"_s});
        CHECK(flush.code == 1); // one message needs a person
        CHECK(flush.json().value(u"recovered"_s).toInt() == 1);
        CHECK(flush.json().value(u"sent"_s).toInt() == 1);
        REQUIRE(sink.messages().size() == 2);
        QStringList to;
        for (const QJsonObject &mail : sink.messages())
            to << mail.value(u"to_address"_s).toString();
        to.sort();
        CHECK(to == QStringList{u"aram@example.am"_s, u"nino@example.ge"_s});
        CHECK(statuses().contains(first + u"=unknown"_s));

        // Flushing again sends nothing twice; the person records that it arrived.
        CHECK(box.onDb({u"outbox"_s, u"flush"_s}).code == 0);
        CHECK(sink.messages().size() == 2);
        QString unknown;
        for (const QJsonValue &m : box.outbox())
            if (m.toObject().value(u"status"_s).toString() == u"unknown"_s)
                unknown = m.toObject().value(u"uuid"_s).toString();
        REQUIRE(box.onDb({u"outbox"_s, u"mark-sent"_s, unknown}).code == 0);
        CHECK(statuses() == QStringList{u"aram@example.am=sent"_s, u"nino@example.ge=sent"_s});
        CHECK(box.onDb({u"outbox"_s, u"flush"_s}).code == 0);
        CHECK(sink.messages().size() == 2);
    }
    (void)aram;
    (void)nino;
}
