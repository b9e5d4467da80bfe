// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// innkeep-screenshots, feedback analysis: the Feedback page with sentiment and topic chips and the
// topic summary, the Correct Analysis dialog and the guest's Feedback tab, on the demo venue at
// 1366×768, in English, Armenian and Georgian.
#include "appservices.h"
#include "demo/demogenerator.h"
#include "feedback/correctanalysisdialog.h"
#include "feedback/feedbacklistmodel.h"
#include "feedback/feedbackpage.h"
#include "mainwindow.h"
#include "profile/guestprofilepage.h"
#include "samplevenue.h"
#include "screenshotfile.h"
#include "tempdatabase.h"
#include "tickets/ticketservices.h"
#include "tickets/ticketsmodule.h"
#include "widgets/theme.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QTableView>
#include <QTabWidget>
#include <QTest>
#include <QTranslator>

using namespace innkeep;
using namespace innkeep::ui;

namespace {

// The first entry in view with a negative or mixed label and at least two topics: the one that
// shows most of what the page can show.
int telling(const FeedbackListModel &model)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        const FeedbackEntry *e = model.entryAt(row);
        const SentimentLabel label = e->effectiveLabel();
        if ((label == SentimentLabel::Negative || label == SentimentLabel::Mixed)
            && e->effectiveTopics().size() >= 2)
            return row;
    }
    return 0;
}

} // namespace

TEST_CASE("screenshots of feedback analysis", "[.screenshots]")
{
    QApplication::setFont(QFont(QStringLiteral("DejaVu Sans"), 10));
    theme::initialise();
    theme::apply(theme::Appearance::Light);

    test::TempDatabase t;
    DemoGenerator demo(t.db(), 7);
    REQUIRE(demo.run(400));
    const auto v = test::fillSampleVenue(t.db());
    AppServices services(t.db());

    // Two staff corrections, so the edited mark shows in the list.
    {
        TicketServices ticketServices(t.db());
        auto entries = ticketServices.feedback.list({});
        REQUIRE(entries);
        // As a desk would: a mixed review that is really a complaint becomes negative, and a note
        // the analyser found no topic in gets the one staff read in it.
        bool relabelled = false, topicAdded = false;
        for (const FeedbackEntry &e : std::as_const(*entries)) {
            if (e.analyserVersion == 0 || e.text.isEmpty())
                continue;
            FeedbackCorrection c;
            if (!relabelled && e.analysis.label == SentimentLabel::Mixed) {
                c.label = SentimentLabel::Negative;
                relabelled = true;
            } else if (!topicAdded && e.analysis.topics.isEmpty()) {
                c.addTopics = {QStringLiteral("staff-service")};
                topicAdded = true;
            } else {
                continue;
            }
            REQUIRE(ticketServices.feedback.correct(e.uuid, c));
        }
        CHECK(relabelled);
    }

    const std::pair<QString, QString> languages[] = {{QStringLiteral("en"), QStringLiteral("en_GB")},
                                                     {QStringLiteral("hy"), QStringLiteral("hy_AM")},
                                                     {QStringLiteral("ka"), QStringLiteral("ka_GE")}};
    for (const auto &[language, locale] : languages) {
        QLocale::setDefault(QLocale(locale));
        QTranslator translator;
        if (language != QLatin1String("en")) {
            REQUIRE(translator.load(QStringLiteral(":/i18n/innkeep_%1.qm").arg(language)));
            QCoreApplication::installTranslator(&translator);
        }
        {
            MainWindow window(services);
            TicketsModule module(services, window);
            window.resize(1366, 768);
            window.show();
            REQUIRE(QTest::qWaitForWindowExposed(&window));
            FeedbackPage *page = module.feedbackPage();
            window.showPage(page);
            page->periodBox()->setCurrentIndex(page->periodBox()->findData(90));
            const int row = telling(*page->model());
            page->view()->selectRow(row);
            page->view()->setFocus();
            saveScreenshot(&window, QStringLiteral("feedback-analysis-%1").arg(language));

            const FeedbackEntry entry = *page->model()->entryAt(row);
            CorrectAnalysisDialog dialog(module.services(), entry, &window);
            dialog.show();
            saveScreenshot(&dialog, QStringLiteral("dialog-correct-analysis-%1").arg(language));
            dialog.hide();

            if (language == QLatin1String("en")) {
                page->topicBox()->setCurrentIndex(
                    page->topicBox()->findData(QStringLiteral("accessibility")));
                page->sentimentBox()->setCurrentIndex(
                    page->sentimentBox()->findData(QStringLiteral("positive")));
                saveScreenshot(&window, QStringLiteral("feedback-analysis-empty-filter"));
                window.openGuest(entry.guestUuid.isEmpty() ? v.aram : entry.guestUuid);
                QTabWidget *tabs = window.profilePage()->tabs();
                tabs->setCurrentIndex(tabs->count() - 1);
                saveScreenshot(&window, QStringLiteral("profile-feedback-chips"));
            }
        }
        QCoreApplication::removeTranslator(&translator);
    }
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}
