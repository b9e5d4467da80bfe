// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The service KPIs, each on a small venue written through the real services (FeedbackService,
// TicketService on the file's manual clock) with the answer worked out by hand in the comments.
// The period is March 2026 unless said otherwise: previous = February 2026, year before = March 2025.
#include "insights/compensationperrecoveredguestkpi.h"
#include "insights/compensationtotalskpi.h"
#include "insights/complaintsperstayskpi.h"
#include "insights/csatkpi.h"
#include "insights/feedbackresponseratekpi.h"
#include "insights/followupratekpi.h"
#include "insights/medianresponsetimekpi.h"
#include "insights/medianslatimekpi.h"
#include "insights/recoveryratekpi.h"
#include "insights/servicekpis.h"
#include "insights/slacompliancekpi.h"
#include "kpivenue.h"

#include <QElapsedTimer>
#include <QJsonObject>

using namespace innkeep;
using namespace innkeep::test;
using namespace Qt::StringLiterals;

namespace {

const KpiPeriod March{QDate(2026, 3, 1), QDate(2026, 3, 31)};

// An instant, UTC (= local time in these tests).
qint64 when(int year, int month, int day, int hour, int minute = 0)
{
    return KpiVenue::at(QDate(year, month, day), hour, minute);
}

// What one KPI value should be: none (null) or a number, over `count`.
struct Figure
{
    std::optional<double> value;
    qint64 count = 0;
};

void check(const KpiValue &actual, const Figure &expected)
{
    CHECK(actual.count == expected.count);
    REQUIRE(actual.value.has_value() == expected.value.has_value());
    if (expected.value)
        CHECK(*actual.value == Approx(*expected.value));
}

// The KPI's current, previous and year-before values as the board reads them for `period`.
void check(const KpiFacts &facts, const QString &key, const Figure &current, const Figure &previous,
           const Figure &yearBefore, const KpiPeriod &period = March)
{
    INFO(key.toStdString());
    const KpiBoardReport report = KpiBoard::read(facts, period);
    const KpiReading *reading = report.reading(key);
    REQUIRE(reading);
    {
        INFO("current");
        check(reading->current, current);
    }
    {
        INFO("previous");
        check(reading->previous, previous);
    }
    {
        INFO("year before");
        check(reading->yearBefore, yearBefore);
    }
}

constexpr std::nullopt_t None = std::nullopt;

} // namespace

TEST_CASE("Service KPIs are listed after NPS in display order, each with its formula")
{
    QStringList keys;
    for (const auto &kpi : serviceKpis()) {
        keys << kpi->key();
        INFO(kpi->key().toStdString());
        CHECK_FALSE(kpi->title().isEmpty());
        CHECK(kpi->formula().size() > 40);
        CHECK(KpiBoard::find(kpi->key()) != nullptr);
    }
    CHECK(keys
          == QStringList{u"nps"_s, u"csat"_s, u"rating_average_10"_s, u"sentiment_average"_s,
                         u"complaints_per_100_stays"_s, u"sla_ack_compliance"_s, u"sla_resolve_compliance"_s,
                         u"median_ack_minutes"_s, u"median_resolve_minutes"_s, u"recovery_rate"_s,
                         u"follow_up_rate"_s, u"feedback_response_rate"_s, u"median_response_minutes"_s,
                         u"compensation_totals"_s, u"compensation_per_recovered_guest"_s});
    CHECK_FALSE(ComplaintsPerStaysKpi().higherIsBetter());
    CHECK_FALSE(MedianSlaTimeKpi(SlaHeadline::Target::Resolve).higherIsBetter());
    CHECK_FALSE(MedianResponseTimeKpi().higherIsBetter());
    CHECK_FALSE(CompensationTotalsKpi().higherIsBetter());
    CHECK(SlaComplianceKpi(SlaHeadline::Target::Acknowledge).higherIsBetter());
    CHECK(CompensationTotalsKpi().unit() == KpiUnit::Money);
    CHECK(MedianSlaTimeKpi(SlaHeadline::Target::Acknowledge).unit() == KpiUnit::Minutes);
}

TEST_CASE("Service KPIs with nothing to count are null, not 0")
{
    KpiVenue v;
    const KpiFacts facts = v.facts(QDate(2026, 4, 15));
    const QJsonObject json = KpiBoard::read(facts, March).toJson();
    for (const auto &kpi : serviceKpis()) {
        INFO(kpi->key().toStdString());
        const KpiValue value = kpi->compute(facts, March);
        CHECK_FALSE(value.value.has_value());
        CHECK(value.count == 0);
        CHECK(value.byCurrency.isEmpty());
        const QJsonObject entry = json.value(kpi->key()).toObject();
        CHECK(entry.value(u"value"_s).isNull());
        CHECK(entry.value(u"previous"_s).isNull());
        CHECK(entry.value(u"year_before"_s).isNull());
        const KpiMembers members = kpi->members(facts, March);
        CHECK(members.counted.isEmpty());
        CHECK(members.population == kpi->population());
    }
}

