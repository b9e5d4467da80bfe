// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// What the open window hears: a change another connection (innkeep-cli, a worker, later sync)
// commits to the file reaches the venue's services' signals through the ChangeWatcher, with the
// right kind and ids; the venue's own changes are announced once, after the outermost commit.
#include "house/openvenue.h"
#include "storage/changelog.h"
#include "storage/statement.h"
#include "storage/transaction.h"
#include "tempdatabase.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <algorithm>

using namespace innkeep;
using namespace innkeep::test;

namespace {

// Every signal one service sent, in order: "added uuid guest", "many" …
class Heard final
{
public:
    explicit Heard(RecordEvents &service)
    {
        QObject::connect(&service, &RecordEvents::added, &m_context,
                         [this](const QString &u, const QString &g) {
                             m_said << QStringLiteral("added %1 %2").arg(u, g);
                         });
        QObject::connect(&service, &RecordEvents::changed, &m_context,
                         [this](const QString &u, const QString &g) {
                             m_said << QStringLiteral("changed %1 %2").arg(u, g);
                         });
        QObject::connect(&service, &RecordEvents::removed, &m_context,
                         [this](const QString &u, const QString &g) {
                             m_said << QStringLiteral("removed %1 %2").arg(u, g);
                         });
        QObject::connect(&service, &RecordEvents::manyChanged, &m_context,
                         [this] { m_said << QStringLiteral("many"); });
    }
    [[nodiscard]] QStringList take() { return std::exchange(m_said, {}); }
    [[nodiscard]] const QStringList &said() const { return m_said; }

private:
    QObject m_context;
    QStringList m_said;
};

QString line(const char *kind, const QString &uuid, const QString &guest)
{
    return QStringLiteral("%1 %2 %3").arg(QString::fromLatin1(kind), uuid, guest);
}

Guest named(const QString &given, const QString &family = QStringLiteral("Test"))
{
    Guest guest;
    guest.givenName = given;
    guest.familyName = family;
    return guest;
}

// The window's venue over the test's file, and a second connection to the same file playing
// innkeep-cli.
struct TwoPrograms
{
    TempDatabase t;
    OpenVenue venue{t.db()};
    std::unique_ptr<Database> cli = [this] {
        auto other = Database::open(t.path(), t.clock());
        REQUIRE_OK(other);
        return std::move(*other);
    }();
};

} // namespace

TEST_CASE("ChangeWatcher: another program's guest added, changed, archived and restored reaches the venue's "
          "GuestService",
          "[changewatcher]")
{
    TwoPrograms p;
    Heard guests(p.venue.guests());
    GuestService cliGuests(*p.cli);

    auto aram = cliGuests.add(named(QStringLiteral("Aram")));
    REQUIRE_OK(aram);
    CHECK(guests.said().isEmpty()); // nobody has looked yet
    REQUIRE_OK(p.venue.watcher().checkNow());
    CHECK(guests.take() == QStringList{line("added", aram->uuid, aram->uuid)});
    REQUIRE_OK(p.venue.watcher().checkNow());
    CHECK(guests.said().isEmpty()); // said once

    Guest edited = *aram;
    edited.vipLevel = 2;
    edited.city = QStringLiteral("Yerevan");
    REQUIRE_OK(cliGuests.update(edited));
    REQUIRE_OK(p.venue.watcher().checkNow());
    CHECK(guests.take() == QStringList{line("changed", aram->uuid, aram->uuid)}); // two fields, one signal

    REQUIRE_OK(cliGuests.archive(aram->uuid));
    REQUIRE_OK(p.venue.watcher().checkNow());
    CHECK(guests.take() == QStringList{line("removed", aram->uuid, aram->uuid)});

    REQUIRE_OK(cliGuests.restore(aram->uuid));
    REQUIRE_OK(p.venue.watcher().checkNow());
    CHECK(guests.take() == QStringList{line("added", aram->uuid, aram->uuid)});

    // A note belongs to its guest: the guest changed.
    REQUIRE_OK(cliGuests.addNote(aram->uuid, QStringLiteral("Likes the garden side")));
    REQUIRE_OK(p.venue.watcher().checkNow());
    CHECK(guests.take() == QStringList{line("changed", aram->uuid, aram->uuid)});
}

