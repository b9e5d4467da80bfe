// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/feedbackanalyser.h"
#include "feedback/feedbackreanalysis.h"
#include "feedback/feedbackrepository.h"
#include "feedback/feedbackservice.h"
#include "feedback/feedbackteaching.h"
#include "house/openvenue.h"
#include "jobs/backgroundjob.h"
#include "storage/transaction.h"
#include "tst_tickets_fixture.h"

#include <QElapsedTimer>
#include <QSignalSpy>

using namespace innkeep;
using namespace innkeep::test;
using namespace Qt::StringLiterals;

namespace {

const QStringList Texts{
    u"The room was spotless and the staff were very friendly."_s,
    u"Breakfast was cold and the coffee tasted burnt, but the location is great."_s,
    u"Noisy street, thin walls, could not sleep at all."_s,
    u"Wi-Fi kept dropping in the evening; reception fixed it quickly."_s,
    u"Номер чистый, персонал очень вежливый, завтрак отличный."_s,
    u"Das Zimmer war schmutzig und das Bad roch unangenehm."_s,
    u"Très bon emplacement, personnel accueillant, petit-déjeuner copieux."_s,
    u"La habitación era pequeña pero muy limpia."_s,
    u"Սենյակը մաքուր էր, անձնակազմը շատ բարի։"_s,
    u"ოთახი იყო სუფთა და პერსონალი ძალიან თავაზიანი."_s,
    u"shat lav er, shnorhakalutyun"_s,
    u"Overpriced for what you get; the pool was closed."_s,
};

// `count` entries as an older Innkeep left them: never analysed (analyser_version 0).
void addUnanalysed(Database &db, int count)
{
    auto tx = Transaction::begin(db);
    REQUIRE(tx);
    Statement q(db,
                u"INSERT INTO feedback(uuid, channel, body, language, received_at, created_at, updated_at) "
                "VALUES (?, 'email', ?, '', ?, 0, 0)"_s);
    for (int i = 0; i < count; ++i) {
        q.reset();
        REQUIRE(
            q.bind(newUuid(), Texts.at(i % Texts.size()) + u" #"_s + QString::number(i), qint64(i) * 60'000)
                .exec());
    }
    REQUIRE_OK(tx->commit());
}

qint64 countWhere(Database &db, const QString &where)
{
    Statement q(db, u"SELECT count(*) FROM feedback WHERE "_s + where);
    return q.scalar()->toLongLong();
}

} // namespace

TEST_CASE("Opening a venue analyses its 20,000 unanalysed entries in the background, with progress",
          "[feedback-reanalysis]")
{
    TempDatabase t;
    constexpr int Entries = 20'000;
    addUnanalysed(t.db(), Entries);
    OpenVenue venue(t.db());
    QSignalSpy started(&venue.feedbackReanalysis(), &FeedbackReanalysis::started);
    QSignalSpy finished(&venue.feedbackReanalysis(), &FeedbackReanalysis::finished);
    QSignalSpy many(&venue.feedback(), &FeedbackService::manyChanged);

    QElapsedTimer clock;
    clock.start();
    auto began = venue.analyseFeedbackInBackground();
    REQUIRE(began);
    CHECK(*began);
    REQUIRE(started.size() == 1);
    BackgroundJob *job = venue.feedbackReanalysis().job();
    REQUIRE(job);
    QList<JobProgress> readings;
    QObject::connect(job, &BackgroundJob::progressed, [&](const JobProgress &p) { readings << p; });
    // The window keeps working meanwhile: a write on its connection goes through.
    NewFeedback input;
    input.text = u"Lovely garden"_s;
    REQUIRE(venue.feedback().add(input));
    job->waitForFinished();
    const qint64 elapsedMs = std::max<qint64>(1, clock.elapsed());
    REQUIRE_OK(job->status());

    REQUIRE(finished.size() == 1);
    CHECK(finished.first().at(0).toLongLong() == Entries);
    CHECK(many.size() >= 1);
    REQUIRE_FALSE(readings.isEmpty());
    CHECK(readings.last().done == Entries);
    CHECK(readings.last().total == Entries);
    CHECK(readings.last().phase == u"Analysing feedback"_s);
    CHECK(countWhere(t.db(), u"analyser_version = %1"_s.arg(FeedbackAnalyser::Version)) == Entries + 1);
    CHECK(countWhere(t.db(), u"sentiment IS NULL"_s) == 0);

    // What was stored is what the analyser says for the text.
    auto sample = FeedbackRepository(t.db()).byId(9);
    REQUIRE(sample);
    REQUIRE(*sample);
    CHECK((*sample)->analysis == FeedbackTeaching::read(FeedbackAnalyser(), (*sample)->text, {}));
    WARN("background analysis: " << Entries << " entries in " << elapsedMs
                                 << " ms = " << (Entries * 1000 / elapsedMs) << " entries/s");

    // Nothing left: opening again starts nothing.
    auto again = venue.analyseFeedbackInBackground();
    REQUIRE(again);
    CHECK_FALSE(*again);
}

TEST_CASE("Re-analysis never overwrites a staff correction", "[feedback-reanalysis]")
{
    TempDatabase t;
    t.db().setStaff(u"Anna"_s);
    addUnanalysed(t.db(), 3);
    FeedbackService service(t.db());
    const QString uuid = uuidOf(t.db(), u"feedback"_s, 2);
    FeedbackCorrection correction;
    correction.label = SentimentLabel::Mixed;
    correction.addTopics = {u"safety"_s};
    correction.removeTopics = {u"noise"_s};
    REQUIRE(service.correct(uuid, correction));

    auto analysed = FeedbackReanalysis::run(t.db(), FeedbackReanalysis::Scope::Outdated);
    REQUIRE(analysed);
    CHECK(*analysed == 3);
    auto entry = service.entry(uuid);
    REQUIRE(entry);
    CHECK(entry->analyserVersion == FeedbackAnalyser::Version);
    CHECK(entry->correctedLabel == SentimentLabel::Mixed);
    CHECK(entry->effectiveLabel() == SentimentLabel::Mixed);
    CHECK(entry->topicsAdded == QStringList{u"safety"_s});
    CHECK(entry->topicsRemoved == QStringList{u"noise"_s});
    CHECK(entry->correctedBy == u"Anna"_s);

    // The uncorrected scope leaves corrected entries alone altogether.
    Statement mark(t.db(), u"UPDATE feedback SET sentiment = 0.99, sentiment_label = 'positive'"_s);
    REQUIRE_OK(mark.exec());
    auto uncorrected = FeedbackReanalysis::run(t.db(), FeedbackReanalysis::Scope::Uncorrected);
    REQUIRE(uncorrected);
    CHECK(*uncorrected == 2);
    CHECK(countWhere(t.db(), u"sentiment = 0.99"_s) == 1);
    CHECK(service.entry(uuid)->analysis.score == 0.99);
}

TEST_CASE("A burst of corrections re-analyses the uncorrected entries once, a moment later",
          "[feedback-reanalysis]")
{
    TempDatabase t;
    addUnanalysed(t.db(), 40);
    OpenVenue venue(t.db());
    venue.feedbackReanalysis().setDelay(50);
    QSignalSpy started(&venue.feedbackReanalysis(), &FeedbackReanalysis::started);
    QSignalSpy finished(&venue.feedbackReanalysis(), &FeedbackReanalysis::finished);
    REQUIRE(venue.analyseFeedbackInBackground());
    REQUIRE(finished.wait(10'000));
    REQUIRE(started.size() == 1);

    // Stale results on the uncorrected entries: the re-analysis rewrites them.
    Statement stale(t.db(), u"UPDATE feedback SET sentiment = 0.99, sentiment_label = 'mixed'"_s);
    REQUIRE_OK(stale.exec());
    FeedbackCorrection negative;
    negative.label = SentimentLabel::Negative;
    for (qint64 id : {1, 2, 3})
        REQUIRE(venue.feedback().correct(uuidOf(t.db(), u"feedback"_s, id), negative));
    CHECK(venue.feedbackReanalysis().isScheduled());
    REQUIRE(finished.wait(10'000));
    CHECK(started.size() == 2); // one job for the three corrections
    CHECK(finished.last().at(0).toLongLong() == 37);
    CHECK(countWhere(t.db(), u"sentiment = 0.99"_s) == 3); // the corrected ones keep what they had

    auto lessons = FeedbackTeaching::lessonsFor(t.db());
    REQUIRE(lessons);
    CHECK(lessons->exampleCount() == 3);
    auto entry = FeedbackRepository(t.db()).byId(10);
    REQUIRE(entry);
    REQUIRE(*entry);
    CHECK((*entry)->analysis == FeedbackTeaching::read(FeedbackAnalyser(*lessons), (*entry)->text, {}));
}

TEST_CASE("A cancelled re-analysis keeps the batches it wrote and can be started again", "[feedback-reanalysis]")
{
    TempDatabase t;
    addUnanalysed(t.db(), 3 * FeedbackReanalysis::BatchSize);
    OpenVenue venue(t.db());
    REQUIRE(venue.analyseFeedbackInBackground());
    BackgroundJob *job = venue.feedbackReanalysis().job();
    REQUIRE(job);
    QObject::connect(job, &BackgroundJob::progressed, job, [job](const JobProgress &p) {
        if (p.done > 0)
            job->cancel();
    });
    job->waitForFinished();
    const qint64 done = countWhere(t.db(), u"analyser_version > 0"_s);
    if (!job->status()) {
        CHECK(job->status().error().code == Error::Code::Cancelled);
        CHECK(done % FeedbackReanalysis::BatchSize == 0); // whole batches only
    }
    QSignalSpy finished(&venue.feedbackReanalysis(), &FeedbackReanalysis::finished);
    auto rest = venue.analyseFeedbackInBackground();
    REQUIRE(rest);
    if (*rest)
        REQUIRE(finished.wait(10'000));
    CHECK(countWhere(t.db(), u"analyser_version > 0"_s) == 3 * FeedbackReanalysis::BatchSize);
}