TEST_CASE("CSAT and the average rating on 0-10")
{
    KpiVenue v;
    // March 2026, seven ratings:
    //   1-5 scale: 5, 4, 4.5, 3, 1 (on 03-31, the last day)  -> CSAT: 4 or higher = 5, 4, 4.5 -> 3/5 = 0.6
    //   10/10 and nps:9 are not on the 1-5 scale: not in CSAT.
    //   Average 0-10: normalised × 10 = 10, 7.5, 8.75, 5, 0, 10 (10/10: (10-1)/9 = 1), 9 (nps 9/10)
    //   -> 50.25 / 7 = 7.178571…
    // Not counted: an entry with text and no rating, and a 5/5 received on 04-01.
    const qint64 five = v.feedback(QDate(2026, 3, 2), u"5/5"_s);
    const qint64 four = v.feedback(QDate(2026, 3, 3), u"4/5"_s);
    const qint64 fourHalf = v.feedback(QDate(2026, 3, 4), u"4.5/5"_s);
    const qint64 three = v.feedback(QDate(2026, 3, 5), u"3/5"_s);
    const qint64 ten = v.feedback(QDate(2026, 3, 6), u"10/10"_s);
    const qint64 nps = v.feedback(QDate(2026, 3, 7), u"nps:9"_s);
    const qint64 one = v.feedback(QDate(2026, 3, 31), u"1/5"_s);
    const qint64 textOnly =
        v.feedback(QDate(2026, 3, 8), {}, 0, FeedbackChannel::Email, u"Lovely breakfast"_s);
    v.feedback(QDate(2026, 4, 1), u"5/5"_s);
    // February 2026: 2/5 -> CSAT 0/1 = 0; average (2-1)/4 × 10 = 2.5 over 1.
    v.feedback(QDate(2026, 2, 10), u"2/5"_s);
    // March 2025: nothing -> null over 0.

    const KpiFacts facts = v.facts(QDate(2026, 4, 15));
    check(facts, u"csat"_s, {0.6, 5}, {0.0, 1}, {None, 0});
    check(facts, u"rating_average_10"_s, {50.25 / 7.0, 7}, {2.5, 1}, {None, 0});

    const KpiMembers csat = CsatKpi().members(facts, March);
    CHECK(csat.counted == QList<qint64>{five, four, fourHalf, three, one});
    CHECK(csat.hits == QList<qint64>{five, four, fourHalf});
    const KpiMembers rated = KpiBoard::find(u"rating_average_10"_s)->members(facts, March);
    CHECK(rated.counted == QList<qint64>{five, four, fourHalf, three, ten, nps, one});
    CHECK_FALSE(rated.counted.contains(textOnly));

    // The JSON carries the figures as fractions 0-1 with their counts.
    const QJsonObject json = KpiBoard::read(facts, March).toJson().value(u"csat"_s).toObject();
    CHECK(json.value(u"value"_s).toDouble() == Approx(0.6));
    CHECK(json.value(u"count"_s).toInt() == 5);
    CHECK(json.value(u"previous"_s).toDouble() == Approx(0.0));
    CHECK(json.value(u"year_before"_s).isNull());
}

TEST_CASE("Average sentiment counts analysed feedback only, with the staff label's score")
{
    KpiVenue v;
    // March 2026: four entries with text, labelled by staff: positive +0.6, positive +0.6,
    // negative -0.6, neutral 0 -> 0.6 / 4 = 0.15 over 4. A rating without text is not analysed.
    const QList<std::pair<int, SentimentLabel>> march{{2, SentimentLabel::Positive},
                                                      {3, SentimentLabel::Positive},
                                                      {4, SentimentLabel::Negative},
                                                      {31, SentimentLabel::Neutral}};
    QList<qint64> analysed;
    for (const auto &[day, label] : march) {
        analysed << v.feedback(QDate(2026, 3, day), {}, 0, FeedbackChannel::Email, u"The room was fine"_s);
        v.label(analysed.last(), label);
    }
    v.feedback(QDate(2026, 3, 10), u"2/5"_s);
    // February 2026: one negative -> -0.6 over 1. March 2025: one positive -> 0.6 over 1.
    v.label(v.feedback(QDate(2026, 2, 10), {}, 0, FeedbackChannel::Email, u"Cold shower"_s),
            SentimentLabel::Negative);
    v.label(v.feedback(QDate(2025, 3, 10), {}, 0, FeedbackChannel::Email, u"Warm welcome"_s),
            SentimentLabel::Positive);

    const KpiFacts facts = v.facts(QDate(2026, 4, 15));
    check(facts, u"sentiment_average"_s, {0.15, 4}, {-0.6, 1}, {0.6, 1});
    CHECK(KpiBoard::find(u"sentiment_average"_s)->members(facts, March).counted == analysed);
}

