// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/feedbackanalyser.h"
#include "demo/ticketdemo.h"
#include "feedback/feedbackrepository.h"
#include "feedback/feedbackservice.h"
#include "feedback/feedbackteaching.h"
#include "storage/changelog.h"
#include "storage/schemadrift.h"
#include "tst_tickets_fixture.h"

#include <QSignalSpy>

using namespace innkeep;
using namespace innkeep::test;
using namespace Qt::StringLiterals;

namespace {

NewFeedback text(const QString &body, const QString &rating = {}, const QString &language = {})
{
    NewFeedback input;
    input.channel = FeedbackChannel::Email;
    input.text = body;
    input.language = language;
    if (!rating.isEmpty()) {
        auto parsed = Rating::parse(rating);
        REQUIRE(parsed);
        input.rating = *parsed;
    }
    return input;
}

// The analyser's result for an entry, written as the background re-analysis writes it, so the
// tests below hold whatever the analyser itself makes of the words.
void setAnalysis(Database &db, qint64 id, double score, SentimentLabel label, const QString &language,
                 const QList<TopicFinding> &topics = {})
{
    TextAnalysis analysis;
    analysis.score = score;
    analysis.label = label;
    analysis.language = language;
    analysis.topics = topics;
    REQUIRE_OK(FeedbackRepository(db).storeAnalysis(id, analysis, FeedbackAnalyser::Version));
}

QStringList keysOf(const QList<TopicFinding> &topics)
{
    QStringList keys;
    for (const TopicFinding &t : topics)
        keys << t.topic;
    return keys;
}

QStringList uuidsOf(const Result<QList<FeedbackEntry>> &entries)
{
    REQUIRE(entries);
    QStringList uuids;
    for (const FeedbackEntry &e : *entries)
        uuids << e.uuid;
    uuids.sort();
    return uuids;
}

} // namespace

TEST_CASE("Schema 5 adds the analysis columns, the topics table and the sentiment threshold, without drift",
          "[feedback-analysis]")
{
    TempDatabase t;
    CHECK(t.db().schemaVersion() >= 5);
    auto drift = SchemaDrift::of(t.db());
    REQUIRE(drift);
    CHECK(drift->isEmpty());
    CHECK(*FeedbackRepository(t.db()).sentimentThreshold() == -0.35);
    // The CHECK constraints refuse what the columns cannot hold.
    auto added = FeedbackService(t.db()).add(text(u"Quiet room"_s));
    REQUIRE(added);
    Statement badLabel(t.db(), u"UPDATE feedback SET sentiment_label = 'angry' WHERE id = ?"_s);
    CHECK_FALSE(badLabel.bind(added->id).exec());
    Statement badScore(t.db(), u"UPDATE feedback SET sentiment = 1.5 WHERE id = ?"_s);
    CHECK_FALSE(badScore.bind(added->id).exec());
    Statement badOrigin(t.db(),
                        u"INSERT INTO feedback_topics(feedback_id, topic, origin) VALUES (?, 'room', 'x')"_s);
    CHECK_FALSE(badOrigin.bind(added->id).exec());
    // Deleting the entry deletes its topics.
    REQUIRE_OK(FeedbackRepository(t.db()).storeStaffTopics(added->id, {u"room"_s}, {}));
    Statement remove(t.db(), u"DELETE FROM feedback WHERE id = ?"_s);
    REQUIRE_OK(remove.bind(added->id).exec());
    CHECK(t.count(u"feedback_topics"_s) == 0);
}

