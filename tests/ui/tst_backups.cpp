// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// File ▸ Back Up Now, Settings ▸ Backups and File ▸ Restore a Backup on a real file.
#include "appservices.h"
#include "backups/automaticbackups.h"
#include "backups/backupsection.h"
#include "backups/restorebackupdialog.h"
#include "mainwindow.h"
#include "settings/settingspage.h"
#include "tempdatabase.h"
#include "whendialogshows.h"
#include "widgets/filechooser.h"
#include "widgets/messagebar.h"
#include "widgets/question.h"

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace innkeep;
using namespace innkeep::ui;

namespace {

Guest guestNamed(const QString &given)
{
    Guest g;
    g.givenName = given;
    g.familyName = QStringLiteral("Sargsyan");
    return g;
}

} // namespace

TEST_CASE("Backups in the window: Back Up Now, the settings section and the restore dialog", "[ui][backups]")
{
    test::TempDatabase t;
    AppServices services(t.db());
    for (const QString &name :
         {QStringLiteral("Gayane"), QStringLiteral("Hovhannes"), QStringLiteral("Lilit")})
        REQUIRE(services.guests.add(guestNamed(name)));
    MainWindow window(services);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    BackupSection *section = window.settingsPage()->backupSection();
    REQUIRE(section != nullptr);
    CHECK(section->lastBackupLabel()->text() == QStringLiteral("None yet."));
    CHECK(section->folderField()->text() == QDir::toNativeSeparators(t.filePath(QStringLiteral("backups"))));
    CHECK(section->automaticBox()->isChecked());

    // File ▸ Back Up Now writes one and says where.
    auto *backUp = window.findChild<QAction *>(QStringLiteral("backUpNow"));
    REQUIRE(backUp != nullptr);
    CHECK(backUp->shortcut().isEmpty());
    backUp->trigger();
    const auto listed = services.openVenue.backups().list();
    REQUIRE(listed.size() == 1);
    CHECK(listed.first().summary.guests == 3);
    CHECK(
        window.statusBar()->currentMessage().contains(QDir::toNativeSeparators(listed.first().summary.path)));
    CHECK(section->lastBackupLabel()->text().endsWith(QStringLiteral("guests in it: 3")));

    // Another folder, chosen; back to the default; automatic off and on.
    QTemporaryDir stick;
    FileChooser::answerNext(stick.path());
    QTest::mouseClick(section->findChild<QPushButton *>(QStringLiteral("chooseBackupFolder")),
                      Qt::LeftButton); // Choose…
    CHECK(services.openVenue.backups().folder() == stick.path());
    CHECK(section->folderField()->text() == QDir::toNativeSeparators(stick.path()));
    CHECK(section->lastBackupLabel()->text() == QStringLiteral("None yet."));
    REQUIRE(section->backUpNow());
    CHECK(QDir(stick.path()).entryList({QStringLiteral("*.innkeep")}, QDir::Files).size() == 1);
    QTest::mouseClick(section->findChild<QPushButton *>(QStringLiteral("defaultBackupFolder")),
                      Qt::LeftButton); // Use Default
    CHECK(services.openVenue.backups().usesDefaultFolder());
    section->automaticBox()->click();
    CHECK_FALSE(services.openVenue.backups().automatic());
    section->automaticBox()->click();
    CHECK(services.openVenue.backups().automatic());

    // File ▸ Restore a Backup lists it with what it holds; Cancel restores nothing.
    REQUIRE(services.guests.add(guestNamed(QStringLiteral("Narek"))));
    QSignalSpy requested(&window, &MainWindow::restoreRequested);
    auto *restore = window.findChild<QAction *>(QStringLiteral("restoreBackup"));
    REQUIRE(restore != nullptr);
    bool looked = false;
    test::whenDialogShows<RestoreBackupDialog>([&](RestoreBackupDialog *dialog) {
        looked = true;
        REQUIRE(dialog->list()->topLevelItemCount() == 1);
        const QTreeWidgetItem *row = dialog->list()->topLevelItem(0);
        CHECK(row->text(1) == QStringLiteral("Manual"));
        CHECK(row->text(3) == QStringLiteral("3"));
        CHECK(dialog->details()->text().contains(QDir::toNativeSeparators(listed.first().summary.path)));
        dialog->reject();
    });
    restore->trigger();
    CHECK(looked);
    CHECK(requested.isEmpty());

    // From the settings section: Restore, confirmed, asks main() to put that copy in place.
    looked = false;
    test::whenDialogShows<RestoreBackupDialog>([&](RestoreBackupDialog *dialog) {
        looked = true;
        Question::answerNext(QMessageBox::Yes);
        QTest::keyClick(dialog->list(), Qt::Key_Return);
    });
    QTest::mouseClick(section->findChild<QPushButton *>(QStringLiteral("restoreBackupSectionButton")),
                      Qt::LeftButton); // Restore a Backup…
    CHECK(looked);
    REQUIRE(requested.size() == 1);
    CHECK(requested.first().first().toString() == listed.first().summary.path);
}

TEST_CASE("Backups in the window: a failed backup says why and leaves nothing behind", "[ui][backups]")
{
    test::TempDatabase t;
    AppServices services(t.db());
    REQUIRE(services.guests.add(guestNamed(QStringLiteral("Ani"))));
    // The backup folder's place is taken by a file: nothing can be written there.
    const QString blocked = t.filePath(QStringLiteral("not-a-folder"));
    test::writeBytes(blocked, "a file, not a folder");
    REQUIRE(services.openVenue.backups().setFolder(blocked));
    MainWindow window(services);
    BackupSection *section = window.settingsPage()->backupSection();
    CHECK_FALSE(section->backUpNow());
    CHECK(section->messageBar()->kind() == MessageBar::Kind::Error);
    CHECK(section->messageBar()->text().contains(QDir::toNativeSeparators(blocked)));
    CHECK(test::readBytes(blocked) == "a file, not a folder");
}

TEST_CASE("Automatic backups in the window: the daily one in the background, the closing one waited for",
          "[ui][backups]")
{
    test::TempDatabase t;
    AppServices services(t.db());
    REQUIRE(services.guests.add(guestNamed(QStringLiteral("Ashot"))));
    AutomaticBackups automatic(services.openVenue);
    QSignalSpy made(&automatic, &AutomaticBackups::backedUp);
    automatic.checkDaily();
    REQUIRE(made.wait(20000));
    const auto listed = services.openVenue.backups().list();
    REQUIRE(listed.size() == 1);
    CHECK(listed.first().kind == VenueBackups::Kind::Automatic);
    CHECK(made.first().first().toString() == listed.first().summary.path);

    // Nothing changed since: closing makes none; after a change it makes one and waits for it.
    CHECK(automatic.closing().isEmpty());
    CHECK(services.openVenue.backups().list().size() == 1);
    REQUIRE(services.guests.add(guestNamed(QStringLiteral("Karine"))));
    t.clock().advance(60 * 1000);
    CHECK(automatic.closing().isEmpty());
    CHECK_FALSE(automatic.isRunning());
    // The closing one replaced the day's earlier automatic one (the rotation keeps a day's newest).
    REQUIRE(services.openVenue.backups().list().size() == 1);
    CHECK(services.openVenue.backups().list().first().summary.guests == 2);
}
