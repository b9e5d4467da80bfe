// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Sentiment and topics on the Feedback page and the guest's Feedback tab: chips, the staff's
// correction through the dialog (keyboard only), the analysis filters, the topic summary.
#include "analysis/feedbackanalyser.h"
#include "appservices.h"
#include "demo/demogenerator.h"
#include "feedback/correctanalysisdialog.h"
#include "feedback/feedbacklistmodel.h"
#include "feedback/feedbackpage.h"
#include "feedback/feedbackrepository.h"
#include "feedback/guestfeedbacktab.h"
#include "feedback/topicsummarystrip.h"
#include "mainwindow.h"
#include "samplevenue.h"
#include "tempdatabase.h"
#include "tickets/ticketservices.h"
#include "tickets/ticketsmodule.h"
#include "whendialogshows.h"
#include "widgets/chip.h"
#include "widgets/chipstrip.h"
#include "widgets/messagebar.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace innkeep;
using namespace innkeep::ui;

namespace {

struct Said
{
    QString text;
    SentimentLabel label;
    double score;
    QList<TopicFinding> topics;
    QString language;
    QString guestUuid;
};

// Adds an entry through the service, then stores what the analyser found for it the way the
// background re-analysis does (FeedbackRepository::storeAnalysis), so the test does not depend
// on the analyser's wording.
FeedbackEntry addAnalysed(TicketServices &services, Database &db, const Said &said)
{
    NewFeedback input;
    input.guestUuid = said.guestUuid;
    input.channel = FeedbackChannel::Email;
    input.text = said.text;
    input.language = said.language;
    auto entry = services.feedback.add(input);
    REQUIRE(entry);
    TextAnalysis analysis;
    analysis.language = said.language;
    analysis.score = said.score;
    analysis.label = said.label;
    analysis.topics = said.topics;
    REQUIRE(FeedbackRepository(db).storeAnalysis(entry->id, analysis, FeedbackAnalyser::Version));
    return services.feedback.entry(entry->uuid).value();
}

struct Venue
{
    FeedbackEntry filthy, lovely, georgian;
};

Venue fillFeedback(TicketServices &services, Database &db, const test::SampleVenue &v)
{
    Venue f;
    f.filthy = addAnalysed(services, db,
                           {QStringLiteral("The bathroom was filthy and the room smelled."),
                            SentimentLabel::Negative,
                            -0.7,
                            {{QStringLiteral("cleanliness"), -0.8, {QStringLiteral("filthy")}},
                             {QStringLiteral("bathroom"), -0.6, {QStringLiteral("bathroom")}}},
                            QStringLiteral("en"),
                            v.anna});
    f.lovely = addAnalysed(services, db,
                           {QStringLiteral("Lovely staff, great breakfast."),
                            SentimentLabel::Positive,
                            0.8,
                            {{QStringLiteral("staff-service"), 0.8, {QStringLiteral("staff")}},
                             {QStringLiteral("food-breakfast"), 0.7, {QStringLiteral("breakfast")}}},
                            QStringLiteral("en"),
                            v.anna});
    f.georgian = addAnalysed(services, db,
                             {QStringLiteral("ოთახი არ იყო სუფთა"),
                              SentimentLabel::Negative,
                              -0.5,
                              {{QStringLiteral("cleanliness"), -0.5, {QStringLiteral("სუფთა")}}},
                              QStringLiteral("ka"),
                              v.nino});
    return f;
}

ChipList chipsAt(const QAbstractItemModel &model, int row, int column)
{
    return model.index(row, column).data(ChipsRole).value<ChipList>();
}

QStringList texts(const ChipList &chips)
{
    QStringList out;
    for (const Chip &c : chips)
        out << c.text;
    return out;
}

} // namespace

