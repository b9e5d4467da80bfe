// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "insights/averagedailyratekpi.h"
#include "insights/averagenightskpi.h"
#include "insights/guestkpis.h"
#include "insights/lapsedratekpi.h"
#include "insights/ltvaveragekpi.h"
#include "insights/ltvmediankpi.h"
#include "insights/ltvtopdecilesharekpi.h"
#include "insights/return12mratekpi.h"
#include "insights/staysperguestkpi.h"
#include "kpivenue.h"

#include <QJsonObject>

using namespace innkeep;
using namespace innkeep::test;
using namespace Qt::StringLiterals;

namespace {

const KpiPeriod March2025{QDate(2025, 3, 1), QDate(2025, 3, 31)};
const KpiPeriod March2026{QDate(2026, 3, 1), QDate(2026, 3, 31)};

KpiFilter nationality(const QString &code)
{
    KpiFilter f;
    f.nationality = code;
    return f;
}

} // namespace

TEST_CASE("The retention KPIs are listed in display order")
{
    QStringList keys;
    for (const auto &k : guestKpis())
        keys.append(k->key());
    CHECK(keys
          == QStringList{u"repeat_guest_rate"_s, u"return_12m_rate"_s, u"lapsed_rate"_s, u"ltv_average"_s,
                         u"ltv_median"_s, u"ltv_top_decile_share"_s, u"stays_per_guest"_s,
                         u"average_nights"_s, u"average_daily_rate"_s});
    for (const auto &k : guestKpis()) {
        CHECK_FALSE(k->title().isEmpty());
        CHECK_FALSE(k->formula().isEmpty());
        CHECK(KpiBoard::find(k->key()) != nullptr);
    }
    CHECK_FALSE(LapsedRateKpi().higherIsBetter());
    CHECK(Return12mRateKpi().higherIsBetter());
    CHECK(LtvAverageKpi().unit() == KpiUnit::Money);
    CHECK(AverageDailyRateKpi().population() == KpiPopulation::Stays);
}

