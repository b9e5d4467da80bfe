// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Guest ▸ Erase Guest on a profile: asks first (No changes nothing), then erases and forgets the
// undo history that still held the guest.
#include "appservices.h"
#include "guests/guestspage.h"
#include "mainwindow.h"
#include "privacy/retentiondialog.h"
#include "privacy/retentionsection.h"
#include "profile/guestprofilepage.h"
#include "settings/settingspage.h"
#include "tempdatabase.h"
#include "whendialogshows.h"
#include "widgets/question.h"

#include <QAction>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace innkeep;
using namespace innkeep::ui;

TEST_CASE("Erase Guest: asks, erases, leaves the profile and clears the undo history", "[ui][erase]")
{
    test::TempDatabase t;
    AppServices services(t.db());
    Guest draft;
    draft.givenName = QStringLiteral("Tamuna");
    draft.familyName = QStringLiteral("Qvelidzexx");
    auto guest = services.guests.add(draft);
    REQUIRE(guest.has_value());
    MainWindow window(services);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *erase = window.findChild<QAction *>(QStringLiteral("eraseGuest"));
    REQUIRE(erase != nullptr);
    CHECK_FALSE(erase->isEnabled()); // only on a profile

    window.openGuest(guest->uuid);
    REQUIRE(erase->isEnabled());
    window.undoStack().push(new QUndoCommand(QStringLiteral("an edit")));
    Question::answerNext(QMessageBox::No);
    erase->trigger();
    CHECK(Question::lastText().contains(QStringLiteral("Tamuna Qvelidzexx")));
    CHECK(services.search.search(QStringLiteral("Qvelidzexx"))->size() == 1);
    CHECK(window.currentPage() == window.profilePage());

    Question::answerNext(QMessageBox::Yes);
    erase->trigger();
    CHECK(services.search.search(QStringLiteral("Qvelidzexx"))->isEmpty());
    CHECK(window.currentPage() == window.guestsPage());
    CHECK(window.undoStack().count() == 0);
    CHECK(services.guests.find(guest->uuid)->givenName.isEmpty());
}

TEST_CASE("Retention in Settings: set the years, review the guests past them, erase them together",
          "[ui][erase][retention]")
{
    test::TempDatabase t;
    AppServices services(t.db());
    const qint64 sixYears = qint64(6) * 365 * 24 * 3600 * 1000;
    t.clock().advance(-sixYears);
    Guest draft;
    draft.givenName = QStringLiteral("Smbat");
    draft.familyName = QStringLiteral("Longagoyan");
    auto old = services.guests.add(draft);
    REQUIRE(old.has_value());
    t.clock().advance(sixYears);
    draft.givenName = QStringLiteral("Lusine");
    draft.familyName = QStringLiteral("Recentyan");
    REQUIRE(services.guests.add(draft).has_value());

    MainWindow window(services);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    RetentionSection *section = window.settingsPage()->retentionSection();
    REQUIRE(section != nullptr);
    CHECK(section->yearsBox()->value() == 0);
    CHECK(section->yearsBox()->text() == QStringLiteral("No limit"));
    CHECK_FALSE(section->reviewButton()->isEnabled());

    section->yearsBox()->setValue(5);
    Q_EMIT section->yearsBox()->editingFinished();
    CHECK(services.venue.value(QStringLiteral("privacy.retention_years")) == QStringLiteral("5"));
    CHECK(section->countLabel()->text().endsWith(QStringLiteral(": 1.")));
    REQUIRE(section->reviewButton()->isEnabled());

    window.undoStack().push(new QUndoCommand(QStringLiteral("an edit")));
    bool looked = false;
    test::whenDialogShows<RetentionDialog>([&](RetentionDialog *dialog) {
        looked = true;
        REQUIRE(dialog->list()->topLevelItemCount() == 1);
        CHECK(dialog->list()->topLevelItem(0)->text(0) == QStringLiteral("Smbat Longagoyan"));
        CHECK(dialog->list()->topLevelItem(0)->text(1) == QStringLiteral("Never stayed"));
        Question::answerNext(QMessageBox::Yes);
        QTest::mouseClick(dialog->eraseButton(), Qt::LeftButton);
        CHECK(dialog->list()->topLevelItemCount() == 0);
        CHECK_FALSE(dialog->eraseButton()->isEnabled());
        dialog->reject();
    });
    QTest::mouseClick(section->reviewButton(), Qt::LeftButton);
    CHECK(looked);
    CHECK(services.guests.find(old->uuid)->givenName.isEmpty());
    CHECK(window.undoStack().count() == 0);
    CHECK(section->countLabel()->text().endsWith(QStringLiteral(": 0.")));
}
