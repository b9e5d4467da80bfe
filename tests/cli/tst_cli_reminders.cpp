// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// innkeep-cli reminders, reminders done / snooze / reopen, run as a real process on a venue built with
// the CLI itself. The CLI reads the real clock: every date is relative to today.
#include "clisandbox.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

using Run = CliRun;

QString inDays(qint64 days)
{
    return QDate::currentDate().addDays(days).toString(Qt::ISODate);
}

class Sandbox : public CliSandbox
{
public:
    Sandbox() { REQUIRE(onDb({u"init"_s}).code == 0); }

    [[nodiscard]] QString guest(const QString &family, QStringList more = {}) const
    {
        return onDb(QStringList{u"guest"_s, u"add"_s, u"--given"_s, u"Test"_s, u"--family"_s, family} + more)
            .id();
    }
    [[nodiscard]] QString stay(const QString &guest, qint64 from, qint64 to, const QString &status) const
    {
        return onDb({u"stay"_s, u"add"_s, guest, u"--arrival"_s, inDays(from), u"--departure"_s, inDays(to),
                     u"--status"_s, status})
            .id();
    }
    // The reminders' keys by kind for the day `days` from today.
    [[nodiscard]] QMultiHash<QString, QString> keys(qint64 days) const
    {
        const Run run = onDb({u"reminders"_s, u"--date"_s, inDays(days), u"--json"_s});
        INFO(run.err.toStdString());
        REQUIRE(run.code == 0);
        const QJsonObject root = run.json();
        CHECK(root[u"date"_s].toString() == inDays(days));
        QMultiHash<QString, QString> found;
        for (const QJsonValue &value : root[u"reminders"_s].toArray())
            found.insert(value[u"kind"_s].toString(), value[u"key"_s].toString());
        return found;
    }
};

void checkRefused(const Run &run, int code, const QString &named)
{
    INFO(run.err.toStdString());
    CHECK(run.code == code);
    CHECK(run.oneLineError());
    CHECK(run.err.contains(named));
    CHECK(run.out.isEmpty());
}

} // namespace

