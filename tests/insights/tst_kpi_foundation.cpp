// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "insights/insightseries.h"
#include "insights/kpiboard.h"
#include "insights/npskpi.h"
#include "insights/repeatguestratekpi.h"
#include "kpivenue.h"

#include <QJsonObject>

using namespace innkeep;
using namespace innkeep::test;
using namespace Qt::StringLiterals;

TEST_CASE("A KPI period compares with the period before and the same dates a year before")
{
    const KpiPeriod march{QDate(2026, 3, 1), QDate(2026, 3, 31)};
    CHECK(march.isWholeMonth());
    CHECK(march.previous() == KpiPeriod{QDate(2026, 2, 1), QDate(2026, 2, 28)}); // a whole month: February
    CHECK(march.yearBefore() == KpiPeriod{QDate(2025, 3, 1), QDate(2025, 3, 31)});

    const KpiPeriod tenDays{QDate(2026, 3, 5), QDate(2026, 3, 14)};
    CHECK(tenDays.days() == 10);
    CHECK(tenDays.previous() == KpiPeriod{QDate(2026, 2, 23), QDate(2026, 3, 4)});

    const KpiPeriod leap{QDate(2028, 2, 29), QDate(2028, 2, 29)};
    CHECK(leap.yearBefore() == KpiPeriod{QDate(2027, 2, 28), QDate(2027, 2, 28)});

    const QDate today(2026, 11, 18);
    CHECK(KpiPeriod::preset(KpiPreset::ThisMonth, today) == KpiPeriod{QDate(2026, 11, 1), today});
    CHECK(KpiPeriod::preset(KpiPreset::LastMonth, today)
          == KpiPeriod{QDate(2026, 10, 1), QDate(2026, 10, 31)});
    CHECK(KpiPeriod::preset(KpiPreset::Last30Days, today) == KpiPeriod{QDate(2026, 10, 20), today});
    CHECK(KpiPeriod::preset(KpiPreset::Quarter, today) == KpiPeriod{QDate(2026, 10, 1), today});
    CHECK(KpiPeriod::preset(KpiPreset::Year, today) == KpiPeriod{QDate(2026, 1, 1), today});
    CHECK(kpiPresetFromToken(u"last-30-days"_s) == KpiPreset::Last30Days);
    CHECK_FALSE(kpiPresetFromToken(u"fortnight"_s).has_value());

    const auto months = KpiPeriod::monthsEndingWith(QDate(2026, 2, 10), 3);
    REQUIRE(months.size() == 3);
    CHECK(months.first() == KpiPeriod{QDate(2025, 12, 1), QDate(2025, 12, 31)});
    CHECK(months.last() == KpiPeriod{QDate(2026, 2, 1), QDate(2026, 2, 28)});
}

TEST_CASE("KPI period dates are parsed with the field named when wrong")
{
    const KpiPeriod fallback{QDate(2026, 1, 1), QDate(2026, 1, 31)};
    CHECK(KpiPeriod::parse({}, {}, fallback) == fallback);
    CHECK(KpiPeriod::parse(u"2026-01-10"_s, {}, fallback)
          == KpiPeriod{QDate(2026, 1, 10), QDate(2026, 1, 31)});
    CHECK(KpiPeriod::parse(u"2026-13-01"_s, {}, fallback).error().field == u"from"_s);
    CHECK(KpiPeriod::parse({}, u"31.01.2026"_s, fallback).error().field == u"to"_s);
    const auto reversed = KpiPeriod::parse(u"2026-02-01"_s, u"2026-01-01"_s, fallback);
    REQUIRE_FALSE(reversed);
    CHECK(reversed.error().message.contains(u"2026-02-01"_s));
}

