// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/phonenumber.h"
#include "demo/demodata.h"
#include "demo/demofile.h"
#include "demo/demogenerator.h"
#include "guests/guestservice.h"
#include "search/guestsearch.h"
#include "stays/stayservice.h"
#include "storage/statement.h"
#include "tempdatabase.h"
#include "venue/venuesettings.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

using namespace innkeep;
using namespace innkeep::test;

namespace {

// The guests' names and contacts in insertion order: what "the same venue" means.
QStringList fingerprint(TempDatabase &t)
{
    Statement query(
        t.db(),
        QStringLiteral(
            "SELECT g.given_name || ' ' || g.family_name || ' ' || g.birthday || ' ' || "
            "coalesce((SELECT group_concat(value) FROM guest_contacts c WHERE c.guest_id = g.id), '') "
            "|| ' ' || (SELECT count(*) FROM stays s WHERE s.guest_id = g.id) "
            "FROM guests g ORDER BY g.id"));
    REQUIRE_OK(query.exec());
    QStringList rows;
    while (query.next())
        rows.append(query.text(0));
    return rows;
}

qint64 scalar(TempDatabase &t, const QString &sql)
{
    Statement query(t.db(), sql);
    auto value = query.scalar();
    REQUIRE_OK(value);
    return value->toLongLong();
}

} // namespace

TEST_CASE("Demo: a believable venue through the services")
{
    TempDatabase t;
    DemoGenerator generator(t.db(), 7);
    QList<ExchangeProgress> progress;
    generator.setProgress([&](const ExchangeProgress &p) { progress.append(p); });
    auto summary = generator.run(400);
    REQUIRE_OK(summary);
    CHECK(summary->guests == 400);
    CHECK(t.count(QStringLiteral("guests")) == 400);
    // About three stays each.
    CHECK(summary->stays == t.count(QStringLiteral("stays")));
    CHECK(summary->stays > 900);
    CHECK(summary->stays < 1700);
    CHECK(summary->preferences > 200);
    CHECK(summary->notes > 50);
    REQUIRE_FALSE(progress.isEmpty());
    CHECK(progress.last().done == 400);

    VenueSettings venue(t.db());
    CHECK_FALSE(venue.venueName().isEmpty());
    CHECK((venue.currency() == QStringLiteral("AMD") || venue.currency() == QStringLiteral("EUR")));
    CHECK(venue.phoneRegion() == QStringLiteral("AM"));

    // Written through the services: the change log and the search index know every guest.
    CHECK(scalar(t, QStringLiteral(
                        "SELECT count(*) FROM change_log WHERE table_name = 'guests' AND field = '*'"))
          == 400);
    CHECK(scalar(t, QStringLiteral("SELECT count(DISTINCT guest_id) FROM search_names")) == 400);

    // Seven cultures: Armenian, Georgian and Cyrillic script, Latin forms for all.
    CHECK(scalar(t, QStringLiteral(
                        "SELECT count(*) FROM guests WHERE language = 'hy' AND given_name GLOB '*[Ա-և]*'"))
          > 0);
    CHECK(scalar(t, QStringLiteral(
                        "SELECT count(*) FROM guests WHERE language = 'ka' AND given_name GLOB '*[ა-ჰ]*'"))
          > 0);
    CHECK(scalar(t, QStringLiteral(
                        "SELECT count(*) FROM guests WHERE language = 'ru' AND given_name GLOB '*[А-я]*'"))
          > 0);
    CHECK(scalar(t, QStringLiteral("SELECT count(DISTINCT language) FROM guests")) >= 7);
    CHECK(scalar(t, QStringLiteral("SELECT count(*) FROM guests WHERE latin_given_name GLOB '*[^ -~]*' "
                                   "AND language IN ('hy', 'ka', 'ru')"))
          == 0);

    // Contacts are valid: every phone is E.164, every e-mail on a reserved example domain.
    Statement phones(t.db(), QStringLiteral("SELECT value FROM guest_contacts WHERE kind = 'phone'"));
    REQUIRE_OK(phones.exec());
    int phoneCount = 0;
    while (phones.next()) {
        ++phoneCount;
        CHECK(QRegularExpression(QStringLiteral("^\\+[1-9][0-9]{6,14}$")).match(phones.text(0)).hasMatch());
    }
    CHECK(phoneCount > 250);
    CHECK(scalar(
              t,
              QStringLiteral(
                  "SELECT count(*) FROM guest_contacts WHERE kind = 'email' AND value NOT LIKE '%example.%'"))
          == 0);

    // Some critical preferences, rooms 101–520, and today has arrivals, in-house guests and departures.
    CHECK(scalar(t, QStringLiteral("SELECT count(*) FROM preferences WHERE critical = 1")) > 0);
    CHECK(scalar(t, QStringLiteral(
                        "SELECT count(*) FROM stays WHERE CAST(room AS INTEGER) NOT BETWEEN 101 AND 520 "
                        "OR CAST(room AS INTEGER) % 100 NOT BETWEEN 1 AND 20"))
          == 0);
    StayService stays(t.db());
    const QDate today = t.clock().today();
    auto arrivals = stays.arrivals(today);
    auto inHouse = stays.inHouse(today);
    auto departures = stays.departures(today);
    REQUIRE_OK(arrivals);
    REQUIRE_OK(inHouse);
    REQUIRE_OK(departures);
    CHECK(arrivals->size() >= 3);
    CHECK(inHouse->size() >= 8);
    CHECK(departures->size() >= 2);
    CHECK(scalar(t, QStringLiteral("SELECT count(*) FROM stays WHERE arrival > '%1'")
                        .arg(today.toString(Qt::ISODate)))
          > 0);
    CHECK(scalar(t, QStringLiteral("SELECT count(*) FROM stays WHERE arrival < '%1'")
                        .arg(today.addYears(-3).addDays(-1).toString(Qt::ISODate)))
          == 0);
    CHECK(scalar(t, QStringLiteral("SELECT count(*) FROM stays WHERE revenue_minor > 0")) > 0);

    // Cross-script search works on the generated names.
    auto hits = GuestSearch(t.db()).search(QStringLiteral("yan"), 5);
    REQUIRE_OK(hits);
}