TEST_CASE("CLI reminders: the day's list, done, snoozed and reopened", "[reminders]")
{
    Sandbox s;
    const QDate today = QDate::currentDate();
    const QString birthday = QDate(1992, today.month(), today.day()).toString(Qt::ISODate);
    const QString celebrating = s.guest(u"Celebrating"_s, {u"--birthday"_s, birthday});
    (void)s.stay(celebrating, -1, 2, u"in-house"_s);
    const QString allergic = s.guest(u"Allergic"_s);
    REQUIRE(s.onDb({u"pref"_s, u"add"_s, allergic, u"--category"_s, u"food"_s, u"--value"_s,
                    u"Peanut allergy"_s, u"--critical"_s})
                .code
            == 0);
    const QString arriving = s.stay(allergic, 1, 3, u"booked"_s);
    const QString ticket =
        s.onDb({u"ticket"_s, u"add"_s, u"--guest"_s, celebrating, u"--text"_s, u"Cold shower"_s,
                u"--category"_s, u"other"_s, u"--severity"_s, u"medium"_s})
            .id();
    REQUIRE(s.onDb({u"ticket"_s, u"move"_s, ticket, u"--to"_s, u"resolved"_s}).code == 0);

    const QString birthdayKey = u"birthday:"_s + celebrating + u":"_s + QString::number(today.year());
    const QString prepareKey = u"pre-arrival:"_s + arriving;
    const QString followUpKey = u"follow-up:"_s + ticket;

    // Today, with --json and without --date.
    const Run listed = s.onDb({u"reminders"_s, u"--json"_s});
    INFO(listed.err.toStdString());
    REQUIRE(listed.code == 0);
    const QJsonArray reminders = listed.json()[u"reminders"_s].toArray();
    REQUIRE(reminders.size() == 2);                           // the follow-up is due tomorrow
    const QJsonObject celebrate = reminders.at(0).toObject(); // both today: the birthday's day first
    CHECK(celebrate[u"key"_s].toString() == birthdayKey);
    CHECK(celebrate[u"action"_s].toString() == u"open-guest"_s);
    const QJsonObject prepare = reminders.at(1).toObject();
    CHECK(prepare[u"key"_s].toString() == prepareKey);
    CHECK(prepare[u"kind"_s].toString() == u"pre-arrival"_s);
    CHECK(prepare[u"action"_s].toString() == u"prepare-arrival"_s);
    CHECK(prepare[u"urgency"_s].toString() == u"today"_s);
    CHECK(prepare[u"day"_s].toString() == inDays(1));
    CHECK(prepare[u"guest"_s].toString() == allergic);
    CHECK(prepare[u"guest_name"_s].toString() == u"Test Allergic"_s);
    CHECK(prepare[u"record"_s].toString() == arriving);
    CHECK(prepare[u"text"_s].toString().contains(u"Peanut allergy"_s));

    // As text: one a line, with the key to act on.
    const Run text = s.onDb({u"reminders"_s});
    REQUIRE(text.code == 0);
    const QStringList lines = text.out.split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 2);
    CHECK(lines.at(0).startsWith(today.toString(Qt::ISODate) + u"  birthday  "_s));
    CHECK(lines.at(0).endsWith(u"["_s + birthdayKey + u"]"_s));

    // Tomorrow the follow-up is due, first.
    CHECK(s.keys(1).values(u"follow-up"_s) == QStringList{followUpKey});

    // Done: off the list.
    (void)s.onDb({u"reminders"_s, u"done"_s, birthdayKey}).id();
    CHECK_FALSE(s.keys(0).contains(u"birthday"_s));
    // Reopened: back.
    (void)s.onDb({u"reminders"_s, u"reopen"_s, birthdayKey}).id();
    CHECK(s.keys(0).values(u"birthday"_s) == QStringList{birthdayKey});

    // Snoozed until the day after tomorrow: gone tomorrow, back then.
    (void)s.onDb({u"reminders"_s, u"snooze"_s, followUpKey, u"--until"_s, inDays(2)}).id();
    CHECK_FALSE(s.keys(1).contains(u"follow-up"_s));
    CHECK(s.keys(2).values(u"follow-up"_s) == QStringList{followUpKey});

    // Logging the follow-up ends it for good.
    REQUIRE(s.onDb({u"ticket"_s, u"follow-up"_s, ticket, u"--channel"_s, u"phone"_s}).code == 0);
    CHECK_FALSE(s.keys(2).contains(u"follow-up"_s));
}

TEST_CASE("CLI reminders: wrong days and keys are refused on one line", "[reminders]")
{
    Sandbox s;
    const QString guest = s.guest(u"Someone"_s);
    checkRefused(s.onDb({u"reminders"_s, u"--date"_s, u"2026-13-01"_s}), 2, u"--date"_s);
    checkRefused(s.onDb({u"reminders"_s, u"done"_s, u"nonsense"_s}), 2, u"nonsense"_s);
    checkRefused(s.onDb({u"reminders"_s, u"done"_s}), 2, u"reminders done"_s);
    checkRefused(s.onDb({u"reminders"_s, u"snooze"_s, u"follow-up:"_s + guest}), 2, u"--until"_s);
    checkRefused(s.onDb({u"reminders"_s, u"snooze"_s, u"birthday:"_s + guest + u":2026"_s, u"--until"_s,
                         QDate::currentDate().toString(Qt::ISODate)}),
                 1, u"after today"_s);
    // A key of the right form about a ticket that is not there.
    checkRefused(s.onDb({u"reminders"_s, u"done"_s, u"follow-up:"_s + guest}), 1, u"not in this venue"_s);
    checkRefused(s.onDb({u"reminders"_s, u"reopen"_s, u"birthday:"_s + guest + u":2026"_s}), 1,
                 u"neither done nor snoozed"_s);

    const Run empty = s.onDb({u"reminders"_s, u"--date"_s, u"2030-01-01"_s});
    REQUIRE(empty.code == 0);
    CHECK(empty.out == u"Nothing to do on 2030-01-01.\n"_s);
}