TEST_CASE("feedback rows show the effective sentiment and topics as chips, corrections marked",
          "[ui][feedback][analysis]")
{
    test::TempDatabase t;
    const auto v = test::fillSampleVenue(t.db());
    TicketServices services(t.db());
    const Venue f = fillFeedback(services, t.db(), v);

    FeedbackListModel model(services);
    model.setQuery({}); // the tester after the reset: its reset check fetches more inside it
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.fetchMore({});
    REQUIRE(model.rowCount() == 3);
    const int row = model.rowOf(f.filthy.uuid);
    REQUIRE(row >= 0);
    using M = FeedbackListModel;
    CHECK(model.index(row, 0).data(M::LabelRole).toString() == QStringLiteral("negative"));
    CHECK(model.index(row, 0).data(M::ScoreRole).toDouble() == Approx(-0.7));
    CHECK(model.index(row, 0).data(M::TopicsRole).toStringList()
          == QStringList{QStringLiteral("cleanliness"), QStringLiteral("bathroom")});
    CHECK_FALSE(model.index(row, 0).data(M::CorrectedRole).toBool());
    ChipList label = chipsAt(model, row, M::Sentiment);
    REQUIRE(label.size() == 1);
    CHECK(label.first().text == QStringLiteral("Negative"));
    CHECK(label.first().tone == theme::Tone::Critical);
    CHECK_FALSE(label.first().edited);
    CHECK(texts(chipsAt(model, row, M::Topics))
          == QStringList{QStringLiteral("Cleanliness"), QStringLiteral("Bathroom")});
    CHECK(model.index(row, M::Topics).data(Qt::ToolTipRole).toString().contains(QStringLiteral("filthy")));
    CHECK(model.index(row, M::Sentiment).data(Qt::DisplayRole).toString() == QStringLiteral("Negative"));

    // Staff correct it: the label and an added topic carry the edited mark; a removed one is gone.
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    FeedbackCorrection c;
    c.label = SentimentLabel::Mixed;
    c.addTopics = {QStringLiteral("noise")};
    c.removeTopics = {QStringLiteral("bathroom")};
    REQUIRE(services.feedback.correct(f.filthy.uuid, c));
    CHECK(resets.isEmpty());
    REQUIRE(model.rowOf(f.filthy.uuid) == row);
    CHECK(model.index(row, 0).data(M::LabelRole).toString() == QStringLiteral("mixed"));
    CHECK(model.index(row, 0).data(M::CorrectedRole).toBool());
    label = chipsAt(model, row, M::Sentiment);
    CHECK(label.first().text == QStringLiteral("Mixed"));
    CHECK(label.first().tone == theme::Tone::Warning);
    CHECK(label.first().edited);
    CHECK(label.first().shownText() != label.first().text); // the mark is drawn, not only coloured
    const ChipList topics = chipsAt(model, row, M::Topics);
    CHECK(texts(topics) == QStringList{QStringLiteral("Cleanliness"), QStringLiteral("Noise")});
    CHECK_FALSE(topics.at(0).edited);
    CHECK(topics.at(1).edited);
    const QString tip = model.index(row, M::Sentiment).data(Qt::ToolTipRole).toString();
    CHECK(tip.contains(QStringLiteral("Corrected")));
    CHECK(tip.contains(QStringLiteral("Negative"))); // what the analyser had said
    CHECK(model.index(row, M::Sentiment).data(Qt::AccessibleTextRole).toString()
          == QStringLiteral("Mixed (corrected)"));
    CHECK(model.index(row, M::Topics).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Bathroom")));

    // The guest's Feedback tab shows the same chips.
    GuestFeedbackTab tab(services);
    tab.setGuest(v.anna);
    REQUIRE(tab.model()->rowCount() == 2);
    const int tabRow = tab.model()->rowOf(f.filthy.uuid);
    CHECK(texts(chipsAt(*tab.model(), tabRow, M::Sentiment)) == QStringList{QStringLiteral("Mixed")});
    CHECK(texts(chipsAt(*tab.model(), tabRow, M::Topics))
          == QStringList{QStringLiteral("Cleanliness"), QStringLiteral("Noise")});
}

TEST_CASE("the correction dialog corrects from the keyboard and the row updates in place",
          "[ui][feedback][analysis][keyboard]")
{
    test::TempDatabase t;
    const auto v = test::fillSampleVenue(t.db());
    AppServices app(t.db());
    MainWindow window(app);
    TicketsModule module(app, window);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    const Venue f = fillFeedback(module.services(), t.db(), v);
    FeedbackPage *page = module.feedbackPage();
    window.showPage(page);
    page->selectEntry(f.filthy.uuid);
    const int row = page->model()->rowOf(f.filthy.uuid);
    REQUIRE(row >= 0);
    REQUIRE(page->currentUuid() == f.filthy.uuid);
    CHECK(texts(page->detailChips()->chips())
          == QStringList{QStringLiteral("Negative"), QStringLiteral("Cleanliness"),
                         QStringLiteral("Bathroom")});
    QSignalSpy resets(page->model(), &QAbstractItemModel::modelReset);

    bool ran = false;
    test::whenDialogShows<CorrectAnalysisDialog>([&](CorrectAnalysisDialog *d) {
        ran = true;
        // Focus starts on the sentiment found; the analyser's topics are checked.
        CHECK(QApplication::focusWidget() == d->labelButton(SentimentLabel::Negative));
        CHECK(d->labelButton(SentimentLabel::Negative)->isChecked());
        QListWidget *list = d->topicList();
        REQUIRE(list->count() == 15);
        CHECK(list->item(1)->checkState() == Qt::Checked); // cleanliness
        CHECK(list->item(2)->checkState() == Qt::Checked); // bathroom
        CHECK(list->item(1)->toolTip().contains(QStringLiteral("filthy")));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_M,
                        Qt::AltModifier); // &Mixed (an animated click)
        CHECK(QTest::qWaitFor([&] { return d->labelButton(SentimentLabel::Mixed)->isChecked(); }, 2000));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_T, Qt::AltModifier); // &Topics
        REQUIRE(QApplication::focusWidget() == list);
        for (int i = 0; i < 4; ++i) // room → … → noise
            QTest::keyClick(list, Qt::Key_Down);
        REQUIRE(list->currentRow() == 4);
        QTest::keyClick(list, Qt::Key_Space);
        CHECK(list->item(4)->checkState() == Qt::Checked);
        QTest::keyClick(list, Qt::Key_Up, Qt::NoModifier);
        QTest::keyClick(list, Qt::Key_Up, Qt::NoModifier); // bathroom
        QTest::keyClick(list, Qt::Key_Space);
        CHECK(list->item(2)->checkState() == Qt::Unchecked);
        const FeedbackCorrection c = d->correction();
        CHECK(c.label == SentimentLabel::Mixed);
        CHECK(c.addTopics == QStringList{QStringLiteral("noise")});
        CHECK(c.removeTopics == QStringList{QStringLiteral("bathroom")});
        QTest::keyClick(list, Qt::Key_Return); // Save is the default button
        CHECK_FALSE(d->isVisible());
    });
    QTest::keyClick(page->view(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(ran);

    // Stored with who and when; the row changed in place, no reset, still selected.
    const FeedbackEntry stored = module.services().feedback.entry(f.filthy.uuid).value();
    CHECK(stored.correctedLabel == SentimentLabel::Mixed);
    CHECK(stored.topicsAdded == QStringList{QStringLiteral("noise")});
    CHECK(stored.topicsRemoved == QStringList{QStringLiteral("bathroom")});
    CHECK(stored.correctedAt.has_value());
    CHECK(resets.isEmpty());
    CHECK(page->model()->rowOf(f.filthy.uuid) == row);
    CHECK(page->model()->index(row, 0).data(FeedbackListModel::LabelRole).toString()
          == QStringLiteral("mixed"));
    CHECK(page->view()->currentIndex().row() == row);
    CHECK(texts(page->detailChips()->chips())
          == QStringList{QStringLiteral("Mixed"), QStringLiteral("Cleanliness"), QStringLiteral("Noise")});
    CHECK(page->messageBar()->kind() == MessageBar::Kind::Info);
}

TEST_CASE("a refused correction shows in the dialog and keeps the choices", "[ui][feedback][analysis]")
{
    test::TempDatabase t;
    const auto v = test::fillSampleVenue(t.db());
    TicketServices services(t.db());
    const Venue f = fillFeedback(services, t.db(), v);
    FeedbackEntry gone = f.lovely;
    gone.uuid = QStringLiteral("00000000-0000-4000-8000-000000000000"); // removed meanwhile
    CorrectAnalysisDialog dialog(services, gone);
    dialog.show();
    dialog.labelButton(SentimentLabel::Negative)->setChecked(true);
    dialog.accept();
    CHECK(dialog.isVisible());
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.messageBar()->kind() == MessageBar::Kind::Error);
    CHECK_FALSE(dialog.messageBar()->text().isEmpty());
    CHECK(dialog.labelButton(SentimentLabel::Negative)->isChecked());
    CHECK_FALSE(services.feedback.entry(f.lovely.uuid)->correctedLabel.has_value());
}