TEST_CASE("KPI facts keep counted stays only and apply the guest filters to everything linked")
{
    KpiVenue v;
    const auto am = v.guest(u"Hakobyan"_s, u"AM"_s);
    const auto ge = v.guest(u"Beridze"_s, u"GE"_s, 2);
    v.stay(am, QDate(2026, 3, 2), QDate(2026, 3, 4), 24000);
    v.stay(am, QDate(2026, 4, 2), QDate(2026, 4, 3), 0, StayStatus::Cancelled);
    v.stay(am, QDate(2026, 5, 2), QDate(2026, 5, 3), 0, StayStatus::NoShow);
    v.stay(ge, QDate(2026, 3, 10), QDate(2026, 3, 12), 5000, StayStatus::CheckedOut, u"USD"_s);
    v.feedback(QDate(2026, 3, 5), u"nps:10"_s, am.id);
    v.feedback(QDate(2026, 3, 6), u"nps:3"_s); // no guest

    const KpiFacts all = v.facts(QDate(2026, 6, 1));
    CHECK(all.venueCurrency == u"EUR"_s);
    CHECK(all.lapsedMonths == 18);
    CHECK(all.guests.size() == 2);
    REQUIRE(all.stays.size() == 2); // the cancelled and no-show stays do not count
    CHECK(all.stays.at(0).nights() == 2);
    CHECK(all.currencyCode(all.stays.at(0).currency) == u"EUR"_s);
    CHECK(all.currencyCode(all.stays.at(1).currency) == u"USD"_s);
    CHECK(all.staysOf(ge.id).size() == 1);
    CHECK(all.feedback.size() == 2);

    KpiFilter armenians;
    armenians.nationality = u"am"_s;
    const KpiFacts some = v.facts(QDate(2026, 6, 1), armenians);
    CHECK(some.guests.size() == 1);
    CHECK(some.stays.size() == 1);
    REQUIRE(some.feedback.size() == 1); // the entry without a guest is left out while a guest filter is on
    CHECK(some.feedback.first().guestId == am.id);

    KpiFilter vip;
    vip.vipOnly = true;
    CHECK(v.facts(QDate(2026, 6, 1), vip).guests.first().id == ge.id);

    KpiFilter survey;
    survey.feedbackChannel = u"survey"_s;
    const KpiFacts surveys = v.facts(QDate(2026, 6, 1), survey);
    CHECK(surveys.feedback.isEmpty());
    CHECK(surveys.stays.size() == 2); // the channel filter is about feedback only
}