TEST_CASE("ChangeWatcher: another program's stay, preference, ticket and feedback reach their services with "
          "the guest's id",
          "[changewatcher]")
{
    TwoPrograms p;
    Heard guests(p.venue.guests());
    Heard stays(p.venue.stays());
    Heard preferences(p.venue.preferences());
    Heard tickets(p.venue.tickets());
    Heard feedback(p.venue.feedback());
    auto nino = GuestService(*p.cli).add(named(QStringLiteral("Nino"), QStringLiteral("Beridze")));
    REQUIRE_OK(nino);
    REQUIRE_OK(p.venue.watcher().checkNow());
    (void)guests.take();

    Stay draft;
    draft.guestUuid = nino->uuid;
    draft.arrival = p.t.clock().today();
    draft.departure = draft.arrival.addDays(2);
    draft.room = QStringLiteral("204");
    auto stay = StayService(*p.cli).add(draft);
    REQUIRE_OK(stay);
    REQUIRE_OK(p.venue.watcher().checkNow());
    CHECK(stays.take() == QStringList{line("added", stay->uuid, nino->uuid)});
    Stay moved = *stay;
    moved.room = QStringLiteral("305");
    REQUIRE_OK(StayService(*p.cli).update(moved));
    REQUIRE_OK(p.venue.watcher().checkNow());
    CHECK(stays.take() == QStringList{line("changed", stay->uuid, nino->uuid)});

    Preference pillow;
    pillow.guestUuid = nino->uuid;
    pillow.category = PreferenceCategory::Room;
    pillow.value = QStringLiteral("Feather-free pillow");
    auto pref = PreferenceService(*p.cli).record(pillow);
    REQUIRE_OK(pref);
    REQUIRE_OK(p.venue.watcher().checkNow());
    CHECK(preferences.take() == QStringList{line("added", pref->uuid, nino->uuid)});
    REQUIRE_OK(PreferenceService(*p.cli).remove(pref->uuid));
    REQUIRE_OK(p.venue.watcher().checkNow());
    CHECK(preferences.take() == QStringList{line("removed", pref->uuid, nino->uuid)});

    NewTicket complaint;
    complaint.guestUuid = nino->uuid;
    complaint.room = QStringLiteral("305");
    complaint.description = QStringLiteral("Noisy air conditioning");
    auto ticket = TicketService(*p.cli).create(complaint);
    REQUIRE_OK(ticket);
    REQUIRE_OK(p.venue.watcher().checkNow());
    CHECK(tickets.take() == QStringList{line("added", ticket->uuid, nino->uuid)});
    REQUIRE_OK(TicketService(*p.cli).acknowledge(ticket->uuid));
    REQUIRE_OK(p.venue.watcher().checkNow());
    CHECK(tickets.take() == QStringList{line("changed", ticket->uuid, nino->uuid)});

    NewFeedback card;
    card.guestUuid = nino->uuid;
    card.channel = FeedbackChannel::CommentCard;
    card.text = QStringLiteral("Lovely garden");
    auto entry = FeedbackService(*p.cli).add(card);
    REQUIRE_OK(entry);
    REQUIRE_OK(p.venue.watcher().checkNow());
    CHECK(feedback.take() == QStringList{line("added", entry->uuid, nino->uuid)});
    REQUIRE_OK(FeedbackService(*p.cli).respond(entry->uuid, QStringLiteral("Thank you!")));
    REQUIRE_OK(p.venue.watcher().checkNow());
    CHECK(feedback.take() == QStringList{line("changed", entry->uuid, nino->uuid)});

    // Each service heard only its own records.
    CHECK(guests.said().isEmpty());
}

