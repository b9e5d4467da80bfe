// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "segments/foldedtext.h"
#include "segments/segmentrule.h"
#include "segments/segmentservice.h"
#include "segments/segmentsql.h"
#include "storage/changelog.h"
#include "storage/rowwriter.h"
#include "storage/statement.h"
#include "tempdatabase.h"
#include "venue/venuesettings.h"

#include <QElapsedTimer>
#include <QUuid>

#include <algorithm>

using namespace innkeep;
using namespace innkeep::test;
using namespace Qt::StringLiterals;

namespace {

// A small venue written row by row (today is 2026-06-15, the currency EUR): six guests whose every
// field a rule can ask about is known.
class SegmentVenue
{
public:
    SegmentVenue()
    {
        const qint64 anna = guest({{u"given_name"_s, u"Anna"_s},
                                   {u"city"_s, u"Yerevan"_s},
                                   {u"nationality"_s, u"AM"_s},
                                   {u"country"_s, u"AM"_s},
                                   {u"language"_s, u"hy"_s},
                                   {u"vip_level"_s, 2},
                                   {u"consent_email"_s, 1},
                                   {u"birthday"_s, u"1985-12-03"_s}});
        stay(anna, u"2025-08-01"_s, u"2025-08-04"_s, 30000, 10000);
        stay(anna, u"2026-01-10"_s, u"2026-01-12"_s, 20000, 10000);
        stay(anna, u"2026-05-01"_s, u"2026-05-02"_s, 12000, 12000);
        stay(anna, u"2026-06-01"_s, u"2026-06-03"_s, 50000, 25000, u"EUR"_s, u"cancelled"_s);
        stay(anna, u"2026-07-01"_s, u"2026-07-03"_s, 50000, 25000, u"EUR"_s, u"booked"_s);
        tag(anna, u"wine"_s);
        tier(anna, u"Silver"_s);
        tier(anna, u"Gold"_s);
        points(anna, 100);
        points(anna, 50);

        const qint64 aram = guest({{u"given_name"_s, u"Արամ"_s},
                                   {u"latin_given_name"_s, u"Aram"_s},
                                   {u"city"_s, u"ԵՐԵՎԱՆ"_s},
                                   {u"nationality"_s, u"AM"_s},
                                   {u"language"_s, u"hy-AM"_s},
                                   {u"consent_sms"_s, 1},
                                   {u"source"_s, u"agent"_s}});
        stay(aram, u"2023-03-01"_s, u"2023-03-05"_s, 40000, 10000);
        stay(aram, u"2024-02-01"_s, u"2024-02-02"_s, 99999, 99999, u"USD"_s);
        tag(aram, u"vip-lounge"_s);
        ticket(aram, u"lost"_s, u"closed"_s);
        feedback(aram, 1000, 0.25, u"negative"_s, {});

        const qint64 nino = guest({{u"given_name"_s, u"ნინო"_s},
                                   {u"latin_given_name"_s, u"Nino"_s},
                                   {u"city"_s, u"ᲗᲑᲘᲚᲘᲡᲘ"_s}, // Mtavruli capitals
                                   {u"nationality"_s, u"GE"_s},
                                   {u"language"_s, u"ka"_s},
                                   {u"blocked"_s, 1},
                                   {u"blocked_reason"_s, u"Unpaid bill"_s},
                                   {u"birthday"_s, u"1990-12-24"_s},
                                   {u"anniversary"_s, u"2015-06-20"_s}});
        tag(nino, u"wine"_s);
        tag(nino, u"spa"_s);
        ticket(nino, u"recovered"_s, u"resolved"_s);
        feedback(nino, 1000, 0.0, u"negative"_s, {});
        feedback(nino, 2000, 1.0, u"negative"_s, u"positive"_s); // staff corrected it

        const qint64 olga = guest({{u"given_name"_s, u"Ольга"_s},
                                   {u"latin_given_name"_s, u"Olga"_s},
                                   {u"city"_s, u"МОСКВА"_s},
                                   {u"nationality"_s, u"RU"_s},
                                   {u"consent_marketing"_s, 1},
                                   {u"source"_s, u"ota"_s}});
        ticket(olga, {}, u"new"_s);
        tier(olga, u"Золото"_s);

        const qint64 bob = guest({{u"given_name"_s, u"Bob"_s}, {u"source"_s, u"walk-in"_s}});
        tier(bob, u"Silver"_s);
        tier(bob, {}); // dropped out of the programme
        points(bob, 50);
        points(bob, -50);

        const qint64 zoe = guest(
            {{u"given_name"_s, u"Zoe"_s}, {u"consent_email"_s, 1}, {u"archived_at"_s, t.clock().nowMs()}});
        stay(zoe, u"2026-06-01"_s, u"2026-06-02"_s, 10000, 10000);
        tag(zoe, u"wine"_s);
    }

    TempDatabase t;
    SegmentService segments{t.db()};

    // The given names (Latin) of the guests `rule` selects, in member order.
    QStringList who(const QString &rule)
    {
        INFO(rule.toStdString());
        auto parsed = SegmentRule::parse(rule);
        REQUIRE_OK(parsed);
        auto members = segments.members(*parsed);
        REQUIRE_OK(members);
        QStringList names;
        for (const SegmentMember &member : std::as_const(*members))
            names.append(member.latinName);
        auto count = segments.count(*parsed);
        REQUIRE_OK(count);
        CHECK(*count == names.size());
        return names;
    }

