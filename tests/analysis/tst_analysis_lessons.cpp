// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// What a venue teaches the analyser: word weights from labelled texts, topic words staff added,
// topics staff removed; lessons of one venue never reach another.
#include "analysis/feedbackanalyser.h"

#include <catch2/catch.hpp>

using namespace innkeep;

namespace {

TeachingExample corrected(const char *text, SentimentLabel label, QStringList added = {},
                          QStringList removed = {})
{
    TeachingExample e;
    e.text = QString::fromUtf8(text);
    e.label = label;
    e.addedTopics = std::move(added);
    e.removedTopics = std::move(removed);
    e.weight = 3.0; // staff corrections weigh more than ratings
    return e;
}

QStringList topicsOf(const TextAnalysis &a)
{
    QStringList keys;
    for (const TopicFinding &f : a.topics)
        keys << f.topic;
    return keys;
}

} // namespace

TEST_CASE("Empty lessons give the shipped behaviour", "[analysis][lessons]")
{
    const VenueLessons none = VenueLessons::learn({});
    CHECK(none.isEmpty());
    CHECK(none.exampleCount() == 0);
    const QString text = QStringLiteral("The minibar was empty again and the receptionist shrugged");
    CHECK(FeedbackAnalyser(none).analyse(text) == FeedbackAnalyser().analyse(text));
}

TEST_CASE("After a few corrections a similar unseen text changes its label", "[analysis][lessons]")
{
    const QString unseen = QStringLiteral("Courtyard lanterns were off again tonight");
    const TextAnalysis before = FeedbackAnalyser().analyse(unseen);
    CHECK(before.label == SentimentLabel::Neutral);

    const VenueLessons lessons = VenueLessons::learn({
        corrected("Courtyard lanterns off when we came back", SentimentLabel::Negative),
        corrected("The courtyard lanterns were off all night", SentimentLabel::Negative),
        corrected("Courtyard lanterns off, we could not see the steps", SentimentLabel::Negative),
        corrected("Lovely stay, thank you", SentimentLabel::Positive),
    });
    CHECK(lessons.exampleCount() == 4);
    const TextAnalysis after = FeedbackAnalyser(lessons).analyse(unseen);
    CHECK(after.score < before.score);
    CHECK(after.label == SentimentLabel::Negative);
}

TEST_CASE("Topic words staff added become evidence and removed topics stop triggering", "[analysis][lessons]")
{
    const QString unseen = QStringLiteral("The courtyard was closed all week");
    CHECK_FALSE(topicsOf(FeedbackAnalyser().analyse(unseen)).contains(QStringLiteral("amenities")));
    const VenueLessons lessons = VenueLessons::learn({
        corrected("The courtyard was lovely", SentimentLabel::Positive, {QStringLiteral("amenities")}),
        corrected("Courtyard too hot at noon", SentimentLabel::Negative, {QStringLiteral("amenities")}),
        corrected("Breakfast was fine", SentimentLabel::Positive),
    });
    const TextAnalysis after = FeedbackAnalyser(lessons).analyse(unseen);
    REQUIRE(topicsOf(after).contains(QStringLiteral("amenities")));
    for (const TopicFinding &f : after.topics) {
        if (f.topic == QLatin1String("amenities"))
            CHECK(f.evidence.contains(QStringLiteral("courtyard")));
    }

    const QString view = QStringLiteral("Great view of the sea from the bar");
    REQUIRE(topicsOf(FeedbackAnalyser().analyse(view)).contains(QStringLiteral("restaurant-bar")));
    const VenueLessons removed = VenueLessons::learn({
        corrected("The bar was noisy", SentimentLabel::Negative, {}, {QStringLiteral("restaurant-bar")}),
    });
    CHECK_FALSE(topicsOf(FeedbackAnalyser(removed).analyse(view)).contains(QStringLiteral("restaurant-bar")));
}

TEST_CASE("Two analysers with different lessons do not influence each other", "[analysis][lessons]")
{
    const QString text = QStringLiteral("Courtyard lanterns were off again tonight");
    const FeedbackAnalyser shipped;
    const TextAnalysis expected = shipped.analyse(text);
    const FeedbackAnalyser venueA(VenueLessons::learn({
        corrected("Courtyard lanterns off again", SentimentLabel::Negative),
        corrected("The courtyard lanterns were off", SentimentLabel::Negative),
    }));
    const FeedbackAnalyser venueB(VenueLessons::learn({
        corrected("Courtyard lanterns at night, magical", SentimentLabel::Positive),
        corrected("We sat under the courtyard lanterns", SentimentLabel::Positive),
    }));
    const double a = venueA.analyse(text).score;
    const double b = venueB.analyse(text).score;
    CHECK(a < expected.score);
    CHECK(b > expected.score);
    CHECK(venueA.analyse(text).score == a); // unchanged after B learned
    CHECK(shipped.analyse(text) == expected);
}

TEST_CASE("Learning is deterministic and ratings weigh less than corrections", "[analysis][lessons]")
{
    TeachingExample rating;
    rating.text = QStringLiteral("Courtyard lanterns off again");
    rating.label = SentimentLabel::Negative;
    rating.weight = 1.0;
    TeachingExample staff = rating;
    staff.weight = 3.0;
    const QString text = QStringLiteral("Courtyard lanterns");
    const double byRatings = FeedbackAnalyser(VenueLessons::learn({rating, rating})).analyse(text).score;
    const double byStaff = FeedbackAnalyser(VenueLessons::learn({staff, staff})).analyse(text).score;
    CHECK(byStaff < byRatings);
    CHECK(FeedbackAnalyser(VenueLessons::learn({staff, staff})).analyse(text).score == byStaff);
}
