// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// innkeep-screenshots, tickets and feedback: the Tickets and Feedback pages, their dialogs,
// the SLA settings and the handover report, on the demo database, light and dark.
#include "appservices.h"
#include "demo/demogenerator.h"
#include "feedback/feedbackdialog.h"
#include "feedback/feedbackpage.h"
#include "mainwindow.h"
#include "profile/guestprofilepage.h"
#include "samplevenue.h"
#include "screenshotfile.h"
#include "settings/settingspage.h"
#include "tempdatabase.h"
#include "tickets/compensationdialog.h"
#include "tickets/followupdialog.h"
#include "tickets/guestpicker.h"
#include "tickets/handoverdialog.h"
#include "tickets/logcomplaintdialog.h"
#include "tickets/reclassifydialog.h"
#include "tickets/ticketqueuemodel.h"
#include "tickets/ticketservices.h"
#include "tickets/ticketsmodule.h"
#include "tickets/ticketspage.h"
#include "ticketsettings/ticketsettingssection.h"
#include "widgets/theme.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QTableView>
#include <QTabWidget>
#include <QTest>

using namespace innkeep;
using namespace innkeep::ui;

namespace {

void shootDialog(QDialog &dialog, const QString &name)
{
    dialog.show();
    saveScreenshot(&dialog, name);
    dialog.hide();
}

} // namespace

TEST_CASE("screenshots of tickets and feedback", "[.screenshots]")
{
    QApplication::setFont(QFont(QStringLiteral("DejaVu Sans"), 10));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    theme::initialise();
    theme::apply(theme::Appearance::Light);

    test::TempDatabase t;
    DemoGenerator demo(t.db(), 7);
    REQUIRE(demo.run(400));
    const auto v = test::fillSampleVenue(t.db());
    AppServices services(t.db());
    MainWindow window(services);
    TicketsModule module(services, window);
    window.resize(1360, 820);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    TicketsPage *tickets = module.ticketsPage();
    window.showPage(tickets);
    tickets->view()->selectRow(0);
    saveScreenshot(&window, QStringLiteral("tickets"));
    // A ticket with a history: the first closed one.
    tickets->statusBox()->setCurrentIndex(tickets->statusBox()->findData(int(TicketStatus::Closed)));
    tickets->view()->selectRow(0);
    saveScreenshot(&window, QStringLiteral("ticket-closed"));
    tickets->showOverdue();
    tickets->view()->selectRow(0);
    saveScreenshot(&window, QStringLiteral("tickets-overdue"));
    tickets->severityBox()->setCurrentIndex(tickets->severityBox()->count() - 1);
    tickets->dueSoonBox()->setChecked(true);
    saveScreenshot(&window, QStringLiteral("tickets-empty-filter"));
    tickets->showAll();

    LogComplaintDialog log(module.services(), services.search, &window);
    log.guestEdit()->setFocus();
    log.show();
    QTest::keyClicks(log.guestEdit(), QStringLiteral("Ara"));
    saveScreenshot(&log, QStringLiteral("dialog-log-complaint-search"));
    log.hide();
    LogComplaintDialog filled(module.services(), services.search, &window);
    filled.setGuest(v.nino, QStringLiteral("ნინო ბერიძე"));
    filled.setRoom(QStringLiteral("312"));
    filled.descriptionEdit()->setPlainText(QStringLiteral("Air conditioning rattles all night"));
    shootDialog(filled, QStringLiteral("dialog-log-complaint"));
    FollowUpDialog followUp(&window);
    shootDialog(followUp, QStringLiteral("dialog-follow-up"));
    CompensationDialog compensation(services.venue.currency(), &window);
    shootDialog(compensation, QStringLiteral("dialog-compensation"));
    ComplaintTicket sample;
    sample.category = QStringLiteral("noise");
    sample.severity = TicketSeverity::Medium;
    ReclassifyDialog reclassify(module.services(), sample, &window);
    shootDialog(reclassify, QStringLiteral("dialog-reclassify"));
    HandoverDialog handover(module.services(), &window);
    shootDialog(handover, QStringLiteral("dialog-handover"));
    handover.saveAsPdf(screenshotDir() + QStringLiteral("/handover.pdf"));

    FeedbackPage *feedback = module.feedbackPage();
    window.showPage(feedback);
    feedback->view()->selectRow(0);
    saveScreenshot(&window, QStringLiteral("feedback"));
    feedback->attentionBox()->setChecked(true);
    feedback->view()->selectRow(0);
    saveScreenshot(&window, QStringLiteral("feedback-attention"));
    FeedbackDialog entry(module.services(), services.search, &window);
    entry.setGuest(v.aram, QStringLiteral("Արամ Պետրոսյան"));
    entry.textEdit()->setPlainText(QStringLiteral("Շատ լավ նախաճաշ, բայց սենյակը աղմկոտ էր։"));
    shootDialog(entry, QStringLiteral("dialog-feedback"));

    window.showPage(window.settingsPage());
    if (auto *scroll = window.settingsPage()->findChild<QScrollArea *>())
        scroll->ensureWidgetVisible(module.settingsSection());
    saveScreenshot(&window, QStringLiteral("settings-sla"));
    saveScreenshot(module.settingsSection(), QStringLiteral("settings-sla-section"));

    window.openGuest(v.aram);
    QTabWidget *tabs = window.profilePage()->tabs();
    tabs->setCurrentIndex(tabs->count() - 2);
    saveScreenshot(&window, QStringLiteral("profile-tickets"));
    tabs->setCurrentIndex(tabs->count() - 1);
    saveScreenshot(&window, QStringLiteral("profile-feedback"));

    theme::apply(theme::Appearance::Dark);
    window.showPage(tickets);
    tickets->view()->selectRow(0);
    saveScreenshot(&window, QStringLiteral("tickets-dark"));
    window.showPage(feedback);
    saveScreenshot(&window, QStringLiteral("feedback-dark"));
    theme::apply(theme::Appearance::Light);
}
