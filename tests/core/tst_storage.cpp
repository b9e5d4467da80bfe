// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/uuid.h"
#include "storage/changelog.h"
#include "storage/hybridlogicalclock.h"
#include "storage/migrations.h"
#include "storage/statement.h"
#include "storage/transaction.h"
#include "tempdatabase.h"
#include "venue/venuesettings.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QtEndian>

#include <sqlite3.h>

using namespace innkeep;
using namespace innkeep::test;

namespace {

Result<std::unique_ptr<Database>> openAt(const QString &path)
{
    static SystemClock clock;
    return Database::open(path, clock);
}

// A plain SQLite file made by "another application".
void makeForeignSqlite(const QString &path, int userVersion, quint32 applicationId)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("CREATE TABLE t(x)")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO t VALUES (42)")));
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(userVersion)));
        REQUIRE(q.exec(QStringLiteral("PRAGMA application_id = %1").arg(applicationId)));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
}

} // namespace

TEST_CASE("A new file gets every migration, WAL, foreign keys and the Innkeep mark")
{
    TempDatabase t;
    CHECK(t.db().schemaVersion() == Migrations::latestVersion());
    CHECK(Migrations::latestVersion() >= 1);
    Statement version(t.db(), QStringLiteral("PRAGMA user_version"));
    CHECK(version.scalar()->toInt() == Migrations::latestVersion());
    Statement appId(t.db(), QStringLiteral("PRAGMA application_id"));
    CHECK(appId.scalar()->toLongLong() == Database::ApplicationId);
    Statement journal(t.db(), QStringLiteral("PRAGMA journal_mode"));
    CHECK(journal.scalar()->toString() == QStringLiteral("wal"));
    Statement keys(t.db(), QStringLiteral("PRAGMA foreign_keys"));
    CHECK(keys.scalar()->toInt() == 1);
    CHECK(isUuid(t.db().deviceId()));
}

TEST_CASE("New ids are version-7 UUIDs that start with the time they were made")
{
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    QStringList ids;
    for (int i = 0; i < 2000; ++i)
        ids.append(newUuid());
    const qint64 after = QDateTime::currentMSecsSinceEpoch();
    QString previousTime;
    for (const QString &id : std::as_const(ids)) {
        REQUIRE(isUuid(id));
        CHECK(id.at(14) == QLatin1Char('7'));              // version
        CHECK(QStringLiteral("89ab").contains(id.at(19))); // RFC 9562 variant
        const QString time = id.left(8) + id.mid(9, 4);    // 48 bits of milliseconds
        const qint64 ms = time.toLongLong(nullptr, 16);
        CHECK(ms >= before);
        CHECK(ms <= after);
        CHECK(time >= previousTime); // ids made later sort later, so uuid indexes grow at their end
        previousTime = time;
    }
    ids.removeDuplicates();
    CHECK(ids.size() == 2000);
}

TEST_CASE("Reopening keeps the device id and does not migrate again")
{
    TempDatabase t;
    const QString device = t.db().deviceId();
    t.reopen();
    CHECK(t.db().deviceId() == device);
    CHECK(t.db().migrationBackup().isEmpty());
}

TEST_CASE("Files that are not ours are refused and left byte for byte as they were")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("victim.sqlite"));
    Error::Code expected = Error::Code::NotInnkeepFile;

    SECTION("a text file")
    {
        writeBytes(path, "name,email\nAnna,anna@example.com\n");
    }
    SECTION("an empty file")
    {
        writeBytes(path, {});
    }
    SECTION("another application's SQLite file")
    {
        makeForeignSqlite(path, 3, 0x12345678);
    }
    SECTION("a plain SQLite file without an application id")
    {
        makeForeignSqlite(path, 0, 0);
    }
    SECTION("an Innkeep file from a newer version")
    {
        makeForeignSqlite(path, Migrations::latestVersion() + 1, Database::ApplicationId);
        expected = Error::Code::NewerSchema;
    }
    SECTION("a truncated Innkeep file")
    {
        const QString good = dir.filePath(QStringLiteral("good.sqlite"));
        {
            auto db = openAt(good);
            REQUIRE(db.has_value());
            REQUIRE(execute(**db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).has_value());
        }
        QByteArray bytes = readBytes(good);
        REQUIRE(bytes.size() > 8192);
        writeBytes(path, bytes.left(bytes.size() / 2));
        expected = Error::Code::Corrupt;
    }
    SECTION("a header-only fragment")
    {
        writeBytes(path, QByteArray("SQLite format 3\0", 16) + QByteArray(20, '\x01'));
        expected = Error::Code::Corrupt;
    }

    const QByteArray before = readBytes(path);
    auto opened = openAt(path);
    REQUIRE_FALSE(opened.has_value());
    CHECK(opened.error().code == expected);
    CHECK(opened.error().file.endsWith(QStringLiteral("victim.sqlite")));
    CHECK_FALSE(opened.error().message.isEmpty());
    CHECK(readBytes(path) == before);
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-journal")));
}