TEST_CASE("Return within 12 months counts the first-stay cohort, 365 days after departure, provisional "
          "while a window is open")
{
    KpiVenue v;
    // March 2025 cohort (first stay arriving 2025-03-01 .. 2025-03-31):
    //   A first 03-05..03-07; back on 2026-03-07 = departure + 365 days exactly -> returned.
    //   B first 03-10..03-12; back on 2026-03-13 = departure + 366 days -> not returned.
    //   C first 03-20..03-25; a second room 03-22..03-24 arrives before C departed -> not a return.
    //   E first 03-31..04-02 (arrives on `to`); cancelled 05-01 and no-show 06-01 ignored;
    //     back 2025-08-01 -> returned.
    //   F (GE) first 03-01..03-02 (arrives on `from`); back-to-back 03-02..03-03 arrives on the
    //     departure day -> returned.
    //   D's first stay is in February; its March stay is not a first stay -> not in the cohort.
    // -> 3 returned (A, E, F) of 5 -> 0.6, count 5.
    // Windows end A 2026-03-07, B 2026-03-12, C 2026-03-25, E 2026-04-02, F 2026-03-02: all before
    // today 2026-06-01 -> final. Previous (February 2025): D, back on 2025-03-15 -> 1/1 = 1.0.
    // Year before (March 2024): nobody -> null, count 0.
    const auto a = v.guest(u"Avetisyan"_s);
    const auto b = v.guest(u"Beridze"_s);
    const auto c = v.guest(u"Chikovani"_s);
    const auto d = v.guest(u"Danelia"_s);
    const auto e = v.guest(u"Eristavi"_s);
    const auto f = v.guest(u"Gelashvili"_s, u"GE"_s);
    v.stay(a, QDate(2025, 3, 5), QDate(2025, 3, 7));
    v.stay(a, QDate(2026, 3, 7), QDate(2026, 3, 8));
    v.stay(b, QDate(2025, 3, 10), QDate(2025, 3, 12));
    v.stay(b, QDate(2026, 3, 13), QDate(2026, 3, 14));
    v.stay(c, QDate(2025, 3, 20), QDate(2025, 3, 25));
    v.stay(c, QDate(2025, 3, 22), QDate(2025, 3, 24));
    v.stay(d, QDate(2025, 2, 20), QDate(2025, 2, 22));
    v.stay(d, QDate(2025, 3, 15), QDate(2025, 3, 16));
    v.stay(e, QDate(2025, 3, 31), QDate(2025, 4, 2));
    v.stay(e, QDate(2025, 5, 1), QDate(2025, 5, 2), 0, StayStatus::Cancelled);
    v.stay(e, QDate(2025, 6, 1), QDate(2025, 6, 2), 0, StayStatus::NoShow);
    v.stay(e, QDate(2025, 8, 1), QDate(2025, 8, 3));
    v.stay(f, QDate(2025, 3, 1), QDate(2025, 3, 2));
    v.stay(f, QDate(2025, 3, 2), QDate(2025, 3, 3));
    // March 2026 cohort: G (never back) and H (back 2026-05-01) -> 1/2 = 0.5, provisional: both
    // windows run into 2027. A's and B's March 2026 stays are not first stays.
    const auto g = v.guest(u"Hakobyan"_s);
    const auto h = v.guest(u"Iosebidze"_s);
    v.stay(g, QDate(2026, 3, 10), QDate(2026, 3, 12));
    v.stay(h, QDate(2026, 3, 20), QDate(2026, 3, 21));
    v.stay(h, QDate(2026, 5, 1), QDate(2026, 5, 2));

    const KpiFacts facts = v.facts(QDate(2026, 6, 1));
    const KpiBoardReport report = KpiBoard::read(facts, March2025);
    const KpiReading *r = report.reading(u"return_12m_rate"_s);
    REQUIRE(r);
    CHECK(r->current.count == 5);
    CHECK(r->current.value == Approx(0.6));
    CHECK_FALSE(r->current.provisional);
    CHECK(r->previous.count == 1);
    CHECK(r->previous.value == Approx(1.0));
    CHECK(r->yearBefore.count == 0);
    CHECK_FALSE(r->yearBefore.value.has_value());
    const KpiMembers m = Return12mRateKpi().members(facts, March2025);
    CHECK(m.counted == QList<qint64>{a.id, b.id, c.id, e.id, f.id});
    CHECK(m.hits == QList<qint64>{a.id, e.id, f.id});

    const KpiValue young = Return12mRateKpi().compute(facts, March2026);
    CHECK(young.count == 2);
    CHECK(young.value == Approx(0.5));
    CHECK(young.provisional);
    CHECK(KpiBoard::read(facts, March2026)
              .toJson()
              .value(u"return_12m_rate"_s)
              .toObject()
              .value(u"provisional"_s)
          == QJsonValue(true));

    // The last window of the March 2025 cohort (E's) ends 2026-04-02: open on that day, closed after.
    CHECK(Return12mRateKpi().compute(v.facts(QDate(2026, 4, 2)), March2025).provisional);
    CHECK_FALSE(Return12mRateKpi().compute(v.facts(QDate(2026, 4, 3)), March2025).provisional);

    // Only Georgian guests: F alone -> 1/1.
    const KpiValue georgian =
        Return12mRateKpi().compute(v.facts(QDate(2026, 6, 1), nationality(u"GE"_s)), March2025);
    CHECK(georgian.count == 1);
    CHECK(georgian.value == Approx(1.0));
}