TEST_CASE("Adding feedback analyses the text and stores the result with the entry", "[feedback-analysis]")
{
    TempDatabase t;
    FeedbackService service(t.db());
    auto armenian = service.add(text(u"Սենյակը մաքուր էր, անձնակազմը՝ շատ բարի։"_s));
    REQUIRE(armenian);
    CHECK(armenian->analyserVersion == FeedbackAnalyser::Version);
    CHECK(armenian->analysis.language == u"hy"_s);
    CHECK(armenian->analysis == FeedbackAnalyser().analyse(armenian->text));

    // A language the desk gave is taken as given.
    auto given = service.add(text(u"Das Frühstück war gut"_s, {}, u"de"_s));
    REQUIRE(given);
    CHECK(given->analysis.language == u"de"_s);

    Statement stored(t.db(), u"SELECT analyser_version, detected_language, sentiment IS NOT NULL, "
                             "sentiment_label FROM feedback WHERE id = ?"_s);
    REQUIRE_OK(stored.bind(armenian->id).exec());
    REQUIRE(stored.next());
    CHECK(stored.integer(0) == FeedbackAnalyser::Version);
    CHECK(stored.text(1) == u"hy"_s);
    CHECK(stored.integer(2) == 1);
    CHECK(sentimentLabelFromToken(stored.text(3)) == armenian->analysis.label);

    // What innkeep-cli prints: the columns plus the effective view.
    const QVariantMap row = FeedbackService::storedRow(*armenian);
    CHECK(row.value(u"detected_language"_s) == u"hy"_s);
    CHECK(row.value(u"effective_language"_s) == u"hy"_s);
    CHECK(row.value(u"label"_s) == sentimentLabelToken(armenian->analysis.label));
    CHECK(row.contains(u"sentiment"_s));
    CHECK(row.contains(u"topics"_s));
    CHECK(row.contains(u"body"_s)); // existing keys stay
}

TEST_CASE("The analyser's topics are stored with score and evidence and read back in topic order",
          "[feedback-analysis]")
{
    TempDatabase t;
    auto e = FeedbackService(t.db()).add(text(u"x"_s));
    REQUIRE(e);
    setAnalysis(t.db(), e->id, -0.5, SentimentLabel::Mixed, u"en"_s,
                {{u"noise"_s, -0.7, {u"loud"_s, u"thin walls"_s}}, {u"room"_s, 0.4, {u"spacious"_s}}});
    auto read = FeedbackService(t.db()).entry(e->uuid);
    REQUIRE(read);
    CHECK(read->analysis.score == -0.5);
    CHECK(read->analysis.label == SentimentLabel::Mixed);
    REQUIRE(read->analysis.topics.size() == 2);
    CHECK(read->analysis.topics.at(0) == TopicFinding{u"room"_s, 0.4, {u"spacious"_s}});
    CHECK(read->analysis.topics.at(1) == TopicFinding{u"noise"_s, -0.7, {u"loud"_s, u"thin walls"_s}});
}