TEST_CASE("Complaints per 100 stays: tickets created over stays arriving, null without stays")
{
    KpiVenue v;
    const auto a = v.guest(u"Avetisyan"_s);
    const auto b = v.guest(u"Beridze"_s);
    // March 2026 stays arriving: 03-02, 03-10, 03-20 (a), 03-31 (b) = 4. Not counted: a cancelled
    // stay arriving 03-15, a stay arriving 02-28 (departing 03-02).
    v.stay(a, QDate(2026, 3, 2), QDate(2026, 3, 4));
    v.stay(a, QDate(2026, 3, 10), QDate(2026, 3, 11));
    v.stay(a, QDate(2026, 3, 20), QDate(2026, 3, 22));
    v.stay(b, QDate(2026, 3, 31), QDate(2026, 4, 2));
    v.stay(b, QDate(2026, 3, 15), QDate(2026, 3, 16), 0, StayStatus::Cancelled);
    v.stay(b, QDate(2026, 2, 28), QDate(2026, 3, 2));
    // February 2026 stays arriving: 02-28 (b) and 02-05 (a) = 2.
    v.stay(a, QDate(2026, 2, 5), QDate(2026, 2, 6));
    // Tickets: March 2026: 03-03, 03-12, 03-31 23:30 = 3 (one on 04-01 00:10 is April's)
    //   -> 3 × 100 / 4 = 75 over 4 stays.
    // February 2026: 02-20 = 1 -> 1 × 100 / 2 = 50 over 2.
    // March 2025: one ticket, no stays -> null over 0.
    v.ticket(when(2025, 3, 10, 10));
    v.ticket(when(2026, 2, 20, 10));
    const auto t1 = v.ticket(when(2026, 3, 3, 10));
    const auto t2 = v.ticket(when(2026, 3, 12, 10), TicketSeverity::Low, a.id);
    const auto t3 = v.ticket(when(2026, 3, 31, 23, 30));
    v.ticket(when(2026, 4, 1, 0, 10));

    const KpiFacts facts = v.facts(QDate(2026, 4, 15));
    check(facts, u"complaints_per_100_stays"_s, {75.0, 4}, {50.0, 2}, {None, 0});
    const KpiMembers members = ComplaintsPerStaysKpi().members(facts, March);
    CHECK(members.population == KpiPopulation::Tickets);
    CHECK(members.counted == QList<qint64>{t1.id, t2.id, t3.id});
}