TEST_CASE("Lapsed rate is the state on the period's last day, N months from the venue setting")
{
    KpiVenue v;
    // March 2026, to = 2026-03-31; 18 months before = 2024-09-30 (30 September: no 31st).
    // Known on `to` (a stay arriving on or before it) and their last departure:
    //   A (AM) 2024-09-30, exactly 18 months -> not lapsed
    //   B      2024-09-29, one day more      -> lapsed
    //   C (AM) 2026-01-12 (also 2023-01-03)  -> not lapsed
    //   D      2022-05-05 (a cancelled stay 2026-02-01 and a no-show 2025-12-01 ignored) -> lapsed
    //   E      arrives on `to`, departs 2026-04-02 -> not lapsed
    //   G      2020-01-05 (its 2026-05-01 stay arrives after `to`: ignored) -> lapsed
    //   F only arrives 2026-04-01, after `to` -> not counted.
    // -> 3 of 6 = 0.5.
    // Previous (February 2026, to = 2026-02-28, cutoff 2024-08-28): A, B, C, D, G known (E not yet);
    //   A 2024-09-30 and B 2024-09-29 are after the cutoff; D and G lapsed -> 2 of 5 = 0.4.
    // Year before (March 2025, to = 2025-03-31, cutoff 2023-09-30): A, B, C, D, G known;
    //   C's last departure so far 2023-01-03 -> lapsed, D, G lapsed; A, B not -> 3 of 5 = 0.6.
    const auto a = v.guest(u"Avetisyan"_s, u"AM"_s);
    const auto b = v.guest(u"Beridze"_s);
    const auto c = v.guest(u"Chilingaryan"_s, u"AM"_s);
    const auto d = v.guest(u"Danelia"_s);
    const auto e = v.guest(u"Eristavi"_s);
    const auto f = v.guest(u"Gelashvili"_s);
    const auto g = v.guest(u"Hakobyan"_s);
    v.stay(a, QDate(2024, 9, 25), QDate(2024, 9, 30));
    v.stay(b, QDate(2024, 9, 20), QDate(2024, 9, 29));
    v.stay(c, QDate(2023, 1, 1), QDate(2023, 1, 3));
    v.stay(c, QDate(2026, 1, 10), QDate(2026, 1, 12));
    v.stay(d, QDate(2022, 5, 1), QDate(2022, 5, 5));
    v.stay(d, QDate(2025, 12, 1), QDate(2025, 12, 2), 0, StayStatus::NoShow);
    v.stay(d, QDate(2026, 2, 1), QDate(2026, 2, 3), 0, StayStatus::Cancelled);
    v.stay(e, QDate(2026, 3, 31), QDate(2026, 4, 2));
    v.stay(f, QDate(2026, 4, 1), QDate(2026, 4, 2));
    v.stay(g, QDate(2020, 1, 1), QDate(2020, 1, 5));
    v.stay(g, QDate(2026, 5, 1), QDate(2026, 5, 3));

    const KpiFacts facts = v.facts(QDate(2026, 6, 1));
    const KpiReading *r = KpiBoard::read(facts, March2026).reading(u"lapsed_rate"_s);
    REQUIRE(r);
    CHECK(r->current.count == 6);
    CHECK(r->current.value == Approx(0.5));
    CHECK(r->previous.count == 5);
    CHECK(r->previous.value == Approx(0.4));
    CHECK(r->yearBefore.count == 5);
    CHECK(r->yearBefore.value == Approx(0.6));
    const KpiMembers m = LapsedRateKpi().members(facts, March2026);
    CHECK(m.counted == QList<qint64>{a.id, b.id, c.id, d.id, e.id, g.id});
    CHECK(m.hits == QList<qint64>{b.id, d.id, g.id});

    // Only Armenian guests: A and C, neither lapsed -> 0 of 2 = 0.0 (not null: there are guests).
    const KpiValue armenian =
        LapsedRateKpi().compute(v.facts(QDate(2026, 6, 1), nationality(u"AM"_s)), March2026);
    CHECK(armenian.count == 2);
    CHECK(armenian.value == Approx(0.0));

    // Nobody known before 2020: null.
    const KpiValue early = LapsedRateKpi().compute(facts, KpiPeriod{QDate(2019, 1, 1), QDate(2019, 12, 31)});
    CHECK(early.count == 0);
    CHECK_FALSE(early.value.has_value());

    // kpi.lapsed_months = 6: cutoff 2025-09-30 -> A, B, D, G lapsed; C, E not -> 4 of 6.
    v.setLapsedMonths(6);
    const KpiFacts six = v.facts(QDate(2026, 6, 1));
    CHECK(six.lapsedMonths == 6);
    CHECK(LapsedRateKpi().compute(six, March2026).value == Approx(4.0 / 6.0));
}