    Error problem(const QString &rule)
    {
        auto parsed = SegmentRule::parse(rule);
        REQUIRE_FALSE(parsed.has_value());
        CHECK(parsed.error().code == Error::Code::InvalidInput);
        CHECK(parsed.error().field == u"rule"_s);
        return parsed.error();
    }

private:
    qint64 insert(const QString &table, QVariantMap row)
    {
        row.insert(u"uuid"_s, QUuid::createUuid().toString(QUuid::WithoutBraces));
        auto id = insertRow(t.db(), table, row);
        REQUIRE_OK(id);
        return *id;
    }
    qint64 guest(QVariantMap row)
    {
        if (!row.contains(u"latin_given_name"_s))
            row.insert(u"latin_given_name"_s, row.value(u"given_name"_s));
        row.insert(u"created_at"_s, t.clock().nowMs());
        row.insert(u"updated_at"_s, t.clock().nowMs());
        return insert(u"guests"_s, row);
    }
    void stay(qint64 guest, const QString &arrival, const QString &departure, qint64 revenue, qint64 rate,
              const QString &currency = u"EUR"_s, const QString &status = u"checked-out"_s)
    {
        insert(u"stays"_s, {{u"guest_id"_s, guest},
                            {u"arrival"_s, arrival},
                            {u"departure"_s, departure},
                            {u"revenue_minor"_s, revenue},
                            {u"rate_minor"_s, rate},
                            {u"currency"_s, currency},
                            {u"status"_s, status},
                            {u"created_at"_s, 0},
                            {u"updated_at"_s, 0}});
    }
    void tag(qint64 guest, const QString &tag)
    {
        REQUIRE_OK(insertRow(t.db(), u"guest_tags"_s, {{u"guest_id"_s, guest}, {u"tag"_s, tag}}));
    }
    void ticket(qint64 guest, const QString &outcome, const QString &status)
    {
        insert(u"tickets"_s, {{u"guest_id"_s, guest},
                              {u"category"_s, u"noise"_s},
                              {u"severity"_s, u"medium"_s},
                              {u"description"_s, u"Noisy"_s},
                              {u"sla_policy"_s, u"{}"_s},
                              {u"status"_s, status},
                              {u"outcome"_s, outcome},
                              {u"created_at"_s, 0},
                              {u"updated_at"_s, 0}});
    }
    void feedback(qint64 guest, qint64 receivedAt, double normalised, const QString &label,
                  const QString &corrected)
    {
        insert(u"feedback"_s, {{u"guest_id"_s, guest},
                               {u"channel"_s, u"survey"_s},
                               {u"rating"_s, normalised * 4 + 1},
                               {u"rating_scale"_s, u"1-5"_s},
                               {u"rating_normalised"_s, normalised},
                               {u"sentiment_label"_s, label},
                               {u"corrected_label"_s, corrected},
                               {u"received_at"_s, receivedAt},
                               {u"created_at"_s, 0},
                               {u"updated_at"_s, 0}});
    }
    void tier(qint64 guest, const QString &tier)
    {
        insert(u"loyalty_tier_changes"_s, {{u"guest_id"_s, guest},
                                           {u"tier"_s, tier},
                                           {u"previous"_s, QString()},
                                           {u"changed_on"_s, u"2026-01-01"_s},
                                           {u"reason"_s, u"test"_s},
                                           {u"created_at"_s, 0}});
    }
    void points(qint64 guest, qint64 points)
    {
        insert(u"loyalty_points"_s, {{u"guest_id"_s, guest},
                                     {u"points"_s, points},
                                     {u"kind"_s, u"adjust"_s},
                                     {u"booked_on"_s, u"2026-01-01"_s},
                                     {u"created_at"_s, 0}});
    }
};

const QStringList Everyone{u"Anna"_s, u"Aram"_s, u"Bob"_s, u"Nino"_s, u"Olga"_s};

QStringList except(const QStringList &left)
{
    QStringList rest = Everyone;
    for (const QString &name : left)
        rest.removeAll(name);
    return rest;
}

} // namespace

TEST_CASE("Segments: every comparison operator on counted stays", "[segments]")
{
    SegmentVenue v;
    // Anna's cancelled stay and next month's booking do not count; Zoe is archived.
    CHECK(v.who(u"stays = 3"_s) == QStringList{u"Anna"_s});
    CHECK(v.who(u"stays != 3"_s) == except({u"Anna"_s}));
    CHECK(v.who(u"stays > 1"_s) == (QStringList{u"Anna"_s, u"Aram"_s}));
    CHECK(v.who(u"stays >= 2"_s) == (QStringList{u"Anna"_s, u"Aram"_s}));
    CHECK(v.who(u"stays < 2"_s) == (QStringList{u"Bob"_s, u"Nino"_s, u"Olga"_s}));
    CHECK(v.who(u"stays <= 0"_s) == (QStringList{u"Bob"_s, u"Nino"_s, u"Olga"_s}));
    CHECK(v.who(u"stays in (2, 3)"_s) == (QStringList{u"Anna"_s, u"Aram"_s}));
    CHECK(v.who(u"stays in (0)"_s) == (QStringList{u"Bob"_s, u"Nino"_s, u"Olga"_s}));
    CHECK(v.who(u"nights = 6"_s) == QStringList{u"Anna"_s});
    CHECK(v.who(u"nights = 5"_s) == QStringList{u"Aram"_s});
    CHECK(v.who(u"nights >= 5"_s) == (QStringList{u"Anna"_s, u"Aram"_s}));
}