TEST_CASE("SLA compliance and median SLA times: judged tickets only, quiet hours and waiting not charged")
{
    KpiVenue v;
    // Default policies: medium acknowledge 60 min, resolve 480 min (due-soon 60 min). High, changed
    // below before T7: acknowledge 15, resolve 120, quiet hours 22:00-07:00.
    // Now = 2026-03-20 12:00.
    //
    // March 2025: T10 created 03-10 10:00, never touched: both targets overdue.
    //   ack 0/1 = 0, resolve 0/1 = 0; nothing achieved -> medians null.
    const auto t10 = v.ticket(when(2025, 3, 10, 10));
    // February 2026: T9 created 02-10 10:00, acknowledged 10:40 (40 min, met), resolved 20:00
    //   (600 min > 480, breached). ack 1/1 = 1, resolve 0/1 = 0; medians 40 and 600.
    const auto t9 = v.ticket(when(2026, 2, 10, 10));
    v.move(t9, when(2026, 2, 10, 10, 40), TicketStatus::Acknowledged);
    v.resolve(t9, when(2026, 2, 10, 20));
    // March 2026:
    // T1 03-02 10:00, ack 10:30 (30, met), resolved 14:00 (240, met).
    const auto t1 = v.ticket(when(2026, 3, 2, 10));
    v.move(t1, when(2026, 3, 2, 10, 30), TicketStatus::Acknowledged);
    v.resolve(t1, when(2026, 3, 2, 14));
    // T2 03-03 10:00, ack 11:30 (90, breached), in progress, resolved 20:00 (600, breached).
    const auto t2 = v.ticket(when(2026, 3, 3, 10));
    v.move(t2, when(2026, 3, 3, 11, 30), TicketStatus::Acknowledged);
    v.move(t2, when(2026, 3, 3, 12), TicketStatus::InProgress);
    v.resolve(t2, when(2026, 3, 3, 20));
    // T3 03-04 10:00, ack 10:10 (10, met), waiting on the guest 10:30-13:30, resolved 14:00:
    //   resolve clock 10:00-10:30 + 13:30-14:00 = 60 (met; 240 if waiting were charged).
    const auto t3 = v.ticket(when(2026, 3, 4, 10));
    v.move(t3, when(2026, 3, 4, 10, 10), TicketStatus::Acknowledged);
    v.move(t3, when(2026, 3, 4, 10, 30), TicketStatus::WaitingGuest);
    v.move(t3, when(2026, 3, 4, 13, 30), TicketStatus::InProgress);
    v.resolve(t3, when(2026, 3, 4, 14));
    // T4 03-05 10:00, ack 10:20 (20, met), in progress since: resolve due 18:00, overdue now.
    const auto t4 = v.ticket(when(2026, 3, 5, 10));
    v.move(t4, when(2026, 3, 5, 10, 20), TicketStatus::Acknowledged);
    v.move(t4, when(2026, 3, 5, 10, 30), TicketStatus::InProgress);
    // T6 03-06 10:00, ack 10:05 (5, met), waiting on the guest since 10:10 with 470 min left:
    //   resolve paused, not judged.
    const auto t6 = v.ticket(when(2026, 3, 6, 10));
    v.move(t6, when(2026, 3, 6, 10, 5), TicketStatus::Acknowledged);
    v.move(t6, when(2026, 3, 6, 10, 10), TicketStatus::WaitingGuest);
    // T7 (high, quiet hours 22:00-07:00) 03-07 21:50, ack 03-08 07:04: 10 + 4 = 14 min <= 15, met
    //   (554 wall minutes: breached if the night were charged); resolved 08:00: 10 + 60 = 70 <= 120, met.
    SlaPolicy quiet = SlaPolicy::defaultFor(TicketSeverity::High);
    quiet.quietStartMinute = 22 * 60;
    quiet.quietEndMinute = 7 * 60;
    v.setPolicy(quiet);
    const auto t7 = v.ticket(when(2026, 3, 7, 21, 50), TicketSeverity::High);
    v.move(t7, when(2026, 3, 8, 7, 4), TicketStatus::Acknowledged);
    v.resolve(t7, when(2026, 3, 8, 8));
    // T8 03-10 10:00, never touched: both targets overdue.
    const auto t8 = v.ticket(when(2026, 3, 10, 10));
    // T5 03-20 11:30, 30 minutes old now: acknowledge due soon, resolve running: not judged.
    const auto t5 = v.ticket(when(2026, 3, 20, 11, 30));
    //
    // Acknowledge judged: T1 met, T2 breached, T3 met, T4 met, T6 met, T7 met, T8 overdue -> 5/7.
    // Resolve judged: T1 met, T2 breached, T3 met, T4 overdue, T7 met, T8 overdue -> 3/6 = 0.5
    //   (T5 running, T6 paused).
    // Acknowledge times: 30, 90, 10, 20, 5, 14 -> 5 10 14 | 20 30 90 -> (14 + 20) / 2 = 17 over 6.
    // Resolve times: 240, 600, 60, 70 -> 60 70 | 240 600 -> (70 + 240) / 2 = 155 over 4.
    const KpiFacts facts = v.factsAt(when(2026, 3, 20, 12));
    REQUIRE(facts.tickets.size() == 10);
    check(facts, u"sla_ack_compliance"_s, {5.0 / 7.0, 7}, {1.0, 1}, {0.0, 1});
    check(facts, u"sla_resolve_compliance"_s, {0.5, 6}, {0.0, 1}, {0.0, 1});
    check(facts, u"median_ack_minutes"_s, {17.0, 6}, {40.0, 1}, {None, 0});
    check(facts, u"median_resolve_minutes"_s, {155.0, 4}, {600.0, 1}, {None, 0});

    const KpiMembers ack = SlaComplianceKpi(SlaHeadline::Target::Acknowledge).members(facts, March);
    CHECK(ack.counted == QList<qint64>{t1.id, t2.id, t3.id, t4.id, t6.id, t7.id, t8.id});
    CHECK(ack.hits == QList<qint64>{t1.id, t3.id, t4.id, t6.id, t7.id}); // hits = met
    const KpiMembers resolve = SlaComplianceKpi(SlaHeadline::Target::Resolve).members(facts, March);
    CHECK(resolve.counted == QList<qint64>{t1.id, t2.id, t3.id, t4.id, t7.id, t8.id});
    CHECK(resolve.hits == QList<qint64>{t1.id, t3.id, t7.id});
    CHECK(MedianSlaTimeKpi(SlaHeadline::Target::Resolve).members(facts, March).counted
          == QList<qint64>{t1.id, t2.id, t3.id, t7.id});
    CHECK_FALSE(ack.counted.contains(t5.id));
    CHECK_FALSE(ack.counted.contains(t10.id));

    SECTION("a day later the running ticket is judged: acknowledged 12:15, 45 minutes, met")
    {
        v.move(t5, when(2026, 3, 20, 12, 15), TicketStatus::Acknowledged);
        const KpiFacts later = v.factsAt(when(2026, 3, 21, 12));
        // Acknowledge: 6/8 met. Times 5 10 14 20 | 30 45 90 -> 7 values, median 20.
        check(later, u"sla_ack_compliance"_s, {6.0 / 8.0, 8}, {1.0, 1}, {0.0, 1});
        check(later, u"median_ack_minutes"_s, {20.0, 7}, {40.0, 1}, {None, 0});
        // Resolve: T5's resolve target (due 03-20 19:30) is now overdue: 3/7.
        check(later, u"sla_resolve_compliance"_s, {3.0 / 7.0, 7}, {0.0, 1}, {0.0, 1});
    }
}