TEST_CASE("the sentiment, topic and language filters narrow the feedback list", "[ui][feedback][analysis]")
{
    test::TempDatabase t;
    const auto v = test::fillSampleVenue(t.db());
    AppServices app(t.db());
    MainWindow window(app);
    TicketsModule module(app, window);
    const Venue f = fillFeedback(module.services(), t.db(), v);
    FeedbackPage *page = module.feedbackPage();
    window.showPage(page);
    page->sentimentBox()->setCurrentIndex(0); // applies the filters again
    REQUIRE(page->model()->rowCount() == 3);

    auto uuids = [page] {
        QStringList out;
        for (int r = 0; r < page->model()->rowCount(); ++r)
            out << page->model()->entryAt(r)->uuid;
        out.sort();
        return out;
    };
    auto sorted = [](QStringList l) {
        l.sort();
        return l;
    };
    page->sentimentBox()->setCurrentIndex(page->sentimentBox()->findData(QStringLiteral("negative")));
    CHECK(uuids() == sorted({f.filthy.uuid, f.georgian.uuid}));
    page->languageBox()->setCurrentIndex(page->languageBox()->findData(QStringLiteral("ka")));
    CHECK(uuids() == QStringList{f.georgian.uuid});
    page->languageBox()->setCurrentIndex(0);
    page->sentimentBox()->setCurrentIndex(0);
    page->topicBox()->setCurrentIndex(page->topicBox()->findData(QStringLiteral("food-breakfast")));
    CHECK(uuids() == QStringList{f.lovely.uuid});
    page->topicBox()->setCurrentIndex(page->topicBox()->findData(QStringLiteral("wifi")));
    CHECK(page->model()->rowCount() == 0);
    page->topicBox()->setCurrentIndex(0);
    CHECK(page->model()->rowCount() == 3);
}

