// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Backups: a checked copy written under its name only when whole, the automatic ones and their
// rotation, reading a copy without touching it, and restoring one in place of a working file.
#include "filemode.h"
#include "house/openvenue.h"
#include "house/venuebackups.h"
#include "storage/backuprotation.h"
#include "storage/databaserestore.h"
#include "storage/statement.h"
#include "tempdatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace innkeep;
using namespace innkeep::test;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 HourMs = 60LL * 60 * 1000;
constexpr qint64 DayMs = 24 * HourMs;

Guest guestNamed(const QString &given)
{
    Guest g;
    g.givenName = given;
    g.familyName = u"Petrosyan"_s;
    return g;
}

void addGuests(OpenVenue &venue, int count, const QString &prefix = u"Guest"_s)
{
    for (int i = 0; i < count; ++i)
        REQUIRE(venue.guests().add(guestNamed(prefix + QString::number(i))));
}

ManualClock &deskClock()
{
    static ManualClock clock(fixedNow());
    return clock;
}

QDateTime at(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODate);
}

} // namespace

TEST_CASE("Backups: a backup is a whole, checked, private copy named for the file, kind and time",
          "[backups]")
{
    TempDatabase t;
    OpenVenue venue(t.db());
    addGuests(venue, 12);
    VenueBackups backups(t.db());
    CHECK(backups.usesDefaultFolder());
    CHECK(backups.folder() == QFileInfo(t.path()).absoluteDir().filePath(u"backups"_s));

    auto made = backups.create();
    REQUIRE_OK(made);
    const QString path = made->summary.path;
    CHECK(QFileInfo(path).fileName() == u"innkeep-backup-20260615-100000.innkeep"_s);
    CHECK(modeOf(path) == 0600);
    CHECK(modeOf(backups.folder()) == 0700);
    CHECK(made->summary.guests == 12);
    CHECK(made->summary.deviceId == t.db().deviceId());
    CHECK(made->summary.lastChangeMs == fixedNow().toMSecsSinceEpoch());
    // Nothing unfinished is left beside it.
    CHECK(QDir(backups.folder()).entryList(QDir::Files | QDir::Hidden)
          == QStringList{QFileInfo(path).fileName()});

    auto verified = BackupCopy::verify(path);
    REQUIRE_OK(verified);
    CHECK(verified->guests == 12);
    CHECK(verified->schemaVersion == t.db().schemaVersion());

    // A second one in the same second gets its own name; the list is newest first.
    t.clock().advance(HourMs);
    REQUIRE_OK(backups.create());
    REQUIRE_OK(backups.create(VenueBackups::Kind::Automatic));
    const auto listed = backups.list();
    REQUIRE(listed.size() == 3);
    CHECK(QFileInfo(listed.at(0).summary.path).fileName() == u"innkeep-backup-20260615-110000.innkeep"_s);
    CHECK(QFileInfo(listed.at(1).summary.path).fileName() == u"innkeep-auto-20260615-110000.innkeep"_s);
    CHECK(listed.at(1).kind == VenueBackups::Kind::Automatic);
    CHECK(listed.at(2).summary.path == path);
    CHECK(listed.at(2).madeAt == fixedNow());
    // Reading the copies wrote nothing beside them (no journal, no log).
    CHECK(QDir(backups.folder()).entryList(QDir::Files | QDir::Hidden).size() == 3);
}

TEST_CASE("Backups: another folder, a relative folder refused, other files there left alone", "[backups]")
{
    TempDatabase t;
    OpenVenue venue(t.db());
    addGuests(venue, 2);
    VenueBackups backups(t.db());
    QTemporaryDir stick;
    auto relative = backups.setFolder(u"usb/backups"_s);
    REQUIRE_FALSE(relative);
    CHECK(relative.error().field == u"backup.folder"_s);
    CHECK(backups.usesDefaultFolder());

    const QString folder = stick.filePath(u"Innkeep"_s);
    REQUIRE_OK(backups.setFolder(folder));
    CHECK(backups.folder() == folder);
    CHECK_FALSE(backups.usesDefaultFolder());
    REQUIRE(QDir().mkpath(folder));
    writeBytes(stick.filePath(u"Innkeep/other-backup-20260101-000000.innkeep"_s), "another venue's");
    writeBytes(stick.filePath(u"Innkeep/innkeep-backup-notes.txt"_s), "notes");
    REQUIRE_OK(backups.create());
    CHECK(backups.list().size() == 1);
    REQUIRE_OK(backups.setFolder(QString()));
    CHECK(backups.usesDefaultFolder());
    CHECK(backups.list().isEmpty());
}

