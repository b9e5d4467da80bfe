// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Where an export may write (issue 16, items 1, 11 and 15): never over a database or a device,
// always private to the user, and a full disk said as such.
#include "exchange/exportdestination.h"
#include "exchange/jsonexport.h"
#include "filemode.h"
#include "guests/guestservice.h"
#include "tempdatabase.h"
#include "tinydisk.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>

using namespace innkeep;
using namespace innkeep::test;

namespace {

using FileStatus = struct stat;

bool isCharacterDevice(const QString &path)
{
    FileStatus info{};
    return ::lstat(QFile::encodeName(path).constData(), &info) == 0 && S_ISCHR(info.st_mode);
}

void addGuests(TempDatabase &t, int count)
{
    for (int i = 0; i < count; ++i) {
        Guest g;
        g.givenName = QStringLiteral("Guest");
        g.familyName = QStringLiteral("Number %1 with a fairly long family name").arg(i);
        g.emails = {QStringLiteral("guest%1@example.com").arg(i)};
        REQUIRE_OK(GuestService(t.db()).add(g));
    }
}

// The export is refused with an error naming `path`, and the file there is unchanged.
void requireRefused(TempDatabase &t, const QString &path, const char *messagePart)
{
    const QFileInfo before(path);
    const QByteArray bytes = before.isFile() ? readBytes(path) : QByteArray();
    auto written = JsonExport(t.db()).write(path);
    INFO(path.toStdString());
    REQUIRE_FALSE(written.has_value());
    CHECK(written.error().file == QDir::toNativeSeparators(path));
    INFO(written.error().message.toStdString());
    CHECK(written.error().message.contains(QLatin1String(messagePart)));
    if (before.isFile())
        CHECK(readBytes(path) == bytes);
}

} // namespace

TEST_CASE("Export destination: the open database and its working files are refused by any name")
{
    TempDatabase t;
    addGuests(t, 3);
    const QByteArray database = readBytes(t.path());
    requireRefused(t, t.path(), "open database");
    requireRefused(t, t.filePath(QStringLiteral("sub/../innkeep.sqlite")), "open database");
    REQUIRE(QFile::link(t.path(), t.filePath(QStringLiteral("venue-link.json"))));
    requireRefused(t, t.filePath(QStringLiteral("venue-link.json")), "open database");
    for (const char *suffix : {"-wal", "-shm", "-journal"})
        requireRefused(t, t.path() + QLatin1String(suffix), "working file of the open database");
    // A dangling link that would create the database's -journal.
    REQUIRE(
        QFile::link(t.path() + QStringLiteral("-journal"), t.filePath(QStringLiteral("journal-link.json"))));
    requireRefused(t, t.filePath(QStringLiteral("journal-link.json")), "working file of the open database");

    CHECK(readBytes(t.path()) == database);
    t.reopen();
    CHECK(t.count(QStringLiteral("guests")) == 3);
}

TEST_CASE("Export destination: another database or its journal is never replaced")
{
    TempDatabase t;
    TempDatabase other;
    addGuests(other, 1);
    requireRefused(t, other.path(), "is a database");

    writeBytes(t.filePath(QStringLiteral("foreign.db")),
               QByteArray("SQLite format 3\0", 16) + QByteArray(200, 'x'));
    requireRefused(t, t.filePath(QStringLiteral("foreign.db")), "is a database");
    writeBytes(t.filePath(QStringLiteral("some.wal")),
               QByteArray("\x37\x7f\x06\x82", 4) + QByteArray(60, '\0'));
    requireRefused(t, t.filePath(QStringLiteral("some.wal")), "working file of a database");
    // The -shm of another database has no header of its own: known by its name beside the database.
    requireRefused(t, other.path() + QStringLiteral("-shm"), "working file of a database");
}