TEST_CASE("Segments: spend and average rate are in major units of the venue currency", "[segments]")
{
    SegmentVenue v;
    // Anna 620.00 EUR; Aram 400.00 EUR (his USD stay adds nothing).
    CHECK(v.who(u"spend = 620"_s) == QStringList{u"Anna"_s});
    CHECK(v.who(u"spend >= 620.00"_s) == QStringList{u"Anna"_s});
    CHECK(v.who(u"spend > 619.99"_s) == QStringList{u"Anna"_s});
    CHECK(v.who(u"spend >= 400"_s) == (QStringList{u"Anna"_s, u"Aram"_s}));
    CHECK(v.who(u"spend >= 1000"_s).isEmpty());
    CHECK(v.who(u"spend < 1"_s) == (QStringList{u"Bob"_s, u"Nino"_s, u"Olga"_s}));
    CHECK(v.who(u"spend in (400, 620)"_s) == (QStringList{u"Anna"_s, u"Aram"_s}));
    // Anna's rates average 106.67; Aram's one EUR stay 100.
    CHECK(v.who(u"average_rate > 100"_s) == QStringList{u"Anna"_s});
    CHECK(v.who(u"average_rate = 100"_s) == QStringList{u"Aram"_s});
    // No stay, no average: such a guest matches no comparison, and NOT turns that round.
    CHECK(v.who(u"average_rate < 1000"_s) == (QStringList{u"Anna"_s, u"Aram"_s}));
    CHECK(v.who(u"NOT average_rate = 100"_s) == except({u"Aram"_s}));

    SECTION("an amount with more decimals than the currency has is an error with its column")
    {
        REQUIRE_OK(VenueSettings(v.t.db()).setCurrency(u"JPY"_s));
        auto rule = SegmentRule::parse(u"spend >= 10.5"_s);
        REQUIRE_OK(rule);
        auto count = v.segments.count(*rule);
        REQUIRE_FALSE(count.has_value());
        CHECK(count.error().field == u"rule"_s);
        CHECK(count.error().message.startsWith(u"column 10: "_s));
        CHECK(v.segments.create(u"Yen"_s, u"spend >= 10.5"_s).error().field == u"rule"_s);
    }
}

TEST_CASE("Segments: dates of the first and last stay, within, before and after", "[segments]")
{
    SegmentVenue v;
    // Anna: first 2025-08-01, last 2026-05-01. Aram: first 2023-03-01, last 2024-02-01.
    CHECK(v.who(u"last_stay within 365d"_s) == QStringList{u"Anna"_s});
    CHECK(v.who(u"last_stay within 45d"_s) == QStringList{u"Anna"_s}); // 2026-05-01 is the first day
    CHECK(v.who(u"last_stay within 44d"_s).isEmpty());
    CHECK(v.who(u"last_stay within 7w"_s) == QStringList{u"Anna"_s});
    CHECK(v.who(u"last_stay within 6m"_s) == QStringList{u"Anna"_s});
    CHECK(v.who(u"last_stay within 2y"_s) == QStringList{u"Anna"_s});
    CHECK(v.who(u"last_stay within 3Y"_s) == (QStringList{u"Anna"_s, u"Aram"_s}));
    CHECK(v.who(u"last_stay before 2025-01-01"_s) == QStringList{u"Aram"_s});
    CHECK(v.who(u"last_stay after 2026-04-30"_s) == QStringList{u"Anna"_s});
    CHECK(v.who(u"last_stay after 2026-05-01"_s).isEmpty());
    CHECK(v.who(u"last_stay = 2026-05-01"_s) == QStringList{u"Anna"_s});
    CHECK(v.who(u"last_stay != 2026-05-01"_s) == except({u"Anna"_s}));
    CHECK(v.who(u"last_stay >= 2024-02-01"_s) == (QStringList{u"Anna"_s, u"Aram"_s}));
    CHECK(v.who(u"last_stay > 2024-02-01"_s) == QStringList{u"Anna"_s});
    CHECK(v.who(u"last_stay <= 2024-02-01"_s) == QStringList{u"Aram"_s});
    CHECK(v.who(u"last_stay < 2024-02-01"_s).isEmpty());
    CHECK(v.who(u"last_stay in (2024-02-01, 2026-05-01)"_s) == (QStringList{u"Anna"_s, u"Aram"_s}));
    CHECK(v.who(u"first_stay = 2023-03-01"_s) == QStringList{u"Aram"_s});
    CHECK(v.who(u"first_stay before 2025-01-01"_s) == QStringList{u"Aram"_s});
    CHECK(v.who(u"first_stay <= 2025-08-01"_s) == (QStringList{u"Anna"_s, u"Aram"_s}));
    CHECK(v.who(u"first_stay < 2025-08-01"_s) == QStringList{u"Aram"_s});
    CHECK(v.who(u"first_stay after 2025-01-01"_s) == QStringList{u"Anna"_s});
    CHECK(v.who(u"first_stay >= 2025-08-01"_s) == QStringList{u"Anna"_s});
    CHECK(v.who(u"first_stay within 1y"_s) == QStringList{u"Anna"_s});
    // Never stayed: not within, and NOT within.
    CHECK(v.who(u"NOT last_stay within 365d"_s) == except({u"Anna"_s}));
    // Archived guests join only when the rule says so.
    CHECK(v.who(u"last_stay within 4w"_s).isEmpty());
    CHECK(v.who(u"last_stay within 4w AND archived"_s) == QStringList{u"Zoe"_s});

    SECTION("the clock decides which stays count and where periods end")
    {
        v.t.clock().set(QDateTime(QDate(2027, 3, 1), QTime(9, 0), Qt::UTC));
        // The July booking has arrived (it counts as a stay once its day has come).
        CHECK(v.who(u"stays = 4"_s) == QStringList{u"Anna"_s});
        CHECK(v.who(u"last_stay = 2026-07-01"_s) == QStringList{u"Anna"_s});
        CHECK(v.who(u"last_stay within 365d"_s) == QStringList{u"Anna"_s});
        CHECK(v.who(u"last_stay within 30d"_s).isEmpty());
        v.t.clock().set(QDateTime(QDate(2028, 1, 1), QTime(9, 0), Qt::UTC));
        CHECK(v.who(u"last_stay within 365d"_s).isEmpty());
    }
}