TEST_CASE("A transaction that is not committed leaves nothing behind, and its events are never sent")
{
    TempDatabase t;
    REQUIRE(execute(t.db(), QStringLiteral("CREATE TABLE scratch(key TEXT, value TEXT)")).has_value());
    VenueSettings settings(t.db()); // any service: its signals wait for the commit
    QSignalSpy changed(&settings, &VenueSettings::changed);
    {
        auto tx = Transaction::begin(t.db());
        REQUIRE(tx.has_value());
        REQUIRE(
            execute(t.db(), QStringLiteral("INSERT INTO scratch(key, value) VALUES ('a', 'b')")).has_value());
        t.db().afterCommit().queue({&settings, RecordEvents::Kind::Changed, QStringLiteral("a"), {}});
    }
    CHECK(t.count(QStringLiteral("scratch")) == 0);
    CHECK(changed.count() == 0);

    // Nested transactions join the outer one and commit with it.
    {
        auto tx = Transaction::begin(t.db());
        REQUIRE(tx.has_value());
        REQUIRE(
            execute(t.db(), QStringLiteral("INSERT INTO scratch(key, value) VALUES ('a', 'b')")).has_value());
        t.db().afterCommit().queue({&settings, RecordEvents::Kind::Changed, QStringLiteral("a"), {}});
        auto inner = Transaction::begin(t.db());
        REQUIRE(inner.has_value());
        REQUIRE(
            execute(t.db(), QStringLiteral("INSERT INTO scratch(key, value) VALUES ('c', 'd')")).has_value());
        REQUIRE_OK(inner->commit());
        CHECK(changed.count() == 0);
        REQUIRE_OK(tx->commit());
    }
    CHECK(t.count(QStringLiteral("scratch")) == 2);
    REQUIRE(changed.count() == 1);
    CHECK(changed.at(0).at(0).toString() == QStringLiteral("a"));

    // A nested step that fails dooms the whole action.
    {
        auto tx = Transaction::begin(t.db());
        REQUIRE(tx.has_value());
        REQUIRE(
            execute(t.db(), QStringLiteral("INSERT INTO scratch(key, value) VALUES ('e', 'f')")).has_value());
        {
            auto inner = Transaction::begin(t.db());
            REQUIRE(inner.has_value());
            REQUIRE(execute(t.db(), QStringLiteral("INSERT INTO scratch(key, value) VALUES ('g', 'h')"))
                        .has_value());
            // not committed
        }
        auto committed = tx->commit();
        REQUIRE_FALSE(committed.has_value());
        CHECK_FALSE(committed.error().message.isEmpty());
    }
    CHECK(t.count(QStringLiteral("scratch")) == 2);
    CHECK(changed.count() == 1);

    // A nested step that ends early without writing anything ("nothing to change") harms nothing.
    {
        auto tx = Transaction::begin(t.db());
        REQUIRE(
            execute(t.db(), QStringLiteral("INSERT INTO scratch(key, value) VALUES ('k', 'l')")).has_value());
        {
            auto inner = Transaction::begin(t.db());
            REQUIRE(inner.has_value());
        }
        REQUIRE_OK(tx->commit());
    }
    CHECK(t.count(QStringLiteral("scratch")) == 3);

    // and the next action starts clean
    auto next = Transaction::begin(t.db());
    REQUIRE(execute(t.db(), QStringLiteral("INSERT INTO scratch(key, value) VALUES ('i', 'j')")).has_value());
    REQUIRE_OK(next->commit());
    CHECK(t.count(QStringLiteral("scratch")) == 4);
}