TEST_CASE("Backups: a damaged copy is listed with its problem and never restored", "[backups]")
{
    TempDatabase t;
    OpenVenue venue(t.db());
    addGuests(venue, 300);
    VenueBackups backups(t.db());
    auto made = backups.create();
    REQUIRE_OK(made);
    damageGuestsTable(made->summary.path);

    auto verified = BackupCopy::verify(made->summary.path);
    REQUIRE_FALSE(verified);
    CHECK(verified.error().code == Error::Code::Corrupt);
    const auto listed = backups.list();
    REQUIRE(listed.size() == 1);

    QTemporaryDir dir;
    const QString working = dir.filePath(u"working.innkeep"_s);
    {
        auto other = OpenVenue::open(working, deskClock(), OpenVenue::Mode::CreateNew);
        REQUIRE_OK(other);
        addGuests(**other, 3);
    }
    const QByteArray before = readBytes(working);
    auto restored = DatabaseRestore::restore(working, made->summary.path, fixedNow().toMSecsSinceEpoch(),
                                             DatabaseRestore::Replacing::Working);
    REQUIRE_FALSE(restored);
    CHECK(restored.error().code == Error::Code::Corrupt);
    CHECK(readBytes(working) == before);
    CHECK_FALSE(QFileInfo::exists(working + u".restoring"_s));
    CHECK(QDir(dir.path()).entryList({u"*.before-restore-*"_s}, QDir::Files).isEmpty());
}

TEST_CASE("Backups: restoring over a working file keeps that file aside and opens the copy", "[backups]")
{
    TempDatabase t;
    OpenVenue venue(t.db());
    addGuests(venue, 4);
    VenueBackups backups(t.db());
    auto made = backups.create();
    REQUIRE_OK(made);

    QTemporaryDir dir;
    const QString working = dir.filePath(u"desk.innkeep"_s);
    {
        auto other = OpenVenue::open(working, deskClock(), OpenVenue::Mode::CreateNew);
        REQUIRE_OK(other);
        addGuests(**other, 9);
    }
    {
        // Open elsewhere (the window, another command): refused, nothing changed.
        auto open = OpenVenue::open(working, deskClock());
        REQUIRE_OK(open);
        auto refused = DatabaseRestore::restore(working, made->summary.path, fixedNow().toMSecsSinceEpoch(),
                                                DatabaseRestore::Replacing::Working);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().code == Error::Code::Conflict);
        CHECK(refused.error().message.contains(u"Close it there first"_s));
        Statement guests((*open)->database(), u"SELECT count(*) FROM guests"_s);
        CHECK(guests.scalar()->toLongLong() == 9);
    }
    auto aside = DatabaseRestore::restore(working, made->summary.path, fixedNow().toMSecsSinceEpoch(),
                                          DatabaseRestore::Replacing::Working);
    REQUIRE_OK(aside);
    CHECK(*aside == working + u".before-restore-20260615-100000"_s);
    CHECK(modeOf(working) == 0600);
    auto keptAside = BackupCopy::read(*aside);
    REQUIRE_OK(keptAside);
    CHECK(keptAside->guests == 9);
    auto reopened = OpenVenue::open(working, deskClock());
    REQUIRE_OK(reopened);
    CHECK_FALSE((*reopened)->isReadOnly());
    Statement guests((*reopened)->database(), u"SELECT count(*) FROM guests"_s);
    CHECK(guests.scalar()->toLongLong() == 4);
    // The file kept aside is not offered as a copy to restore from.
    CHECK_FALSE(OpenVenue::restoreCandidates(working).contains(*aside));
}

TEST_CASE("Backups: the automatic backup is made when due, once a day and on closing, only after changes",
          "[backups]")
{
    TempDatabase t;
    OpenVenue venue(t.db());
    VenueBackups backups(t.db());
    // An empty file has nothing to keep.
    auto first = backups.backUpIfDue(VenueBackups::Occasion::Closing);
    REQUIRE_OK(first);
    CHECK_FALSE(first->made);

    addGuests(venue, 3);
    auto daily = backups.backUpIfDue(VenueBackups::Occasion::Daily);
    REQUIRE_OK(daily);
    REQUIRE(daily->made);
    CHECK(daily->made->kind == VenueBackups::Kind::Automatic);
    CHECK(daily->made->summary.guests == 3);

    // Unchanged since: neither the daily one nor the closing one.
    t.clock().advance(2 * DayMs);
    CHECK_FALSE(backups.backUpIfDue(VenueBackups::Occasion::Daily)->made);
    CHECK_FALSE(backups.backUpIfDue(VenueBackups::Occasion::Closing)->made);

    // Changed: the daily one waits for 24 hours after the last automatic one, closing does not.
    addGuests(venue, 1, u"Late"_s);
    auto sameDay = backups.backUpIfDue(VenueBackups::Occasion::Daily);
    REQUIRE(sameDay->made); // the last automatic one is two days old
    addGuests(venue, 1, u"Later"_s);
    t.clock().advance(HourMs);
    CHECK_FALSE(backups.backUpIfDue(VenueBackups::Occasion::Daily)->made);
    auto closing = backups.backUpIfDue(VenueBackups::Occasion::Closing);
    REQUIRE(closing->made);
    CHECK(closing->made->summary.guests == 5);

    // Switched off: nothing, whatever changed.
    REQUIRE_OK(backups.setAutomatic(false));
    CHECK_FALSE(backups.automatic());
    addGuests(venue, 1, u"Off"_s);
    t.clock().advance(3 * DayMs);
    CHECK_FALSE(backups.backUpIfDue(VenueBackups::Occasion::Closing)->made);
    REQUIRE_OK(backups.setAutomatic(true));
    CHECK(backups.backUpIfDue(VenueBackups::Occasion::Closing)->made);
}

