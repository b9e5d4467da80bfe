// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/feedbackanalyser.h"
#include "feedback/feedbackrepository.h"
#include "feedback/feedbackservice.h"
#include "house/openvenue.h"
#include "insights/feedbacktopicsummary.h"
#include "insights/feedbacktrends.h"
#include "tst_tickets_fixture.h"

#include <QJsonArray>

using namespace innkeep;
using namespace innkeep::test;
using namespace Qt::StringLiterals;

namespace {

// Hand-made venue (TZ=UTC, so local dates are UTC dates). Scores are set as the analyser's result
// directly, so the figures below are computed by hand whatever the analyser makes of the words.
//
//   previous fortnight (05-18 .. 05-31): p1 noise +0.5, p2 noise +0.4, p3 room -0.5, p4 room +0.5
//   week of 06-01: e1 email  +0.8 positive  room +0.8
//                  e2 site TripAdvisor -0.6 negative  noise -0.6, room -0.2
//                  e3 email rating only (no text: not analysed)
//   week of 06-08: e4 email  -0.5 negative  noise -0.7
//                  e5 site Booking.com +0.2 mixed  noise -0.3, location +0.9
//                  e6 email  +0.6 positive  room +0.6   (staff correct it to negative in some tests)
struct HandVenue
{
    TempDatabase t;
    FeedbackService service{t.db()};
    QHash<QString, FeedbackEntry> entries;

    HandVenue()
    {
        add(u"p1"_s, QDate(2026, 5, 20), FeedbackChannel::Email, {}, 0.5, SentimentLabel::Positive,
            {{u"noise"_s, 0.5, {}}});
        add(u"p2"_s, QDate(2026, 5, 25), FeedbackChannel::Email, {}, 0.4, SentimentLabel::Positive,
            {{u"noise"_s, 0.4, {}}});
        add(u"p3"_s, QDate(2026, 5, 28), FeedbackChannel::Email, {}, -0.5, SentimentLabel::Negative,
            {{u"room"_s, -0.5, {}}});
        add(u"p4"_s, QDate(2026, 5, 29), FeedbackChannel::Email, {}, 0.5, SentimentLabel::Positive,
            {{u"room"_s, 0.5, {}}});
        add(u"e1"_s, QDate(2026, 6, 2), FeedbackChannel::Email, {}, 0.8, SentimentLabel::Positive,
            {{u"room"_s, 0.8, {}}});
        add(u"e2"_s, QDate(2026, 6, 3), FeedbackChannel::ReviewSite, u"TripAdvisor"_s, -0.6,
            SentimentLabel::Negative, {{u"room"_s, -0.2, {}}, {u"noise"_s, -0.6, {}}});
        NewFeedback ratingOnly;
        ratingOnly.channel = FeedbackChannel::Email;
        ratingOnly.rating = *Rating::parse(u"2/5"_s);
        ratingOnly.receivedAt = at(QDate(2026, 6, 5));
        auto e3 = service.add(ratingOnly);
        REQUIRE(e3);
        entries.insert(u"e3"_s, *e3);
        add(u"e4"_s, QDate(2026, 6, 9), FeedbackChannel::Email, {}, -0.5, SentimentLabel::Negative,
            {{u"noise"_s, -0.7, {}}});
        add(u"e5"_s, QDate(2026, 6, 10), FeedbackChannel::ReviewSite, u"Booking.com"_s, 0.2,
            SentimentLabel::Mixed, {{u"noise"_s, -0.3, {}}, {u"location"_s, 0.9, {}}});
        add(u"e6"_s, QDate(2026, 6, 12), FeedbackChannel::Email, {}, 0.6, SentimentLabel::Positive,
            {{u"room"_s, 0.6, {}}});
    }

    static qint64 at(const QDate &date) { return QDateTime(date, QTime(12, 0), Qt::UTC).toMSecsSinceEpoch(); }