TEST_CASE("A correction overrides the analyser, is logged with who and when, and is announced",
          "[feedback-analysis]")
{
    TempDatabase t;
    t.db().setStaff(u"Anna"_s);
    FeedbackService service(t.db());
    auto e = service.add(text(u"The room was filthy"_s));
    REQUIRE(e);
    setAnalysis(t.db(), e->id, 0.6, SentimentLabel::Positive, u"en"_s, {{u"room"_s, 0.6, {u"room"_s}}});
    QSignalSpy changed(&service, &FeedbackService::changed);
    t.clock().advance(HourMs);

    FeedbackCorrection correction;
    correction.label = SentimentLabel::Negative;
    correction.addTopics = {u"cleanliness"_s};
    correction.removeTopics = {u"room"_s};
    auto corrected = service.correct(e->uuid, correction);
    REQUIRE(corrected);
    CHECK(corrected->correctedLabel == SentimentLabel::Negative);
    CHECK(corrected->effectiveLabel() == SentimentLabel::Negative);
    CHECK(corrected->analysis.label == SentimentLabel::Positive); // the analyser's own stays
    CHECK(keysOf(corrected->effectiveTopics()) == QStringList{u"cleanliness"_s});
    CHECK(corrected->topicsAdded == QStringList{u"cleanliness"_s});
    CHECK(corrected->topicsRemoved == QStringList{u"room"_s});
    CHECK(corrected->correctedBy == u"Anna"_s);
    CHECK(corrected->correctedAt == t.clock().nowMs());
    CHECK(corrected->lowSentiment); // labelled negative by staff
    CHECK(corrected->needsAttention);
    REQUIRE(changed.size() == 1);
    CHECK(changed.first().at(0).toString() == e->uuid);

    auto log = ChangeLog(t.db()).forRow(e->uuid);
    REQUIRE(log);
    QStringList fields;
    for (const ChangeEntry &c : *log) {
        fields << c.table + u'.' + c.field;
        CHECK(c.staff == u"Anna"_s);
    }
    CHECK(fields.contains(u"feedback.corrected_label"_s));
    CHECK(fields.contains(u"feedback.corrected_at"_s));
    CHECK(fields.contains(u"feedback_topics.staff-added"_s));
    CHECK(fields.contains(u"feedback_topics.staff-removed"_s));

    // Re-analysis never touches the correction.
    setAnalysis(t.db(), e->id, 0.9, SentimentLabel::Positive, u"en"_s, {{u"room"_s, 0.9, {u"room"_s}}});
    auto again = service.entry(e->uuid);
    REQUIRE(again);
    CHECK(again->effectiveLabel() == SentimentLabel::Negative);
    CHECK(keysOf(again->effectiveTopics()) == QStringList{u"cleanliness"_s});

    // Adding back a removed topic undoes the removal; giving the label back clears who and when
    // once nothing is corrected any more.
    FeedbackCorrection undo;
    undo.clearLabel = true;
    undo.addTopics = {u"room"_s};
    undo.removeTopics = {u"cleanliness"_s};
    auto undone = service.correct(e->uuid, undo);
    REQUIRE(undone);
    CHECK_FALSE(undone->correctedLabel);
    CHECK(undone->topicsRemoved == QStringList{u"cleanliness"_s});
    CHECK(undone->topicsAdded == QStringList{u"room"_s});
    CHECK(undone->correctedAt.has_value());
    FeedbackCorrection rest;
    rest.addTopics = {u"cleanliness"_s};
    rest.removeTopics = {u"room"_s};
    auto cleared = service.correct(e->uuid, rest);
    REQUIRE(cleared);
    CHECK(cleared->topicsRemoved == QStringList{u"room"_s});
    CHECK(cleared->topicsAdded == QStringList{u"cleanliness"_s});
}

TEST_CASE("Bad corrections are refused with the key and field named and nothing written", "[feedback-analysis]")
{
    TempDatabase t;
    FeedbackService service(t.db());
    auto e = service.add(text(u"Nice view"_s));
    REQUIRE(e);
    const auto before = footprint(t);
    const qint64 topicsBefore = t.count(u"feedback_topics"_s);

    FeedbackCorrection unknownAdd;
    unknownAdd.addTopics = {u"room"_s, u"parking-lot"_s};
    auto refused = service.correct(e->uuid, unknownAdd);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == Error::Code::InvalidInput);
    CHECK(refused.error().field == u"add_topics"_s);
    CHECK(refused.error().message.contains(u"parking-lot"_s));

    FeedbackCorrection unknownRemove;
    unknownRemove.removeTopics = {u"Room"_s};
    auto refused2 = service.correct(e->uuid, unknownRemove);
    REQUIRE_FALSE(refused2);
    CHECK(refused2.error().field == u"remove_topics"_s);
    CHECK(refused2.error().message.contains(u"Room"_s));

    FeedbackCorrection both;
    both.addTopics = {u"wifi"_s};
    both.removeTopics = {u"wifi"_s};
    CHECK(service.correct(e->uuid, both).error().code == Error::Code::InvalidInput);
    CHECK(service.correct(e->uuid, FeedbackCorrection{}).error().code == Error::Code::InvalidInput);

    FeedbackCorrection fine;
    fine.label = SentimentLabel::Positive;
    auto missing = service.correct(newUuid(), fine);
    REQUIRE_FALSE(missing);
    CHECK(missing.error().code == Error::Code::NotFound);

    CHECK(footprint(t) == before);
    CHECK(t.count(u"feedback_topics"_s) == topicsBefore);
    CHECK_FALSE(service.entry(e->uuid)->correctedAt);
}