TEST_CASE(
    "ChangeWatcher: nothing is announced before the other program commits, nor for a write it rolls back",
    "[changewatcher]")
{
    TwoPrograms p;
    Heard guests(p.venue.guests());
    GuestService cliGuests(*p.cli);
    QString uuid;
    {
        auto tx = Transaction::begin(*p.cli);
        REQUIRE_OK(tx);
        auto aram = cliGuests.add(named(QStringLiteral("Aram"))); // a nested step of the open transaction
        REQUIRE_OK(aram);
        uuid = aram->uuid;
        REQUIRE_OK(p.venue.watcher().checkNow());
        CHECK(guests.said().isEmpty()); // not committed yet: not there for anyone else
        REQUIRE_OK(tx->commit());
    }
    REQUIRE_OK(p.venue.watcher().checkNow());
    CHECK(guests.take() == QStringList{line("added", uuid, uuid)});

    {
        auto tx = Transaction::begin(*p.cli);
        REQUIRE_OK(tx);
        REQUIRE_OK(cliGuests.add(named(QStringLiteral("Nino"))));
        tx->rollback();
    }
    REQUIRE_OK(p.venue.watcher().checkNow());
    CHECK(guests.said().isEmpty());
    CHECK(p.t.count(QStringLiteral("guests")) == 1);
}

TEST_CASE("ChangeWatcher: a change made through the venue's services is announced once, by the service",
          "[changewatcher]")
{
    TwoPrograms p;
    Heard guests(p.venue.guests());
    auto aram = p.venue.guests().add(named(QStringLiteral("Aram")));
    REQUIRE_OK(aram);
    CHECK(guests.take() == QStringList{line("added", aram->uuid, aram->uuid)});
    REQUIRE_OK(p.venue.watcher().checkNow());
    CHECK(guests.said().isEmpty());

    // A short-lived instance on the venue's connection (a command, a service calling another):
    // the venue's instance speaks for it, once.
    auto nino = GuestService(p.t.db()).add(named(QStringLiteral("Nino")));
    REQUIRE_OK(nino);
    CHECK(guests.take() == QStringList{line("added", nino->uuid, nino->uuid)});
    REQUIRE_OK(p.venue.watcher().checkNow());
    CHECK(guests.said().isEmpty());

    // The window's change, then another program's, between two looks: the other program's is
    // announced, the window's is not announced a second time.
    auto gor = p.venue.guests().add(named(QStringLiteral("Gor")));
    REQUIRE_OK(gor);
    auto mari = GuestService(*p.cli).add(named(QStringLiteral("Mari")));
    REQUIRE_OK(mari);
    CHECK(guests.take() == QStringList{line("added", gor->uuid, gor->uuid)});
    REQUIRE_OK(p.venue.watcher().checkNow());
    CHECK(guests.take() == QStringList{line("added", mari->uuid, mari->uuid)});

    // The other way round (another program first, then the window): neither is lost. The log
    // cannot tell the window's entries from the other program's then, so the window's may be
    // announced a second time (a page re-reads a record it already has).
    auto anna = GuestService(*p.cli).add(named(QStringLiteral("Anna")));
    REQUIRE_OK(anna);
    auto lilit = p.venue.guests().add(named(QStringLiteral("Lilit")));
    REQUIRE_OK(lilit);
    CHECK(guests.take() == QStringList{line("added", lilit->uuid, lilit->uuid)});
    REQUIRE_OK(p.venue.watcher().checkNow());
    CHECK(guests.said().contains(line("added", anna->uuid, anna->uuid)));
    REQUIRE_OK(p.venue.watcher().checkNow());
    (void)guests.take();
    REQUIRE_OK(p.venue.watcher().checkNow());
    CHECK(guests.said().isEmpty());
}

