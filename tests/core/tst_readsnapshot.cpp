// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Reads that see one moment of the file (ReadSnapshot), and ids that repeat for a fixed clock and
// seed (IdSource) while staying random in production.
#include "guests/guestservice.h"
#include "storage/idsource.h"
#include "storage/readsnapshot.h"
#include "storage/statement.h"
#include "storage/transaction.h"
#include "tempdatabase.h"

#include <QSet>
#include <QUuid>

using namespace innkeep;
using namespace innkeep::test;

namespace {

qint64 guestCount(Database &db)
{
    Statement count(db, QStringLiteral("SELECT count(*) FROM guests"));
    auto value = count.scalar();
    REQUIRE(value.has_value());
    return value->toLongLong();
}

Guest named(const QString &given)
{
    Guest guest;
    guest.givenName = given;
    guest.familyName = QStringLiteral("Test");
    return guest;
}

} // namespace

TEST_CASE("ReadSnapshot: another connection's commit is not seen until the snapshot ends", "[storage][snapshot]")
{
    TempDatabase t;
    REQUIRE_OK(GuestService(t.db()).add(named(QStringLiteral("Aram"))));
    auto other = t.db().openAnother();
    REQUIRE_OK(other);
    {
        ReadSnapshot snapshot(t.db());
        REQUIRE_OK(snapshot.status());
        CHECK(guestCount(t.db()) == 1);
        REQUIRE_OK(GuestService(**other).add(named(QStringLiteral("Nino"))));
        CHECK(guestCount(**other) == 2);
        CHECK(guestCount(t.db()) == 1); // still the moment of the first read
    }
    CHECK(guestCount(t.db()) == 2);
    // Without a snapshot each read sees the latest commit.
    REQUIRE_OK(GuestService(**other).add(named(QStringLiteral("Anna"))));
    CHECK(guestCount(t.db()) == 3);
}

TEST_CASE("ReadSnapshot: inside a write it changes nothing, and the write still commits", "[storage][snapshot]")
{
    TempDatabase t;
    auto tx = Transaction::begin(t.db());
    REQUIRE_OK(tx);
    {
        ReadSnapshot snapshot(t.db());
        REQUIRE_OK(snapshot.status());
        REQUIRE_OK(GuestService(t.db()).add(named(QStringLiteral("Levan"))));
    }
    REQUIRE_OK(tx->commit());
    t.reopen();
    CHECK(guestCount(t.db()) == 1);
}

TEST_CASE("IdSource: version 7 ids with the clock's time, repeated for one seed, random without one", "[storage][ids]")
{
    ManualClock clock(fixedNow());
    IdSource seeded(clock, 7), again(clock, 7), otherSeed(clock, 8), random1(clock, std::nullopt),
        random2(clock, std::nullopt);
    QStringList first, second;
    for (int i = 0; i < 5; ++i) {
        first.append(seeded.newUuid());
        second.append(again.newUuid());
    }
    CHECK(first == second);
    CHECK(QSet<QString>(first.begin(), first.end()).size() == 5);
    CHECK(otherSeed.newUuid() != first.first());
    CHECK(random1.newUuid() != random2.newUuid());

    const QUuid id = QUuid::fromString(first.first());
    const QByteArray bytes = id.toRfc4122();
    CHECK(quint8(bytes.at(6)) >> 4 == 7);    // version 7 (QUuid::version() knows only 1 to 5)
    CHECK(quint8(bytes.at(8)) >> 6 == 0b10); // RFC variant
    qint64 ms = 0;
    for (int i = 0; i < 6; ++i)
        ms = (ms << 8) | quint8(bytes.at(i));
    CHECK(ms == clock.nowMs());
}

TEST_CASE("Database ids come from its IdSource: a seeded file repeats its device id and row ids", "[storage][ids]")
{
    QString device[2], guest[2], worker[2];
    for (int run = 0; run < 2; ++run) {
        TempDatabase t(99);
        device[run] = t.db().deviceId();
        auto added = GuestService(t.db()).add(named(QStringLiteral("Aram")));
        REQUIRE_OK(added);
        guest[run] = added->uuid;
        auto other = t.db().openAnother();
        REQUIRE_OK(other);
        worker[run] = (*other)->newUuid();
    }
    CHECK(device[0] == device[1]);
    CHECK(guest[0] == guest[1]);
    CHECK(worker[0] == worker[1]);
    CHECK(worker[0] != guest[0]);
    CHECK(TempDatabase().db().deviceId() != TempDatabase().db().deviceId());
}
