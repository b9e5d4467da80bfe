// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Profile edits beyond the guest form, through the real main window with the keyboard: a stay
// added from the profile (refused, then stored), a note on the Overview, and Log a Complaint
// from the Today page pre-filled with the selected card.
#include "appservices.h"
#include "mainwindow.h"
#include "models/staycardmodel.h"
#include "models/staytablemodel.h"
#include "profile/guestprofilepage.h"
#include "profile/overviewtab.h"
#include "profile/staydialog.h"
#include "profile/staystab.h"
#include "samplevenue.h"
#include "tempdatabase.h"
#include "tickets/guestpicker.h"
#include "tickets/logcomplaintdialog.h"
#include "tickets/ticketsmodule.h"
#include "ticketswindowfixture.h"
#include "today/todaypage.h"
#include "whendialogshows.h"

#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QTableView>
#include <QTabWidget>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace innkeep;
using namespace innkeep::ui;

namespace {

using test::whenDialogShows;

using Fixture = test::TicketsWindowFixture;

} // namespace

TEST_CASE("a stay added from the profile with the keyboard: a bad departure is refused inline and a good one is "
          "listed and counted",
          "[ui][workflow][stays]")
{
    Fixture f;
    const QDate today = f.t.clock().today();
    f.window.openGuest(f.v.anna);
    GuestProfilePage *profile = f.window.profilePage();
    REQUIRE(f.services.stays.rollup(f.v.anna)->stays == 1);
    const qint64 storedBefore = f.t.count(QStringLiteral("stays"));

    bool refused = false;
    whenDialogShows<StayDialog>([&](StayDialog *dialog) {
        REQUIRE(dialog->focusWidget() == dialog->arrivalEdit());
        REQUIRE(dialog->arrivalEdit()->date() == today);
        QTest::keyClick(dialog->focusWidget(), Qt::Key_Tab);
        REQUIRE(dialog->focusWidget() == dialog->departureEdit());
        for (int i = 0; i < 3; ++i) // the day: 16 → 13 June, before the arrival
            QTest::keyClick(dialog->focusWidget(), Qt::Key_Down);
        REQUIRE(dialog->departureEdit()->date() == today.addDays(-2));
        QTest::keyClick(dialog->focusWidget(), Qt::Key_Tab);
        REQUIRE(dialog->focusWidget() == dialog->roomEdit());
        QTest::keyClicks(dialog->focusWidget(), QStringLiteral("512"));
        QTest::keyClick(dialog->focusWidget(), Qt::Key_Tab); // status
        QTest::keyClick(dialog->focusWidget(), Qt::Key_Tab); // party size
        QTest::keyClick(dialog->focusWidget(), Qt::Key_Tab);
        REQUIRE(dialog->focusWidget() == dialog->rateEdit());
        QTest::keyClicks(dialog->focusWidget(), QStringLiteral("120.50"));
        QTest::keyClick(dialog->focusWidget(), Qt::Key_Return);

        // The core's refusal sits under the departure field; focus goes there; nothing stored.
        REQUIRE(dialog->isVisible());
        REQUIRE(
            dialog->fieldError(QStringLiteral("departure")).contains(QStringLiteral("before the arrival")));
        REQUIRE(dialog->fieldError(QStringLiteral("rate")).isEmpty());
        REQUIRE(dialog->focusWidget() == dialog->departureEdit());
        REQUIRE(f.t.count(QStringLiteral("stays")) == storedBefore);
        refused = true;

        for (int i = 0; i < 5; ++i) // 13 → 18 June: three nights
            QTest::keyClick(dialog->focusWidget(), Qt::Key_Up);
        REQUIRE(dialog->departureEdit()->date() == today.addDays(3));
        QTest::keyClick(dialog->focusWidget(), Qt::Key_Return);
    });
    QTest::keyClick(&f.window, Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(refused);

    // Stored once, with the rate in minor units of the venue's currency.
    REQUIRE(f.t.count(QStringLiteral("stays")) == storedBefore + 1);
    const QList<Stay> stays = *f.services.stays.forGuest(f.v.anna);
    const auto added =
        std::find_if(stays.cbegin(), stays.cend(), [](const Stay &s) { return s.room == u"512"; });
    REQUIRE(added != stays.cend());
    REQUIRE(added->arrival == today);
    REQUIRE(added->departure == today.addDays(3));
    REQUIRE(added->rateMinor == 12050);
    REQUIRE(added->currency == QStringLiteral("AMD"));
    REQUIRE(added->revenueMinor == 3 * 12050);

    // The Stays tab lists it (and has it selected); the Overview's roll-up counts it.
    StaysTab *tab = profile->staysTab();
    REQUIRE(profile->tabs()->currentWidget() == tab);
    REQUIRE(tab->model()->rowCount() == 2);
    REQUIRE(tab->view()->currentIndex().isValid());
    REQUIRE(tab->model()->index(tab->view()->currentIndex().row(), StayTableModel::Room).data().toString()
            == QStringLiteral("512"));
    REQUIRE(f.services.stays.rollup(f.v.anna)->stays == 2);
    REQUIRE(f.services.stays.rollup(f.v.anna)->nights == 6);
    REQUIRE(profile->overviewTab()->staysLabel()->text() == QStringLiteral("2"));

    // Editing it is undoable: Enter on the row, party size up, Save; Ctrl+Z puts it back.
    f.activateWindow();
    tab->view()->setFocus();
    whenDialogShows<StayDialog>([](StayDialog *dialog) {
        dialog->roomEdit()->setFocus();
        dialog->roomEdit()->selectAll();
        QTest::keyClicks(dialog->roomEdit(), QStringLiteral("514"));
        QTest::keyClick(dialog->roomEdit(), Qt::Key_Return);
    });
    QTest::keyClick(tab->view(), Qt::Key_Return);
    REQUIRE(f.services.stays.find(added->uuid)->room == QStringLiteral("514"));
    f.activateWindow();
    tab->view()->setFocus();
    QTest::keyClick(&f.window, Qt::Key_Z, Qt::ControlModifier);
    REQUIRE(f.services.stays.find(added->uuid)->room == QStringLiteral("512"));
}

TEST_CASE("a stay rate that is not a number is refused under the rate field", "[ui][stays]")
{
    Fixture f;
    f.window.openGuest(f.v.olga);
    const qint64 storedBefore = f.t.count(QStringLiteral("stays"));
    bool refused = false;
    whenDialogShows<StayDialog>([&](StayDialog *dialog) {
        dialog->rateEdit()->setFocus();
        QTest::keyClicks(dialog->rateEdit(), QStringLiteral("12.345")); // AMD has two decimals
        QTest::keyClick(dialog->rateEdit(), Qt::Key_Return);
        REQUIRE(dialog->isVisible());
        REQUIRE_FALSE(dialog->fieldError(QStringLiteral("rate")).isEmpty());
        refused = true;
        QTest::keyClick(dialog, Qt::Key_Escape);
    });
    QTest::keyClick(&f.window, Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(refused);
    REQUIRE(f.t.count(QStringLiteral("stays")) == storedBefore);
}

TEST_CASE("Ctrl+Shift+N puts the cursor in the Overview's note field and Enter adds the note", "[ui][workflow][notes]")
{
    Fixture f;
    f.window.openGuest(f.v.nino);
    GuestProfilePage *profile = f.window.profilePage();
    profile->tabs()->setCurrentIndex(1); // start elsewhere: the shortcut brings the Overview back
    QTest::keyClick(&f.window, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    OverviewTab *overview = profile->overviewTab();
    REQUIRE(profile->tabs()->currentWidget() == overview);
    REQUIRE(QApplication::focusWidget() == overview->noteEdit());
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(overview->noteEdit());
    REQUIRE(iface);
    REQUIRE(iface->text(QAccessible::Name) == QStringLiteral("Add a note:"));

    // An empty note is refused inline and stores nothing.
    QTest::keyClick(overview->noteEdit(), Qt::Key_Return);
    REQUIRE(overview->noteError()->isVisible());
    REQUIRE(f.services.guests.notes(f.v.nino)->isEmpty());

    QTest::keyClicks(overview->noteEdit(),
                     QStringLiteral("Prefers the quiet wing; ask about the allergy at dinner"));
    QTest::keyClick(overview->noteEdit(), Qt::Key_Return);
    const QList<GuestNote> notes = *f.services.guests.notes(f.v.nino);
    REQUIRE(notes.size() == 1);
    REQUIRE(notes.first().body == QStringLiteral("Prefers the quiet wing; ask about the allergy at dinner"));
    REQUIRE(notes.first().author == QStringLiteral("Lilit"));
    REQUIRE(overview->noteEdit()->text().isEmpty());
    REQUIRE_FALSE(overview->noteError()->isVisible());
    REQUIRE(overview->notesLabel()->text().contains(QStringLiteral("Prefers the quiet wing")));
    REQUIRE(QApplication::focusWidget() == overview->noteEdit()); // ready for the next one
}

TEST_CASE("Ctrl+Shift+C on Today pre-fills the guest and room of the card the user chose, and only that", "[ui][tickets][today]")
{
    Fixture f;
    TodayPage *today = f.window.todayPage();
    REQUIRE(f.window.currentPage() == today);
    REQUIRE(today->arrivals()->rowCount() == 1);
    REQUIRE(today->inHouse()->rowCount() >= 1);

    // Focus alone chooses nobody: the first card is only where the keys start, so the complaint
    // starts without a guest (complaints must never land on a guest nobody picked).
    today->arrivalsView()->setFocus();
    REQUIRE(today->selectedGuestUuid().isEmpty());
    bool checked = false;
    whenDialogShows<LogComplaintDialog>([&](LogComplaintDialog *dialog) {
        REQUIRE(dialog->guestEdit()->guestUuid().isEmpty());
        REQUIRE(dialog->roomEdit()->text().isEmpty());
        checked = true;
        QTest::keyClick(dialog, Qt::Key_Escape);
    });
    QTest::keyClick(&f.window, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(checked);

    // A click on Aram's card (room 401) chooses him.
    f.activateWindow();
    const QModelIndex aramCard = today->arrivals()->index(0, 0);
    QTest::mouseClick(today->arrivalsView()->viewport(), Qt::LeftButton, {},
                      today->arrivalsView()->visualRect(aramCard).center());
    REQUIRE(today->selectedGuestUuid() == f.v.aram);
    checked = false;
    whenDialogShows<LogComplaintDialog>([&](LogComplaintDialog *dialog) {
        REQUIRE(dialog->guestEdit()->guestUuid() == f.v.aram);
        REQUIRE(dialog->roomEdit()->text() == QStringLiteral("401"));
        REQUIRE(dialog->focusWidget()
                == static_cast<QWidget *>(dialog->categoryBox())); // guest known: start at the category
        checked = true;
        QTest::keyClick(dialog, Qt::Key_Escape);
    });
    QTest::keyClick(&f.window, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(checked);

    // Tab to the in-house column and pick Nino with the arrow keys: now she is pre-filled.
    f.activateWindow();
    today->arrivalsView()->setFocus();
    QTest::keyClick(today->arrivalsView(), Qt::Key_Tab);
    REQUIRE(QApplication::focusWidget() == today->inHouseView());
    REQUIRE(today->selectedGuestUuid().isEmpty()); // moving focus is not a choice either
    int ninoRow = -1;
    for (int row = 0; row < today->inHouse()->rowCount(); ++row) {
        if (today->inHouse()->card(row).stay.stay.guestUuid == f.v.nino)
            ninoRow = row;
    }
    REQUIRE(ninoRow >= 0);
    if (today->inHouse()->rowCount() > 1) {
        QTest::keyClick(today->inHouseView(), Qt::Key_End);
        QTest::keyClick(today->inHouseView(), Qt::Key_Home);
        for (int row = 0; row < ninoRow; ++row)
            QTest::keyClick(today->inHouseView(), Qt::Key_Down);
    } else {
        QTest::mouseClick(today->inHouseView()->viewport(), Qt::LeftButton, {},
                          today->inHouseView()->visualRect(today->inHouse()->index(0, 0)).center());
    }
    REQUIRE(today->selectedGuestUuid() == f.v.nino);
    checked = false;
    whenDialogShows<LogComplaintDialog>([&](LogComplaintDialog *dialog) {
        REQUIRE(dialog->guestEdit()->guestUuid() == f.v.nino);
        REQUIRE(dialog->roomEdit()->text() == QStringLiteral("112"));
        checked = true;
        QTest::keyClick(dialog, Qt::Key_Escape);
    });
    QTest::keyClick(&f.window, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(checked);
}