TEST_CASE("Lifetime value: average, median and top decile share per currency, never converted")
{
    KpiVenue v; // venue currency EUR
    // March 2026 guests (a stay arriving in March) and their revenue from stays arriving on or before
    // 2026-03-31:
    //   A: 200.00 (2025-06-01) + 100.00 (2026-03-05) EUR = 300.00 EUR; its 500.00 on 2026-04-10 is after `to`
    //   B: 50.00 EUR (a cancelled 999.00 EUR stay ignored)
    //   C (US): 0.00 EUR (2025-01-01) + 80.00 USD (arrives on `to`, 2026-03-31)
    //   D: 0.00 EUR (arrives 2026-03-20)
    // n = 4. Average EUR (300 + 50 + 0 + 0) / 4 = 87.5; USD (0 + 0 + 80 + 0) / 4 = 20.
    // Median EUR of 0, 0, 50, 300 = (0 + 50) / 2 = 25; USD of 0, 0, 0, 80 = 0.
    // Top decile: ceil(4 / 10) = 1 guest, A: 300 / 350 EUR = 6/7.
    // Previous (February 2026): E alone, 120.00 EUR -> average 120, median 120, share 1.0.
    // Year before (March 2025): F alone, 40.00 EUR by 2025-03-31 (its September stay is later) -> 40.
    const auto a = v.guest(u"Avetisyan"_s);
    const auto b = v.guest(u"Beridze"_s);
    const auto c = v.guest(u"Carter"_s, u"US"_s);
    const auto d = v.guest(u"Danelia"_s);
    const auto e = v.guest(u"Eristavi"_s);
    const auto f = v.guest(u"Gelashvili"_s);
    v.stay(a, QDate(2025, 6, 1), QDate(2025, 6, 3), 20000);
    v.stay(a, QDate(2026, 3, 5), QDate(2026, 3, 7), 10000);
    v.stay(a, QDate(2026, 4, 10), QDate(2026, 4, 12), 50000);
    v.stay(b, QDate(2026, 3, 10), QDate(2026, 3, 11), 5000);
    v.stay(b, QDate(2026, 3, 15), QDate(2026, 3, 16), 99900, StayStatus::Cancelled);
    v.stay(c, QDate(2025, 1, 1), QDate(2025, 1, 2), 0);
    v.stay(c, QDate(2026, 3, 31), QDate(2026, 4, 2), 8000, StayStatus::CheckedOut, u"USD"_s);
    v.stay(d, QDate(2026, 3, 20), QDate(2026, 3, 22), 0);
    v.stay(e, QDate(2026, 2, 14), QDate(2026, 2, 16), 12000);
    v.stay(f, QDate(2025, 3, 10), QDate(2025, 3, 12), 4000);
    v.stay(f, QDate(2025, 9, 1), QDate(2025, 9, 2), 6000);

    const KpiFacts facts = v.facts(QDate(2026, 6, 1));
    const KpiBoardReport report = KpiBoard::read(facts, March2026);

    const KpiReading *average = report.reading(u"ltv_average"_s);
    REQUIRE(average);
    CHECK(average->current.count == 4);
    CHECK(average->current.value == Approx(87.5));
    CHECK(average->current.byCurrency == QMap<QString, double>{{u"EUR"_s, 87.5}, {u"USD"_s, 20.0}});
    CHECK(average->previous.value == Approx(120.0));
    CHECK(average->yearBefore.count == 1);
    CHECK(average->yearBefore.value == Approx(40.0));
    const QJsonObject json = report.toJson().value(u"ltv_average"_s).toObject();
    CHECK(json.value(u"by_currency"_s).toObject().value(u"USD"_s).toDouble() == Approx(20.0));
    CHECK(LtvAverageKpi().members(facts, March2026).counted == QList<qint64>{a.id, b.id, c.id, d.id});

    const KpiReading *median = report.reading(u"ltv_median"_s);
    REQUIRE(median);
    CHECK(median->current.count == 4);
    CHECK(median->current.value == Approx(25.0));
    CHECK(median->current.byCurrency == QMap<QString, double>{{u"EUR"_s, 25.0}, {u"USD"_s, 0.0}});
    CHECK(median->previous.value == Approx(120.0));
    CHECK(median->yearBefore.value == Approx(40.0));

    const KpiReading *top = report.reading(u"ltv_top_decile_share"_s);
    REQUIRE(top);
    CHECK(top->current.count == 4);
    CHECK(top->current.value == Approx(6.0 / 7.0));
    CHECK(top->previous.value == Approx(1.0));
    CHECK(top->yearBefore.value == Approx(1.0));
    CHECK(LtvTopDecileShareKpi().members(facts, March2026).hits == QList<qint64>{a.id});

    // Nothing arriving (March 2024): null everywhere.
    const KpiPeriod march2024{QDate(2024, 3, 1), QDate(2024, 3, 31)};
    CHECK_FALSE(LtvAverageKpi().compute(facts, march2024).value.has_value());
    CHECK(LtvMedianKpi().compute(facts, march2024).byCurrency.isEmpty());
    CHECK_FALSE(LtvTopDecileShareKpi().compute(facts, march2024).value.has_value());

    // 2026-03-20 alone: D with 0.00 EUR -> average 0 over 1 guest, but no share of a zero total.
    const KpiPeriod day{QDate(2026, 3, 20), QDate(2026, 3, 20)};
    CHECK(LtvAverageKpi().compute(facts, day).value == Approx(0.0));
    const KpiValue zeroShare = LtvTopDecileShareKpi().compute(facts, day);
    CHECK(zeroShare.count == 1);
    CHECK_FALSE(zeroShare.value.has_value());

    // Only US guests: C, 0.00 EUR and 80.00 USD.
    const KpiFacts us = v.facts(QDate(2026, 6, 1), nationality(u"US"_s));
    const KpiValue usAverage = LtvAverageKpi().compute(us, March2026);
    CHECK(usAverage.count == 1);
    CHECK(usAverage.value == Approx(0.0));
    CHECK(usAverage.byCurrency == QMap<QString, double>{{u"EUR"_s, 0.0}, {u"USD"_s, 80.0}});
    CHECK(LtvMedianKpi().compute(us, March2026).byCurrency.value(u"USD"_s) == Approx(80.0));
    CHECK_FALSE(LtvTopDecileShareKpi().compute(us, March2026).value.has_value());
}