    void add(const QString &name, const QDate &date, FeedbackChannel channel, const QString &site,
             double score, SentimentLabel label, const QList<TopicFinding> &topics)
    {
        NewFeedback input;
        input.channel = channel;
        input.site = site;
        input.text = u"Entry "_s + name;
        input.receivedAt = at(date);
        auto added = service.add(input);
        REQUIRE(added);
        TextAnalysis analysis;
        analysis.score = score;
        analysis.label = label;
        analysis.language = u"en"_s;
        analysis.topics = topics;
        REQUIRE_OK(FeedbackRepository(t.db()).storeAnalysis(added->id, analysis, FeedbackAnalyser::Version));
        entries.insert(name, *added);
    }

    void correct(const QString &name, const FeedbackCorrection &correction)
    {
        REQUIRE(service.correct(entries.value(name).uuid, correction));
    }
};

const TopicSummaryRow *rowFor(const QList<TopicSummaryRow> &rows, const QString &topic)
{
    for (const TopicSummaryRow &row : rows) {
        if (row.topic == topic)
            return &row;
    }
    return nullptr;
}

const TopicInPeriod *topicIn(const TrendPeriodRow &row, const QString &topic)
{
    for (const TopicInPeriod &t : row.topics) {
        if (t.topic == topic)
            return &t;
    }
    return nullptr;
}

} // namespace

TEST_CASE("Topic summary: mentions, share negative, average score and trend against the previous period",
          "[insights]")
{
    HandVenue v;
    FeedbackTopicSummary summary(v.t.db());
    auto week = summary.between(QDate(2026, 6, 8), QDate(2026, 6, 14), 1);
    REQUIRE(week);
    CHECK(week->previousFrom == QDate(2026, 6, 1));
    CHECK(week->previousTo == QDate(2026, 6, 7));
    CHECK(week->entries == 3);
    REQUIRE(week->topics.size() == 3);
    CHECK(week->topics.at(0).topic == u"noise"_s); // most mentioned first

    const TopicSummaryRow *noise = rowFor(week->topics, u"noise"_s);
    REQUIRE(noise);
    CHECK(noise->mentions == 2);
    CHECK(noise->shareNegative == Approx(1.0));
    CHECK(noise->averageScore == Approx(-0.5));
    CHECK(noise->previousMentions == 1);
    CHECK(noise->previousShareNegative == Approx(1.0));
    CHECK(noise->compared);
    CHECK(noise->trend == TopicTrend::Steady);

    const TopicSummaryRow *room = rowFor(week->topics, u"room"_s);
    REQUIRE(room);
    CHECK(room->mentions == 1);
    CHECK(room->shareNegative == 0.0);
    CHECK(room->previousMentions == 2);
    CHECK(room->previousShareNegative == Approx(0.5)); // -0.2 is negative (at or under -0.1)
    CHECK(room->trend == TopicTrend::Better);

    const TopicSummaryRow *location = rowFor(week->topics, u"location"_s);
    REQUIRE(location);
    CHECK(location->mentions == 1);
    CHECK(location->averageScore == Approx(0.9));
    CHECK_FALSE(location->compared); // nothing to compare with
    CHECK(location->trend == TopicTrend::Steady);

    // The default minimum count (5) keeps these small numbers from alarming anyone.
    auto quiet = summary.between(QDate(2026, 6, 8), QDate(2026, 6, 14));
    REQUIRE(quiet);
    for (const TopicSummaryRow &row : quiet->topics) {
        CHECK_FALSE(row.compared);
        CHECK(row.trend == TopicTrend::Steady);
    }

    // Corrections win: e6 labelled negative makes its room mention negative (-0.6); noise removed
    // from e5 leaves one noise mention.
    FeedbackCorrection negative;
    negative.label = SentimentLabel::Negative;
    v.correct(u"e6"_s, negative);
    FeedbackCorrection noNoise;
    noNoise.removeTopics = {u"noise"_s};
    noNoise.addTopics = {u"wifi"_s};
    v.correct(u"e5"_s, noNoise);
    auto corrected = summary.between(QDate(2026, 6, 8), QDate(2026, 6, 14), 1);
    REQUIRE(corrected);
    room = rowFor(corrected->topics, u"room"_s);
    REQUIRE(room);
    CHECK(room->shareNegative == 1.0);
    CHECK(room->averageScore == Approx(-FeedbackTopicSummary::CorrectedScore));
    CHECK(room->trend == TopicTrend::Worse);
    noise = rowFor(corrected->topics, u"noise"_s);
    REQUIRE(noise);
    CHECK(noise->mentions == 1);
    CHECK(noise->averageScore == Approx(-0.7));
    const TopicSummaryRow *wifi = rowFor(corrected->topics, u"wifi"_s);
    REQUIRE(wifi);
    CHECK(wifi->mentions == 1);
    CHECK(wifi->averageScore == Approx(0.2)); // a topic staff added takes the entry's score

    const QJsonObject json = corrected->toJson();
    CHECK(json.value(u"from"_s).toString() == u"2026-06-08"_s);
    CHECK(json.value(u"topics"_s).toArray().size() == 4);
    CHECK(json.value(u"topics"_s).toArray().at(0).toObject().contains(u"trend"_s));

    auto bad = summary.between(QDate(2026, 6, 14), QDate(2026, 6, 8));
    REQUIRE_FALSE(bad);
    CHECK(bad.error().code == Error::Code::InvalidInput);
    CHECK(bad.error().field == u"from"_s);
}