TEST_CASE("Repeat-guest rate and NPS on a hand-computed venue, with the previous period and a year before")
{
    KpiVenue v;
    // March 2026. Guests arriving in March: A (2nd stay overall), B (first ever), C (first in March,
    // second in April, after the period). Repeat among them: A only -> 1/3.
    // February 2026 (previous): only A (first stay ever) arrives -> 0/1. March 2025: nobody -> null.
    const auto a = v.guest(u"Avetisyan"_s);
    const auto b = v.guest(u"Beridze"_s);
    const auto c = v.guest(u"Chikovani"_s);
    v.stay(a, QDate(2026, 2, 10), QDate(2026, 2, 12));
    v.stay(a, QDate(2026, 3, 10), QDate(2026, 3, 12));
    v.stay(b, QDate(2026, 3, 20), QDate(2026, 3, 21));
    v.stay(c, QDate(2026, 3, 30), QDate(2026, 4, 2));
    v.stay(c, QDate(2026, 4, 15), QDate(2026, 4, 16));
    // NPS answers in March: 10, 9, 7, 6, 0 -> promoters 2, detractors 2 -> 100 * 0 / 5 = 0.
    // In February: 10 -> 100. A 4/5 rating is not on the NPS scale and does not count.
    for (const char *r : {"nps:10", "nps:9", "nps:7", "nps:6", "nps:0"})
        v.feedback(QDate(2026, 3, 15), QString::fromLatin1(r));
    v.feedback(QDate(2026, 2, 15), u"nps:10"_s);
    v.feedback(QDate(2026, 3, 16), u"4/5"_s);

    const KpiFacts facts = v.facts(QDate(2026, 6, 1));
    const KpiPeriod march{QDate(2026, 3, 1), QDate(2026, 3, 31)};
    const KpiBoardReport report = KpiBoard::read(facts, march);

    const KpiReading *repeat = report.reading(u"repeat_guest_rate"_s);
    REQUIRE(repeat);
    CHECK(repeat->current.count == 3);
    CHECK(repeat->current.value == Approx(1.0 / 3.0));
    CHECK(repeat->previous.count == 1);
    CHECK(repeat->previous.value == Approx(0.0));
    CHECK_FALSE(repeat->yearBefore.value.has_value());
    const KpiMembers members = RepeatGuestRateKpi().members(facts, march);
    CHECK(members.counted == QList<qint64>{a.id, b.id, c.id});
    CHECK(members.hits == QList<qint64>{a.id});

    const KpiReading *nps = report.reading(u"nps"_s);
    REQUIRE(nps);
    CHECK(nps->current.count == 5);
    CHECK(nps->current.value == Approx(0.0));
    CHECK(nps->previous.value == Approx(100.0));
    CHECK(NpsKpi().members(facts, march).hits.size() == 2);

    const QJsonObject json = report.toJson();
    CHECK(json.value(u"from"_s).toString() == u"2026-03-01"_s);
    CHECK(json.value(u"previous_to"_s).toString() == u"2026-02-28"_s);
    const QJsonObject repeatJson = json.value(u"repeat_guest_rate"_s).toObject();
    CHECK(repeatJson.value(u"value"_s).toDouble() == Approx(1.0 / 3.0));
    CHECK(repeatJson.value(u"count"_s).toInt() == 3);
    CHECK(repeatJson.value(u"previous"_s).toDouble() == Approx(0.0));
    CHECK(repeatJson.value(u"year_before"_s).isNull()); // nothing to count is null, not 0
    CHECK_FALSE(repeatJson.value(u"formula"_s).toString().isEmpty());

    const auto monthly = KpiBoard::monthly(facts, NpsKpi(), QDate(2026, 3, 31), 3);
    REQUIRE(monthly.size() == 3);
    CHECK_FALSE(monthly.at(0).value.value.has_value()); // January: no answers
    CHECK(monthly.at(1).value.value == Approx(100.0));
    CHECK(monthly.at(2).value.value == Approx(0.0));
}

TEST_CASE("Chart series: complaints per category per month, retention cohorts and the guest mix")
{
    KpiVenue v;
    // January 2026 cohort: A (first stay 01-05..01-07, back 02-20: within 2 months, not within 1),
    // B (first stay 01-10..01-11, never back). Today is 2026-04-15: windows of 1, 2 and 3 months
    // after the last first departure (01-11) have closed (02-11, 03-11, 04-11), 4 months has not.
    const auto a = v.guest(u"Avetisyan"_s, u"AM"_s);
    const auto b = v.guest(u"Beridze"_s, u"GE"_s);
    v.stay(a, QDate(2026, 1, 5), QDate(2026, 1, 7));
    v.stay(a, QDate(2026, 2, 20), QDate(2026, 2, 21));
    v.stay(b, QDate(2026, 1, 10), QDate(2026, 1, 11));
    const KpiFacts facts = v.facts(QDate(2026, 4, 15));
    const KpiPeriod quarter{QDate(2026, 1, 1), QDate(2026, 3, 31)};
    const InsightSeries series = InsightSeries::compute(facts, quarter, 3);
    REQUIRE(series.months.size() == 3);
    CHECK(series.months.first().month.from == QDate(2026, 1, 1));
    CHECK(series.months.first().kpis.contains(u"nps"_s));
    REQUIRE(series.cohorts.size() == 3);
    const CohortRow &january = series.cohorts.first();
    CHECK(january.guests == 2);
    CHECK(january.returned.at(0) == Approx(0.0)); // within 1 month: nobody
    CHECK(january.returned.at(1) == Approx(0.5)); // within 2 months: A
    CHECK(january.returned.at(2) == Approx(0.5));
    CHECK_FALSE(january.returned.at(3).has_value()); // 4 months: not known yet
    CHECK(series.cohorts.at(1).guests == 0);         // A's return is not a first stay
    CHECK(InsightSeries::cohortGuests(facts, QDate(2026, 1, 1), 2) == QList<qint64>{a.id});
    // Guests arriving in the quarter: A and B; the mix counts each guest once.
    CHECK(series.byCountry == QList<MixSlice>{{u"AM"_s, 1}, {u"GE"_s, 1}});
    CHECK(InsightSeries::mixGuests(facts, quarter, InsightSeries::Mix::Country, u"GE"_s)
          == QList<qint64>{b.id});
}

