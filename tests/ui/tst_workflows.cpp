// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Whole workflows through the real main window, driven with QTest key and mouse events.
#include "appservices.h"
#include "guests/guesteditdialog.h"
#include "guests/guestspage.h"
#include "mainwindow.h"
#include "models/guesttablemodel.h"
#include "models/searchresultsmodel.h"
#include "profile/guestprofilepage.h"
#include "profile/preferencedialog.h"
#include "profile/preferencestab.h"
#include "samplevenue.h"
#include "search/globalsearch.h"
#include "tempdatabase.h"
#include "whendialogshows.h"
#include "widgets/alertbanner.h"

#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QTableView>
#include <QTest>
#include <QTimer>
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

TEST_CASE("Ctrl+K then a Latin prefix and Enter open an Armenian guest and a critical preference reaches the banner",
          "[ui][workflow]")
{
    Fixture f;
    QTest::keyClick(&f.window, Qt::Key_K, Qt::ControlModifier);
    GlobalSearch *search = f.window.globalSearch();
    REQUIRE(QApplication::focusWidget() == search);
    QTest::keyClicks(search, QStringLiteral("Ara"));
    REQUIRE(search->isResultsVisible());
    REQUIRE(search->results()->rowCount() >= 1);
    REQUIRE(search->results()->hit(0).guestUuid == f.v.aram);
    QTest::keyClick(search, Qt::Key_Down); // stays on the last row when there is one
    QTest::keyClick(search, Qt::Key_Up);
    QTest::keyClick(search, Qt::Key_Return);

    GuestProfilePage *profile = f.window.profilePage();
    REQUIRE(f.window.currentPage() == profile);
    REQUIRE(profile->guestUuid() == f.v.aram);
    REQUIRE(profile->nameLabel()->text() == QStringLiteral("Արամ Պետրոսյան"));
    REQUIRE_FALSE(search->isResultsVisible());
    REQUIRE(profile->alertBanner()->texts().isEmpty());

    whenDialogShows<PreferenceDialog>([](PreferenceDialog *dialog) {
        QTest::keyClicks(dialog->valueEdit(), QStringLiteral("Shellfish allergy"));
        QTest::mouseClick(dialog->criticalBox(), Qt::LeftButton, {},
                          QPoint(8, dialog->criticalBox()->height() / 2));
        QTest::keyClick(dialog->valueEdit(), Qt::Key_Return);
    });
    QTest::keyClick(&f.window, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);

    const QStringList alerts = profile->alertBanner()->texts();
    REQUIRE(alerts.size() == 1);
    REQUIRE(alerts.first().contains(QStringLiteral("Shellfish allergy")));
    REQUIRE(profile->alertBanner()->isVisible());
    auto stored = f.services.preferences.forGuest(f.v.aram);
    REQUIRE(stored);
    REQUIRE(std::any_of(stored->cbegin(), stored->cend(), [](const Preference &p) {
        return p.critical && p.value == QStringLiteral("Shellfish allergy");
    }));

    // Undo takes the preference away again, through the service.
    f.window.activateWindow(); // no window manager hands activation back after the dialog
    REQUIRE(QTest::qWaitForWindowActive(&f.window));
    profile->preferencesTab()->view()->setFocus();
    QTest::keyClick(&f.window, Qt::Key_Z, Qt::ControlModifier);
    REQUIRE(profile->alertBanner()->texts().isEmpty());
    REQUIRE(f.services.preferences.forGuest(f.v.aram)->size() == 1);
}

TEST_CASE("editing a guest and undoing restores the stored value", "[ui][workflow]")
{
    Fixture f;
    f.window.openGuest(f.v.anna);
    whenDialogShows<GuestEditDialog>([](GuestEditDialog *dialog) {
        QLineEdit *family = dialog->familyNameEdit();
        family->setFocus();
        family->selectAll();
        QTest::keyClicks(family, QStringLiteral("Schneider"));
        QTest::keyClick(family, Qt::Key_Return);
    });
    QTest::keyClick(&f.window, Qt::Key_E, Qt::ControlModifier);
    REQUIRE(f.services.guests.find(f.v.anna)->familyName == QStringLiteral("Schneider"));
    REQUIRE(f.window.profilePage()->nameLabel()->text() == QStringLiteral("Anna Schneider"));
    REQUIRE(f.window.undoStack().canUndo());

    f.window.activateWindow(); // no window manager hands activation back after the dialog
    REQUIRE(QTest::qWaitForWindowActive(&f.window));
    f.window.profilePage()->tabs()->setFocus();
    QTest::keyClick(&f.window, Qt::Key_Z, Qt::ControlModifier);
    REQUIRE(f.services.guests.find(f.v.anna)->familyName == QStringLiteral("Schmidt"));
    REQUIRE(f.window.profilePage()->nameLabel()->text() == QStringLiteral("Anna Schmidt"));

    f.window.undoStack().redo();
    REQUIRE(f.services.guests.find(f.v.anna)->familyName == QStringLiteral("Schneider"));
}

TEST_CASE("a new guest with a bad e-mail shows the inline error and stores nothing", "[ui][workflow]")
{
    Fixture f;
    const qint64 before = f.t.count(QStringLiteral("guests"));
    bool sawError = false;
    whenDialogShows<GuestEditDialog>([&sawError](GuestEditDialog *dialog) {
        QTest::keyClicks(dialog->givenNameEdit(), QStringLiteral("Tigran"));
        dialog->emailsEdit()->setFocus();
        QTest::keyClicks(dialog->emailsEdit(), QStringLiteral("tigran-at-example"));
        QTest::keyClick(dialog->emailsEdit(), Qt::Key_Return);
        REQUIRE(dialog->isVisible()); // not accepted
        sawError = !dialog->fieldError(QStringLiteral("email")).isEmpty();
        REQUIRE(dialog->focusWidget() == dialog->emailsEdit()); // focus moves to the first bad field
        QTest::keyClick(dialog, Qt::Key_Escape);
    });
    QTest::keyClick(&f.window, Qt::Key_N, Qt::ControlModifier);
    REQUIRE(sawError);
    REQUIRE(f.t.count(QStringLiteral("guests")) == before);
}

TEST_CASE("the guest list opens a profile with Enter and filters by VIP", "[ui][workflow]")
{
    Fixture f;
    QTest::keyClick(&f.window, Qt::Key_2, Qt::ControlModifier);
    GuestsPage *page = f.window.guestsPage();
    REQUIRE(f.window.currentPage() == page);
    QTest::mouseClick(page->vipFilter(), Qt::LeftButton, {}, QPoint(8, page->vipFilter()->height() / 2));
    QTableView *table = page->table();
    QCoreApplication::processEvents();
    REQUIRE(page->model()->rowCount() == 2); // Aram (VIP 2) and Anna (VIP 1)
    table->setFocus();
    table->setCurrentIndex(page->model()->index(1, 0));
    QTest::keyClick(table, Qt::Key_Return);
    REQUIRE(f.window.currentPage() == f.window.profilePage());
    REQUIRE(f.window.profilePage()->guestUuid() == page->model()->uuidAt(1));

    // Accessible names come from buddy labels and explicit names.
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(f.window.globalSearch());
    REQUIRE(iface);
    REQUIRE(iface->text(QAccessible::Name) == QStringLiteral("Search"));
}
