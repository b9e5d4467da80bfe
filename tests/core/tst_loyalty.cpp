// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "guests/guestservice.h"
#include "house/openvenue.h"
#include "house/venuesettingkeys.h"
#include "loyalty/earnrules.h"
#include "loyalty/pointslots.h"
#include "stays/stayservice.h"
#include "storage/statement.h"
#include "tempdatabase.h"

using namespace innkeep;
using namespace innkeep::test;

namespace {

QString addGuest(OpenVenue &venue, const QString &family, const QDate &birthday = {})
{
    Guest g;
    g.givenName = QStringLiteral("Nare");
    g.familyName = family;
    g.birthday = birthday;
    auto added = venue.guests().add(g);
    REQUIRE(added.has_value());
    return added->uuid;
}

QString addStay(OpenVenue &venue, const QString &guest, QDate arrival, QDate departure, qint64 revenueMinor,
                StayStatus status = StayStatus::CheckedOut, const QString &currency = {})
{
    Stay s;
    s.guestUuid = guest;
    s.arrival = arrival;
    s.departure = departure;
    s.revenueMinor = revenueMinor;
    s.currency = currency;
    s.status = status;
    auto added = venue.stays().add(s);
    INFO((added ? QString() : added.error().toString()).toStdString());
    REQUIRE(added.has_value());
    return added->uuid;
}

void setting(OpenVenue &venue, const QString &key, const QString &value)
{
    auto ok = VenueSettingKeys(venue).set(key, value);
    INFO((ok ? QString() : ok.error().toString()).toStdString());
    REQUIRE(ok.has_value());
}

PointsEntry entry(qint64 id, qint64 points, PointsKind kind, QDate booked, QDate expires = {},
                  const QString &refersTo = {})
{
    PointsEntry e;
    e.id = id;
    e.uuid = QStringLiteral("e%1").arg(id);
    e.points = points;
    e.kind = kind;
    e.bookedOn = booked;
    e.expiresOn = expires;
    e.refersTo = refersTo;
    return e;
}

qint64 sumOf(const QList<PointsEntry> &entries)
{
    qint64 sum = 0;
    for (const PointsEntry &e : entries)
        sum += e.points;
    return sum;
}

} // namespace

TEST_CASE("Points expire first in first out, what was spent is not expired", "[loyalty]")
{
    const QDate jan(2025, 1, 10), mar(2025, 3, 1), jun(2025, 6, 1);
    // 100 earned in January (expire 2025-07-10), 50 in March (expire 2025-09-01); 120 redeemed in June
    // take the January lot whole and 20 of March's.
    QList<PointsEntry> ledger{entry(1, 100, PointsKind::Stay, jan, QDate(2025, 7, 10)),
                              entry(2, 50, PointsKind::Stay, mar, QDate(2025, 9, 1)),
                              entry(3, -120, PointsKind::Redeem, jun)};
    CHECK(PointsLots::due(ledger, QDate(2025, 7, 9)).isEmpty());
    CHECK(PointsLots::due(ledger, QDate(2025, 8, 31)).isEmpty()); // January's lot was spent
    auto due = PointsLots::due(ledger, QDate(2025, 9, 1));
    REQUIRE(due.size() == 1);
    CHECK(due.first().lotUuid == QStringLiteral("e2"));
    CHECK(due.first().points == 30);
    CHECK(due.first().on == QDate(2025, 9, 1));

    // Once the expiry is in the ledger, nothing more is due, and the balance is 0.
    ledger.append(entry(4, -30, PointsKind::Expire, QDate(2025, 9, 1), {}, QStringLiteral("e2")));
    CHECK(PointsLots::due(ledger, QDate(2026, 1, 1)).isEmpty());
    CHECK(sumOf(ledger) == 0);

    // A redemption after an expiry day cannot spend the expired points: expiries come first that day.
    QList<PointsEntry> late{entry(1, 100, PointsKind::Stay, jan, QDate(2025, 7, 10)),
                            entry(2, 50, PointsKind::Adjust, mar, QDate(2026, 3, 1)),
                            entry(3, -40, PointsKind::Redeem, QDate(2025, 7, 10))};
    due = PointsLots::due(late, QDate(2025, 7, 10));
    REQUIRE(due.size() == 1);
    CHECK(due.first().points == 100);

    // Undoing a credit takes its own lot, not the oldest one.
    QList<PointsEntry> undone{entry(1, 100, PointsKind::Stay, jan, QDate(2025, 7, 10)),
                              entry(2, 50, PointsKind::Adjust, mar, QDate(2025, 9, 1)),
                              entry(3, -50, PointsKind::Undo, mar, {}, QStringLiteral("e2"))};
    due = PointsLots::due(undone, QDate(2025, 12, 1));
    REQUIRE(due.size() == 1);
    CHECK(due.first().lotUuid == QStringLiteral("e1"));
    CHECK(due.first().points == 100);
    // Points that never expire stay.
    CHECK(PointsLots::due({entry(1, 70, PointsKind::Adjust, jan)}, QDate(2040, 1, 1)).isEmpty());
}