TEST_CASE("Recovery rate and follow-up rate: by closing and resolving date, reopened tickets left out")
{
    KpiVenue v;
    // March 2025: R8 resolved 03-06, closed 03-07 lost, no follow-up -> recovery 0/1, follow-up 0/1.
    const auto r8 = v.ticket(when(2025, 3, 5, 10));
    v.resolve(r8, when(2025, 3, 6, 10));
    v.close(r8, when(2025, 3, 7, 10), TicketOutcome::Lost);
    // R5 created 02-20, resolved 02-25, followed up 02-26, closed 03-02 recovered.
    const auto r5 = v.ticket(when(2026, 2, 20, 10));
    v.resolve(r5, when(2026, 2, 25, 10));
    v.followUp(r5, when(2026, 2, 26, 10));
    v.close(r5, when(2026, 3, 2, 10), TicketOutcome::Recovered);
    // R1 resolved 03-02, followed up 03-03, closed 03-05 recovered.
    const auto r1 = v.ticket(when(2026, 3, 1, 10));
    v.resolve(r1, when(2026, 3, 2, 10));
    v.followUp(r1, when(2026, 3, 3, 10));
    v.close(r1, when(2026, 3, 5, 10), TicketOutcome::Recovered);
    // R2 resolved 03-02, closed 03-06 lost, no follow-up.
    const auto r2 = v.ticket(when(2026, 3, 1, 11));
    v.resolve(r2, when(2026, 3, 2, 11));
    v.close(r2, when(2026, 3, 6, 10), TicketOutcome::Lost);
    // R3 resolved 03-03, followed up 03-04, closed 03-07 recovered.
    const auto r3 = v.ticket(when(2026, 3, 1, 12));
    v.resolve(r3, when(2026, 3, 3, 10));
    v.followUp(r3, when(2026, 3, 4, 10));
    v.close(r3, when(2026, 3, 7, 10), TicketOutcome::Recovered);
    // R4 resolved 03-10, closed 03-11 without an outcome, no follow-up.
    const auto r4 = v.ticket(when(2026, 3, 1, 13));
    v.resolve(r4, when(2026, 3, 10, 10));
    v.close(r4, when(2026, 3, 11, 10));
    // R6 resolved 03-30, closed 04-02 lost (April), no follow-up.
    const auto r6 = v.ticket(when(2026, 3, 20, 10));
    v.resolve(r6, when(2026, 3, 30, 10));
    v.close(r6, when(2026, 4, 2, 10), TicketOutcome::Lost);
    // R7 resolved 03-22, closed 03-23 recovered, reopened 03-24: neither resolved nor closed now.
    const auto r7 = v.ticket(when(2026, 3, 21, 10));
    v.resolve(r7, when(2026, 3, 22, 10));
    v.close(r7, when(2026, 3, 23, 10), TicketOutcome::Recovered);
    v.move(r7, when(2026, 3, 24, 10), TicketStatus::InProgress);
    //
    // Recovery, March: closed in March with an outcome: R5 rec, R1 rec, R2 lost, R3 rec -> 3/4.
    //   February: none closed -> null. March 2025: R8 lost -> 0/1.
    // Follow-up, March: resolved in March: R1 yes, R2 no, R3 yes, R4 no, R6 no -> 2/5.
    //   February: R5 followed up -> 1/1. March 2025: R8 -> 0/1.
    const KpiFacts facts = v.facts(QDate(2026, 4, 15));
    check(facts, u"recovery_rate"_s, {0.75, 4}, {None, 0}, {0.0, 1});
    check(facts, u"follow_up_rate"_s, {0.4, 5}, {1.0, 1}, {0.0, 1});

    const KpiMembers recovery = RecoveryRateKpi().members(facts, March);
    CHECK(recovery.counted == QList<qint64>{r5.id, r1.id, r2.id, r3.id});
    CHECK(recovery.hits == QList<qint64>{r5.id, r1.id, r3.id});
    const KpiMembers followUp = FollowUpRateKpi().members(facts, March);
    CHECK(followUp.counted == QList<qint64>{r1.id, r2.id, r3.id, r4.id, r6.id});
    CHECK(followUp.hits == QList<qint64>{r1.id, r3.id});
    CHECK_FALSE(followUp.counted.contains(r7.id));
}