TEST_CASE("Low sentiment needs attention like a low rating, by the venue's sentiment threshold",
          "[feedback-analysis]")
{
    TempDatabase t;
    FeedbackService service(t.db());
    auto low = service.add(text(u"a"_s));
    auto edge = service.add(text(u"b"_s));
    auto mild = service.add(text(u"c"_s));
    auto unanalysed = service.add(text(u"d"_s));
    auto calm = service.add(text(u"e"_s));
    REQUIRE(calm);
    REQUIRE(low);
    REQUIRE(edge);
    REQUIRE(mild);
    REQUIRE(unanalysed);
    setAnalysis(t.db(), low->id, -0.8, SentimentLabel::Negative, u"en"_s);
    setAnalysis(t.db(), edge->id, -0.35, SentimentLabel::Negative, u"en"_s);
    setAnalysis(t.db(), mild->id, -0.2, SentimentLabel::Neutral, u"en"_s);
    setAnalysis(t.db(), calm->id, -0.5, SentimentLabel::Neutral, u"en"_s); // the analyser's label says calm
    Statement reset(t.db(), u"UPDATE feedback SET analyser_version = 0, sentiment = NULL WHERE id = ?"_s);
    REQUIRE_OK(reset.bind(unanalysed->id).exec());

    CHECK(service.entry(low->uuid)->lowSentiment);
    CHECK(service.entry(low->uuid)->needsAttention);
    CHECK(service.entry(edge->uuid)->needsAttention); // at the threshold
    CHECK_FALSE(service.entry(mild->uuid)->needsAttention);
    CHECK_FALSE(service.entry(unanalysed->uuid)->needsAttention);
    CHECK_FALSE(service.entry(calm->uuid)->needsAttention);
    CHECK(*FeedbackRepository(t.db()).needsAttentionCount() == 2);
    FeedbackQuery attention;
    attention.needsAttentionOnly = true;
    QStringList expected{low->uuid, edge->uuid};
    expected.sort();
    CHECK(uuidsOf(service.list(attention)) == expected);

    // Staff saying positive wins over a low score; staff saying negative wins over a mild one.
    FeedbackCorrection positive;
    positive.label = SentimentLabel::Positive;
    REQUIRE(service.correct(low->uuid, positive));
    FeedbackCorrection negative;
    negative.label = SentimentLabel::Negative;
    REQUIRE(service.correct(mild->uuid, negative));
    CHECK_FALSE(service.entry(low->uuid)->needsAttention);
    CHECK(service.entry(mild->uuid)->needsAttention);

    // Answering it clears it; so does a lower threshold.
    REQUIRE(service.respond(mild->uuid, u"Thank you, we are sorry."_s));
    CHECK_FALSE(service.entry(mild->uuid)->needsAttention);
    CHECK(*FeedbackRepository(t.db()).needsAttentionCount() == 1);
    REQUIRE_OK(service.setSentimentThreshold(-0.5));
    CHECK(*service.sentimentThreshold() == -0.5);
    CHECK(*FeedbackRepository(t.db()).needsAttentionCount() == 0);
    auto bad = service.setSentimentThreshold(1.5);
    REQUIRE_FALSE(bad);
    CHECK(bad.error().field == u"sentiment_threshold"_s);
    CHECK(*service.sentimentThreshold() == -0.5);
}