TEST_CASE("Export destination: folders, devices, pipes and links to them are refused and left as they were")
{
    TempDatabase t;
    requireRefused(t, t.filePath(QString()), "folder");
    requireRefused(t, QStringLiteral("/dev/null"), "not a regular file");
    CHECK(isCharacterDevice(QStringLiteral("/dev/null")));
    if (QFileInfo::exists(QStringLiteral("/dev/full"))) {
        requireRefused(t, QStringLiteral("/dev/full"), "not a regular file");
        CHECK(isCharacterDevice(QStringLiteral("/dev/full")));
        CHECK(modeOf(QStringLiteral("/dev/full")) == 0666);
    }
    const QString fifo = t.filePath(QStringLiteral("pipe.json"));
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    requireRefused(t, fifo, "not a regular file");
    REQUIRE(QFile::link(QStringLiteral("/dev/null"), t.filePath(QStringLiteral("null-link.json"))));
    requireRefused(t, t.filePath(QStringLiteral("null-link.json")), "not a regular file");
    REQUIRE(QFile::link(t.filePath(QStringLiteral("loop-b")), t.filePath(QStringLiteral("loop-a"))));
    REQUIRE(QFile::link(t.filePath(QStringLiteral("loop-a")), t.filePath(QStringLiteral("loop-b"))));
    requireRefused(t, t.filePath(QStringLiteral("loop-a")), "circle");
    auto empty = ExportDestination::check(QString(), t.path());
    REQUIRE_FALSE(empty.has_value());
    CHECK(empty.error().message.contains(QStringLiteral("No file name")));
}

TEST_CASE("Export destination: a new file, or a regular file replaced, is private to the user (0600)")
{
    TempDatabase t;
    addGuests(t, 2);
    const QString fresh = t.filePath(QStringLiteral("fresh.json"));
    REQUIRE_OK(JsonExport(t.db()).write(fresh));
    CHECK(modeOf(fresh) == 0600);

    const QString old = t.filePath(QStringLiteral("old.json"));
    writeBytes(old, "an old export");
    REQUIRE(::chmod(QFile::encodeName(old).constData(), 0644) == 0);
    REQUIRE_OK(JsonExport(t.db()).write(old));
    CHECK(modeOf(old) == 0600);
    CHECK(readBytes(old).startsWith("{\"format\":\"innkeep-export\""));

    // Through a link: the regular file it points at is replaced and made private; the link stays.
    const QString target = t.filePath(QStringLiteral("target.json"));
    writeBytes(target, "old");
    REQUIRE(::chmod(QFile::encodeName(target).constData(), 0666) == 0);
    REQUIRE(QFile::link(target, t.filePath(QStringLiteral("via-link.json"))));
    REQUIRE_OK(JsonExport(t.db()).write(t.filePath(QStringLiteral("via-link.json"))));
    CHECK(QFileInfo(t.filePath(QStringLiteral("via-link.json"))).isSymLink());
    CHECK(modeOf(target) == 0600);
    CHECK(readBytes(target).startsWith("{\"format\""));
}

TEST_CASE("Export destination: an export onto a full disk says the disk is full and leaves the old file")
{
    TempDatabase t;
    addGuests(t, 600); // about 150 KB of JSON: more than the disk holds
    TinyDisk disk(t.filePath(QStringLiteral("tiny")));
    if (!disk.mounted()) {
        WARN("SKIPPED: cannot mount a 64 KiB tmpfs here (" << disk.why().toStdString()
                                                           << "); the full-disk export is not tested");
        return;
    }
    const QString path = t.filePath(QStringLiteral("tiny/out.json"));
    writeBytes(path, "the export of yesterday");
    auto written = JsonExport(t.db()).write(path);
    REQUIRE_FALSE(written.has_value());
    CHECK(written.error().code == Error::Code::Io);
    CHECK(written.error().file == QDir::toNativeSeparators(path));
    INFO(written.error().message.toStdString());
    CHECK(written.error().message.contains(QStringLiteral("disk is full")));
    CHECK_FALSE(written.error().message.contains(QStringLiteral("canceled")));
    CHECK(readBytes(path) == "the export of yesterday");
    // No temporary file left behind to fill the disk.
    CHECK(QDir(t.filePath(QStringLiteral("tiny"))).entryList(QDir::Files | QDir::Hidden | QDir::System)
          == QStringList{QStringLiteral("out.json")});
}