TEST_CASE("Segments: text fields ignore case in Latin, Armenian, Georgian and Cyrillic", "[segments]")
{
    SegmentVenue v;
    CHECK(v.who(u"city = yerevan"_s) == QStringList{u"Anna"_s});
    CHECK(v.who(u"city = \"Երևան\""_s) == QStringList{u"Aram"_s}); // stored ԵՐԵՎԱՆ
    CHECK(v.who(u"city = Երևան"_s) == QStringList{u"Aram"_s});
    CHECK(v.who(u"city = 'ԵՐԵՎԱՆ'"_s) == QStringList{u"Aram"_s});
    CHECK(v.who(u"city = თბილისი"_s) == QStringList{u"Nino"_s}); // stored in Mtavruli
    CHECK(v.who(u"city = москва"_s) == QStringList{u"Olga"_s});
    CHECK(v.who(u"city in (Москва, \"თბილისი\", YEREVAN)"_s)
          == (QStringList{u"Anna"_s, u"Nino"_s, u"Olga"_s}));
    CHECK(v.who(u"city != москва"_s) == except({u"Olga"_s}));
    CHECK(v.who(u"city = Gyumri"_s).isEmpty());
    CHECK(v.who(u"city = ерЕван"_s).isEmpty()); // Cyrillic look-alike letters are other letters

    CHECK(v.who(u"nationality = am"_s) == (QStringList{u"Anna"_s, u"Aram"_s}));
    CHECK(v.who(u"nationality in (GE, ru)"_s) == (QStringList{u"Nino"_s, u"Olga"_s}));
    CHECK(v.who(u"nationality != AM"_s) == (QStringList{u"Bob"_s, u"Nino"_s, u"Olga"_s}));
    CHECK(v.who(u"country = AM"_s) == QStringList{u"Anna"_s});
    CHECK(v.who(u"language = hy"_s) == (QStringList{u"Anna"_s, u"Aram"_s})); // hy and hy-AM
    CHECK(v.who(u"language = HY-am"_s) == QStringList{u"Aram"_s});
    CHECK(v.who(u"language in (ka, en)"_s) == QStringList{u"Nino"_s});
    CHECK(v.who(u"source = ota"_s) == QStringList{u"Olga"_s});
    CHECK(v.who(u"source = Walk-In"_s) == QStringList{u"Bob"_s});
    CHECK(v.who(u"source in (agent, ota)"_s) == (QStringList{u"Aram"_s, u"Olga"_s}));
    CHECK(v.who(u"source = direct"_s) == (QStringList{u"Anna"_s, u"Nino"_s}));

    // Armenian և is ԵՎ in capitals.
    CHECK(FoldedText::fold(u"ԵՐԵՎԱՆ"_s) == FoldedText::fold(u"Երևան"_s));
    CHECK(FoldedText::fold(u"Երևան"_s) == u"երեվան"_s);
    CHECK(FoldedText::fold(u"ᲗᲑᲘᲚᲘᲡᲘ"_s) == u"თბილისი"_s);
}

TEST_CASE("Segments: tags, VIP, tier and points", "[segments]")
{
    SegmentVenue v;
    CHECK(v.who(u"tag = wine"_s) == (QStringList{u"Anna"_s, u"Nino"_s}));
    CHECK(v.who(u"tag = WINE"_s) == (QStringList{u"Anna"_s, u"Nino"_s}));
    CHECK(v.who(u"tag = \"#wine\""_s) == (QStringList{u"Anna"_s, u"Nino"_s}));
    CHECK(v.who(u"tag in (spa, vip-lounge)"_s) == (QStringList{u"Aram"_s, u"Nino"_s}));
    CHECK(v.who(u"tag != wine"_s) == (QStringList{u"Aram"_s, u"Bob"_s, u"Olga"_s}));
    CHECK(v.who(u"tag = wine AND tag = spa"_s) == QStringList{u"Nino"_s});

    CHECK(v.who(u"vip"_s) == QStringList{u"Anna"_s});
    CHECK(v.who(u"vip >= 2"_s) == QStringList{u"Anna"_s});
    CHECK(v.who(u"vip = 3"_s).isEmpty());
    CHECK(v.who(u"vip = 0"_s) == except({u"Anna"_s}));

    CHECK(v.who(u"tier = gold"_s) == QStringList{u"Anna"_s}); // her latest change
    CHECK(v.who(u"tier = Silver"_s).isEmpty());               // Anna went up, Bob dropped out
    CHECK(v.who(u"tier = ЗОЛОТО"_s) == QStringList{u"Olga"_s});
    CHECK(v.who(u"tier in (Gold, золото)"_s) == (QStringList{u"Anna"_s, u"Olga"_s}));
    CHECK(v.who(u"tier != gold"_s) == except({u"Anna"_s}));

    CHECK(v.who(u"points = 150"_s) == QStringList{u"Anna"_s});
    CHECK(v.who(u"points >= 100"_s) == QStringList{u"Anna"_s});
    CHECK(v.who(u"points = 0"_s) == except({u"Anna"_s})); // Bob's +50 and -50 are 0
    CHECK(v.who(u"points < 0"_s).isEmpty());
    CHECK(v.who(u"points > -1"_s) == Everyone);
}