TEST_CASE("Hybrid logical clock stamps always increase, even when the wall clock steps back")
{
    ManualClock clock(1'000'000);
    HybridLogicalClock hlc(clock);
    const qint64 a = hlc.next();
    const qint64 b = hlc.next();
    CHECK(b > a);
    clock.set(500'000);
    const qint64 c = hlc.next();
    CHECK(c > b);
    clock.set(2'000'000);
    const qint64 d = hlc.next();
    CHECK(HybridLogicalClock::wallMs(d) == 2'000'000);
    hlc.observe(HybridLogicalClock::pack(3'000'000, 7));
    CHECK(hlc.next() > HybridLogicalClock::pack(3'000'000, 7));
}

TEST_CASE("Two connections to one file never stamp two changes alike")
{
    TempDatabase t; // a manual clock that stands still: every stamp comes from the counter
    auto other = t.db().openAnother();
    REQUIRE_OK(other);
    QList<qint64> stamps;
    for (int i = 0; i < 50; ++i) {
        stamps.append(t.db().hlc().next());
        stamps.append((*other)->hlc().next());
    }
    for (qsizetype i = 1; i < stamps.size(); ++i)
        CHECK(stamps.at(i) > stamps.at(i - 1));
    // A third connection opened later continues after both.
    auto third = t.db().openAnother();
    REQUIRE_OK(third);
    CHECK((*third)->hlc().next() > stamps.last());
}

TEST_CASE("The change log records who changed which field, in the same transaction")
{
    TempDatabase t;
    t.db().setStaff(QStringLiteral("Ani"));
    ChangeLog log(t.db());
    {
        auto tx = Transaction::begin(t.db());
        REQUIRE(tx.has_value());
        REQUIRE(log.recordUpdate(QStringLiteral("guests"), QStringLiteral("row-1"), QStringLiteral("company"),
                                 QStringLiteral("Old"), QStringLiteral("New"), QStringLiteral("guest-1"))
                    .has_value());
        // no commit: gone
    }
    CHECK(t.count(QStringLiteral("change_log")) == 0);
    auto tx = Transaction::begin(t.db());
    REQUIRE(log.recordUpdate(QStringLiteral("guests"), QStringLiteral("row-1"), QStringLiteral("company"),
                             QStringLiteral("Old"), QStringLiteral("New"), QStringLiteral("guest-1"))
                .has_value());
    REQUIRE(tx->commit().has_value());
    auto entries = log.forGuest(QStringLiteral("guest-1"));
    REQUIRE(entries.has_value());
    REQUIRE(entries->size() == 1);
    const ChangeEntry &e = entries->first();
    CHECK(e.staff == QStringLiteral("Ani"));
    CHECK(e.field == QStringLiteral("company"));
    CHECK(e.oldValue.toString() == QStringLiteral("Old"));
    CHECK(e.newValue.toString() == QStringLiteral("New"));
    CHECK(e.deviceId == t.db().deviceId());
    CHECK(e.atMs() == fixedNow().toMSecsSinceEpoch());
}

TEST_CASE("diffFields reports only the fields that changed")
{
    const QVariantMap before{{QStringLiteral("a"), 1},
                             {QStringLiteral("b"), QStringLiteral("x")},
                             {QStringLiteral("c"), QVariant()}};
    const QVariantMap after{{QStringLiteral("a"), 1},
                            {QStringLiteral("b"), QStringLiteral("y")},
                            {QStringLiteral("c"), QStringLiteral("")}};
    const auto changes = diffFields(before, after);
    REQUIRE(changes.size() == 2);
    CHECK(changes.at(0).field == QStringLiteral("b"));
    CHECK(changes.at(1).field == QStringLiteral("c"));
}

TEST_CASE("A concatenation bound to a statement is bound as the text or bytes it builds", "[storage]")
{
    // With QT_USE_QSTRINGBUILDER `a + b` is a QStringBuilder, not a QString: it must not reach
    // the QVariant fallback, which would bind an empty text (GuestSearch binds `key + U+FFFF`).
    TempDatabase t;
    const QString key = QStringLiteral("Ar");
    Statement text(t.db(), QStringLiteral("SELECT ?, typeof(?)"));
    REQUIRE_OK(text.bind(key + QChar(0xFFFF), key + QStringLiteral("am")).exec());
    REQUIRE(text.next());
    CHECK(text.text(0) == QStringLiteral("Ar") + QChar(0xFFFF));
    CHECK(text.text(1) == QStringLiteral("text"));
    Statement bytes(t.db(), QStringLiteral("SELECT typeof(?), length(?)"));
    REQUIRE_OK(bytes.bind(QByteArray("ab") + 'c', QByteArray("ab") + 'c').exec());
    REQUIRE(bytes.next());
    CHECK(bytes.text(0) == QStringLiteral("blob"));
    CHECK(bytes.integer(1) == 3);
}

TEST_CASE("An older file is copied aside, then migrated step by step, keeping its data")
{
    REQUIRE(Migrations::latestVersion() >= 2);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    {
        // A file as schema 1 left it, with one guest in it.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QFile first(Migrations::files().first());
        REQUIRE(first.open(QIODevice::ReadOnly));
        const QByteArray sql = first.readAll();
        char *message = nullptr;
        sqlite3 *handle = *static_cast<sqlite3 *const *>(db.driver()->handle().constData());
        REQUIRE(sqlite3_exec(handle, sql.constData(), nullptr, nullptr, &message) == SQLITE_OK);
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral(
            "INSERT INTO guests(uuid, given_name, created_at, updated_at) VALUES ('g-1', 'Ani', 1, 1)")));
        REQUIRE(q.exec(QStringLiteral("PRAGMA application_id = %1").arg(Database::ApplicationId)));
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = 1")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old"));

    ManualClock clock(fixedNow());
    auto opened = Database::open(path, clock);
    REQUIRE_OK(opened);
    CHECK((*opened)->schemaVersion() == Migrations::latestVersion());
    const QString backup = (*opened)->migrationBackup();
    REQUIRE_FALSE(backup.isEmpty());
    CHECK(backup.startsWith(path + QStringLiteral(".schema1-")));
    Statement guests(**opened, QStringLiteral("SELECT given_name FROM guests WHERE uuid = 'g-1'"));
    CHECK(guests.scalar()->toString() == QStringLiteral("Ani"));

    // The copy is the file as it was: schema 1, with the same guest.
    const QByteArray header = readBytes(backup).left(100);
    CHECK(qFromBigEndian<quint32>(header.constData() + 60) == 1u);
    CHECK(qFromBigEndian<quint32>(header.constData() + 68) == Database::ApplicationId);
}

