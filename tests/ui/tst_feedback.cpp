// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Feedback through the real main window: a low rating needs attention and becomes a complaint.
#include "appservices.h"
#include "feedback/feedbackdialog.h"
#include "feedback/feedbacklistmodel.h"
#include "feedback/feedbackpage.h"
#include "mainwindow.h"
#include "samplevenue.h"
#include "tempdatabase.h"
#include "tickets/guestpicker.h"
#include "tickets/ticketqueuemodel.h"
#include "tickets/ticketservices.h"
#include "tickets/ticketsmodule.h"
#include "tickets/ticketspage.h"
#include "whendialogshows.h"
#include "widgets/messagebar.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace innkeep;
using namespace innkeep::ui;

TEST_CASE("a low-rated feedback entry becomes a complaint in one click", "[ui][feedback][workflow]")
{
    test::TempDatabase t;
    const auto v = test::fillSampleVenue(t.db());
    AppServices services(t.db());
    MainWindow window(services);
    TicketsModule module(services, window);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    FeedbackPage *page = module.feedbackPage();
    window.showPage(page);

    // Entered through the form: 1/5 on a review site.
    test::whenDialogShows<FeedbackDialog>([&](FeedbackDialog *d) {
        QTest::keyClicks(d->guestEdit(), QStringLiteral("Anna"));
        REQUIRE(d->guestEdit()->guestUuid() == v.anna);
        d->channelBox()->setCurrentIndex(d->channelBox()->findData(int(FeedbackChannel::ReviewSite)));
        d->siteEdit()->setText(QStringLiteral("TripAdvisor"));
        d->ratingBox()->setValue(1);
        d->textEdit()->setPlainText(QStringLiteral("Dirty bathroom and nobody cared."));
        d->accept();
        REQUIRE_FALSE(d->isVisible());
    });
    page->newFeedback();
    REQUIRE(page->model()->rowCount() == 1);

    QTest::mouseClick(page->attentionBox(), Qt::LeftButton);
    REQUIRE(page->attentionBox()->isChecked());
    REQUIRE(page->model()->rowCount() == 1);
    const FeedbackEntry entry = *page->model()->entryAt(0);
    REQUIRE(entry.needsAttention);
    page->view()->selectRow(0);
    REQUIRE(page->currentUuid() == entry.uuid);
    page->categoryBox()->setCurrentIndex(page->categoryBox()->findData(QStringLiteral("housekeeping")));
    REQUIRE(page->createComplaintButton()->isVisible());
    QTest::mouseClick(page->createComplaintButton(), Qt::LeftButton);
    REQUIRE(page->messageBar()->kind() == MessageBar::Kind::Info);

    const FeedbackEntry linked = module.services().feedback.entry(entry.uuid).value();
    REQUIRE_FALSE(linked.ticketUuid.isEmpty());
    REQUIRE_FALSE(linked.needsAttention);
    const ComplaintTicket ticket = module.services().tickets.ticket(linked.ticketUuid).value();
    REQUIRE(ticket.guestUuid == v.anna);
    REQUIRE(ticket.category == QStringLiteral("housekeeping"));
    REQUIRE(ticket.feedbackUuid == entry.uuid);
    REQUIRE(page->model()->rowCount() == 0); // no longer needs attention
    REQUIRE(module.ticketsPage()->model()->rowOf(ticket.uuid) >= 0);

    // A second click is refused by core, inline.
    REQUIRE_FALSE(module.services().feedback.toTicket(entry.uuid));
}

TEST_CASE("the feedback list model keeps the item-model contract", "[ui][feedback][model]")
{
    test::TempDatabase t;
    const auto v = test::fillSampleVenue(t.db());
    TicketServices services(t.db());
    for (int i = 0; i < 6; ++i) {
        NewFeedback input;
        input.guestUuid = i % 2 ? v.nino : QString();
        input.channel = FeedbackChannel(i % 7);
        input.site = input.channel == FeedbackChannel::ReviewSite ? QStringLiteral("Google") : QString();
        input.rating = Rating{double(1 + i % 5), RatingScale::OneToFive};
        input.text = QStringLiteral("Feedback %1").arg(i);
        REQUIRE(services.feedback.add(input));
    }
    FeedbackListModel model(services);
    model.setQuery({});
    {
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.fetchMore({});
        REQUIRE(model.rowCount() == 6);
    }
    FeedbackQuery attention;
    attention.needsAttentionOnly = true;
    model.setQuery(attention);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.fetchMore({});
    REQUIRE(model.rowCount() >= 1);
    REQUIRE(model.data(model.index(0, FeedbackListModel::Attention), Qt::DisplayRole).toString()
            == QStringLiteral("Needs attention"));
}

TEST_CASE("New feedback from the menu: the guest's stay in the house comes with them, the rating starts empty",
          "[ui][feedback]")
{
    test::TempDatabase t;
    const auto v = test::fillSampleVenue(t.db());
    AppServices services(t.db());
    MainWindow window(services);
    TicketsModule module(services, window);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.openGuest(v.nino); // in house in room 112

    QString stay;
    test::whenDialogShows<FeedbackDialog>([&](FeedbackDialog *d) {
        REQUIRE(d->guestEdit()->guestUuid() == v.nino);
        REQUIRE_FALSE(d->stayUuid().isEmpty());
        CHECK(d->stayNote()->text().contains(QStringLiteral("112")));
        stay = d->stayUuid();
        CHECK(d->ratingBox()->text() == QStringLiteral("Not given"));
        d->textEdit()->setPlainText(QStringLiteral("Lovely breakfast on the terrace."));
        d->accept();
    });
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    auto entries = module.services().feedback.list(FeedbackQuery{});
    REQUIRE(entries.has_value());
    REQUIRE(entries->size() == 1);
    CHECK(entries->constFirst().guestUuid == v.nino);
    CHECK_FALSE(entries->constFirst().rating.has_value());
    CHECK(entries->constFirst().stayUuid == stay);
}
