// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The profile's Loyalty tab through the real main window with the keyboard: the tier and why, points
// given, a redemption beyond the balance refused under its field and one within it stored, and an
// entry undone; the header shows the tier with the balance.
#include "appservices.h"
#include "loyalty/loyaltytab.h"
#include "loyalty/pointsdialog.h"
#include "mainwindow.h"
#include "profile/guestprofilepage.h"
#include "samplevenue.h"
#include "tempdatabase.h"
#include "ticketswindowfixture.h"
#include "today/todaypage.h"
#include "today/todopanel.h"
#include "whendialogshows.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTabWidget>
#include <QTest>

using namespace innkeep;
using namespace innkeep::ui;
using test::whenDialogShows;

namespace {

void typePoints(PointsDialog *dialog, const QString &points, const QString &reason)
{
    if (dialog->pointsEdit()->isVisible()) {
        dialog->pointsEdit()->setFocus();
        dialog->pointsEdit()->selectAll();
        QTest::keyClicks(dialog->pointsEdit(), points);
    }
    dialog->reasonEdit()->setFocus();
    dialog->reasonEdit()->selectAll();
    QTest::keyClicks(dialog->reasonEdit(), reason);
    QTest::keyClick(dialog->reasonEdit(), Qt::Key_Return);
}

bool headerShows(GuestProfilePage *profile, const QString &text)
{
    const QList<QLabel *> labels = profile->findChildren<QLabel *>();
    return std::any_of(labels.cbegin(), labels.cend(),
                       [&text](const QLabel *label) { return label->text().contains(text); });
}

} // namespace

TEST_CASE("Loyalty tab: the tier and why, points given, redeemed within the balance and undone", "[ui][loyalty]")
{
    test::TicketsWindowFixture f;
    OpenVenue &venue = f.services.openVenue;
    REQUIRE(venue.loyaltyTiers()
                .add({.name = QStringLiteral("Member"), .basis = TierBasis::Stays, .threshold = 1})
                .has_value());
    REQUIRE(venue.loyaltyTiers()
                .add({.name = QStringLiteral("Silver"),
                      .basis = TierBasis::Nights,
                      .threshold = 10,
                      .windowMonths = 12})
                .has_value());
    REQUIRE(venue.bringLoyaltyUpToDate().has_value());
    f.window.openGuest(f.v.anna);
    GuestProfilePage *profile = f.window.profilePage();
    auto *tab = profile->findChild<LoyaltyTab *>();
    REQUIRE(tab);
    profile->tabs()->setCurrentWidget(tab);
    CHECK(tab->tierLabel()->text() == QStringLiteral("Member tier"));
    CHECK(tab->balanceLabel()->text() == QStringLiteral("0 points"));
    CHECK(headerShows(profile, QStringLiteral("Next: Silver, 3 of 10 nights in the last 12 months")));

    bool adjusted = false;
    whenDialogShows<PointsDialog>([&](PointsDialog *dialog) {
        typePoints(dialog, QStringLiteral("300"), QStringLiteral("Welcome back"));
        adjusted = !dialog->isVisible();
    });
    QTest::mouseClick(tab->adjustButton(), Qt::LeftButton);
    REQUIRE(adjusted);
    CHECK(tab->balanceLabel()->text() == QStringLiteral("300 points"));
    CHECK(headerShows(profile, QStringLiteral("Member · 300 points")));

    // Beyond the balance: refused under the points field, nothing written; then 120 is redeemed.
    const qint64 entries = f.t.count(QStringLiteral("loyalty_points"));
    bool refused = false;
    whenDialogShows<PointsDialog>([&](PointsDialog *dialog) {
        typePoints(dialog, QStringLiteral("500"), QStringLiteral("Spa"));
        REQUIRE(dialog->isVisible());
        CHECK(dialog->fieldError(QStringLiteral("points")).contains(QStringLiteral("300")));
        CHECK(f.t.count(QStringLiteral("loyalty_points")) == entries);
        refused = true;
        typePoints(dialog, QStringLiteral("120"), QString());
    });
    tab->redeem();
    REQUIRE(refused);
    CHECK(tab->balanceLabel()->text() == QStringLiteral("180 points"));

    // Undo the redemption (the newest row): the ledger keeps it, marked undone, and gives the points back.
    tab->view()->setCurrentIndex(tab->view()->model()->index(0, 0));
    REQUIRE(tab->undoButton()->isEnabled());
    whenDialogShows<PointsDialog>([](PointsDialog *dialog) {
        CHECK_FALSE(dialog->pointsEdit()->isVisible());
        typePoints(dialog, {}, QStringLiteral("Spa was closed"));
    });
    QTest::mouseClick(tab->undoButton(), Qt::LeftButton);
    CHECK(tab->balanceLabel()->text() == QStringLiteral("300 points"));
    CHECK(tab->view()->model()->rowCount() == 3);
    CHECK(tab->view()->model()->index(1, 1).data().toString().contains(QStringLiteral("undone")));
    tab->view()->setCurrentIndex(tab->view()->model()->index(1, 0));
    CHECK_FALSE(tab->undoButton()->isEnabled());
}

TEST_CASE("Today's To do: the day's reminders, marked done or snoozed, each recorded, and a guest opened",
          "[ui][reminders]")
{
    test::TicketsWindowFixture f;
    f.window.showPage(f.window.todayPage());
    REQUIRE(f.window.todayPage()->isVisible());
    // Three low ratings nobody answered yet: three reminders to answer them.
    for (const QString &guest : {f.v.aram, f.v.anna, f.v.aram}) {
        NewFeedback said;
        said.guestUuid = guest;
        said.rating = Rating{1, RatingScale::OneToFive};
        said.text = QStringLiteral("The shower was cold");
        said.receivedAt = f.t.clock().nowMs() - 3'600'000; // a comment card from an hour ago
        REQUIRE(f.services.openVenue.feedback().add(said).has_value());
    }
    QTest::qWait(400); // the open page's list follows the new feedback a moment later
    ToDoPanel *toDo = f.window.todayPage()->toDo();
    QListWidget *list = toDo->list();
    const int before = list->count();
    REQUIRE(before >= 2);
    CHECK(toDo->title()->text() == QStringLiteral("To do (%1)").arg(before));
    CHECK_FALSE(toDo->doneButton()->isEnabled()); // nothing chosen yet

    list->setCurrentRow(0);
    const QString first = list->item(0)->text();
    REQUIRE(toDo->doneButton()->isEnabled());
    QTest::mouseClick(toDo->doneButton(), Qt::LeftButton);
    CHECK(list->count() == before - 1);
    CHECK(list->findItems(first, Qt::MatchExactly).isEmpty());
    REQUIRE(list->currentRow() == 0); // the next one is ready for the next click
    QTest::mouseClick(toDo->snoozeButton(), Qt::LeftButton);
    CHECK(list->count() == before - 2);
    CHECK(f.t.count(QStringLiteral("reminder_actions")) == 2);

    // Enter on a reminder opens its guest.
    if (list->count() > 0) {
        list->setCurrentRow(0);
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Return);
        CHECK(f.window.profilePage()->isVisible());
    }
}