TEST_CASE("Segments: months, complaints and the latest feedback", "[segments]")
{
    SegmentVenue v;
    CHECK(v.who(u"birthday_month = 12"_s) == (QStringList{u"Anna"_s, u"Nino"_s}));
    CHECK(v.who(u"birthday_month in (1, 2, 3)"_s).isEmpty());
    CHECK(v.who(u"birthday_month != 12"_s) == (QStringList{u"Aram"_s, u"Bob"_s, u"Olga"_s}));
    CHECK(v.who(u"anniversary_month = 6"_s) == QStringList{u"Nino"_s});
    CHECK(v.who(u"anniversary_month >= 1"_s) == QStringList{u"Nino"_s});

    CHECK(v.who(u"had_complaint"_s) == (QStringList{u"Aram"_s, u"Nino"_s, u"Olga"_s}));
    CHECK(v.who(u"NOT had_complaint"_s) == (QStringList{u"Anna"_s, u"Bob"_s}));
    CHECK(v.who(u"had_complaint = false"_s) == (QStringList{u"Anna"_s, u"Bob"_s}));
    CHECK(v.who(u"complaint_outcome = lost"_s) == QStringList{u"Aram"_s});
    CHECK(v.who(u"complaint_outcome = Recovered"_s) == QStringList{u"Nino"_s});
    CHECK(v.who(u"complaint_outcome = open"_s) == QStringList{u"Olga"_s});
    CHECK(v.who(u"complaint_outcome in (lost, open)"_s) == (QStringList{u"Aram"_s, u"Olga"_s}));
    CHECK(v.who(u"complaint_outcome != lost"_s) == except({u"Aram"_s}));

    // Nino's latest feedback: rated 5, read as negative, corrected by staff to positive.
    CHECK(v.who(u"last_rating = 5"_s) == QStringList{u"Nino"_s});
    CHECK(v.who(u"last_rating >= 4"_s) == QStringList{u"Nino"_s});
    CHECK(v.who(u"last_rating <= 2"_s) == QStringList{u"Aram"_s});
    CHECK(v.who(u"last_rating = 2"_s) == QStringList{u"Aram"_s});
    CHECK(v.who(u"last_rating < 1.5"_s).isEmpty()); // Nino's 1 is older
    CHECK(v.who(u"last_rating != 5"_s) == except({u"Nino"_s}));
    CHECK(v.who(u"last_sentiment = positive"_s) == QStringList{u"Nino"_s});
    CHECK(v.who(u"last_sentiment = negative"_s) == QStringList{u"Aram"_s});
    CHECK(v.who(u"last_sentiment in (mixed, neutral)"_s).isEmpty());
}

TEST_CASE("Segments: consent, blocked and archived", "[segments]")
{
    SegmentVenue v;
    CHECK(v.who(u"consent_email"_s) == QStringList{u"Anna"_s});
    CHECK(v.who(u"consent_sms"_s) == QStringList{u"Aram"_s});
    CHECK(v.who(u"consent_phone"_s).isEmpty());
    CHECK(v.who(u"consent_marketing"_s) == QStringList{u"Olga"_s});
    CHECK(v.who(u"consent_email = yes"_s) == QStringList{u"Anna"_s});
    CHECK(v.who(u"consent_email != true"_s) == except({u"Anna"_s}));
    CHECK(v.who(u"blocked"_s) == QStringList{u"Nino"_s});
    CHECK(v.who(u"NOT blocked"_s) == except({u"Nino"_s}));
    CHECK(v.who(u"archived"_s) == QStringList{u"Zoe"_s});
    CHECK(v.who(u"archived OR NOT archived"_s)
          == (QStringList{u"Anna"_s, u"Aram"_s, u"Bob"_s, u"Nino"_s, u"Olga"_s, u"Zoe"_s}));
    CHECK(v.who(u"consent_email AND archived = false"_s) == QStringList{u"Anna"_s});
    CHECK(v.who(u"consent_email"_s) == QStringList{u"Anna"_s}); // Zoe consented, but is archived
}

TEST_CASE("Segments: AND, OR, NOT and parentheses nest with the usual precedence", "[segments]")
{
    SegmentVenue v;
    // NOT binds tighter than AND, AND tighter than OR.
    CHECK(v.who(u"vip OR consent_sms AND blocked"_s) == QStringList{u"Anna"_s});
    CHECK(v.who(u"(vip OR consent_sms) AND blocked"_s).isEmpty());
    CHECK(v.who(u"(vip OR consent_sms) AND NOT blocked"_s) == (QStringList{u"Anna"_s, u"Aram"_s}));
    CHECK(v.who(u"NOT vip AND consent_sms"_s) == QStringList{u"Aram"_s});
    CHECK(v.who(u"NOT (vip OR consent_sms)"_s) == (QStringList{u"Bob"_s, u"Nino"_s, u"Olga"_s}));
    CHECK(v.who(u"NOT NOT vip"_s) == QStringList{u"Anna"_s});
    CHECK(v.who(u"blocked OR vip AND consent_email OR consent_marketing"_s)
          == (QStringList{u"Anna"_s, u"Nino"_s, u"Olga"_s}));
    CHECK(
        v.who(u"(stays >= 2 AND (city = yerevan OR city = \"Երևան\")) OR (tag = spa AND NOT consent_email)"_s)
        == (QStringList{u"Anna"_s, u"Aram"_s, u"Nino"_s}));
    CHECK(v.who(u"((((vip))))"_s) == QStringList{u"Anna"_s});
    // Keywords and field names in any case.
    CHECK(v.who(u"VIP or Consent_Sms AnD nOt blocked"_s) == (QStringList{u"Anna"_s, u"Aram"_s}));
    CHECK(v.who(u"stays >= 2 AND last_stay within 365d AND consent_email"_s) == QStringList{u"Anna"_s});
}