TEST_CASE("ChangeWatcher: more entries than ManyThreshold become one manyChanged per service concerned",
          "[changewatcher]")
{
    TwoPrograms p;
    Heard guests(p.venue.guests());
    Heard tickets(p.venue.tickets());
    Heard stays(p.venue.stays());
    GuestService cliGuests(*p.cli);
    {
        auto tx = Transaction::begin(*p.cli);
        REQUIRE_OK(tx);
        for (int i = 0; i <= ChangeWatcher::ManyThreshold; ++i)
            REQUIRE_OK(cliGuests.add(named(QStringLiteral("Guest%1").arg(i))));
        NewTicket complaint;
        complaint.room = QStringLiteral("101");
        complaint.description = QStringLiteral("Lift out of order");
        REQUIRE_OK(TicketService(*p.cli).create(complaint));
        REQUIRE_OK(tx->commit());
    }
    REQUIRE_OK(p.venue.watcher().checkNow());
    CHECK(guests.take() == QStringList{QStringLiteral("many")});
    CHECK(tickets.take() == QStringList{QStringLiteral("many")});
    CHECK(stays.said().isEmpty());
    REQUIRE_OK(p.venue.watcher().checkNow());
    CHECK(guests.said().isEmpty());

    // Up to ManyThreshold entries are still named one by one.
    const auto logged = [&] {
        return Statement(*p.cli, QStringLiteral("SELECT count(*) FROM change_log")).scalar()->toLongLong();
    };
    const qint64 before = logged();
    int added = 0;
    {
        auto tx = Transaction::begin(*p.cli);
        REQUIRE_OK(tx);
        REQUIRE_OK(cliGuests.add(named(QStringLiteral("More"))));
        const qint64 perGuest = logged() - before;
        REQUIRE(perGuest > 0);
        for (added = 1; (added + 1) * perGuest <= ChangeWatcher::ManyThreshold; ++added)
            REQUIRE_OK(cliGuests.add(named(QStringLiteral("More%1").arg(added))));
        REQUIRE_OK(tx->commit());
    }
    REQUIRE(logged() - before <= ChangeWatcher::ManyThreshold);
    REQUIRE_OK(p.venue.watcher().checkNow());
    const QStringList said = guests.take();
    CHECK_FALSE(said.contains(QStringLiteral("many")));
    CHECK(said.size() == added);
}

TEST_CASE("ChangeWatcher: a bulk write on the venue's own connection is one manyChanged", "[changewatcher]")
{
    TwoPrograms p;
    Heard guests(p.venue.guests());
    Heard stays(p.venue.stays());
    {
        auto tx = Transaction::begin(p.t.db());
        REQUIRE_OK(tx);
        // The rows an import writes are not announced one by one; it says so.
        Statement insert(
            p.t.db(),
            QStringLiteral("INSERT INTO guests(uuid, given_name, family_name, created_at, updated_at) "
                           "VALUES ('bulk-1', 'Bulk', 'Guest', 0, 0)"));
        REQUIRE_OK(insert.exec());
        REQUIRE_OK(ChangeLog(p.t.db()).recordInsert(QStringLiteral("guests"), QStringLiteral("bulk-1"),
                                                    {{QStringLiteral("given_name"), QStringLiteral("Bulk")}},
                                                    QStringLiteral("bulk-1")));
        p.t.db().afterCommit().noteBulkWrite();
        CHECK(guests.said().isEmpty());
        REQUIRE_OK(tx->commit());
    }
    // Heard at the commit, without waiting for a look.
    CHECK(guests.take() == QStringList{QStringLiteral("many")});
    CHECK(stays.said().isEmpty());
    REQUIRE_OK(p.venue.watcher().checkNow());
    CHECK(guests.said().isEmpty());

    // A bulk write that is rolled back says nothing, and does not leave the next commit "bulk".
    {
        auto tx = Transaction::begin(p.t.db());
        REQUIRE_OK(tx);
        p.t.db().afterCommit().noteBulkWrite();
    }
    auto aram = p.venue.guests().add(named(QStringLiteral("Aram")));
    REQUIRE_OK(aram);
    CHECK(guests.take() == QStringList{line("added", aram->uuid, aram->uuid)});
}