TEST_CASE("the topic summary counts the period's mentions and clicking a topic filters the list",
          "[ui][feedback][analysis][summary]")
{
    test::TempDatabase t;
    const auto v = test::fillSampleVenue(t.db());
    AppServices app(t.db());
    MainWindow window(app);
    TicketsModule module(app, window);
    window.resize(1366, 768);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    FeedbackPage *page = module.feedbackPage();
    window.showPage(page);
    TopicSummaryStrip *strip = page->topicSummary();
    // Nothing analysed yet: the strip says so instead of showing nothing.
    CHECK(strip->items().isEmpty());
    CHECK_FALSE(strip->emptyText().isEmpty());

    const Venue f = fillFeedback(module.services(), t.db(), v);
    page->refreshSummary();
    // cleanliness: 2 mentions, both negative; bathroom, staff-service, food-breakfast: 1 each.
    REQUIRE(strip->items().size() == 4);
    const TopicSummaryStrip::Item first = strip->items().first();
    CHECK(first.topic == QStringLiteral("cleanliness"));
    CHECK(first.mentions == 2);
    CHECK(first.negativeShare == Approx(1.0));
    CHECK(first.trend == TopicSummaryStrip::Trend::None); // "All time" has no period before it
    QToolButton *cleanliness = strip->button(QStringLiteral("cleanliness"));
    REQUIRE(cleanliness);
    CHECK(cleanliness->isVisible());
    CHECK(cleanliness->text().contains(QStringLiteral("Cleanliness")));
    CHECK(cleanliness->accessibleName() == QStringLiteral("Cleanliness: mentions 2, negative 100%"));

    // A correction that adds a topic counts at once (the summary follows feedback changes).
    FeedbackCorrection c;
    c.addTopics = {QStringLiteral("noise")};
    REQUIRE(module.services().feedback.correct(f.lovely.uuid, c));
    REQUIRE(QTest::qWaitFor([&] { return strip->items().size() == 5; }, 2000));

    // Clicking the topic filters the list by it; clicking again clears the filter.
    cleanliness = strip->button(QStringLiteral("cleanliness")); // the strip was rebuilt
    REQUIRE(cleanliness);
    QTest::mouseClick(cleanliness, Qt::LeftButton);
    CHECK(page->topicBox()->currentData().toString() == QStringLiteral("cleanliness"));
    REQUIRE(page->model()->rowCount() == 2);
    QToolButton *again = strip->button(QStringLiteral("cleanliness"));
    REQUIRE(again);
    CHECK(again->isChecked());
    QTest::mouseClick(again, Qt::LeftButton);
    CHECK(page->topicBox()->currentIndex() == 0);
    CHECK(page->model()->rowCount() == 3);

    // A period with nothing in it: empty strip with its words.
    t.clock().advance(qint64(400) * 24 * 3600 * 1000);
    page->periodBox()->setCurrentIndex(page->periodBox()->findData(30));
    CHECK(page->model()->rowCount() == 0);
    CHECK(strip->items().isEmpty());
    CHECK(strip->emptyText() == QStringLiteral("No feedback in this period."));
}