TEST_CASE("Segments: a rule is written back one way", "[segments]")
{
    const QList<std::pair<QString, QString>> cases{
        {u"stays>=2 and(city='Yerevan' or tag in (Wine,\"a b\"))"_s,
         u"stays >= 2 AND (city = Yerevan OR tag in (wine, \"a b\"))"_s},
        {u"not (vip or blocked)"_s, u"NOT (vip OR blocked)"_s},
        {u"(vip AND blocked) AND (consent_email)"_s, u"vip AND blocked AND consent_email"_s},
        {u"vip OR (blocked AND consent_sms)"_s, u"vip OR blocked AND consent_sms"_s},
        {u"LAST_STAY WITHIN 12W"_s, u"last_stay within 12w"_s},
        {u"city = \"Nor \\\"Nork\\\"\""_s, u"city = \"Nor \\\"Nork\\\"\""_s},
        {u"city = 'and'"_s, u"city = \"and\""_s},
        {u"nationality = am AND language = EN_gb"_s, u"nationality = AM AND language = en-GB"_s},
        {u"spend >= 1000.50"_s, u"spend >= 1000.50"_s},
        {u"city = Երևան"_s, u"city = Երևան"_s},
        {u"source = \"Walk-In\" AND consent_email = YES"_s, u"source = walk-in AND consent_email = true"_s},
    };
    for (const auto &[written, normal] : cases) {
        INFO(written.toStdString());
        auto rule = SegmentRule::parse(written);
        REQUIRE_OK(rule);
        CHECK(rule->text() == normal);
        auto again = SegmentRule::parse(rule->text());
        REQUIRE_OK(again);
        CHECK(again->text() == normal);
    }
}

TEST_CASE("Segments: a wrong rule names the token and its column", "[segments]")
{
    SegmentVenue v;
    auto message = [&](const QString &rule) { return v.problem(rule).message; };
    CHECK(v.problem(u"consent_email AND staays >= 2"_s).toString()
          == u"rule: column 19: \"staays\" is not a field; fields: "_s + SegmentFields::names());
    CHECK(message(u"stays = abc"_s).startsWith(u"column 9: \"abc\" is not a whole number"_s));
    CHECK(message(u"last_stay within banana"_s).startsWith(u"column 18: \"banana\" is not a period"_s));
    CHECK(message(u"last_stay within 0d"_s).startsWith(u"column 18: "_s));
    CHECK(message(u"last_stay before 2025-13-01"_s).startsWith(u"column 18: \"2025-13-01\" is not a date"_s));
    CHECK(message(u"birthday_month = 13"_s).startsWith(u"column 18: \"13\" is not a month"_s));
    CHECK(message(u"vip = 4"_s).startsWith(u"column 7: "_s));
    CHECK(message(u"last_rating > 6"_s).startsWith(u"column 15: "_s));
    CHECK(message(u"nationality = Armenia"_s).startsWith(u"column 15: \"Armenia\" is not a two-letter"_s));
    CHECK(message(u"language = english"_s).startsWith(u"column 12: "_s));
    CHECK(message(u"source = email"_s).startsWith(u"column 10: \"email\" is not one of walk-in"_s));
    CHECK(message(u"last_sentiment = happy"_s).startsWith(u"column 18: "_s));
    CHECK(message(u"complaint_outcome = won"_s).startsWith(u"column 21: "_s));
    CHECK(message(u"consent_email = maybe"_s).startsWith(u"column 17: "_s));
    CHECK(message(u"city > x"_s).startsWith(u"column 6: \"city\" cannot be compared with \">\""_s));
    CHECK(message(u"stays within 3d"_s).startsWith(u"column 7: "_s));
    CHECK(message(u"stays"_s).startsWith(u"column 1: \"stays\" is not a yes/no field"_s));
    CHECK(message(u"vip AND stays OR blocked"_s).startsWith(u"column 9: "_s));
    CHECK(message(u"stays 2"_s).startsWith(u"column 7: expected an operator"_s));
    CHECK(message(u"vip consent_email"_s).startsWith(u"column 5: expected AND, OR or \")\""_s));
    CHECK(message(u"city = New York"_s).startsWith(u"column 12: "_s));
    CHECK(message(u"(vip OR blocked"_s).startsWith(u"column 1: this \"(\" is never closed"_s));
    CHECK(message(u"vip)"_s).startsWith(u"column 4: "_s));
    CHECK(message(u"vip AND"_s).startsWith(u"column 8: "_s));
    CHECK(message(u"vip AND AND blocked"_s).startsWith(u"column 9: "_s));
    CHECK(message(u"stays >="_s).startsWith(u"column 9: "_s));
    CHECK(message(u"tag in wine"_s).startsWith(u"column 8: "_s));
    CHECK(message(u"tag in (wine spa)"_s).startsWith(u"column 14: "_s));
    CHECK(message(u"tag in ()"_s).startsWith(u"column 9: "_s));
    CHECK(message(u"city = \"Yerevan"_s).startsWith(u"column 8: "_s));
    CHECK(message(u"vip ! blocked"_s).startsWith(u"column 5: "_s));
    CHECK(message(u"city = \"\""_s).startsWith(u"column 8: "_s));
    CHECK(message(u"   "_s).startsWith(u"column 4: the rule is empty"_s));
    // Columns count characters, so Armenian and Georgian text before the mistake does not shift them.
    CHECK(message(u"city = Երևան AND staays = 1"_s).startsWith(u"column 18: \"staays\""_s));
    CHECK(message(u"city = \"თბილისი\" OR x"_s).startsWith(u"column 21: \"x\""_s));
    // Deep nesting is refused, not a crash.
    CHECK(message(QString(200, u'(') + u"vip"_s + QString(200, u')')).contains(u"nests deeper"_s));
    CHECK(message(QString(200, u'N') + u"vip"_s).startsWith(u"column 1: "_s));
    QString nots;
    for (int i = 0; i < 100; ++i)
        nots += u"NOT "_s;
    CHECK(message(nots + u"vip"_s).contains(u"nests deeper"_s));
}