TEST_CASE("The schema is what the migrations say it is")
{
    TempDatabase t;
    Statement tables(
        t.db(),
        QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                       "AND name NOT LIKE 'search_index_%' ORDER BY name"));
    REQUIRE_OK(tables.exec());
    QStringList names;
    while (tables.next())
        names.append(tables.text(0));
    for (const char *expected :
         {"change_log", "guest_contacts", "guest_notes", "guest_tags", "guests", "local_meta", "preferences",
          "search_index", "search_names", "stays", "venue_settings"})
        CHECK(names.contains(QString::fromLatin1(expected)));
    Statement check(t.db(), QStringLiteral("PRAGMA integrity_check"));
    CHECK(check.scalar()->toString() == QStringLiteral("ok"));
    Statement keys(t.db(), QStringLiteral("PRAGMA foreign_key_check"));
    REQUIRE_OK(keys.exec());
    CHECK_FALSE(keys.next());
}

TEST_CASE("An inserted row is logged as JSON that parses back to the same values")
{
    TempDatabase t;
    const QVariantMap row{{QStringLiteral("text"), QStringLiteral("Line \"one\"\n\tԱրամ \\ ნინო")},
                          {QStringLiteral("count"), 42},
                          {QStringLiteral("big"), qint64(1) << 40},
                          {QStringLiteral("nothing"), QVariant(QMetaType::fromType<QString>())},
                          {QStringLiteral("flag"), true},
                          {QStringLiteral("control"), QString(QChar(0x01))}};
    auto tx = Transaction::begin(t.db());
    REQUIRE_OK(ChangeLog(t.db()).recordInsert(QStringLiteral("guests"), QStringLiteral("r-1"), row));
    REQUIRE_OK(tx->commit());
    auto entries = ChangeLog(t.db()).forRow(QStringLiteral("r-1"));
    REQUIRE_OK(entries);
    QJsonParseError error;
    const QJsonObject parsed =
        QJsonDocument::fromJson(entries->first().newValue.toString().toUtf8(), &error).object();
    REQUIRE(error.error == QJsonParseError::NoError);
    CHECK(parsed.value(QStringLiteral("text")).toString() == row.value(QStringLiteral("text")).toString());
    CHECK(parsed.value(QStringLiteral("count")).toInt() == 42);
    CHECK(parsed.value(QStringLiteral("big")).toInteger() == (qint64(1) << 40));
    CHECK(parsed.value(QStringLiteral("nothing")).isNull());
    CHECK(parsed.value(QStringLiteral("flag")).toBool());
    CHECK(parsed.value(QStringLiteral("control")).toString() == QString(QChar(0x01)));
}

TEST_CASE("Venue settings are cached, and a rolled-back change does not stick in the cache")
{
    TempDatabase t;
    VenueSettings settings(t.db());
    REQUIRE_OK(settings.setCurrency(QStringLiteral("AMD")));
    CHECK(settings.currency() == QStringLiteral("AMD"));
    {
        auto tx = Transaction::begin(t.db());
        REQUIRE_OK(settings.setCurrency(QStringLiteral("GEL")));
        CHECK(settings.currency() == QStringLiteral("GEL"));
    } // rolled back
    CHECK(settings.currency() == QStringLiteral("AMD"));
    CHECK(VenueSettings(t.db()).currency() == QStringLiteral("AMD"));
}