TEST_CASE("the trend arrow says in words whether a topic got worse", "[ui][feedback][analysis][summary]")
{
    TopicSummaryStrip strip;
    strip.resize(900, 40);
    strip.setItems({{QStringLiteral("noise"), 12, 0.5, TopicSummaryStrip::Trend::Worse},
                    {QStringLiteral("wifi"), 6, 0.1, TopicSummaryStrip::Trend::Better}},
                   {});
    strip.show();
    REQUIRE(QTest::qWaitForWindowExposed(&strip));
    QToolButton *noise = strip.button(QStringLiteral("noise"));
    REQUIRE(noise);
    CHECK(noise->text().contains(QStringLiteral("\u25B2")));
    CHECK(noise->accessibleName()
          == QStringLiteral("Noise: mentions 12, negative 50%, more negative than the period before"));
    CHECK(strip.button(QStringLiteral("wifi"))->accessibleName().contains(QStringLiteral("less negative")));
    // Too narrow for both: the second goes under More, still reachable.
    strip.resize(noise->sizeHint().width() + 160, 40);
    QCoreApplication::processEvents();
    CHECK(strip.button(QStringLiteral("wifi")) == nullptr);
    CHECK(strip.moreButton()->isVisible());
}

TEST_CASE("the Feedback page shows the background analysis and refreshes when it ends",
          "[ui][feedback][analysis][jobs]")
{
    test::TempDatabase t;
    const auto v = test::fillSampleVenue(t.db());
    Venue f;
    {
        TicketServices services(t.db());
        f = fillFeedback(services, t.db(), v);
    }
    // Read by an older analyser (version 0): analysed again when the window opens.
    FeedbackRepository repo(t.db());
    TextAnalysis old;
    old.label = SentimentLabel::Positive;
    old.score = 0.9;
    REQUIRE(repo.storeAnalysis(f.filthy.id, old, 0));

    AppServices app(t.db());
    MainWindow window(app);
    TicketsModule module(app, window);
    FeedbackPage *page = module.feedbackPage();
    // The job starts once the event loop runs; the page hears it before this test (it connected first).
    FeedbackReanalysis &reanalysis = app.openVenue.feedbackReanalysis();
    bool shownWhileRunning = false;
    QObject::connect(&reanalysis, &FeedbackReanalysis::started, page,
                     [&] { shownWhileRunning = page->analysisProgress()->isVisible(); });
    QSignalSpy finished(&reanalysis, &FeedbackReanalysis::finished);
    window.showPage(page);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(page->model()->rowOf(f.filthy.uuid) >= 0);
    REQUIRE((!finished.isEmpty() || finished.wait(20000)));
    CHECK(shownWhileRunning);
    CHECK_FALSE(page->analysisProgress()->isVisible());
    // The analyser read it again: no longer the old "positive" of version 0.
    const FeedbackEntry fresh = module.services().feedback.entry(f.filthy.uuid).value();
    CHECK(fresh.analyserVersion == FeedbackAnalyser::Version);
    CHECK(page->model()->entryAt(page->model()->rowOf(f.filthy.uuid))->analyserVersion
          == FeedbackAnalyser::Version);
    CHECK_FALSE(page->messageBar()->isVisible()); // no error to show
}