TEST_CASE("Feedback response rate and median response time over the entries that needed attention")
{
    KpiVenue v;
    // Feedback arrives at noon. Low = normalised rating at or under 0.4 (the default threshold).
    // March 2026:
    //   F1 03-02 1/5 (low), answered 14:00 -> 120 min.
    //   F2 03-03 2/5 (0.25, low), turned into a ticket 12:30 -> 30 min.
    //   F3 03-04 1/10 (low), answered 03-05 12:00 -> 1440 min; a ticket opened 03-06 later does not
    //      move it (the earlier of the two counts).
    //   F4 03-05 2/5 (low), never handled.
    //   F5 03-06 4/5 (0.75, not low), answered: not counted.
    //   F6 03-31 1/5 (low), answered 04-20, after now (04-15): not handled yet.
    //   -> handled 3 of 5 = 0.6; median of 30, 120, 1440 = 120 over 3.
    // February 2026: F7 02-10 1/5 answered 13:00 -> 1/1, median 60 over 1.
    // March 2025: F8 2025-03-10 1/5, never handled -> 0/1, median null over 0.
    const qint64 f8 = v.feedback(QDate(2025, 3, 10), u"1/5"_s);
    const qint64 f7 = v.feedback(QDate(2026, 2, 10), u"1/5"_s);
    v.respond(f7, when(2026, 2, 10, 13));
    const qint64 f1 = v.feedback(QDate(2026, 3, 2), u"1/5"_s);
    v.respond(f1, when(2026, 3, 2, 14));
    const qint64 f2 = v.feedback(QDate(2026, 3, 3), u"2/5"_s);
    v.feedbackToTicket(f2, when(2026, 3, 3, 12, 30));
    const qint64 f3 = v.feedback(QDate(2026, 3, 4), u"1/10"_s);
    v.respond(f3, when(2026, 3, 5, 12));
    v.feedbackToTicket(f3, when(2026, 3, 6, 12));
    const qint64 f4 = v.feedback(QDate(2026, 3, 5), u"2/5"_s);
    const qint64 f5 = v.feedback(QDate(2026, 3, 6), u"4/5"_s);
    v.respond(f5, when(2026, 3, 6, 13));
    const qint64 f6 = v.feedback(QDate(2026, 3, 31), u"1/5"_s);
    v.respond(f6, when(2026, 4, 20, 12));

    const KpiFacts facts = v.facts(QDate(2026, 4, 15));
    check(facts, u"feedback_response_rate"_s, {0.6, 5}, {1.0, 1}, {0.0, 1});
    check(facts, u"median_response_minutes"_s, {120.0, 3}, {60.0, 1}, {None, 0});

    const KpiMembers rate = FeedbackResponseRateKpi().members(facts, March);
    CHECK(rate.counted == QList<qint64>{f1, f2, f3, f4, f6});
    CHECK(rate.hits == QList<qint64>{f1, f2, f3});
    CHECK(MedianResponseTimeKpi().members(facts, March).counted == QList<qint64>{f1, f2, f3});
    CHECK_FALSE(FeedbackResponseRateKpi().members(facts, March.yearBefore()).hits.contains(f8));

    // Once the answer to F6 (20 days = 28800 min after receipt) is in the past, it counts: 4/5;
    // times 30 120 | 1440 28800 -> (120 + 1440) / 2 = 780 over 4.
    const KpiFacts later = v.facts(QDate(2026, 4, 21));
    check(later, u"feedback_response_rate"_s, {0.8, 5}, {1.0, 1}, {0.0, 1});
    check(later, u"median_response_minutes"_s, {780.0, 4}, {60.0, 1}, {None, 0});
}