TEST_CASE("The feedback list filters by effective label, effective topic and language in SQL",
          "[feedback-analysis]")
{
    TempDatabase t;
    FeedbackService service(t.db());
    auto a = service.add(text(u"a"_s, {}, u"en"_s));
    auto b = service.add(text(u"b"_s));
    auto c = service.add(text(u"c"_s));
    auto d = service.add(text(u"d"_s));
    REQUIRE(a);
    REQUIRE(b);
    REQUIRE(c);
    REQUIRE(d);
    setAnalysis(t.db(), a->id, -0.6, SentimentLabel::Negative, u"en"_s, {{u"noise"_s, -0.6, {u"loud"_s}}});
    setAnalysis(t.db(), b->id, 0.7, SentimentLabel::Positive, u"hy"_s, {{u"noise"_s, 0.2, {u"quiet"_s}}});
    setAnalysis(t.db(), c->id, 0.0, SentimentLabel::Mixed, u"ka"_s, {{u"wifi"_s, -0.4, {u"wifi"_s}}});
    Statement reset(t.db(), u"UPDATE feedback SET analyser_version = 0, sentiment = NULL, "
                            "sentiment_label = '', detected_language = '' WHERE id = ?"_s);
    REQUIRE_OK(reset.bind(d->id).exec());

    const auto filtered = [&](auto change) {
        FeedbackQuery q;
        change(q);
        return uuidsOf(service.list(q));
    };
    const auto sorted = [](QStringList list) {
        list.sort();
        return list;
    };
    CHECK(filtered([](FeedbackQuery &q) { q.labels = {SentimentLabel::Negative}; }) == QStringList{a->uuid});
    CHECK(filtered([](FeedbackQuery &q) {
              q.labels = {SentimentLabel::Positive, SentimentLabel::Mixed};
          })
          == sorted({b->uuid, c->uuid}));
    // Not analysed yet counts as neutral.
    CHECK(filtered([](FeedbackQuery &q) { q.labels = {SentimentLabel::Neutral}; }) == QStringList{d->uuid});
    CHECK(filtered([](FeedbackQuery &q) { q.topic = u"noise"_s; }) == sorted({a->uuid, b->uuid}));
    CHECK(filtered([](FeedbackQuery &q) { q.language = u"hy"_s; }) == QStringList{b->uuid});
    CHECK(filtered([](FeedbackQuery &q) { q.language = u"en"_s; }) == QStringList{a->uuid});
    // A value with SQL in it is only a value.
    CHECK(filtered([](FeedbackQuery &q) { q.topic = u"noise' OR 1=1 --"_s; }).isEmpty());

    // Corrections win: b labelled negative, noise removed from b and added to c.
    FeedbackCorrection toB;
    toB.label = SentimentLabel::Negative;
    toB.removeTopics = {u"noise"_s};
    REQUIRE(service.correct(b->uuid, toB));
    FeedbackCorrection toC;
    toC.addTopics = {u"noise"_s};
    REQUIRE(service.correct(c->uuid, toC));
    CHECK(filtered([](FeedbackQuery &q) { q.labels = {SentimentLabel::Negative}; })
          == sorted({a->uuid, b->uuid}));
    CHECK(filtered([](FeedbackQuery &q) { q.topic = u"noise"_s; }) == sorted({a->uuid, c->uuid}));
    CHECK(filtered([](FeedbackQuery &q) {
              q.topic = u"noise"_s;
              q.labels = {SentimentLabel::Mixed};
              q.language = u"ka"_s;
          })
          == QStringList{c->uuid});
}

