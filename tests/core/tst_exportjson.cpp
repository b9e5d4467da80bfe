// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/jsonexport.h"
#include "exchange/jsonwriter.h"
#include "guests/guestservice.h"
#include "preferences/preferenceservice.h"
#include "stays/stayservice.h"
#include "storage/statement.h"
#include "tempdatabase.h"
#include "venue/venuesettings.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace innkeep;
using namespace innkeep::test;

namespace {

QJsonObject readJson(const QString &path)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(readBytes(path), &error);
    INFO(error.errorString().toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(document.isObject());
    return document.object();
}

Guest addAram(TempDatabase &t)
{
    REQUIRE_OK(VenueSettings(t.db()).setPhoneRegion(QStringLiteral("AM")));
    REQUIRE_OK(VenueSettings(t.db()).setVenueName(QStringLiteral("Hotel \"Ararat\"\nView")));
    Guest draft;
    draft.givenName = QStringLiteral("Արամ");
    draft.familyName = QStringLiteral("Պետրոսյան");
    draft.emails = {QStringLiteral("aram@example.com")};
    draft.phones = {QStringLiteral("091 234567")};
    draft.tags = {QStringLiteral("wine")};
    draft.vipLevel = 2;
    draft.consent.email = true;
    draft.birthday = QDate(1984, 5, 12);
    auto guest = GuestService(t.db()).add(draft);
    REQUIRE_OK(guest);
    REQUIRE_OK(GuestService(t.db()).addNote(guest->uuid, QStringLiteral("Tab\tand \"quotes\" and \\ kept")));
    Preference allergy;
    allergy.guestUuid = guest->uuid;
    allergy.category = PreferenceCategory::Food;
    allergy.value = QStringLiteral("Peanut allergy");
    allergy.critical = true;
    REQUIRE_OK(PreferenceService(t.db()).record(allergy));
    Stay stay;
    stay.guestUuid = guest->uuid;
    stay.arrival = QDate(2026, 5, 1);
    stay.departure = QDate(2026, 5, 4);
    stay.room = QStringLiteral("204");
    stay.rateMinor = 4500000;
    stay.revenueMinor = 13500000;
    stay.currency = QStringLiteral("AMD");
    stay.status = StayStatus::CheckedOut;
    stay.bookingRef = QStringLiteral("IK-123456");
    REQUIRE_OK(StayService(t.db()).add(stay));
    return *guest;
}

// The small venue behind tests/data/export/small-venue.json, built only through services on the
// fixed clock (TempDatabase) and a fixed id seed, so every uuid, time and the device id repeat.
void buildSmallVenue(TempDatabase &t)
{
    const Guest aram = addAram(t);
    REQUIRE_OK(VenueSettings(t.db()).setCurrency(QStringLiteral("AMD")));
    t.clock().advance(90'000);
    Guest nino;
    nino.givenName = QStringLiteral("ნინო");
    nino.familyName = QStringLiteral("ბერიძე");
    nino.emails = {QStringLiteral("nino@example.ge"), QStringLiteral("n.beridze@example.com")};
    nino.tags = {QStringLiteral("spa"), QStringLiteral("late-checkout")};
    nino.anniversary = QDate(2010, 9, 1);
    auto added = GuestService(t.db()).add(nino);
    REQUIRE_OK(added);
    t.clock().advance(60'000);
    Preference pillow;
    pillow.guestUuid = added->uuid;
    pillow.category = PreferenceCategory::Room;
    pillow.value = QStringLiteral("Feather-free pillows");
    REQUIRE_OK(PreferenceService(t.db()).record(pillow));
    Stay booked;
    booked.guestUuid = added->uuid;
    booked.arrival = QDate(2026, 7, 3);
    booked.departure = QDate(2026, 7, 5);
    booked.room = QStringLiteral("12");
    booked.rateMinor = 6000000;
    booked.currency = QStringLiteral("AMD");
    REQUIRE_OK(StayService(t.db()).add(booked));
    t.clock().advance(3'600'000);
    Guest left;
    left.givenName = QStringLiteral("Anna");
    left.familyName = QStringLiteral("Smith");
    left.phones = {QStringLiteral("+44 20 7946 0958")};
    auto anna = GuestService(t.db()).add(left);
    REQUIRE_OK(anna);
    REQUIRE_OK(GuestService(t.db()).archive(anna->uuid));
    (void)aram;
}

} // namespace

// The export of a venue built with a fixed clock and seed is byte for byte the golden file: a
// change of column order, number format, escaping or line layout shows here. After a deliberate
// format change (and docs/json-export.md updated), regenerate the file with
//     INNKEEP_REGENERATE_GOLDEN=1 build/bin/innkeep_core_tests "JSON export: golden*"
// and review its diff before committing it.
TEST_CASE("JSON export: golden file for a small venue, byte for byte")
{
    const QString golden = QStringLiteral(INNKEEP_TEST_DATA "/export/small-venue.json");
    TempDatabase t(0x1AA5'0F00'D5EEDull);
    buildSmallVenue(t);
    t.clock().advance(60'000);
    const QString path = t.filePath(QStringLiteral("out.json"));
    REQUIRE_OK(JsonExport(t.db()).write(path));
    const QByteArray written = readBytes(path);
    if (qEnvironmentVariableIsSet("INNKEEP_REGENERATE_GOLDEN")) {
        writeBytes(golden, written);
        WARN("Rewrote " << golden.toStdString());
    }
    CHECK(written == readBytes(golden));
}

TEST_CASE("JSON export: the same venue built twice with the same seed exports the same bytes")
{
    QByteArray first, second;
    for (QByteArray *bytes : {&first, &second}) {
        TempDatabase t(42);
        buildSmallVenue(t);
        const QString path = t.filePath(QStringLiteral("out.json"));
        REQUIRE_OK(JsonExport(t.db()).write(path));
        *bytes = readBytes(path);
    }
    CHECK(first == second);
    // Without a seed the ids (and so the file) differ: production ids stay random.
    QByteArray unseeded[2];
    for (QByteArray &bytes : unseeded) {
        TempDatabase t;
        buildSmallVenue(t);
        const QString path = t.filePath(QStringLiteral("out.json"));
        REQUIRE_OK(JsonExport(t.db()).write(path));
        bytes = readBytes(path);
    }
    CHECK(unseeded[0] != unseeded[1]);
}

TEST_CASE("JSON export: the documented header, venue settings and a guest with everything nested")
{
    TempDatabase t;
    const Guest aram = addAram(t);
    Guest other;
    other.givenName = QStringLiteral("Anna");
    other.familyName = QStringLiteral("Smith");
    REQUIRE_OK(GuestService(t.db()).add(other));

    const QString path = t.filePath(QStringLiteral("out.json"));
    auto summary = JsonExport(t.db()).write(path);
    REQUIRE_OK(summary);
    CHECK(summary->guests == 2);
    CHECK(summary->stays == 1);
    CHECK(summary->preferences == 1);
    CHECK(summary->notes == 1);
    CHECK(summary->bytes == QFile(path).size());

    const QJsonObject root = readJson(path);
    CHECK(root.value(QStringLiteral("format")).toString() == QStringLiteral("innkeep-export"));
    CHECK(root.value(QStringLiteral("version")).toInt() == JsonExport::FormatVersion);
    CHECK(root.value(QStringLiteral("schema_version")).toInt() == t.db().schemaVersion());
    CHECK(
        root.value(QStringLiteral("venue_settings")).toObject().value(QStringLiteral("venue_name")).toString()
        == QStringLiteral("Hotel \"Ararat\"\nView"));

    const QJsonArray guests = root.value(QStringLiteral("guests")).toArray();
    REQUIRE(guests.size() == 2);
    const QJsonObject g = guests.at(0).toObject();
    CHECK(g.value(QStringLiteral("uuid")).toString() == aram.uuid);
    CHECK(g.value(QStringLiteral("given_name")).toString() == QStringLiteral("Արամ"));
    CHECK(g.value(QStringLiteral("latin_family_name")).toString() == QStringLiteral("Petrosyan"));
    CHECK(g.value(QStringLiteral("birthday")).toString() == QStringLiteral("1984-05-12"));
    CHECK(g.value(QStringLiteral("anniversary")).isNull());
    CHECK(g.value(QStringLiteral("vip_level")).toInt() == 2);
    CHECK(g.value(QStringLiteral("consent_email")).toBool());
    CHECK(g.value(QStringLiteral("blocked")).isBool());
    CHECK_FALSE(g.contains(QStringLiteral("id")));
    CHECK(g.value(QStringLiteral("emails")).toArray() == QJsonArray{QStringLiteral("aram@example.com")});
    CHECK(g.value(QStringLiteral("phones")).toArray() == QJsonArray{QStringLiteral("+37491234567")});
    CHECK(g.value(QStringLiteral("tags")).toArray() == QJsonArray{QStringLiteral("wine")});
    const QJsonArray notes = g.value(QStringLiteral("notes")).toArray();
    REQUIRE(notes.size() == 1);
    CHECK(notes.at(0).toObject().value(QStringLiteral("body")).toString()
          == QStringLiteral("Tab\tand \"quotes\" and \\ kept"));
    const QJsonArray preferences = g.value(QStringLiteral("preferences")).toArray();
    REQUIRE(preferences.size() == 1);
    CHECK(preferences.at(0).toObject().value(QStringLiteral("critical")).toBool());
    CHECK(preferences.at(0).toObject().value(QStringLiteral("category")).toString()
          == QStringLiteral("food"));
    CHECK_FALSE(preferences.at(0).toObject().contains(QStringLiteral("guest_id")));
    const QJsonArray stays = g.value(QStringLiteral("stays")).toArray();
    REQUIRE(stays.size() == 1);
    const QJsonObject stay = stays.at(0).toObject();
    CHECK(stay.value(QStringLiteral("arrival")).toString() == QStringLiteral("2026-05-01"));
    CHECK(stay.value(QStringLiteral("revenue_minor")).toInteger() == 13500000);
    CHECK(stay.value(QStringLiteral("currency")).toString() == QStringLiteral("AMD"));
    CHECK(stay.value(QStringLiteral("booking_ref")).toString() == QStringLiteral("IK-123456"));

    const QJsonObject anna = guests.at(1).toObject();
    CHECK(anna.value(QStringLiteral("stays")).toArray().isEmpty());
    CHECK(anna.value(QStringLiteral("emails")).toArray().isEmpty());
}

TEST_CASE("JSON export: loyalty tiers and segments are lists of their own, a guest's tier changes and "
          "points follow the stays")
{
    TempDatabase t;
    const Guest aram = addAram(t);
    Guest other;
    other.givenName = QStringLiteral("Anna");
    REQUIRE_OK(GuestService(t.db()).add(other));
    // Plain SQL, as the loyalty and segment services will write these rows.
    const auto run = [&](const QString &sql) { REQUIRE_OK(execute(t.db(), sql)); };
    run(QStringLiteral("INSERT INTO loyalty_tiers(uuid, name, name_key, position, basis, threshold, "
                       "window_months, created_at, updated_at) VALUES ('8b0f3a52-6c1e-4d0a-9f4e-"
                       "2a1b3c4d5e6f', 'Silver', 'silver', 1, 'nights', 3, 12, 1000, 2000)"));
    run(QStringLiteral("INSERT INTO segments(uuid, name, name_key, rule, created_at, updated_at) VALUES "
                       "('5d7c2e10-1a2b-4c3d-8e4f-506172839405', 'Wine', 'wine', 'tag = wine', 3000, 3000)"));
    const QString ofAram = QStringLiteral("(SELECT id FROM guests WHERE uuid = '%1')").arg(aram.uuid);
    run(QStringLiteral("INSERT INTO loyalty_tier_changes(uuid, guest_id, tier, previous, changed_on, reason, "
                       "created_at) VALUES ('0c9e8d7f-6a5b-4c3d-9e1f-0a1b2c3d4e5f', %1, 'Silver', '', "
                       "'2026-05-04', 'nights: 3 of 3', 4000)")
            .arg(ofAram));
    // Added later but booked earlier: the export lists it first.
    run(QStringLiteral("INSERT INTO loyalty_points(uuid, guest_id, points, kind, stay_id, booked_on, "
                       "expires_on, created_at) VALUES ('1e2d3c4b-5a69-4788-9a0b-1c2d3e4f5a6b', %1, 300, "
                       "'stay', (SELECT id FROM stays), '2026-05-04', '2028-05-04', 5000)")
            .arg(ofAram));
    run(QStringLiteral("INSERT INTO loyalty_points(uuid, guest_id, points, kind, reason, booked_on, "
                       "created_at) VALUES ('2f3e4d5c-6b7a-4899-8a1b-2c3d4e5f6a7b', %1, -100, 'redeem', "
                       "'spa', '2026-05-01', 6000)")
            .arg(ofAram));

    const QString path = t.filePath(QStringLiteral("out.json"));
    auto summary = JsonExport(t.db()).write(path);
    REQUIRE_OK(summary);
    CHECK(summary->loyaltyTiers == 1);
    CHECK(summary->loyaltyTierChanges == 1);
    CHECK(summary->loyaltyPoints == 2);
    CHECK(summary->segments == 1);

    // The lists in the documented order: tiers after the SLA policies, segments after the feedback (then
    // the message templates and reminder actions).
    const QList<QByteArray> lines = readBytes(path).split('\n');
    const qsizetype policies = lines.indexOf("\"sla_policies\":[");
    const qsizetype tiers = lines.indexOf("\"loyalty_tiers\":[");
    const qsizetype guests = lines.indexOf("\"guests\":[");
    const qsizetype feedback = lines.indexOf("\"feedback\":[");
    const qsizetype segments = lines.indexOf("\"segments\":[");
    CHECK(policies > 0);
    CHECK(tiers > policies);
    CHECK(guests > tiers);
    CHECK(segments > feedback);
    CHECK(feedback > guests);
    CHECK(lines.at(tiers + 1)
          == "{\"uuid\":\"8b0f3a52-6c1e-4d0a-9f4e-2a1b3c4d5e6f\",\"name\":\"Silver\",\"position\":1,"
             "\"basis\":\"nights\",\"threshold\":3,\"window_months\":12,\"created_at\":1000,"
             "\"updated_at\":2000}");
    CHECK(lines.at(segments + 1)
          == "{\"uuid\":\"5d7c2e10-1a2b-4c3d-8e4f-506172839405\",\"name\":\"Wine\",\"rule\":"
             "\"tag = wine\",\"created_at\":3000,\"updated_at\":3000}");
    CHECK(lines.at(segments + 2) == "],");
    CHECK(lines.at(segments + 3) == "\"message_templates\":[");

    const QJsonObject root = readJson(path);
    const QJsonObject g = root.value(QStringLiteral("guests")).toArray().at(0).toObject();
    REQUIRE(g.value(QStringLiteral("uuid")).toString() == aram.uuid);
    const QByteArray &guestLine = lines.at(guests + 1);
    CHECK(guestLine.indexOf("\"stays\":[") < guestLine.indexOf("\"loyalty_tier_changes\":["));
    CHECK(guestLine.indexOf("\"loyalty_tier_changes\":[") < guestLine.indexOf("\"loyalty_points\":["));
    CHECK(guestLine.endsWith("]},"));
    const QJsonArray changes = g.value(QStringLiteral("loyalty_tier_changes")).toArray();
    REQUIRE(changes.size() == 1);
    const QJsonObject change = changes.at(0).toObject();
    CHECK(change.value(QStringLiteral("tier")).toString() == QStringLiteral("Silver"));
    CHECK(change.value(QStringLiteral("previous")).toString().isEmpty());
    CHECK(change.value(QStringLiteral("changed_on")).toString() == QStringLiteral("2026-05-04"));
    CHECK_FALSE(change.contains(QStringLiteral("guest_id")));
    const QJsonArray points = g.value(QStringLiteral("loyalty_points")).toArray();
    REQUIRE(points.size() == 2);
    const QJsonObject redeemed = points.at(0).toObject();
    CHECK(redeemed.value(QStringLiteral("kind")).toString() == QStringLiteral("redeem"));
    CHECK(redeemed.value(QStringLiteral("points")).toInteger() == -100);
    CHECK(redeemed.value(QStringLiteral("stay_uuid")).isNull());
    CHECK(redeemed.value(QStringLiteral("expires_on")).isNull());
    CHECK(redeemed.value(QStringLiteral("refers_to")).toString().isEmpty());
    const QJsonObject earned = points.at(1).toObject();
    CHECK(earned.value(QStringLiteral("stay_uuid")).toString()
          == g.value(QStringLiteral("stays"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("uuid"))
                 .toString());
    CHECK(earned.value(QStringLiteral("expires_on")).toString() == QStringLiteral("2028-05-04"));
    CHECK_FALSE(earned.contains(QStringLiteral("stay_id")));
    // A guest without any: empty lists, as for stays.
    const QJsonObject anna = root.value(QStringLiteral("guests")).toArray().at(1).toObject();
    CHECK(anna.value(QStringLiteral("loyalty_tier_changes")).toArray().isEmpty());
    CHECK(anna.value(QStringLiteral("loyalty_points")).toArray().isEmpty());
    CHECK(anna.contains(QStringLiteral("loyalty_points")));
}

TEST_CASE("JSON export: one record per line, commas ending the lines, as the documentation shows")
{
    TempDatabase t;
    for (int i = 0; i < 3; ++i) {
        Guest g;
        g.givenName = QStringLiteral("Guest");
        g.familyName = QString::number(i);
        REQUIRE_OK(GuestService(t.db()).add(g));
    }
    const QString path = t.filePath(QStringLiteral("out.json"));
    REQUIRE_OK(JsonExport(t.db()).write(path));
    const QList<QByteArray> lines = readBytes(path).split('\n');
    const qsizetype guests = lines.indexOf("\"guests\":[");
    REQUIRE(guests > 0);
    for (int i = 1; i <= 3; ++i) {
        CHECK(lines.at(guests + i).startsWith("{\"uuid\":"));
        CHECK(lines.at(guests + i).endsWith(i < 3 ? "}," : "}"));
    }
    CHECK(lines.at(guests + 4) == "],");
    // The layout docs/json-export.md shows, line by line: the header; the settings; each list's key
    // and [; one record a line, each but the last ending with its comma; ] alone; ]} at the end.
    CHECK(lines.at(0).startsWith("{\"format\":\"innkeep-export\",\"version\":2,"));
    CHECK(lines.at(0).endsWith("\","));
    CHECK(lines.at(1).startsWith("\"venue_settings\":{"));
    CHECK(lines.at(1).endsWith("},"));
    CHECK(lines.constLast().isEmpty());
    CHECK(lines.at(lines.size() - 2) == "]}");
    for (qsizetype i = 2; i < lines.size() - 2; ++i) {
        const QByteArray &line = lines.at(i);
        INFO(line.toStdString());
        const bool listStart = line.startsWith('"') && line.endsWith("\":[");
        const bool record = line.startsWith('{') && (line.endsWith("},") || line.endsWith('}'));
        CHECK((listStart || record || line == "],"));
        if (line == "],")
            CHECK(lines.at(i + 1).endsWith("\":["));
        if (line.endsWith('}'))
            CHECK(lines.at(i + 1).startsWith(']'));
    }
}

TEST_CASE("JSON export: an empty database is a valid file, and a cancelled export leaves the old file")
{
    TempDatabase t;
    const QString path = t.filePath(QStringLiteral("out.json"));
    REQUIRE_OK(JsonExport(t.db()).write(path));
    CHECK(readJson(path).value(QStringLiteral("guests")).toArray().isEmpty());
    const QByteArray before = readBytes(path);

    for (int i = 0; i < 600; ++i) {
        Guest g;
        g.givenName = QStringLiteral("Guest");
        g.familyName = QString::number(i);
        REQUIRE_OK(GuestService(t.db()).add(g));
    }
    JsonExport exporter(t.db());
    CancelFlag cancel{false};
    exporter.setCancelFlag(&cancel);
    exporter.setProgress([&](const ExchangeProgress &) { cancel = true; });
    auto cancelled = exporter.write(path);
    REQUIRE_FALSE(cancelled.has_value());
    CHECK(cancelled.error().code == Error::Code::Cancelled);
    CHECK(readBytes(path) == before);

    auto unwritable = JsonExport(t.db()).write(t.filePath(QStringLiteral("no/such/folder/out.json")));
    REQUIRE_FALSE(unwritable.has_value());
    CHECK(unwritable.error().code == Error::Code::Io);
}

TEST_CASE("JSON writer: escaping and nesting")
{
    QBuffer buffer;
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    JsonWriter json(buffer);
    json.beginObject();
    json.key(QLatin1StringView("text"));
    json.value(QStringLiteral("a\"b\\c\n\x01 Ünï"));
    json.key(QLatin1StringView("list"));
    json.beginArray();
    json.value(qint64(-5));
    json.value(true);
    json.null();
    json.beginObject();
    json.endObject();
    json.endArray();
    json.endObject();
    REQUIRE(json.flush());
    CHECK(buffer.data()
          == QByteArray("{\"text\":\"a\\\"b\\\\c\\n\\u0001 \xC3\x9Cn\xC3\xAF\",\"list\":[-5,true,null,{}]}"));
}

TEST_CASE("JSON strings escape what JSON requires, and for a terminal also DEL and the C1 controls",
          "[export]")
{
    const QByteArray text = QByteArrayLiteral("a\"b\\c\nd\x01"
                                              "e\x7f"
                                              "f\xc2\x85"
                                              "g\xc2\xa0h\xc3\xa9");
    QByteArray json;
    JsonWriter::appendEscaped(json, text);
    CHECK(json
          == QByteArrayLiteral("a\\\"b\\\\c\\nd\\u0001e\x7f"
                               "f\xc2\x85"
                               "g\xc2\xa0h\xc3\xa9"));
    QByteArray terminal;
    JsonWriter::appendEscaped(terminal, text, JsonWriter::Controls::AlsoDeleteAndC1);
    CHECK(terminal == QByteArrayLiteral("a\\\"b\\\\c\\nd\\u0001e\\u007ff\\u0085g\xc2\xa0h\xc3\xa9"));
    // A lone 0xC2 at the end is left as it is.
    QByteArray lone;
    JsonWriter::appendEscaped(lone, QByteArrayLiteral("x\xc2"), JsonWriter::Controls::AlsoDeleteAndC1);
    CHECK(lone == QByteArrayLiteral("x\xc2"));
}