TEST_CASE("Compensation per currency by ticket creation, and per recovered guest")
{
    KpiVenue v; // venue currency EUR
    const auto a = v.guest(u"Avetisyan"_s);
    const auto b = v.guest(u"Beridze"_s);
    const auto c = v.guest(u"Chikovani"_s);
    // March 2025: C6 (b) 40.00 EUR, never closed -> total 40 over 1 ticket; no recovered guest -> null.
    const auto c6 = v.ticket(when(2025, 3, 10, 10), TicketSeverity::Medium, b.id);
    v.compensate(c6, when(2025, 3, 10, 11), 4000);
    // February 2026: C5 (c) created 02-20, 100.00 EUR, closed recovered 03-05 (a March recovery).
    //   total 100 EUR over 1 ticket; nobody recovered in February -> null.
    const auto c5 = v.ticket(when(2026, 2, 20, 10), TicketSeverity::Medium, c.id);
    v.compensate(c5, when(2026, 2, 20, 11), 10000);
    v.resolve(c5, when(2026, 2, 21, 10));
    // March 2026:
    //   C1 (a) 03-02: 50.00 EUR on 03-02 and 20.00 USD on 04-05 (after the period; counts by creation),
    //      closed recovered 03-04.
    //   C2 (a) 03-10: 30.00 EUR, closed recovered 03-12.
    //   C3 (b) 03-15: nothing given, closed lost 03-17.
    //   C4 (no guest) 03-20: 10.00 USD, closed recovered 03-22.
    //   Totals over 4 tickets: EUR 50 + 30 = 80, USD 20 + 10 = 30 -> value 80.
    //   Recovered guests (closed recovered in March, with a guest): a (C1, C2: once), c (C5) = 2
    //   -> EUR 80 / 2 = 40, USD 30 / 2 = 15 -> value 40 over 2 guests.
    const auto c1 = v.ticket(when(2026, 3, 2, 10), TicketSeverity::Medium, a.id);
    v.compensate(c1, when(2026, 3, 2, 11), 5000);
    v.resolve(c1, when(2026, 3, 3, 10));
    v.close(c1, when(2026, 3, 4, 10), TicketOutcome::Recovered);
    v.close(c5, when(2026, 3, 5, 10), TicketOutcome::Recovered);
    const auto c2 = v.ticket(when(2026, 3, 10, 10), TicketSeverity::Medium, a.id);
    v.compensate(c2, when(2026, 3, 10, 11), 3000);
    v.resolve(c2, when(2026, 3, 11, 10));
    v.close(c2, when(2026, 3, 12, 10), TicketOutcome::Recovered);
    const auto c3 = v.ticket(when(2026, 3, 15, 10), TicketSeverity::Medium, b.id);
    v.resolve(c3, when(2026, 3, 16, 10));
    v.close(c3, when(2026, 3, 17, 10), TicketOutcome::Lost);
    const auto c4 = v.ticket(when(2026, 3, 20, 10));
    v.compensate(c4, when(2026, 3, 20, 11), 1000, u"USD"_s);
    v.resolve(c4, when(2026, 3, 21, 10));
    v.close(c4, when(2026, 3, 22, 10), TicketOutcome::Recovered);
    v.compensate(c1, when(2026, 4, 5, 10), 2000, u"USD"_s);

    const KpiFacts facts = v.facts(QDate(2026, 4, 15));
    check(facts, u"compensation_totals"_s, {80.0, 4}, {100.0, 1}, {40.0, 1});
    check(facts, u"compensation_per_recovered_guest"_s, {40.0, 2}, {None, 0}, {None, 0});

    const KpiValue totals = CompensationTotalsKpi().compute(facts, March);
    CHECK(totals.byCurrency.keys() == QStringList{u"EUR"_s, u"USD"_s});
    CHECK(totals.byCurrency.value(u"EUR"_s) == Approx(80.0));
    CHECK(totals.byCurrency.value(u"USD"_s) == Approx(30.0));
    // February: only euros were given; the venue currency is always listed.
    CHECK(CompensationTotalsKpi().compute(facts, March.previous()).byCurrency
          == QMap<QString, double>{{u"EUR"_s, 100.0}});
    const KpiValue perGuest = CompensationPerRecoveredGuestKpi().compute(facts, March);
    CHECK(perGuest.byCurrency.value(u"EUR"_s) == Approx(40.0));
    CHECK(perGuest.byCurrency.value(u"USD"_s) == Approx(15.0));

    // Tickets but nothing given: 0, not null (C3 alone, 03-15..03-17).
    const KpiValue nothingGiven =
        CompensationTotalsKpi().compute(facts, {QDate(2026, 3, 15), QDate(2026, 3, 17)});
    check(nothingGiven, {0.0, 1});
    CHECK(nothingGiven.byCurrency == QMap<QString, double>{{u"EUR"_s, 0.0}});

    const KpiMembers compensated = CompensationTotalsKpi().members(facts, March);
    CHECK(compensated.counted == QList<qint64>{c1.id, c2.id, c3.id, c4.id});
    CHECK(compensated.hits == QList<qint64>{c1.id, c2.id, c4.id});
    const KpiMembers guests = CompensationPerRecoveredGuestKpi().members(facts, March);
    CHECK(guests.population == KpiPopulation::Guests);
    CHECK(guests.counted == QList<qint64>{a.id, c.id});

    // The JSON gives the venue currency's figure and every currency beside it.
    const QJsonObject json = KpiBoard::read(facts, March).toJson().value(u"compensation_totals"_s).toObject();
    CHECK(json.value(u"value"_s).toDouble() == Approx(80.0));
    CHECK(json.value(u"currency"_s).toString() == u"EUR"_s);
    CHECK(json.value(u"by_currency"_s).toObject().value(u"USD"_s).toDouble() == Approx(30.0));
}

