// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/jsonexport.h"
#include "exchange/jsonimport.h"
#include "exchange/jsonstreamreader.h"
#include "exchange/jsontables.h"
#include "feedback/feedbackservice.h"
#include "guests/guestmerge.h"
#include "guests/guestservice.h"
#include "preferences/preferenceservice.h"
#include "search/guestsearch.h"
#include "staff/staffservice.h"
#include "stays/stayservice.h"
#include "storage/statement.h"
#include "tempdatabase.h"
#include "tickets/ticketservice.h"
#include "tickets/ticketsettingsservice.h"
#include "venue/venuesettings.h"

#include <QBuffer>
#include <QMap>
#include <QRegularExpression>

using namespace innkeep;
using namespace innkeep::test;

namespace {

// A venue with something in every list of the export, built through the services on the fixed
// clock and a fixed id seed.
struct Venue
{
    QString aram;
    QString nino; // the kept profile of the merge
    QString stay; // Aram's
    QString ticket;
};

// A row of `sql` with `values` bound in order (a null QVariant is SQL NULL).
void insertRow(TempDatabase &t, const QString &sql, const QVariantList &values)
{
    Statement insert(t.db(), sql);
    for (const QVariant &value : values)
        insert.bindValue(value);
    REQUIRE_OK(insert.exec());
}

// Loyalty tiers, tier changes, points and segments, written with plain SQL as the loyalty and segment
// services will write them. Points are added out of booked_on order (the export sorts them), one
// names Aram's stay and one cancels another (an undo).
void addLoyaltyAndSegments(TempDatabase &t, const Venue &venue)
{
    const qint64 now = t.clock().nowMs();
    const QString tier = QStringLiteral("INSERT INTO loyalty_tiers(uuid, name, name_key, position, basis, "
                                        "threshold, window_months, created_at, updated_at) "
                                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    insertRow(t, tier,
              {t.db().newUuid(), QStringLiteral("Silver"), QStringLiteral("silver"), 1,
               QStringLiteral("nights"), 3, 12, now, now});
    insertRow(t, tier,
              {t.db().newUuid(), QStringLiteral("Gold Circle"), QStringLiteral("gold circle"), 2,
               QStringLiteral("spend"), qint64(18000000), 0, now, now + 1000});

    const QString change = QStringLiteral("INSERT INTO loyalty_tier_changes(uuid, guest_id, tier, previous, "
                                          "changed_on, reason, created_at) VALUES (?, (SELECT id FROM guests "
                                          "WHERE uuid = ?), ?, ?, ?, ?, ?)");
    insertRow(t, change,
              {t.db().newUuid(), venue.aram, QStringLiteral("Silver"), QString(),
               QStringLiteral("2026-06-14"), QStringLiteral("nights: 4 of 3 in 12 months"), now});
    insertRow(t, change,
              {t.db().newUuid(), venue.aram, QStringLiteral("Gold Circle"), QStringLiteral("Silver"),
               QStringLiteral("2026-06-15"), QStringLiteral("spend: 18000000 of 18000000"), now});
    insertRow(t, change,
              {t.db().newUuid(), venue.nino, QStringLiteral("Silver"), QString(),
               QStringLiteral("2026-06-01"), QStringLiteral("nights: 3 of 3 in 12 months"), now});

    const QString point = QStringLiteral("INSERT INTO loyalty_points(uuid, guest_id, points, kind, reason, "
                                         "stay_id, refers_to, staff, booked_on, expires_on, created_at) "
                                         "VALUES (?, (SELECT id FROM guests WHERE uuid = ?), ?, ?, ?, "
                                         "(SELECT id FROM stays WHERE uuid = ?), ?, ?, ?, ?, ?)");
    const QVariant none;
    insertRow(t, point,
              {t.db().newUuid(), venue.aram, 400, QStringLiteral("stay"), QStringLiteral("4 nights"),
               venue.stay, QString(), QString(), QStringLiteral("2026-06-14"), QStringLiteral("2028-06-14"),
               now});
    insertRow(t, point,
              {t.db().newUuid(), venue.aram, 100, QStringLiteral("birthday"), QString(), none, QString(),
               QString(), QStringLiteral("2026-05-12"), none, now});
    const QString goodwill = t.db().newUuid();
    insertRow(t, point,
              {goodwill, venue.aram, 50, QStringLiteral("adjust"), QStringLiteral("goodwill"), none,
               QString(), QStringLiteral("Lilit"), QStringLiteral("2026-06-14"), none, now});
    insertRow(t, point,
              {t.db().newUuid(), venue.aram, -50, QStringLiteral("undo"), QStringLiteral("entered twice"),
               none, goodwill, QStringLiteral("Lilit"), QStringLiteral("2026-06-15"), none, now});
    insertRow(t, point,
              {t.db().newUuid(), venue.aram, -200, QStringLiteral("redeem"), QStringLiteral("spa voucher"),
               none, QString(), QStringLiteral("Lilit"), QStringLiteral("2026-06-15"), none, now});
    insertRow(t, point,
              {t.db().newUuid(), venue.nino, 150, QStringLiteral("referral"), QString(), none, venue.aram,
               QString(), QStringLiteral("2026-06-01"), QStringLiteral("2027-06-01"), now});

    const QString segment = QStringLiteral("INSERT INTO segments(uuid, name, name_key, rule, created_at, "
                                           "updated_at) VALUES (?, ?, ?, ?, ?, ?)");
    insertRow(t, segment,
              {t.db().newUuid(), QStringLiteral("Wine Lovers"), QStringLiteral("wine lovers"),
               QStringLiteral("tag = wine"), now, now});
    insertRow(t, segment,
              {t.db().newUuid(), QStringLiteral("Gold guests"), QStringLiteral("gold guests"),
               QStringLiteral("tier = \"Gold Circle\" and stays >= 2"), now, now});
}

// A column of every row of `table` by id, joined: what the import derives (name keys) or resolves.
QString columnOf(TempDatabase &t, const QString &table, const QString &column)
{
    Statement rows(t.db(),
                   QStringLiteral("SELECT group_concat(v, '|') FROM (SELECT %1 AS v FROM %2 ORDER BY id)")
                       .arg(column, table));
    auto all = rows.scalar();
    REQUIRE_OK(all);
    return all->toString();
}

Venue buildVenue(TempDatabase &t)
{
    Venue venue;
    VenueSettings settings(t.db());
    REQUIRE_OK(settings.setVenueName(QStringLiteral("Hotel Ararat View")));
    REQUIRE_OK(settings.setCurrency(QStringLiteral("AMD")));
    REQUIRE_OK(settings.setPhoneRegion(QStringLiteral("AM")));

    StaffService staff(t.db());
    REQUIRE_OK(staff.add(QStringLiteral("Lilit")));
    auto giorgi = staff.add(QStringLiteral("Giorgi"));
    REQUIRE_OK(giorgi);
    REQUIRE_OK(staff.setActive(giorgi->uuid, false));
    t.db().setStaff(QStringLiteral("Lilit"));

    TicketSettingsService lists(t.db());
    REQUIRE_OK(
        lists.addItem(TicketListItem::List::Categories, QStringLiteral("wifi"), QStringLiteral("Wi-Fi")));
    REQUIRE_OK(
        lists.addItem(TicketListItem::List::Departments, QStringLiteral("spa"), QStringLiteral("Spa")));
    REQUIRE_OK(lists.setArchived(TicketListItem::List::Categories, QStringLiteral("billing"), true));
    SlaPolicy high;
    high.severity = TicketSeverity::High;
    high.acknowledgeMinutes = 20;
    high.resolveMinutes = 180;
    high.quietStartMinute = 1380;
    high.quietEndMinute = 420;
    high.dueSoonMinutes = 30;
    high.timeZone = "Asia/Yerevan";
    REQUIRE_OK(lists.setPolicy(high));

    GuestService guests(t.db());
    Guest aram;
    aram.givenName = QStringLiteral("Արամ");
    aram.familyName = QStringLiteral("Պետրոսյան");
    aram.emails = {QStringLiteral("aram@example.com")};
    aram.phones = {QStringLiteral("091 234567")};
    aram.tags = {QStringLiteral("wine"), QStringLiteral("vip")};
    aram.vipLevel = 2;
    aram.consent.email = true;
    aram.birthday = QDate(1984, 5, 12);
    auto added = guests.add(aram);
    REQUIRE_OK(added);
    venue.aram = added->uuid;
    REQUIRE_OK(guests.addNote(venue.aram, QStringLiteral("Prefers the courtyard side.\nTab\there")));
    Preference allergy;
    allergy.guestUuid = venue.aram;
    allergy.category = PreferenceCategory::Food;
    allergy.value = QStringLiteral("Peanut allergy");
    allergy.critical = true;
    REQUIRE_OK(PreferenceService(t.db()).record(allergy));
    Stay stay;
    stay.guestUuid = venue.aram;
    stay.arrival = QDate(2026, 6, 10);
    stay.departure = QDate(2026, 6, 14);
    stay.room = QStringLiteral("204");
    stay.rateMinor = 4500000;
    stay.currency = QStringLiteral("AMD");
    stay.status = StayStatus::CheckedOut;
    stay.bookingRef = QStringLiteral("IK-123456");
    auto stored = StayService(t.db()).add(stay);
    REQUIRE_OK(stored);
    venue.stay = stored->uuid;
    t.clock().advance(60'000);

    Guest nino;
    nino.givenName = QStringLiteral("ნინო");
    nino.familyName = QStringLiteral("ბერიძე");
    nino.emails = {QStringLiteral("nino@example.ge")};
    nino.anniversary = QDate(2010, 9, 1);
    REQUIRE_OK(guests.add(nino));
    // A second profile of Nino, merged into the first: the merge travels, the other is archived.
    Guest twin = nino;
    twin.emails = {QStringLiteral("n.beridze@example.com")};
    auto first = guests.add(nino);
    REQUIRE_OK(first);
    auto second = guests.add(twin);
    REQUIRE_OK(second);
    REQUIRE_OK(GuestMerge(t.db()).merge(first->uuid, second->uuid));
    venue.nino = first->uuid;
    t.clock().advance(60'000);

    TicketService tickets(t.db());
    NewTicket wifi;
    wifi.guestUuid = venue.aram;
    wifi.stayUuid = stored->uuid;
    wifi.category = QStringLiteral("wifi");
    wifi.department = QStringLiteral("spa");
    wifi.severity = TicketSeverity::High;
    wifi.description = QStringLiteral("No Wi-Fi in 204 since the morning");
    auto ticket = tickets.create(wifi);
    REQUIRE_OK(ticket);
    venue.ticket = ticket->uuid;
    t.clock().advance(300'000);
    REQUIRE_OK(tickets.acknowledge(venue.ticket));
    REQUIRE_OK(tickets.addNote(venue.ticket, QStringLiteral("Router restarted")));
    Compensation drink;
    drink.kind = Compensation::Kind::Amenity;
    drink.costMinor = 250000;
    drink.currency = QStringLiteral("AMD");
    drink.description = QStringLiteral("A bottle of Areni");
    REQUIRE_OK(tickets.addCompensation(venue.ticket, drink));
    t.clock().advance(600'000);
    REQUIRE_OK(tickets.resolve(venue.ticket, QStringLiteral("New access point")));
    FollowUp call;
    call.channel = FollowUp::Channel::Phone;
    call.reaction = QStringLiteral("Happy again");
    call.satisfaction = 4;
    REQUIRE_OK(tickets.recordFollowUp(venue.ticket, call, TicketOutcome::Recovered));

    FeedbackService feedback(t.db());
    NewFeedback review;
    review.guestUuid = venue.aram;
    review.channel = FeedbackChannel::ReviewSite;
    review.site = QStringLiteral("TripAdvisor");
    review.rating = Rating{2, RatingScale::OneToFive};
    review.text = QStringLiteral("The room was noisy and the wifi was slow, but the breakfast was lovely.");
    review.language = QStringLiteral("en");
    auto entry = feedback.add(review);
    REQUIRE_OK(entry);
    FeedbackCorrection correction;
    correction.label = SentimentLabel::Mixed;
    correction.addTopics = {QStringLiteral("staff-service")};
    REQUIRE_OK(feedback.correct(entry->uuid, correction));
    // A ticket made from it: the ticket names the entry and the entry the ticket.
    REQUIRE_OK(feedback.toTicket(entry->uuid, QStringLiteral("noise")));
    NewFeedback card;
    card.channel = FeedbackChannel::CommentCard;
    card.rating = Rating{9, RatingScale::Nps};
    card.text = QStringLiteral("Wonderful staff");
    REQUIRE_OK(feedback.add(card));
    t.clock().advance(60'000);
    addLoyaltyAndSegments(t, venue);
    t.clock().advance(60'000);
    return venue;
}

QString exportOf(TempDatabase &t, const QString &name)
{
    const QString path = t.filePath(name);
    REQUIRE_OK(JsonExport(t.db()).write(path));
    return path;
}

// Everything "changes nothing" looks at: every table's row count, the device id and the settings.
QMap<QString, QString> fingerprint(TempDatabase &t)
{
    QMap<QString, QString> facts;
    QStringList tables;
    {
        Statement list(t.db(), QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                              "AND name NOT LIKE 'sqlite_%' ORDER BY name"));
        REQUIRE_OK(list.exec());
        while (list.next())
            tables.append(list.text(0));
    }
    for (const QString &table : std::as_const(tables))
        facts.insert(table, QString::number(t.count(table)));
    Statement settings(t.db(),
                       QStringLiteral("SELECT group_concat(key || '=' || value, ';') FROM venue_settings"));
    auto all = settings.scalar();
    REQUIRE_OK(all);
    facts.insert(QStringLiteral("settings"), all->toString());
    Statement device(t.db(), QStringLiteral("SELECT value FROM local_meta WHERE key = 'device_id'"));
    auto stored = device.scalar();
    REQUIRE_OK(stored);
    facts.insert(QStringLiteral("device"), stored->toString());
    facts.insert(QStringLiteral("device in use"), t.db().deviceId());
    return facts;
}

// The 1-based line of `bytes` on which `needle` first occurs.
int lineOf(const QByteArray &bytes, const QByteArray &needle)
{
    const qsizetype at = bytes.indexOf(needle);
    REQUIRE(at >= 0);
    return int(bytes.left(at).count('\n')) + 1;
}

// The clock of `target` set to that of `source`, so exported_at agrees.
void sameTime(TempDatabase &target, TempDatabase &source)
{
    target.clock().set(source.clock().nowMs());
}

} // namespace

TEST_CASE("JSON import: export, import into a new file and export again gives the same bytes")
{
    TempDatabase source(0x5EED'1234ull);
    const Venue venue = buildVenue(source);
    const QString first = exportOf(source, QStringLiteral("first.json"));

    TempDatabase target(0x0DDB'A11ull);
    sameTime(target, source);
    REQUIRE(target.db().deviceId() != source.db().deviceId());
    // The file's tiers and segments replace the new file's, as its staff do (the same name is no clash).
    insertRow(target,
              QStringLiteral("INSERT INTO loyalty_tiers(uuid, name, name_key, position, basis, threshold, "
                             "created_at, updated_at) VALUES (?, 'SILVER', 'silver', 1, 'stays', 1, 0, 0)"),
              {target.db().newUuid()});
    auto summary = JsonImport(target.db()).read(first);
    REQUIRE_OK(summary);
    CHECK(summary->version == JsonExport::FormatVersion);
    CHECK(summary->guests == 4);
    CHECK(summary->stays == 1);
    CHECK(summary->notes >= 1);
    CHECK(summary->preferences == 1);
    CHECK(summary->staff == 2);
    CHECK(summary->ticketCategories == 9);
    CHECK(summary->departments == 6);
    CHECK(summary->slaPolicies == 4);
    CHECK(summary->guestMerges == 1);
    CHECK(summary->tickets == 2);
    CHECK(summary->ticketEvents >= 5);
    CHECK(summary->compensations == 1);
    CHECK(summary->followUps == 1);
    CHECK(summary->feedback == 2);
    CHECK(summary->feedbackTopics >= 1);
    CHECK(summary->emails == 5); // the kept Nino has both addresses, the archived twin one
    CHECK(summary->phones == 1);
    CHECK(summary->loyaltyTiers == 2);
    CHECK(summary->loyaltyTierChanges == 3);
    CHECK(summary->loyaltyPoints == 6);
    CHECK(summary->segments == 2);

    // A restore continues as the device that wrote the file, and logs what it wrote as that device's.
    CHECK(target.db().deviceId() == source.db().deviceId());
    CHECK(summary->deviceId == source.db().deviceId());
    Statement logged(target.db(), QStringLiteral("SELECT count(*) FROM change_log WHERE field = '*' "
                                                 "AND table_name = 'guests' AND device_id = ?"));
    auto inserts = logged.bind(source.db().deviceId()).scalar();
    REQUIRE_OK(inserts);
    CHECK(inserts->toLongLong() == 4);

    const QString second = exportOf(target, QStringLiteral("second.json"));
    const QByteArray before = readBytes(first);
    const QByteArray after = readBytes(second);
    CHECK(after.size() == before.size());
    CHECK(after == before);

    // Name keys derived again as the services derive them; the entry earned by the stay names it.
    for (const char *table : {"loyalty_tiers", "segments"}) {
        INFO(table);
        CHECK(columnOf(target, QLatin1String(table), QStringLiteral("name_key"))
              == columnOf(source, QLatin1String(table), QStringLiteral("name_key")));
    }
    Statement earned(target.db(), QStringLiteral("SELECT s.uuid FROM loyalty_points p JOIN stays s "
                                                 "ON s.id = p.stay_id WHERE p.kind = 'stay'"));
    auto earnedBy = earned.scalar();
    REQUIRE_OK(earnedBy);
    CHECK(earnedBy->toString() == venue.stay);
    Statement linkedStays(target.db(),
                          QStringLiteral("SELECT count(*) FROM loyalty_points WHERE stay_id IS NOT NULL"));
    auto withStay = linkedStays.scalar();
    REQUIRE_OK(withStay);
    CHECK(withStay->toLongLong() == 1);

    // The ticket made from feedback still names it, and the entry the ticket.
    Statement linked(target.db(), QStringLiteral("SELECT count(*) FROM tickets t JOIN feedback f "
                                                 "ON f.id = t.feedback_id AND f.ticket_id = t.id"));
    auto links = linked.scalar();
    REQUIRE_OK(links);
    CHECK(links->toLongLong() == 1);
    auto ticket = TicketService(target.db()).ticket(venue.ticket);
    REQUIRE_OK(ticket);
    CHECK(ticket->guestUuid == venue.aram);
}

TEST_CASE("JSON import: search finds an imported guest, a complaint and feedback")
{
    TempDatabase source(7);
    const Venue venue = buildVenue(source);
    const QString file = exportOf(source, QStringLiteral("venue.json"));
    TempDatabase target;
    REQUIRE_OK(JsonImport(target.db()).read(file));

    GuestSearch search(target.db());
    for (const QString &typed : {QStringLiteral("Petro"), QStringLiteral("ara"), QStringLiteral("Պետր")}) {
        INFO(typed.toStdString());
        auto hits = search.search(typed);
        REQUIRE_OK(hits);
        REQUIRE_FALSE(hits->isEmpty());
        CHECK(hits->first().uuid == venue.aram);
    }
    auto room = search.search(QStringLiteral("IK-1234"));
    REQUIRE_OK(room);
    REQUIRE_FALSE(room->isEmpty());
    CHECK(room->first().uuid == venue.aram);
    auto ticket = search.search(QStringLiteral("Router"));
    REQUIRE_OK(ticket);
    bool foundTicket = false;
    for (const SearchHit &hit : *ticket)
        foundTicket = foundTicket || hit.uuid == venue.ticket;
    CHECK(foundTicket);
    auto review = search.search(QStringLiteral("breakfast"));
    REQUIRE_OK(review);
    CHECK_FALSE(review->isEmpty());
    // The archived twin of a merge stays out of the search, as it was.
    auto nino = search.search(QStringLiteral("Beridze"));
    REQUIRE_OK(nino);
    CHECK(nino->size() == 2);
}

TEST_CASE("JSON import: a bad file or a used database is refused with file, line and field, and nothing changes")
{
    TempDatabase source(11);
    const Venue venue = buildVenue(source);
    const QByteArray good = readBytes(exportOf(source, QStringLiteral("good.json")));
    const QString aramLine = QStringLiteral("\"given_name\":\"Արամ\"");

    TempDatabase target;
    const QMap<QString, QString> untouched = fingerprint(target);
    const auto refuse = [&](const QByteArray &bytes, const QString &field, int line, const QString &words) {
        const QString path = target.filePath(QStringLiteral("bad.json"));
        writeBytes(path, bytes);
        auto result = JsonImport(target.db()).read(path);
        REQUIRE_FALSE(result.has_value());
        const Error &error = result.error();
        INFO(error.toString().toStdString());
        CHECK(error.file == QDir::toNativeSeparators(path));
        CHECK(error.field == field);
        CHECK(error.line == line);
        CHECK(error.message.contains(words));
        CHECK(
            error.toString().startsWith(QStringLiteral("%1:%2: %3: ").arg(error.file).arg(line).arg(field)));
        CHECK(fingerprint(target) == untouched);
        // And a dry run of the same file says the same.
        auto dry = JsonImport(target.db()).read(path, true);
        REQUIRE_FALSE(dry.has_value());
        CHECK(dry.error() == error);
        CHECK(fingerprint(target) == untouched);
    };

    SECTION("a file cut off in the middle of a guest")
    {
        const qsizetype cut = good.indexOf(aramLine.toUtf8()) + 40;
        refuse(good.left(cut), QStringLiteral("guests[0]"), lineOf(good, aramLine.toUtf8()),
               QStringLiteral("cut off"));
    }
    SECTION("a stay status that is not one of the tokens")
    {
        QByteArray bad = good;
        bad.replace("\"status\":\"checked-out\"", "\"status\":\"gone\"");
        const int line = lineOf(bad, aramLine.toUtf8());
        const QStringList guestLines =
            QString::fromUtf8(good).split(u'\n').filter(QStringLiteral("\"latin_family_name\""));
        REQUIRE(guestLines.size() >= 1);
        refuse(bad, QStringLiteral("guests[0].stays[0].status"), line,
               QStringLiteral("\"gone\" is not one of"));
    }
    SECTION("a ticket naming a guest the file does not have")
    {
        QByteArray bad = good;
        const QByteArray ticketsKey = "\"tickets\":[\n";
        const qsizetype tickets = bad.indexOf(ticketsKey);
        REQUIRE(tickets > 0);
        const qsizetype guestKey = bad.indexOf("\"guest_uuid\":\"", tickets) + 14;
        bad.replace(guestKey, 36, "00000000-0000-4000-8000-000000000001");
        refuse(bad, QStringLiteral("tickets[0].guest_uuid"), lineOf(good, ticketsKey) + 1,
               QStringLiteral("no record in guests"));
    }
    SECTION("a loyalty entry kind that is not one of the tokens")
    {
        // Aram's entries by the day booked: the birthday's is his first.
        QByteArray bad = good;
        REQUIRE(bad.count("\"kind\":\"birthday\"") == 1);
        bad.replace("\"kind\":\"birthday\"", "\"kind\":\"gift\"");
        refuse(bad, QStringLiteral("guests[0].loyalty_points[0].kind"), lineOf(good, aramLine.toUtf8()),
               QStringLiteral("\"gift\" is not one of"));
    }
    SECTION("a loyalty entry naming a stay the file does not have")
    {
        QByteArray bad = good;
        const qsizetype points = bad.indexOf("\"loyalty_points\":[{");
        REQUIRE(points > 0);
        const qsizetype stayKey = bad.indexOf("\"stay_uuid\":\"", points) + 13;
        REQUIRE(bad.mid(stayKey, 36) == venue.stay.toUtf8());
        bad.replace(stayKey, 36, "00000000-0000-4000-8000-000000000002");
        refuse(bad, QStringLiteral("guests[0].loyalty_points[1].stay_uuid"), lineOf(good, aramLine.toUtf8()),
               QStringLiteral("no record in stays"));
    }
    SECTION("a loyalty entry of no points, and an expiry that is not a date")
    {
        QByteArray zero = good;
        REQUIRE(zero.count("\"points\":100,") == 1);
        zero.replace("\"points\":100,", "\"points\":0,");
        refuse(zero, QStringLiteral("guests[0].loyalty_points[0].points"), lineOf(good, aramLine.toUtf8()),
               QStringLiteral("other than 0"));
        QByteArray expiry = good;
        expiry.replace("\"expires_on\":\"2028-06-14\"", "\"expires_on\":\"2028-06-31\"");
        refuse(expiry, QStringLiteral("guests[0].loyalty_points[1].expires_on"),
               lineOf(good, aramLine.toUtf8()), QStringLiteral("is not a date"));
    }
    SECTION("a loyalty tier basis that is not one of the tokens, and a segment without its rule")
    {
        QByteArray basis = good;
        basis.replace("\"basis\":\"spend\"", "\"basis\":\"visits\"");
        refuse(basis, QStringLiteral("loyalty_tiers[1].basis"), lineOf(good, "\"basis\":\"spend\""),
               QStringLiteral("\"visits\" is not one of"));
        QByteArray rule = good;
        REQUIRE(rule.count("\"rule\":\"tag = wine\",") == 1);
        rule.replace("\"rule\":\"tag = wine\",", "");
        refuse(rule, QStringLiteral("segments[0].rule"), lineOf(good, "\"rule\":\"tag = wine\""),
               QStringLiteral("missing"));
    }
    SECTION("a record that is not an object, and a key of the wrong type")
    {
        QByteArray bad = good;
        bad.replace("\"vip_level\":2", "\"vip_level\":\"2\"");
        refuse(bad, QStringLiteral("guests[0].vip_level"), lineOf(good, aramLine.toUtf8()),
               QStringLiteral("whole number"));
    }
    SECTION("a database that already holds a guest")
    {
        Guest someone;
        someone.givenName = QStringLiteral("Anna");
        REQUIRE_OK(GuestService(target.db()).add(someone));
        const QMap<QString, QString> used = fingerprint(target);
        const QString path = target.filePath(QStringLiteral("good.json"));
        writeBytes(path, good);
        auto result = JsonImport(target.db()).read(path);
        REQUIRE_FALSE(result.has_value());
        CHECK(result.error().code == Error::Code::Conflict);
        CHECK(result.error().field == QStringLiteral("guests"));
        CHECK(result.error().file == QDir::toNativeSeparators(target.path()));
        CHECK(result.error().message.contains(QStringLiteral("empty")));
        CHECK(fingerprint(target) == used);
    }
}

TEST_CASE("JSON import: a dry run reads everything and writes nothing")
{
    TempDatabase source(5);
    buildVenue(source);
    const QString file = exportOf(source, QStringLiteral("venue.json"));
    TempDatabase target;
    const QMap<QString, QString> untouched = fingerprint(target);
    auto summary = JsonImport(target.db()).read(file, true);
    REQUIRE_OK(summary);
    CHECK(summary->dryRun);
    CHECK(summary->guests == 4);
    CHECK(summary->tickets == 2);
    CHECK(summary->loyaltyPoints == 6);
    CHECK(summary->segments == 2);
    CHECK(fingerprint(target) == untouched);
}

TEST_CASE("JSON export: every column of every table is in the file or left out on purpose")
{
    TempDatabase t;
    QStringList tables;
    {
        Statement list(t.db(), QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                              "AND name NOT LIKE 'sqlite_%' ORDER BY name"));
        REQUIRE_OK(list.exec());
        while (list.next())
            tables.append(list.text(0));
    }
    // E-mails, phones and tags are lists on the guest; the FTS table's shadow tables go with it.
    // The settings are the header's object (their hlc is sync bookkeeping the import stamps anew).
    const QStringList asLists{QStringLiteral("guest_contacts"), QStringLiteral("guest_tags"),
                              QStringLiteral("venue_settings")};
    for (const QString &table : std::as_const(tables)) {
        INFO(table.toStdString());
        bool notExported = asLists.contains(table);
        for (const QString &left : JsonTables::notExported())
            notExported = notExported || table == left || table.startsWith(left + QLatin1Char('_'));
        const JsonTable *described = nullptr;
        for (const JsonTable *candidate : JsonTables::all()) {
            if (candidate->table == table)
                described = candidate;
        }
        CHECK((notExported || described));
        if (!described)
            continue;
        Statement columns(t.db(), QStringLiteral("SELECT name FROM pragma_table_info(?)"));
        REQUIRE_OK(columns.bind(table).exec());
        while (columns.next()) {
            const QString column = columns.text(0);
            INFO(column.toStdString());
            bool known = described->leftOut.contains(column) || described->parent == column;
            for (const JsonField &field : described->fields)
                known = known || field.columnName() == column;
            CHECK(known);
        }
    }
}

TEST_CASE("JSON stream reader: each element whole, and the line of a syntax error")
{
    const QByteArray text = "{\"a\":1,\n\"list\":[\n{\"x\":1},\n{\"x\":\"two\"},\n{\"x\":[1,tru]}\n]}\n";
    QBuffer buffer;
    buffer.setData(text);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    JsonStreamReader reader(buffer, QStringLiteral("t.json"));
    REQUIRE_OK(reader.beginObject());
    auto key = reader.nextKey();
    REQUIRE_OK(key);
    CHECK(key->value() == QStringLiteral("a"));
    auto one = reader.readValue();
    REQUIRE_OK(one);
    CHECK(one->toInt() == 1);
    key = reader.nextKey();
    REQUIRE_OK(key);
    CHECK(key->value() == QStringLiteral("list"));
    REQUIRE_OK(reader.beginArray());
    int line = 0;
    for (int expected : {3, 4}) {
        auto more = reader.nextElement();
        REQUIRE_OK(more);
        REQUIRE(*more);
        auto element = reader.readValue(&line);
        REQUIRE_OK(element);
        CHECK(line == expected);
        CHECK(element->isObject());
    }
    auto more = reader.nextElement();
    REQUIRE_OK(more);
    auto broken = reader.readValue(&line);
    REQUIRE_FALSE(broken.has_value());
    CHECK(broken.error().line == 5);
    CHECK(broken.error().file == QStringLiteral("t.json"));
}