TEST_CASE("Backups: a year of automatic backups is rotated to 7 daily, 4 weekly and 12 monthly",
          "[backups]")
{
    TempDatabase t;
    OpenVenue venue(t.db());
    VenueBackups backups(t.db());
    REQUIRE_OK(backups.create()); // a manual one is never rotated away
    for (int day = 0; day < 400; ++day) {
        addGuests(venue, 1, u"Day%1-"_s.arg(day));
        auto due = backups.backUpIfDue(VenueBackups::Occasion::Closing);
        REQUIRE_OK(due);
        REQUIRE(due->made);
        t.clock().advance(DayMs);
    }
    const auto listed = backups.list();
    qsizetype automatic = 0;
    qsizetype manual = 0;
    for (const auto &backup : listed)
        (backup.kind == VenueBackups::Kind::Automatic ? automatic : manual) += 1;
    CHECK(manual == 1);
    // 7 dailies, up to 4 weeklies and 12 monthlies, some of which are the same file.
    CHECK(automatic >= 12 + 1);
    CHECK(automatic <= 7 + 4 + 12);
    // The last seven days are all there.
    for (int i = 0; i < 7; ++i)
        CHECK(listed.at(i).kind == VenueBackups::Kind::Automatic);
    CHECK(listed.at(0).madeAt.msecsTo(listed.at(6).madeAt) == -6 * DayMs);
    // Nothing older than a year is kept, apart from the manual one.
    const QDateTime last = listed.first().madeAt;
    for (const auto &backup : listed) {
        if (backup.kind == VenueBackups::Kind::Automatic)
            CHECK(backup.madeAt.daysTo(last) < 366);
    }
}

TEST_CASE("Backups: rotation keeps the newest of each day, week and month that has one", "[backups]")
{
    // Four a day for the last ten days, then a gap, then one a day in March.
    QList<QDateTime> madeAt;
    for (int day = 0; day < 10; ++day) {
        for (int hour : {6, 12, 18, 23})
            madeAt.append(at(u"2026-06-15T00:00:00Z"_s).addDays(-day).addSecs(hour * 3600));
    }
    for (int day = 1; day <= 31; ++day)
        madeAt.append(at(u"2026-03-01T09:00:00Z"_s).addDays(day - 1));
    const QList<bool> kept = BackupRotation::keep(madeAt);
    QList<QDateTime> keptTimes;
    for (qsizetype i = 0; i < madeAt.size(); ++i) {
        if (kept.at(i))
            keptTimes.append(madeAt.at(i));
    }
    // The last backup of each of the 7 newest days.
    for (int day = 0; day < 7; ++day)
        CHECK(keptTimes.contains(at(u"2026-06-15T23:00:00Z"_s).addDays(-day)));
    CHECK_FALSE(keptTimes.contains(at(u"2026-06-15T18:00:00Z"_s)));
    // The week and month of 2026-06-06 (day 9): kept as that week's newest.
    CHECK(keptTimes.contains(at(u"2026-06-07T23:00:00Z"_s)));
    CHECK_FALSE(keptTimes.contains(at(u"2026-06-06T23:00:00Z"_s)));
    // March: only its newest (the monthly), the gap used no places.
    CHECK(keptTimes.contains(at(u"2026-03-31T09:00:00Z"_s)));
    CHECK_FALSE(keptTimes.contains(at(u"2026-03-30T09:00:00Z"_s)));
    CHECK(BackupRotation::keep({}).isEmpty());
    CHECK(BackupRotation::keep({at(u"2020-01-01T00:00:00Z"_s)}) == QList<bool>{true});
}