TEST_CASE("Segments: values are bound, never part of the SQL, so injection is inert", "[segments]")
{
    SegmentVenue v;
    const qint64 guests = v.t.count(u"guests"_s);
    for (const QString &rule :
         {u"city = \"x' OR 1=1 --\""_s, u"city = 'x\\' OR \\'1\\'=\\'1'"_s,
          u"tag in (\"a); DROP TABLE guests; --\")"_s, u"tier = \"'); DELETE FROM guests; --\""_s,
          u"city = \"Yerevan\\\" OR 1=1 --\""_s, u"tag = \"wine' OR '1'='1\""_s}) {
        INFO(rule.toStdString());
        CHECK(v.who(rule).isEmpty());
        auto parsed = SegmentRule::parse(rule);
        REQUIRE_OK(parsed);
        auto where = SegmentSql::compile(*parsed, QDate(2026, 6, 15), u"EUR"_s);
        REQUIRE_OK(where);
        CHECK_FALSE(where->where.contains(u"DROP"_s));
        CHECK_FALSE(where->where.contains(u"DELETE"_s));
        CHECK_FALSE(where->where.contains(u"1=1"_s));
    }
    CHECK(v.t.count(u"guests"_s) == guests);
    CHECK(v.t.count(u"guest_tags"_s) == 5);

    auto rule = SegmentRule::parse(u"city = Yerevan AND tag = wine AND stays >= 2"_s);
    REQUIRE_OK(rule);
    auto where = SegmentSql::compile(*rule, QDate(2026, 6, 15), u"EUR"_s);
    REQUIRE_OK(where);
    CHECK_FALSE(where->where.contains(u"yerevan"_s, Qt::CaseInsensitive));
    CHECK_FALSE(where->where.contains(u"wine"_s));
    CHECK(where->where.count(u'?') == where->values.size());
    CHECK(where->values.contains(QVariant(u"wine"_s)));
}

TEST_CASE("Segments: the typical rule reads stays through an index", "[segments]")
{
    SegmentVenue v;
    auto rule = SegmentRule::parse(u"stays >= 2 AND last_stay within 365d AND consent_email"_s);
    REQUIRE_OK(rule);
    auto where = v.segments.where(*rule);
    REQUIRE_OK(where);
    // Cheap tests on the guest's own row come first.
    CHECK(where->where.indexOf(u"g.consent_email"_s) < where->where.indexOf(u"stays s"_s));
    Statement plan(v.t.db(), u"EXPLAIN QUERY PLAN SELECT COUNT(*) FROM guests g WHERE "_s + where->where);
    for (const QVariant &value : std::as_const(where->values))
        plan.bindValue(value);
    REQUIRE_OK(plan.exec());
    QStringList steps;
    while (plan.next())
        steps.append(plan.text(3));
    INFO(steps.join(u"\n"_s).toStdString());
    for (const QString &step : std::as_const(steps)) {
        if (step.contains(u" s "_s) || step.endsWith(u" s"_s))
            CHECK(step.contains(u"INDEX stays_"_s)); // stays_guest (guest_id, arrival), never a scan
    }
}