TEST_CASE("Trends per ISO week: entries, average sentiment, share negative and topics", "[insights]")
{
    HandVenue v;
    FeedbackCorrection negative;
    negative.label = SentimentLabel::Negative;
    v.correct(u"e6"_s, negative);

    TrendQuery query;
    query.from = QDate(2026, 6, 1);
    query.to = QDate(2026, 6, 14);
    query.minimumCount = 2;
    auto report = FeedbackTrends(v.t.db()).report(query);
    REQUIRE(report);
    REQUIRE(report->periods.size() == 2);

    const TrendPeriodRow &first = report->periods.at(0);
    CHECK(first.start == QDate(2026, 6, 1));
    CHECK(first.end == QDate(2026, 6, 7));
    CHECK(first.entries == 3);
    CHECK(first.analysed == 2); // the rating-only entry has no sentiment
    CHECK(first.averageSentiment == Approx(0.1));
    CHECK(first.shareNegative == Approx(0.5));
    REQUIRE(first.topics.size() == 2);
    CHECK(first.topics.at(0).topic == u"room"_s);
    CHECK(topicIn(first, u"room"_s)->mentions == 2);
    CHECK(topicIn(first, u"room"_s)->averageScore == Approx(0.3));
    CHECK(topicIn(first, u"room"_s)->shareNegative == Approx(0.5));
    CHECK(topicIn(first, u"noise"_s)->averageScore == Approx(-0.6));

    const TrendPeriodRow &second = report->periods.at(1);
    CHECK(second.start == QDate(2026, 6, 8));
    CHECK(second.entries == 3);
    CHECK(second.analysed == 3);
    CHECK(second.averageSentiment == Approx((-0.5 + 0.2 - 0.6) / 3));
    CHECK(second.shareNegative == Approx(2.0 / 3));
    REQUIRE(second.topics.size() == 3);
    CHECK(second.topics.at(0).topic == u"noise"_s);
    CHECK(topicIn(second, u"noise"_s)->averageScore == Approx(-0.5));
    CHECK(topicIn(second, u"room"_s)->averageScore == Approx(-0.6)); // corrected to negative
    CHECK(topicIn(second, u"location"_s)->shareNegative == 0.0);

    // Getting worse over the fortnight against the one before: noise 0 -> 100 % negative,
    // room 50 % -> 67 %.
    REQUIRE(report->gettingWorse.size() == 2);
    CHECK(report->gettingWorse.at(0).topic == u"noise"_s);
    CHECK(report->gettingWorse.at(0).previousShareNegative == 0.0);
    CHECK(report->gettingWorse.at(0).shareNegative == 1.0);
    CHECK(report->gettingWorse.at(1).topic == u"room"_s);
    CHECK(report->gettingWorse.at(1).shareNegative == Approx(2.0 / 3));
    CHECK(report->gettingWorse.at(1).previousShareNegative == Approx(0.5));
    // With a minimum count of 3, two earlier mentions are too few to compare: nothing alarms.
    query.minimumCount = 3;
    CHECK(FeedbackTrends(v.t.db()).report(query)->gettingWorse.isEmpty());

    const QJsonObject json = report->toJson();
    CHECK(json.value(u"by"_s).toString() == u"week"_s);
    CHECK(json.value(u"periods"_s).toArray().size() == 2);
    CHECK(json.value(u"getting_worse"_s).toArray().at(0).toObject().value(u"topic"_s).toString()
          == u"noise"_s);
}