TEST_CASE("Top decile share takes ceil(n / 10) guests, ties at the edge by the lower ids")
{
    KpiVenue v;
    // 11 guests in April 2026: three with 100.00 EUR, eight with 10.00 EUR. ceil(11 / 10) = 2 guests:
    // 100 + 100 of 300 + 80 = 380 -> 200 / 380. The three tied at 100 give the same share whichever
    // two are taken; the drill-down lists the two lower ids.
    QList<qint64> ids;
    for (int i = 0; i < 11; ++i) {
        const auto g = v.guest(u"Guest%1"_s.arg(i));
        ids.append(g.id);
        v.stay(g, QDate(2026, 4, 1 + i), QDate(2026, 4, 2 + i), i < 3 ? 10000 : 1000);
    }
    const KpiFacts facts = v.facts(QDate(2026, 6, 1));
    const KpiPeriod april{QDate(2026, 4, 1), QDate(2026, 4, 30)};
    const KpiValue share = LtvTopDecileShareKpi().compute(facts, april);
    CHECK(share.count == 11);
    CHECK(share.value == Approx(200.0 / 380.0));
    CHECK(LtvTopDecileShareKpi().members(facts, april).hits == QList<qint64>{ids.at(0), ids.at(1)});
    // Median of 8 × 10 and 3 × 100: the 6th of 11 values = 10.
    CHECK(LtvMedianKpi().compute(facts, april).value == Approx(10.0));
}