TEST_CASE("Segments: saved segments are created, renamed, changed and removed", "[segments]")
{
    SegmentVenue v;
    auto regulars = v.segments.create(u"  Regulars  "_s, u"stays>=2 and consent_email"_s);
    REQUIRE_OK(regulars);
    CHECK(regulars->name == u"Regulars"_s);
    CHECK(regulars->rule == u"stays >= 2 AND consent_email"_s);
    CHECK(v.segments.count(*regulars).value() == 1);

    auto duplicate = v.segments.create(u"REGULARS"_s, u"vip"_s);
    REQUIRE_FALSE(duplicate.has_value());
    CHECK(duplicate.error().code == Error::Code::Conflict);
    CHECK(duplicate.error().field == u"name"_s);
    auto wrong = v.segments.create(u"Wrong"_s, u"staays > 1"_s);
    REQUIRE_FALSE(wrong.has_value());
    CHECK(wrong.error().field == u"rule"_s);
    CHECK(v.segments.create(u"  "_s, u"vip"_s).error().field == u"name"_s);
    CHECK(v.t.count(u"segments"_s) == 1);

    auto armenian = v.segments.create(u"Հայեր"_s, u"nationality = AM"_s);
    REQUIRE_OK(armenian);
    auto all = v.segments.create(u"all guests"_s, u"stays >= 0"_s);
    REQUIRE_OK(all);
    auto listed = v.segments.list();
    REQUIRE_OK(listed);
    REQUIRE(listed->size() == 3);
    CHECK(listed->at(0).name == u"all guests"_s);
    CHECK(listed->at(1).name == u"Regulars"_s);

    auto found = v.segments.byName(u"regulars"_s);
    REQUIRE_OK(found);
    REQUIRE(found->has_value());
    CHECK((*found)->uuid == regulars->uuid);
    CHECK_FALSE(v.segments.byName(u"nobody"_s).value().has_value());

    auto members = v.segments.members(*armenian);
    REQUIRE_OK(members);
    REQUIRE(members->size() == 2);
    CHECK(members->at(0).name == u"Anna"_s);
    CHECK(members->at(1).name == u"Արամ"_s);
    CHECK(members->at(1).latinName == u"Aram"_s);
    auto page = v.segments.members(*all, 2, 1);
    REQUIRE_OK(page);
    REQUIRE(page->size() == 2);
    CHECK(page->at(0).latinName == u"Aram"_s);
    CHECK(page->at(1).latinName == u"Bob"_s);

    auto changed = v.segments.changeRule(regulars->uuid, u"vip OR consent_sms"_s);
    REQUIRE_OK(changed);
    CHECK(changed->rule == u"vip OR consent_sms"_s);
    CHECK(v.segments.count(*changed).value() == 2);
    CHECK(v.segments.changeRule(regulars->uuid, u"vip OR"_s).error().field == u"rule"_s);
    CHECK(v.segments.rename(regulars->uuid, u"հայեր"_s).error().code == Error::Code::Conflict);
    auto renamed = v.segments.rename(regulars->uuid, u"Friends"_s);
    REQUIRE_OK(renamed);
    CHECK(renamed->name == u"Friends"_s);
    REQUIRE_OK(v.segments.rename(regulars->uuid, u"FRIENDS"_s)); // its own name in other case

    auto history = ChangeLog(v.t.db()).forRow(regulars->uuid);
    REQUIRE_OK(history);
    CHECK(history->size() == 4); // insert, rule, two renames

    REQUIRE_OK(v.segments.remove(regulars->uuid));
    CHECK(v.t.count(u"segments"_s) == 2);
    CHECK(v.segments.find(regulars->uuid).error().code == Error::Code::NotFound);
    CHECK(v.segments.remove(regulars->uuid).error().code == Error::Code::NotFound);
    history = ChangeLog(v.t.db()).forRow(regulars->uuid);
    REQUIRE_OK(history);
    CHECK(history->first().field == u"-"_s);
    // The name is free again.
    REQUIRE_OK(v.segments.create(u"Regulars"_s, u"stays >= 2"_s));
}

TEST_CASE("Segments: the service announces what changed after the commit", "[segments]")
{
    TempDatabase t;
    SegmentService segments(t.db());
    QStringList heard;
    QObject::connect(&segments, &RecordEvents::added, &segments,
                     [&](const QString &uuid, const QString &) { heard.append(u"added "_s + uuid); });
    QObject::connect(&segments, &RecordEvents::removed, &segments,
                     [&](const QString &uuid, const QString &) { heard.append(u"removed "_s + uuid); });
    auto made = segments.create(u"VIPs"_s, u"vip"_s);
    REQUIRE_OK(made);
    REQUIRE_OK(segments.remove(made->uuid));
    CHECK(heard == (QStringList{u"added "_s + made->uuid, u"removed "_s + made->uuid}));
}

// Not run by default: times SegmentService::count on a real venue file, e.g. the 100k-guest demo
// (`innkeep-cli demo --guests 100000 --db F`), named by INNKEEP_SEGMENT_TIMING_DB. Prints, asserts nothing.
TEST_CASE("Segments: count timing on a venue file", "[.][segments-timing]")
{
    const QString path = qEnvironmentVariable("INNKEEP_SEGMENT_TIMING_DB");
    if (path.isEmpty()) {
        WARN("set INNKEEP_SEGMENT_TIMING_DB to a venue file");
        return;
    }
    SystemClock clock;
    auto db = Database::open(path, clock, Database::Mode::OpenExisting);
    REQUIRE_OK(db);
    SegmentService segments(**db);
    for (
        const QString &text :
        {u"stays >= 2 AND last_stay within 365d AND consent_email"_s, u"consent_email"_s, u"stays >= 2"_s,
         u"last_stay within 365d"_s, u"vip AND spend >= 1000"_s, u"nationality in (AM, GE) AND stays >= 1"_s,
         u"city = Yerevan OR city = \"Երևան\""_s, u"tag in (wine, spa)"_s,
         u"birthday_month = 12 AND consent_email"_s, u"had_complaint AND last_rating <= 2"_s,
         u"last_sentiment = negative OR complaint_outcome = lost"_s, u"tier = gold OR points >= 500"_s,
         u"(stays >= 3 OR spend >= 2000) AND NOT blocked AND (consent_email OR consent_sms) AND first_stay before 2025-01-01"_s}) {
        auto rule = SegmentRule::parse(text);
        REQUIRE_OK(rule);
        QList<double> times;
        qint64 count = 0;
        for (int run = 0; run < 11; ++run) {
            QElapsedTimer timer;
            timer.start();
            auto counted = segments.count(*rule);
            const double ms = double(timer.nsecsElapsed()) / 1e6;
            REQUIRE_OK(counted);
            count = *counted;
            if (run > 0) // the first run prepares the statement and warms the cache
                times.append(ms);
        }
        std::sort(times.begin(), times.end());
        WARN(text.toStdString() << ": " << count << " guests, median " << times.at(times.size() / 2)
                                << " ms, max " << times.last() << " ms");
    }
}