TEST_CASE("Trends per month, per channel and per review site; empty weeks are kept", "[insights]")
{
    HandVenue v;
    TrendQuery query;
    query.from = QDate(2026, 5, 25);
    query.to = QDate(2026, 6, 14);
    query.by = TrendPeriod::Month;
    auto months = FeedbackTrends(v.t.db()).report(query);
    REQUIRE(months);
    REQUIRE(months->periods.size() == 2);
    CHECK(months->periods.at(0).start == QDate(2026, 5, 25)); // clipped to the query
    CHECK(months->periods.at(0).end == QDate(2026, 5, 31));
    CHECK(months->periods.at(0).entries == 3); // p2, p3, p4
    CHECK(months->periods.at(1).start == QDate(2026, 6, 1));
    CHECK(months->periods.at(1).end == QDate(2026, 6, 14));
    CHECK(months->periods.at(1).entries == 6);

    query.by = TrendPeriod::Week;
    query.from = QDate(2026, 6, 8);
    query.split = TrendSplit::Channel;
    auto channels = FeedbackTrends(v.t.db()).report(query);
    REQUIRE(channels);
    REQUIRE(channels->periods.size() == 2);
    CHECK(channels->periods.at(0).group == u"email"_s);
    CHECK(channels->periods.at(0).entries == 2);
    CHECK(channels->periods.at(0).averageSentiment == Approx(0.05));
    CHECK(channels->periods.at(1).group == u"review-site"_s);
    CHECK(channels->periods.at(1).entries == 1);

    query.split = TrendSplit::Site;
    query.from = QDate(2026, 6, 1);
    auto sites = FeedbackTrends(v.t.db()).report(query);
    REQUIRE(sites);
    QStringList groups;
    for (const TrendPeriodRow &row : sites->periods)
        groups << row.start.toString(Qt::ISODate) + u' ' + row.group;
    CHECK(groups
          == QStringList{u"2026-06-01 "_s, u"2026-06-01 TripAdvisor"_s, u"2026-06-08 "_s,
                         u"2026-06-08 Booking.com"_s});

    // A week without feedback is still a row (zeros), so a chart has no gap.
    query.split = TrendSplit::None;
    query.from = QDate(2026, 6, 15);
    query.to = QDate(2026, 6, 28);
    auto empty = FeedbackTrends(v.t.db()).report(query);
    REQUIRE(empty);
    REQUIRE(empty->periods.size() == 2);
    CHECK(empty->periods.at(1).entries == 0);
    CHECK(empty->periods.at(1).topics.isEmpty());

    query.minimumCount = 0;
    auto bad = FeedbackTrends(v.t.db()).report(query);
    REQUIRE_FALSE(bad);
    CHECK(bad.error().field == u"minimum_count"_s);
    CHECK(trendPeriodFromToken(u"month"_s) == TrendPeriod::Month);
    CHECK_FALSE(trendPeriodFromToken(u"year"_s));
    CHECK(trendSplitFromToken(u"site"_s) == TrendSplit::Site);
}

TEST_CASE("OpenVenue hands out the feedback insights and its one teaching", "[insights]")
{
    TempDatabase t;
    OpenVenue venue(t.db());
    CHECK(&venue.feedback().teaching() == &venue.feedbackTeaching());
    auto summary = venue.feedbackTopics().between(QDate(2026, 6, 1), QDate(2026, 6, 7));
    REQUIRE(summary);
    CHECK(summary->topics.isEmpty());
    TrendQuery query;
    query.from = QDate(2026, 6, 1);
    query.to = QDate(2026, 6, 30);
    query.by = TrendPeriod::Month;
    auto trends = venue.feedbackTrends().report(query);
    REQUIRE(trends);
    CHECK(trends->periods.size() == 1);
}