TEST_CASE("Corrections and rated feedback are the venue's teaching examples, from its own file only",
          "[feedback-analysis]")
{
    TempDatabase venueA;
    TempDatabase venueB;
    FeedbackService a(venueA.db());
    FeedbackService b(venueB.db());
    auto poor = a.add(text(u"Cold shower again"_s, u"2/5"_s));  // 0.25: negative
    auto great = a.add(text(u"Lovely stay"_s, u"9/10"_s));      // 0.89: positive
    auto middling = a.add(text(u"It was fine"_s, u"3/5"_s));    // 0.5: teaches nothing
    auto ratingOnly = a.add(text(QString(), u"1/5"_s));         // no text: teaches nothing
    auto unrated = a.add(text(u"The lift smelled of smoke"_s)); // no rating: nothing until corrected
    REQUIRE(poor);
    REQUIRE(great);
    REQUIRE(middling);
    REQUIRE(ratingOnly);
    REQUIRE(unrated);
    REQUIRE(b.add(text(u"The lift smelled of smoke"_s)));

    FeedbackCorrection correction;
    correction.label = SentimentLabel::Negative;
    correction.addTopics = {u"amenities"_s};
    REQUIRE(a.correct(unrated->uuid, correction));

    auto examplesA = FeedbackTeaching::examples(venueA.db());
    REQUIRE(examplesA);
    REQUIRE(examplesA->size() == 3);
    const TeachingExample &first = examplesA->first(); // corrections first
    CHECK(first.text == u"The lift smelled of smoke"_s);
    CHECK(first.label == SentimentLabel::Negative);
    CHECK(first.addedTopics == QStringList{u"amenities"_s});
    CHECK(first.weight == FeedbackTeaching::CorrectionWeight);
    QStringList rated;
    for (qsizetype i = 1; i < examplesA->size(); ++i) {
        const TeachingExample &e = examplesA->at(i);
        CHECK(e.weight == FeedbackTeaching::RatingWeight);
        rated << e.text + u'=' + sentimentLabelToken(*e.label);
    }
    rated.sort();
    CHECK(rated == QStringList{u"Cold shower again=negative"_s, u"Lovely stay=positive"_s});

    // Venue B learned nothing from A's correction.
    auto examplesB = FeedbackTeaching::examples(venueB.db());
    REQUIRE(examplesB);
    CHECK(examplesB->isEmpty());
    CHECK(FeedbackTeaching::lessonsFor(venueB.db())->isEmpty());
    CHECK(FeedbackTeaching::lessonsFor(venueA.db())->exampleCount() == 3);

    // The most recent ratings only, when there are more than the cap.
    auto capped = FeedbackRepository(venueA.db()).teachingExamples(1, 3.0, 1.0);
    REQUIRE(capped);
    CHECK(capped->size() == 2);

    // A service's teaching learns again after a correction.
    CHECK(a.teaching().analyser().lessons().exampleCount() == 3);
    FeedbackCorrection more;
    more.label = SentimentLabel::Positive;
    REQUIRE(a.correct(middling->uuid, more));
    CHECK_FALSE(a.teaching().isLoaded());
    CHECK(a.teaching().analyser().lessons().exampleCount() == 4);
}

TEST_CASE("The demo's feedback is analysed in seven languages, with unrated mail and staff corrections",
          "[feedback-analysis]")
{
    TempDatabase t;
    QList<qint64> guests;
    for (int i = 0; i < 20; ++i)
        guests << addGuest(t.db(), u"Guest"_s, QString::number(i));
    QRandomGenerator random(7);
    TicketDemoOptions options;
    options.tickets = 10;
    options.feedback = 300;
    auto seeded = seedDemoTickets(t.db(), random, guests, {}, options);
    REQUIRE(seeded);
    const auto scalar = [&](const QString &sql) {
        Statement q(t.db(), sql);
        return q.scalar()->toLongLong();
    };
    CHECK(
        scalar(u"SELECT count(*) FROM feedback WHERE analyser_version <> %1"_s.arg(FeedbackAnalyser::Version))
        == 0);
    CHECK(scalar(u"SELECT count(DISTINCT coalesce(nullif(language, ''), detected_language)) FROM feedback"_s)
          == 7);
    CHECK(
        scalar(
            u"SELECT count(*) FROM feedback WHERE rating IS NULL AND channel IN ('email', 'comment-card')"_s)
        > 0);
    CHECK(scalar(u"SELECT count(*) FROM feedback WHERE corrected_at IS NOT NULL AND corrected_by <> ''"_s)
          >= 3);
    CHECK(scalar(u"SELECT count(*) FROM feedback_topics WHERE origin = 'staff-added'"_s) >= 2);
}