TEST_CASE("Facts narrowed in memory give the same KPIs as facts loaded with the filter")
{
    KpiVenue v;
    const auto am = v.guest(u"Hakobyan"_s, u"AM"_s);
    const auto ge = v.guest(u"Beridze"_s, u"GE"_s, 2);
    const auto fr = v.guest(u"Dupont"_s, u"FR"_s);
    v.stay(am, QDate(2026, 3, 2), QDate(2026, 3, 4), 24000);
    v.stay(am, QDate(2026, 3, 20), QDate(2026, 3, 22), 12000);
    v.stay(ge, QDate(2026, 3, 10), QDate(2026, 3, 12), 5000, StayStatus::CheckedOut, u"USD"_s);
    v.stay(fr, QDate(2026, 2, 10), QDate(2026, 2, 12), 9000);
    v.feedback(QDate(2026, 3, 5), u"nps:10"_s, am.id);
    v.feedback(QDate(2026, 3, 6), u"nps:3"_s, ge.id, FeedbackChannel::Survey);
    v.feedback(QDate(2026, 3, 7), u"4/5"_s);

    const QDate today(2026, 4, 2);
    const KpiPeriod march{QDate(2026, 3, 1), QDate(2026, 3, 31)};
    const KpiFacts all = v.facts(today);
    KpiFilter armenians;
    armenians.nationality = u"AM"_s;
    KpiFilter vip;
    vip.vipOnly = true;
    KpiFilter survey;
    survey.feedbackChannel = u"survey"_s;
    KpiFilter two;
    two.restrictToGuestIds = true;
    two.guestIds = {fr.id, am.id};
    for (const KpiFilter &filter : {KpiFilter{}, armenians, vip, survey, two}) {
        const KpiFacts loaded = v.facts(today, filter);
        const KpiFacts narrowed = all.narrowed(filter);
        CHECK(narrowed.guests.size() == loaded.guests.size());
        CHECK(narrowed.stays.size() == loaded.stays.size());
        CHECK(narrowed.tickets.size() == loaded.tickets.size());
        CHECK(narrowed.feedback.size() == loaded.feedback.size());
        CHECK(narrowed.firstStayAt == loaded.firstStayAt);
        CHECK(KpiBoard::read(narrowed, march).toJson() == KpiBoard::read(loaded, march).toJson());
    }
    CHECK(all.narrowed(armenians).guests.size() == 1);
    CHECK(all.narrowed(survey).feedback.size() == 1);
}

TEST_CASE("The lapsed-guest months are a venue setting from 1 to 120, 18 until set")
{
    KpiVenue v;
    VenueSettings settings(v.db());
    CHECK(settings.lapsedMonths() == 18);
    CHECK(settings.setLapsedMonths(0).error().field == u"kpi.lapsed_months"_s);
    CHECK(settings.setLapsedMonths(121).error().field == u"kpi.lapsed_months"_s);
    CHECK(settings.lapsedMonths() == 18);
    REQUIRE(settings.setLapsedMonths(6));
    CHECK(settings.lapsedMonths() == 6);
    CHECK(v.facts(QDate(2026, 6, 1)).lapsedMonths == 6);
    REQUIRE(settings.setValue(u"kpi.lapsed_months"_s, u"soon"_s)); // written by another program
    CHECK(v.facts(QDate(2026, 6, 1)).lapsedMonths == 18);
}