// Not run by ctest (hidden): how long each service KPI takes over a large venue's facts, built in
// memory (300k stays, 100k tickets, 300k feedback entries over three years). Run with
// innkeep_insights_tests "[.service-timing]".
TEST_CASE("Service KPI timing over large facts", "[.service-timing]")
{
    KpiFacts facts;
    facts.venueCurrency = u"EUR"_s;
    facts.currencies = QStringList{u"EUR"_s, u"USD"_s};
    const qint64 firstDay = QDate(2024, 1, 1).toJulianDay();
    const qint64 dayMs = 24 * 60 * 60 * 1000;
    const qint64 epochDay = QDate(1970, 1, 1).toJulianDay();
    for (qint64 i = 0; i < 300000; ++i)
        facts.stays.append(
            StayFact{i + 1, i / 3 + 1, firstDay + i % 1095, firstDay + i % 1095 + 2, 10000, 0, {}});
    for (qint64 i = 0; i < 100000; ++i) {
        TicketFact t;
        t.id = i + 1;
        t.guestId = i % 5 == 0 ? 0 : i + 1;
        t.createdDay = firstDay + i * 1095 / 100000;
        t.createdAt = (t.createdDay - epochDay) * dayMs;
        const SlaState states[] = {SlaState::Met, SlaState::Breached, SlaState::Overdue, SlaState::Running};
        t.acknowledge.state = states[i % 4];
        t.acknowledge.elapsedMs = (i % 97) * 60000;
        t.resolve.state = states[(i + 1) % 4];
        t.resolve.elapsedMs = (i % 301) * 60000;
        t.resolvedDay = t.createdDay + 1;
        t.closedDay = t.createdDay + 2;
        t.outcome = i % 3 == 0 ? u"lost"_s : u"recovered"_s;
        t.followedUp = i % 2 == 0;
        if (i % 4 == 0)
            t.compensationMinor.insert(int(i % 8 == 0), 2500);
        facts.tickets.append(std::move(t));
    }
    for (qint64 i = 0; i < 300000; ++i) {
        FeedbackKpiFact f;
        f.id = i + 1;
        f.receivedDay = firstDay + i * 1095 / 300000;
        f.receivedAt = (f.receivedDay - epochDay) * dayMs;
        f.rating = i % 7 == 0 ? 9.0 : double(i % 5 + 1);
        f.ratingScale = i % 7 == 0 ? u"nps"_s : u"1-5"_s;
        f.ratingNormalised = double(i % 5) / 4.0;
        f.analysed = i % 2 == 0;
        f.sentiment = double(i % 11) / 10.0 - 0.5;
        f.neededAttention = i % 5 < 2;
        if (i % 3 != 0)
            f.handledAt = f.receivedAt + (i % 500) * 60000;
        facts.feedback.append(std::move(f));
    }
    facts.nowMs = (firstDay + 1100 - epochDay) * dayMs;
    const KpiPeriod year{QDate(2025, 1, 1), QDate(2025, 12, 31)};
    for (const auto &kpi : serviceKpis()) {
        QElapsedTimer timer;
        timer.start();
        const KpiValue value = kpi->compute(facts, year);
        const qint64 us = timer.nsecsElapsed() / 1000;
        WARN(kpi->key().toStdString() << ": " << us << " us (count " << value.count << ")");
        CHECK(value.value.has_value());
    }
}