// The tests below need the real analyser (core/analysis), not only its API.
TEST_CASE("A filthy room is negative and needs attention without a rating and Latin-typed Armenian is Armenian",
          "[feedback-analysis][analyser]")
{
    TempDatabase t;
    FeedbackService service(t.db());
    auto filthy = service.add(text(u"The room was filthy and the towels were stained."_s));
    REQUIRE(filthy);
    CHECK(filthy->analysis.language == u"en"_s);
    CHECK(filthy->effectiveLabel() == SentimentLabel::Negative);
    CHECK(filthy->analysis.score <= -0.35);
    CHECK(keysOf(filthy->effectiveTopics()).contains(u"cleanliness"_s));
    CHECK(filthy->lowSentiment);
    CHECK(filthy->needsAttention);
    FeedbackQuery attention;
    attention.needsAttentionOnly = true;
    CHECK(uuidsOf(service.list(attention)) == QStringList{filthy->uuid});

    auto latin = service.add(text(u"shat lav er, senyaky maqur er, shnorhakalutyun"_s, {}, u"hy"_s));
    REQUIRE(latin);
    CHECK(latin->analysis.language == u"hy"_s);
    CHECK(latin->effectiveLabel() == SentimentLabel::Positive);
    CHECK_FALSE(latin->needsAttention);
}

TEST_CASE("Corrections at one venue change similar unseen texts there and nowhere else",
          "[feedback-analysis][analyser]")
{
    TempDatabase venueA;
    TempDatabase venueB;
    FeedbackService a(venueA.db());
    FeedbackService b(venueB.db());
    const QStringList taught{u"Garden fountain switched off when we came back"_s,
                             u"The garden fountain was off the whole evening"_s,
                             u"Garden fountain off again, the kids were sad"_s};
    FeedbackCorrection negative;
    negative.label = SentimentLabel::Negative;
    for (const QString &body : taught) {
        auto e = a.add(text(body));
        REQUIRE(e);
        REQUIRE(a.correct(e->uuid, negative));
        REQUIRE(b.add(text(body))); // the same texts at B, never corrected
    }
    const QString unseen = u"Garden fountain was off this morning"_s;
    const TextAnalysis shipped = FeedbackAnalyser().analyse(unseen, u"en"_s);
    auto atA = a.add(text(unseen, {}, u"en"_s));
    auto atB = b.add(text(unseen, {}, u"en"_s));
    REQUIRE(atA);
    REQUIRE(atB);
    CHECK(atA->analysis.score < shipped.score);
    CHECK(atA->analysis.label == SentimentLabel::Negative);
    CHECK(atB->analysis == shipped);
}

TEST_CASE("The demo's feedback shows every label and many topics", "[feedback-analysis][analyser]")
{
    TempDatabase t;
    QList<qint64> guests;
    for (int i = 0; i < 20; ++i)
        guests << addGuest(t.db(), u"Guest"_s, QString::number(i));
    QRandomGenerator random(11);
    TicketDemoOptions options;
    options.tickets = 10;
    options.feedback = 300;
    REQUIRE(seedDemoTickets(t.db(), random, guests, {}, options));
    const auto scalar = [&](const QString &sql) {
        Statement q(t.db(), sql);
        return q.scalar()->toLongLong();
    };
    CHECK(scalar(u"SELECT count(DISTINCT sentiment_label) FROM feedback WHERE body <> ''"_s) == 4);
    CHECK(scalar(u"SELECT count(DISTINCT topic) FROM feedback_topics WHERE origin = 'analyser'"_s) >= 12);
    for (const char *language : {"en", "hy", "ka", "ru", "de", "fr", "es"}) {
        INFO(language);
        const QString where = u"FROM feedback WHERE language = '%1'"_s.arg(QLatin1String(language));
        CHECK(scalar(u"SELECT count(DISTINCT sentiment_label) "_s + where) >= 2);
        CHECK(scalar(u"SELECT count(*) FROM feedback_topics WHERE feedback_id IN (SELECT id "_s + where
                     + u")"_s)
              > 0);
    }
    // Armenian typed in Latin letters is read as Armenian, not forced.
    CHECK(scalar(
              u"SELECT count(*) FROM feedback WHERE body LIKE 'shat lav er%' AND detected_language <> 'hy'"_s)
          == 0);
}