TEST_CASE("Earn rules: per night, per currency unit of the venue's currency, per stay, birthday stays", "[loyalty]")
{
    EarnRules rules;
    rules.perNight = 10;
    rules.perStay = 50;
    rules.perCurrencyUnit = 1;
    rules.currency = QStringLiteral("EUR");
    CHECK(rules.forStay(3, 45'099, QStringLiteral("EUR")) == 50 + 30 + 450);
    CHECK(rules.forStay(3, 45'099, QStringLiteral("USD")) == 80); // other currencies earn no revenue points
    rules.currency = QStringLiteral("JPY");
    CHECK(rules.forStay(0, 1234, QStringLiteral("JPY")) == 50 + 1234);
    CHECK(rules.expiryOf(QDate(2026, 1, 31)).isNull());
    rules.expiryMonths = 1;
    CHECK(rules.expiryOf(QDate(2026, 1, 31)) == QDate(2026, 2, 28));

    const QDate birthday(1990, 6, 14);
    CHECK(EarnRules::coversBirthday(QDate(2026, 6, 12), QDate(2026, 6, 15), birthday));
    CHECK(EarnRules::coversBirthday(QDate(2026, 6, 14), QDate(2026, 6, 14), birthday));
    CHECK_FALSE(EarnRules::coversBirthday(QDate(2026, 6, 15), QDate(2026, 6, 18), birthday));
    CHECK(EarnRules::coversBirthday(QDate(2026, 12, 30), QDate(2027, 1, 3), QDate(1980, 1, 2)));
    CHECK(EarnRules::coversBirthday(QDate(2027, 2, 27), QDate(2027, 3, 1), QDate(1992, 2, 29)));
    CHECK_FALSE(EarnRules::coversBirthday(QDate(2027, 2, 27), QDate(2027, 3, 1), QDate()));
}

TEST_CASE("Tiers are computed from stays over their window, and each change up and down is recorded",
          "[loyalty]")
{
    TempDatabase t; // today 2026-06-15
    OpenVenue venue(t.db());
    LoyaltyTiers &tiers = venue.loyaltyTiers();
    REQUIRE(
        tiers.add({.name = QStringLiteral("Member"), .basis = TierBasis::Stays, .threshold = 1}).has_value());
    REQUIRE(tiers
                .add({.name = QStringLiteral("Silver"),
                      .basis = TierBasis::Nights,
                      .threshold = 5,
                      .windowMonths = 12})
                .has_value());
    REQUIRE(tiers
                .add({.name = QStringLiteral("Gold"),
                      .basis = TierBasis::Spend,
                      .threshold = 100'000,
                      .windowMonths = 12})
                .has_value());
    CHECK(tiers.add({.name = QStringLiteral("gold"), .basis = TierBasis::Stays}).error().code
          == Error::Code::Conflict);
    CHECK(tiers.add({.name = QStringLiteral("Platinum"), .threshold = -1}).error().field
          == QStringLiteral("threshold"));
    CHECK(tiers.add({.name = QStringLiteral("Platinum"), .windowMonths = 121}).error().field
          == QStringLiteral("window"));
    auto list = tiers.tiers();
    REQUIRE(list.has_value());
    REQUIRE(list->size() == 3);
    CHECK(list->at(2).name == QStringLiteral("Gold"));
    CHECK(list->at(2).position == 3);

    const QString ani = addGuest(venue, QStringLiteral("Petrosyan"));
    const QString levan = addGuest(venue, QStringLiteral("Beridze"));
    const QString none = addGuest(venue, QStringLiteral("Nobody"));
    // Ani: 6 nights in May 2026 for 1,200.00 EUR → Gold. Levan: 3 nights in 2025-08 and 3 in 2026-03 →
    // Silver now; a cancelled stay and a booking next month count for nothing.
    addStay(venue, ani, QDate(2026, 5, 1), QDate(2026, 5, 7), 120'000);
    addStay(venue, levan, QDate(2025, 8, 1), QDate(2025, 8, 4), 30'000);
    addStay(venue, levan, QDate(2026, 3, 1), QDate(2026, 3, 4), 30'000);
    addStay(venue, levan, QDate(2026, 4, 1), QDate(2026, 4, 30), 900'000, StayStatus::Cancelled);
    addStay(venue, levan, QDate(2027, 7, 1), QDate(2027, 7, 30), 900'000, StayStatus::Booked);

    auto standing = tiers.standing(ani);
    REQUIRE(standing.has_value());
    CHECK(standing->tier == QStringLiteral("Gold"));
    CHECK(standing->reason.contains(QStringLiteral("Gold needs")));
    CHECK(tiers.standing(levan)->tier == QStringLiteral("Silver"));
    CHECK(tiers.standing(levan)->next == QStringLiteral("Gold"));
    CHECK(tiers.standing(levan)->toNext.contains(QStringLiteral("600.00")));
    CHECK(tiers.standing(levan)->toNext.contains(QStringLiteral("spent in the last 12 months")));
    CHECK(standing->next.isEmpty());
    CHECK(tiers.standing(none)->next == QStringLiteral("Member"));
    CHECK(tiers.standing(none)->tier.isEmpty());

    auto changed = tiers.recordChanges();
    REQUIRE(changed.has_value());
    CHECK(*changed == 2);
    CHECK(*tiers.current(ani) == QStringLiteral("Gold"));
    CHECK(*tiers.current(levan) == QStringLiteral("Silver"));
    CHECK(tiers.current(none)->isEmpty());
    CHECK(*tiers.recordChanges() == 0); // nothing changed: nothing recorded

    // Ten months on, Levan's August stay has left the 12-month window (3 nights): down to Member.
    t.clock().set(QDateTime(QDate(2026, 9, 2), QTime(10, 0), Qt::UTC));
    CHECK(*tiers.recordChanges() == 1);
    auto history = tiers.history(levan);
    REQUIRE(history.has_value());
    REQUIRE(history->size() == 2);
    CHECK(history->first().tier == QStringLiteral("Member"));
    CHECK(history->first().previous == QStringLiteral("Silver"));
    CHECK(history->first().changedOn == QDate(2026, 9, 2));
    CHECK(history->first().reason.contains(QStringLiteral("Member needs 1")));
    // A year after May, Ani is down to Member too; the lifetime Member tier keeps both.
    t.clock().set(QDateTime(QDate(2027, 5, 2), QTime(10, 0), Qt::UTC));
    CHECK(*tiers.recordChanges() == 1);
    CHECK(*tiers.current(ani) == QStringLiteral("Member"));
    auto of = tiers.currentOf({1, 2, 3});
    REQUIRE(of.has_value());
    CHECK(of->size() == 2);

    // Removing a tier: the next run moves its guests to the tier they reach now.
    REQUIRE(tiers.remove(tiers.byName(QStringLiteral("member"))->uuid).has_value());
    CHECK(*tiers.recordChanges() == 2);
    CHECK(tiers.current(ani)->isEmpty());
}

TEST_CASE("Points ledger: stays earn once, birthdays add a bonus, redemptions never exceed the balance",
          "[loyalty]")
{
    TempDatabase t; // today 2026-06-15
    OpenVenue venue(t.db());
    venue.setStaffOnDuty(QStringLiteral("Anahit"));
    setting(venue, EarnRules::PerNightKey, QStringLiteral("10"));
    setting(venue, EarnRules::PerStayKey, QStringLiteral("50"));
    setting(venue, EarnRules::BirthdayBonusKey, QStringLiteral("200"));
    setting(venue, EarnRules::ExpiryMonthsKey, QStringLiteral("12"));
    const QString ani = addGuest(venue, QStringLiteral("Petrosyan"), QDate(1988, 6, 3));
    const QString stay = addStay(venue, ani, QDate(2026, 6, 1), QDate(2026, 6, 4), 0);
    addStay(venue, ani, QDate(2026, 6, 20), QDate(2026, 6, 22), 0, StayStatus::Booked); // not yet
    addStay(venue, ani, QDate(2026, 5, 1), QDate(2026, 5, 3), 0, StayStatus::NoShow);

    auto report = venue.bringLoyaltyUpToDate();
    REQUIRE(report.has_value());
    CHECK(report->pointsEntries == 2); // the stay and its birthday bonus
    CHECK(*venue.points().balance(ani) == 80 + 200);
    CHECK(venue.bringLoyaltyUpToDate()->pointsEntries == 0);
    auto entries = venue.points().entries(ani);
    REQUIRE(entries.has_value());
    REQUIRE(entries->size() == 2);
    CHECK(entries->last().stayUuid == stay);
    CHECK(entries->last().bookedOn == QDate(2026, 6, 4));
    CHECK(entries->last().expiresOn == QDate(2027, 6, 4));

    // Redeeming more than the balance is refused, and nothing is written.
    auto tooMuch = venue.points().redeem(ani, 281, QStringLiteral("Spa"));
    REQUIRE_FALSE(tooMuch.has_value());
    CHECK(tooMuch.error().code == Error::Code::Conflict);
    CHECK(tooMuch.error().field == QStringLiteral("points"));
    CHECK(venue.points().redeem(ani, 0, QStringLiteral("Spa")).error().field == QStringLiteral("points"));
    CHECK(venue.points().redeem(ani, 10, QStringLiteral("  ")).error().field == QStringLiteral("reason"));
    auto spa = venue.points().redeem(ani, 180, QStringLiteral("Spa"));
    REQUIRE(spa.has_value());
    CHECK(spa->staff == QStringLiteral("Anahit"));
    CHECK(*venue.points().balance(ani) == 100);
    CHECK(venue.points().adjust(ani, -101, QStringLiteral("Typo")).error().code == Error::Code::Conflict);
    auto goodwill = venue.points().adjust(ani, 500, QStringLiteral("Goodwill after the noise complaint"));
    REQUIRE(goodwill.has_value());
    CHECK(goodwill->expiresOn == QDate(2027, 6, 15));
    CHECK(*venue.points().balance(ani) == 600);

    // Undo: the opposite entry; once only; never below zero; expiries and undos cannot be undone.
    auto undo = venue.points().undo(spa->uuid, QStringLiteral("Spa was closed"));
    REQUIRE(undo.has_value());
    CHECK(undo->points == 180);
    CHECK(*venue.points().balance(ani) == 780);
    CHECK(venue.points().undo(spa->uuid, QStringLiteral("again")).error().code == Error::Code::Conflict);
    CHECK(venue.points().undo(undo->uuid, QStringLiteral("undo the undo")).error().code
          == Error::Code::Conflict);
    REQUIRE(venue.points().redeem(ani, 700, QStringLiteral("Dinner")).has_value());
    CHECK(venue.points().undo(goodwill->uuid, QStringLiteral("no")).error().code == Error::Code::Conflict);
    CHECK(venue.points().find(spa->uuid)->undone);

    // The balance is the sum of the ledger, read straight from the file.
    Statement sum(t.db(), QStringLiteral("SELECT SUM(points) FROM loyalty_points"));
    CHECK(sum.scalar()->toLongLong() == *venue.points().balance(ani));
    CHECK(*venue.points().balance(ani) == 80);

    // A year after the stay its points lapse, but the redemptions used the oldest points first: nothing
    // is left of them. The points given back by the undo count from the redemption they undid
    // (2026-06-15), so on 2027-06-15 the 80 left expire.
    t.clock().set(QDateTime(QDate(2027, 6, 4), QTime(9, 0), Qt::UTC));
    CHECK(venue.bringLoyaltyUpToDate()->pointsEntries == 0); // all of the stay's 280 were spent
    t.clock().set(QDateTime(QDate(2027, 6, 15), QTime(9, 0), Qt::UTC));
    CHECK(venue.bringLoyaltyUpToDate()->pointsEntries == 1);
    CHECK(*venue.points().balance(ani) == 0);
    CHECK(venue.bringLoyaltyUpToDate()->pointsEntries == 0);
}

TEST_CASE("Points: a programme started late credits no points that would have expired, referrals once",
          "[loyalty]")
{
    TempDatabase t; // today 2026-06-15
    OpenVenue venue(t.db());
    setting(venue, EarnRules::PerStayKey, QStringLiteral("100"));
    setting(venue, EarnRules::ExpiryMonthsKey, QStringLiteral("6"));
    const QString old = addGuest(venue, QStringLiteral("Old"));
    addStay(venue, old, QDate(2025, 1, 1), QDate(2025, 1, 3), 0);
    addStay(venue, old, QDate(2026, 2, 1), QDate(2026, 2, 3), 0);
    CHECK(venue.bringLoyaltyUpToDate()->pointsEntries == 1);
    CHECK(*venue.points().balance(old) == 100);
    setting(venue, EarnRules::EarnFromKey, QStringLiteral("2026-03-01"));
    const QString late = addGuest(venue, QStringLiteral("Late"));
    addStay(venue, late, QDate(2026, 2, 20), QDate(2026, 2, 22), 0);
    CHECK(venue.bringLoyaltyUpToDate()->pointsEntries == 0);

    const QString fresh = addGuest(venue, QStringLiteral("Fresh"));
    CHECK(venue.points().creditReferral(old, fresh).error().field
          == QStringLiteral("referral")); // no bonus set
    setting(venue, EarnRules::ReferralBonusKey, QStringLiteral("300"));
    CHECK(venue.points().creditReferral(old, fresh).error().field
          == QStringLiteral("referred")); // not stayed
    addStay(venue, fresh, QDate(2026, 6, 10), QDate(2026, 6, 12), 0);
    CHECK(venue.points().creditReferral(old, old).error().field == QStringLiteral("referred"));
    auto bonus = venue.points().creditReferral(old, fresh);
    REQUIRE(bonus.has_value());
    CHECK(bonus->points == 300);
    CHECK(bonus->refersTo == fresh);
    CHECK(venue.points().creditReferral(late, fresh).error().code == Error::Code::Conflict);
    CHECK(*venue.points().balance(old) == 400);
}

TEST_CASE("Venue settings from scripts: checked by their owner's rule, secrets never logged", "[loyalty]")
{
    TempDatabase t;
    OpenVenue venue(t.db());
    VenueSettingKeys settings(venue);
    CHECK(*settings.get(QStringLiteral("kpi.lapsed_months")) == QStringLiteral("18"));
    CHECK(*settings.get(EarnRules::PerNightKey) == QStringLiteral("0"));
    REQUIRE(settings.set(QStringLiteral("currency"), QStringLiteral("amd")).has_value());
    CHECK(*settings.get(QStringLiteral("currency")) == QStringLiteral("AMD"));
    CHECK(settings.set(QStringLiteral("kpi.lapsed_months"), QStringLiteral("0")).error().field
          == QStringLiteral("kpi.lapsed_months"));
    CHECK(settings.set(EarnRules::PerNightKey, QStringLiteral("ten")).error().field
          == EarnRules::PerNightKey);
    CHECK(settings.set(EarnRules::EarnFromKey, QStringLiteral("2026-13-01")).error().field
          == EarnRules::EarnFromKey);
    CHECK(settings.set(QStringLiteral("smtp.url"), QStringLiteral("http://mail.example.com")).error().field
          == QStringLiteral("smtp.url"));
    REQUIRE(settings.set(QStringLiteral("smtp.url"), QStringLiteral("smtp://127.0.0.1:2525")).has_value());
    CHECK(settings.set(QStringLiteral("no.such"), QStringLiteral("1")).error().code
          == Error::Code::InvalidInput);
    CHECK(settings.set(QStringLiteral("backup.automatic"), QStringLiteral("maybe")).error().field
          == QStringLiteral("backup.automatic"));

    CHECK(settings.get(QStringLiteral("smtp.password"))->isEmpty());
    REQUIRE(settings.set(QStringLiteral("smtp.password"), QStringLiteral("s3cret-Pa55")).has_value());
    CHECK(*settings.get(QStringLiteral("smtp.password")) == QStringLiteral("********"));
    CHECK(*settings.secret(QStringLiteral("smtp.password")) == QStringLiteral("s3cret-Pa55"));
    Statement logged(t.db(), QStringLiteral("SELECT COUNT(*) FROM change_log WHERE old_value LIKE '%s3cret%' "
                                            "OR new_value LIKE '%s3cret%' OR row_uuid LIKE '%password%'"));
    CHECK(logged.scalar()->toInt() == 0);
    Statement shared(t.db(),
                     QStringLiteral("SELECT COUNT(*) FROM venue_settings WHERE value LIKE '%s3cret%'"));
    CHECK(shared.scalar()->toInt() == 0);
    REQUIRE(settings.set(QStringLiteral("smtp.password"), QString()).has_value());
    CHECK(settings.get(QStringLiteral("smtp.password"))->isEmpty());
}
