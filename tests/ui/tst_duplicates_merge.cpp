// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Duplicate guests through the real window: the warning in the guest form, Find Duplicates, the
// merge dialog, and Ctrl+Z taking the merge back.
#include "appservices.h"
#include "guests/duplicatepanel.h"
#include "guests/findduplicatesdialog.h"
#include "guests/guesteditdialog.h"
#include "guests/mergeguestsdialog.h"
#include "mainwindow.h"
#include "models/roles.h"
#include "models/searchresultsmodel.h"
#include "profile/guestprofilepage.h"
#include "samplevenue.h"
#include "search/globalsearch.h"
#include "tempdatabase.h"
#include "whendialogshows.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace innkeep;
using namespace innkeep::ui;

namespace {

using test::whenDialogShows;

struct Fixture
{
    test::TempDatabase t;
    test::SampleVenue v = test::fillSampleVenue(t.db());
    AppServices services{t.db()};
    MainWindow window{services};
    Fixture()
    {
        window.show();
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
    }
};

} // namespace

TEST_CASE("The guest form warns before a duplicate is saved: Save Anyway adds, Open Existing opens",
          "[ui][duplicates]")
{
    Fixture f;
    const qint64 guests = f.t.count(QStringLiteral("guests"));

    SECTION("Save Anyway")
    {
        whenDialogShows<GuestEditDialog>([&f, guests](GuestEditDialog *dialog) {
            QTest::keyClicks(dialog->givenNameEdit(), QStringLiteral("Aram"));
            QTest::keyClicks(dialog->familyNameEdit(), QStringLiteral("Petrosian"));
            QTest::keyClicks(dialog->emailsEdit(), QStringLiteral("ARAM@example.am"));
            QTest::keyClick(dialog->emailsEdit(), Qt::Key_Return);
            DuplicatePanel *panel = dialog->duplicatePanel();
            REQUIRE(dialog->isVisible());
            REQUIRE(panel->isVisible());
            REQUIRE(panel->candidateCount() == 1);
            CHECK(panel->chosenUuid() == f.v.aram);
            CHECK(panel->list()->topLevelItem(0)->text(0) == QStringLiteral("Արամ Պետրոսյան"));
            CHECK(panel->list()->topLevelItem(0)->text(3).contains(QStringLiteral("same e-mail")));
            CHECK(f.t.count(QStringLiteral("guests")) == guests); // nothing saved yet
            // Save again without choosing: still only the warning.
            QTest::keyClick(dialog->emailsEdit(), Qt::Key_Return);
            CHECK(f.t.count(QStringLiteral("guests")) == guests);
            QTest::keyClick(dialog, Qt::Key_W, Qt::AltModifier); // Save Any&way
        });
        QTest::keyClick(&f.window, Qt::Key_N, Qt::ControlModifier);
        CHECK(f.t.count(QStringLiteral("guests")) == guests + 1);
        CHECK(f.window.currentPage() == f.window.profilePage());
        CHECK(f.window.profilePage()->guestUuid() != f.v.aram);
    }
    SECTION("Open Existing")
    {
        whenDialogShows<GuestEditDialog>([](GuestEditDialog *dialog) {
            QTest::keyClicks(dialog->givenNameEdit(), QStringLiteral("Aram"));
            QTest::keyClicks(dialog->familyNameEdit(), QStringLiteral("Petrosyan"));
            QTest::keyClicks(dialog->emailsEdit(), QStringLiteral("aram@example.am"));
            QTest::keyClick(dialog->emailsEdit(), Qt::Key_Return);
            REQUIRE(dialog->duplicatePanel()->isVisible());
            QTest::keyClick(dialog, Qt::Key_E, Qt::AltModifier); // Open &Existing
        });
        QTest::keyClick(&f.window, Qt::Key_N, Qt::ControlModifier);
        CHECK(f.t.count(QStringLiteral("guests")) == guests);
        CHECK(f.window.currentPage() == f.window.profilePage());
        CHECK(f.window.profilePage()->guestUuid() == f.v.aram);
    }
}