TEST_CASE("Stays per guest, average nights and average daily rate over the stays arriving in the period")
{
    KpiVenue v;
    // March 2026, stays arriving 03-01 .. 03-31:
    //   A: 03-01..03-04 3 nights 300.00 EUR; 03-20..03-22 2 nights 250.00 EUR
    //      (its 02-27..03-02 stay, 3 nights 90.00 EUR, arrives in February)
    //   B: 03-31..04-03 3 nights 360.00 USD (arrives on `to`); a cancelled and a no-show stay ignored
    //   C: 03-15..03-15 day use, 0 nights, 40.00 EUR
    //   D (GE): 03-10..03-11 1 night, no revenue (0)
    // Stays per guest: 5 stays / 4 guests = 1.25 (count 4; A has two).
    // Average nights: (3 + 2 + 3 + 0 + 1) / 5 = 1.8 (count 5).
    // ADR (day use left out, count 4): EUR (300 + 250 + 0) / (3 + 2 + 1) = 550 / 6; USD 360 / 3 = 120.
    // Previous (February 2026): A's February stay -> 1 stay per guest, 3 nights, ADR 90 / 3 = 30.
    // Year before (March 2025): nothing -> null, count 0.
    const auto a = v.guest(u"Avetisyan"_s);
    const auto b = v.guest(u"Beridze"_s);
    const auto c = v.guest(u"Chikovani"_s);
    const auto d = v.guest(u"Danelia"_s, u"GE"_s);
    v.stay(a, QDate(2026, 2, 27), QDate(2026, 3, 2), 9000);
    v.stay(a, QDate(2026, 3, 1), QDate(2026, 3, 4), 30000);
    v.stay(a, QDate(2026, 3, 20), QDate(2026, 3, 22), 25000);
    v.stay(b, QDate(2026, 3, 31), QDate(2026, 4, 3), 36000, StayStatus::CheckedOut, u"USD"_s);
    v.stay(b, QDate(2026, 3, 10), QDate(2026, 3, 12), 20000, StayStatus::Cancelled);
    v.stay(b, QDate(2026, 3, 15), QDate(2026, 3, 16), 10000, StayStatus::NoShow);
    v.stay(c, QDate(2026, 3, 15), QDate(2026, 3, 15), 4000);
    v.stay(d, QDate(2026, 3, 10), QDate(2026, 3, 11), 0);

    const KpiFacts facts = v.facts(QDate(2026, 6, 1));
    const KpiBoardReport report = KpiBoard::read(facts, March2026);

    const KpiReading *perGuest = report.reading(u"stays_per_guest"_s);
    REQUIRE(perGuest);
    CHECK(perGuest->current.count == 4);
    CHECK(perGuest->current.value == Approx(1.25));
    CHECK(perGuest->previous.count == 1);
    CHECK(perGuest->previous.value == Approx(1.0));
    CHECK(perGuest->yearBefore.count == 0);
    CHECK_FALSE(perGuest->yearBefore.value.has_value());
    const KpiMembers guests = StaysPerGuestKpi().members(facts, March2026);
    CHECK(guests.counted == QList<qint64>{a.id, b.id, c.id, d.id});
    CHECK(guests.hits == QList<qint64>{a.id});

    const KpiReading *nights = report.reading(u"average_nights"_s);
    REQUIRE(nights);
    CHECK(nights->current.count == 5);
    CHECK(nights->current.value == Approx(1.8));
    CHECK(nights->previous.value == Approx(3.0));
    CHECK_FALSE(nights->yearBefore.value.has_value());
    CHECK(AverageNightsKpi().members(facts, March2026).counted.size() == 5);

    const KpiReading *adr = report.reading(u"average_daily_rate"_s);
    REQUIRE(adr);
    CHECK(adr->current.count == 4);
    CHECK(adr->current.value == Approx(550.0 / 6.0));
    CHECK(adr->current.byCurrency.value(u"USD"_s) == Approx(120.0));
    CHECK(adr->current.byCurrency.size() == 2);
    CHECK(adr->previous.value == Approx(30.0));
    CHECK(adr->yearBefore.count == 0);
    CHECK_FALSE(adr->yearBefore.value.has_value());
    CHECK(AverageDailyRateKpi().members(facts, March2026).counted.size() == 4);

    // 2026-03-31 alone: B's USD stay only -> no venue-currency figure, USD 120 beside it.
    const KpiValue usdOnly =
        AverageDailyRateKpi().compute(facts, KpiPeriod{QDate(2026, 3, 31), QDate(2026, 3, 31)});
    CHECK(usdOnly.count == 1);
    CHECK_FALSE(usdOnly.value.has_value());
    CHECK(usdOnly.byCurrency == QMap<QString, double>{{u"USD"_s, 120.0}});
    // 2026-03-15 alone: C's day use only -> nights 0 / 1 stay, and no daily rate at all.
    const KpiPeriod dayUse{QDate(2026, 3, 15), QDate(2026, 3, 15)};
    CHECK(AverageNightsKpi().compute(facts, dayUse).value == Approx(0.0));
    CHECK(AverageDailyRateKpi().compute(facts, dayUse).count == 0);

    // Only Georgian guests: D alone -> 1 stay per guest, 1 night, ADR 0.00 EUR.
    const KpiFacts georgian = v.facts(QDate(2026, 6, 1), nationality(u"GE"_s));
    CHECK(StaysPerGuestKpi().compute(georgian, March2026).value == Approx(1.0));
    CHECK(AverageNightsKpi().compute(georgian, March2026).value == Approx(1.0));
    const KpiValue georgianAdr = AverageDailyRateKpi().compute(georgian, March2026);
    CHECK(georgianAdr.count == 1);
    CHECK(georgianAdr.value == Approx(0.0));
}