TEST_CASE("tab order on the Feedback page runs through the filters, the summary and the list",
          "[ui][feedback][analysis][keyboard]")
{
    test::TempDatabase t;
    const auto v = test::fillSampleVenue(t.db());
    AppServices app(t.db());
    MainWindow window(app);
    TicketsModule module(app, window);
    const Venue f = fillFeedback(module.services(), t.db(), v);
    FeedbackPage *page = module.feedbackPage();
    window.resize(1366, 768);
    window.showPage(page);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    page->refreshSummary();
    QStringList chain;
    QWidget *w = page->attentionBox();
    for (int i = 0; i < 40 && w; ++i) {
        if (w->isVisible() && w->focusPolicy() & Qt::TabFocus && page->isAncestorOf(w))
            chain << (w->accessibleName().isEmpty() ? QString::fromLatin1(w->metaObject()->className())
                                                    : w->accessibleName());
        w = w->nextInFocusChain();
        if (w == page->attentionBox())
            break;
    }
    INFO(chain.join(QStringLiteral(" → ")).toStdString());
    const auto at = [&](const QString &name) { return chain.indexOf(name); };
    CHECK(chain.first() == QStringLiteral("QCheckBox"));
    CHECK(at(QStringLiteral("Feedback list")) > at(QStringLiteral("Cleanliness: mentions 2, negative 100%")));
    CHECK(at(QStringLiteral("Cleanliness: mentions 2, negative 100%")) > 0);
    CHECK(f.filthy.id > 0);
}

// Not run by default: how long the page's summary and filtered first page take on a larger venue.
TEST_CASE("feedback summary and filters on a 20,000-guest demo venue", "[.bench]")
{
    test::TempDatabase t;
    DemoGenerator demo(t.db(), 7);
    REQUIRE(demo.run(20000));
    AppServices app(t.db());
    TicketServices services(app.openVenue);
    QElapsedTimer timer;
    timer.start();
    auto all = app.openVenue.feedbackTopics().between(QDate(2000, 1, 1), t.clock().today());
    const qint64 allMs = timer.restart();
    REQUIRE(all);
    auto recent = app.openVenue.feedbackTopics().between(t.clock().today().addDays(-89), t.clock().today());
    const qint64 recentMs = timer.restart();
    REQUIRE(recent);
    FeedbackListModel model(services);
    FeedbackQuery query;
    query.labels = {SentimentLabel::Negative};
    query.topic = QStringLiteral("noise");
    model.setQuery(query);
    model.fetchMore({});
    const qint64 pageMs = timer.elapsed();
    WARN("entries " << all->entries << ": summary all time " << allMs << " ms, last 90 days " << recentMs
                    << " ms; negative+noise first page (" << model.rowCount() << " rows) " << pageMs
                    << " ms");
}