TEST_CASE("Find Duplicates, merge a pair field by field, and Ctrl+Z takes the merge back", "[ui][duplicates]")
{
    Fixture f;
    Guest again;
    again.givenName = QStringLiteral("Nino");
    again.familyName = QStringLiteral("Beridze");
    again.emails = {QStringLiteral("nino@example.ge")};
    again.city = QStringLiteral("Kutaisi");
    auto second = f.services.guests.add(again);
    REQUIRE(second.has_value());

    whenDialogShows<FindDuplicatesDialog>([&f, &second](FindDuplicatesDialog *dialog) {
        REQUIRE(dialog->pairs().size() == 1);
        CHECK(dialog->pairs().constFirst().first.uuid == f.v.nino);
        CHECK(dialog->pairs().constFirst().second.uuid == second->uuid);
        CHECK(dialog->list()->topLevelItem(0)->text(1).contains(QStringLiteral("same e-mail")));
        whenDialogShows<MergeGuestsDialog>([](MergeGuestsDialog *merge) {
            auto *keepCity = merge->findChild<QRadioButton *>(QStringLiteral("keep_city"));
            auto *otherCity = merge->findChild<QRadioButton *>(QStringLiteral("other_city"));
            REQUIRE(keepCity);
            REQUIRE(otherCity);
            CHECK(otherCity->isChecked()); // the kept profile has no city: the other's is offered
            CHECK(otherCity->text() == QStringLiteral("Kutaisi"));
            QTest::mouseClick(merge->findChild<QPushButton *>(QStringLiteral("mergeButton")), Qt::LeftButton);
        });
        QTest::keyClick(dialog->list(), Qt::Key_Return); // Merge… on the chosen pair
        CHECK(dialog->pairs().isEmpty());
        dialog->reject();
    });
    QTest::keyClick(&f.window, Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);

    CHECK(f.window.currentPage() == f.window.profilePage());
    CHECK(f.window.profilePage()->guestUuid() == f.v.nino);
    CHECK(f.services.guests.find(f.v.nino)->city == QStringLiteral("Kutaisi"));
    CHECK(f.services.guests.find(second->uuid)->isArchived());
    // The merged-away profile opens the survivor.
    f.window.openGuest(second->uuid);
    CHECK(f.window.profilePage()->guestUuid() == f.v.nino);

    f.window.activateWindow(); // no window manager hands activation back after the dialogs
    REQUIRE(QTest::qWaitForWindowActive(&f.window));
    REQUIRE(f.window.undoStack().canUndo());
    QTest::keyClick(&f.window, Qt::Key_Z, Qt::ControlModifier);
    CHECK_FALSE(f.services.guests.find(second->uuid)->isArchived());
    CHECK(f.services.guests.find(f.v.nino)->city.isEmpty());
    CHECK(f.window.undoStack().canRedo());
    f.window.openGuest(second->uuid);
    CHECK(f.window.profilePage()->guestUuid() == second->uuid);
}

TEST_CASE("The empty search lists the guests opened lately, newest first, with their stay", "[ui][lookup]")
{
    Fixture f;
    GlobalSearch *search = f.window.globalSearch();
    QTest::keyClick(&f.window, Qt::Key_K, Qt::ControlModifier);
    REQUIRE(QApplication::focusWidget() == search);
    CHECK_FALSE(search->isResultsVisible()); // nobody opened yet: nothing to show

    f.window.openGuest(f.v.anna);
    f.window.openGuest(f.v.nino);
    f.window.openGuest(f.v.anna); // again: moves to the top, listed once
    f.window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&f.window));
    QTest::keyClick(&f.window, Qt::Key_K, Qt::ControlModifier);
    REQUIRE(search->isResultsVisible());
    REQUIRE(search->results()->rowCount() == 2);
    CHECK(search->results()->hit(0).uuid == f.v.anna);
    CHECK(search->results()->hit(1).uuid == f.v.nino);
    CHECK(search->results()->hit(1).room == QStringLiteral("112")); // in house
    CHECK(search->results()
              ->data(search->results()->index(0, 0), SecondLineRole)
              .toString()
              .startsWith(QStringLiteral("Opened recently")));
    QTest::keyClick(search, Qt::Key_Down);
    QTest::keyClick(search, Qt::Key_Return);
    CHECK(f.window.profilePage()->guestUuid() == f.v.nino);
}