TEST_CASE("ChangeWatcher: a service's signal waits for the outermost commit", "[changewatcher]")
{
    TwoPrograms p;
    Heard guests(p.venue.guests());
    Heard tickets(p.venue.tickets());
    QString guestUuid;
    QString ticketUuid;
    {
        auto tx = Transaction::begin(p.t.db());
        REQUIRE_OK(tx);
        auto aram = p.venue.guests().add(named(QStringLiteral("Aram"))); // a nested step, committed
        REQUIRE_OK(aram);
        guestUuid = aram->uuid;
        NewTicket complaint;
        complaint.guestUuid = guestUuid;
        complaint.description = QStringLiteral("Cold shower");
        auto ticket = TicketService(p.t.db()).create(complaint); // a short-lived instance's step
        REQUIRE_OK(ticket);
        ticketUuid = ticket->uuid;
        CHECK(guests.said().isEmpty());
        CHECK(tickets.said().isEmpty());
        REQUIRE_OK(tx->commit());
    }
    CHECK(guests.take() == QStringList{line("added", guestUuid, guestUuid)});
    CHECK(tickets.take() == QStringList{line("added", ticketUuid, guestUuid)});

    // The outer action rolled back: its committed steps are never announced.
    {
        auto tx = Transaction::begin(p.t.db());
        REQUIRE_OK(tx);
        REQUIRE_OK(p.venue.guests().add(named(QStringLiteral("Nino"))));
    }
    CHECK(guests.said().isEmpty());
    REQUIRE_OK(p.venue.watcher().checkNow());
    CHECK(guests.said().isEmpty());
}

// Not run by default: INNKEEP_WATCH_FILE=<a bench file> innkeep_core_tests "[.measure]" prints
// what one look costs on it (the file is copied first).
TEST_CASE("ChangeWatcher: what one look costs", "[.measure]")
{
    const QString source = qEnvironmentVariable("INNKEEP_WATCH_FILE");
    REQUIRE_FALSE(source.isEmpty());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("watched.sqlite"));
    REQUIRE(QFile::copy(source, path));
    ManualClock clock(fixedNow().toMSecsSinceEpoch());
    auto db = Database::open(path, clock);
    REQUIRE_OK(db);
    OpenVenue venue(**db);
    auto other = (*db)->openAnother();
    REQUIRE_OK(other);
    const QString guest = Statement(**other, QStringLiteral("SELECT uuid FROM guests LIMIT 1 OFFSET 5000"))
                              .scalar()
                              ->toString();
    REQUIRE_FALSE(guest.isEmpty());
    Heard heard(venue.guests());
    const auto median = [](QList<double> ms) {
        std::sort(ms.begin(), ms.end());
        return ms.at(ms.size() / 2);
    };
    QElapsedTimer timer;
    QList<double> idle;
    for (int i = 0; i < 200; ++i) {
        timer.start();
        REQUIRE_OK(venue.watcher().checkNow());
        idle << timer.nsecsElapsed() / 1e6;
    }
    for (int changes : {1, 200}) {
        QList<double> looks;
        for (int round = 0; round < 15; ++round) {
            {
                auto tx = Transaction::begin(**other);
                REQUIRE_OK(tx);
                for (int i = 0; i < changes; ++i)
                    REQUIRE_OK(GuestService(**other).addNote(guest, QStringLiteral("Note %1").arg(i)));
                REQUIRE_OK(tx->commit());
            }
            timer.start();
            REQUIRE_OK(venue.watcher().checkNow());
            looks << timer.nsecsElapsed() / 1e6;
            REQUIRE(heard.take().size() == 1);
        }
        WARN(QStringLiteral("one look after %1 change(s): median %2 ms")
                 .arg(changes)
                 .arg(median(looks))
                 .toStdString());
    }
    const qint64 guests =
        Statement(**other, QStringLiteral("SELECT count(*) FROM guests")).scalar()->toLongLong();
    WARN(QStringLiteral("%1 guests; one look, nothing changed: median %2 ms")
             .arg(guests)
             .arg(median(idle))
             .toStdString());
}