TEST_CASE("Demo: the same seed gives the same venue, another seed another")
{
    TempDatabase a;
    TempDatabase b;
    TempDatabase c;
    REQUIRE_OK(DemoGenerator(a.db(), 42).run(120));
    REQUIRE_OK(DemoGenerator(b.db(), 42).run(120));
    REQUIRE_OK(DemoGenerator(c.db(), 43).run(120));
    CHECK(fingerprint(a) == fingerprint(b));
    CHECK(fingerprint(a) != fingerprint(c));
}

TEST_CASE("Demo: cancelling keeps the batches already committed and nothing half-made")
{
    TempDatabase t;
    DemoGenerator generator(t.db(), 1);
    CancelFlag cancel{false};
    generator.setCancelFlag(&cancel);
    generator.setProgress([&](const ExchangeProgress &) { cancel = true; });
    auto result = generator.run(500);
    REQUIRE_FALSE(result.has_value());
    CHECK(result.error().code == Error::Code::Cancelled);
    CHECK(t.count(QStringLiteral("guests")) == 0); // the first batch was still open
    CHECK(t.count(QStringLiteral("stays")) == 0);
}

TEST_CASE("Demo data: e-mail local parts are plain ASCII")
{
    CHECK(demo::emailFold(QStringLiteral("Jürgen")) == QStringLiteral("juergen"));
    CHECK(demo::emailFold(QStringLiteral("O'Brien")) == QStringLiteral("obrien"));
    CHECK(demo::emailFold(QStringLiteral("Émilie")) == QStringLiteral("emilie"));
    CHECK(demo::emailFold(QStringLiteral("Iñaki")) == QStringLiteral("inaki"));
    CHECK(demo::emailFold(QStringLiteral("Weiß")) == QStringLiteral("weiss"));
    for (const demo::Culture &culture : demo::cultures()) {
        // Every pattern gives out valid numbers: the generator steps the first drawn digit until
        // the number is one (some ranges, such as +44 7911 9…, are not given out).
        for (const QString &pattern : culture.phonePatterns) {
            QString number = pattern;
            number.replace(QLatin1Char('#'), QLatin1Char('5'));
            const qsizetype first = pattern.indexOf(QLatin1Char('#'));
            int valid = 0;
            for (int digit = 0; digit < 10; ++digit) {
                number[first] = QLatin1Char(char('0' + digit));
                valid += PhoneNumber::toE164(number, QStringLiteral("AM")).has_value() ? 1 : 0;
            }
            INFO(pattern.toStdString());
            CHECK(valid >= 5);
        }
    }
}

TEST_CASE("Demo file: built aside and renamed when complete, and Cancel or failure leave nothing at the path")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    ManualClock clock(fixedNow());

    SECTION("cancelled")
    {
        CancelFlag cancel{false};
        DemoFile::Request request;
        request.guests = 300;
        request.cancel = &cancel;
        request.progress = [&](const ExchangeProgress &) { cancel = true; };
        auto made = DemoFile::build(path, clock, request);
        REQUIRE_FALSE(made.has_value());
        CHECK(made.error().code == Error::Code::Cancelled);
        CHECK(QDir(dir.path()).entryList(QDir::Files).isEmpty());
    }
    SECTION("complete")
    {
        DemoFile::Request request;
        request.guests = 40;
        auto made = DemoFile::build(path, clock, request);
        REQUIRE_OK(made);
        CHECK(made->guests == 40);
        // One self-contained file: no log, nothing "incomplete" beside it.
        CHECK(QDir(dir.path()).entryList(QDir::Files) == QStringList{QStringLiteral("demo.sqlite")});
        CHECK(QFile::permissions(path)
              == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser
                  | QFileDevice::WriteUser));
        auto db = Database::open(path, clock, Database::Mode::OpenExisting);
        REQUIRE_OK(db);
        Statement guests(**db, QStringLiteral("SELECT count(*) FROM guests"));
        CHECK(guests.scalar()->toLongLong() == 40);
    }
    SECTION("leftovers of a killed build are replaced")
    {
        writeBytes(DemoFile::incompletePathFor(path), "half a demo");
        DemoFile::Request request;
        request.guests = 10;
        REQUIRE_OK(DemoFile::build(path, clock, request));
        CHECK_FALSE(QFile::exists(DemoFile::incompletePathFor(path)));
    }
}
