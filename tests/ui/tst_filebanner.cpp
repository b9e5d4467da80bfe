// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The window on a file it may only read: a banner that says why, and the way to restore a backup.
#include "appservices.h"
#include "backups/restorebackupdialog.h"
#include "mainwindow.h"
#include "tempdatabase.h"
#include "whendialogshows.h"
#include "widgets/filechooser.h"
#include "widgets/messagebar.h"
#include "widgets/question.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

#include <unistd.h>

using namespace innkeep;
using namespace innkeep::ui;

namespace {

// An Innkeep file whose header lists free pages it cannot have: it opens for viewing only.
QString makeDamaged(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("damaged.sqlite"));
    {
        SystemClock clock;
        auto db = Database::open(path, clock);
        REQUIRE(db.has_value());
    }
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.seek(32));
    REQUIRE(file.write(QByteArray("\x00\x0f\x42\x40\x00\x0f\x42\x40", 8)) == 8);
    return path;
}

} // namespace

TEST_CASE("File banner: a damaged file opens with a banner saying so, and offers to restore a backup")
{
    QTemporaryDir dir;
    const QString path = makeDamaged(dir);
    ManualClock clock(test::fixedNow());
    auto db = Database::open(path, clock);
    REQUIRE(db.has_value());
    REQUIRE((*db)->isDamaged());
    AppServices services(**db);
    MainWindow window(services);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    MessageBar *banner = window.fileBanner();
    REQUIRE(banner != nullptr);
    CHECK(banner->isVisible());
    CHECK(banner->kind() == MessageBar::Kind::Error);
    CHECK(banner->styleSheet().contains(QStringLiteral("#fileBanner"))); // coloured, not a grey line
    CHECK(banner->text().contains(QStringLiteral("damaged")));
    CHECK(banner->text().contains(QStringLiteral("opened for viewing")));
    auto *restore = banner->findChild<QToolButton *>(QStringLiteral("restoreBackupButton"));
    REQUIRE(restore != nullptr);
    CHECK(restore->isVisible());
    CHECK(restore->text().contains(QStringLiteral("Restore a Backup")));
    // A picture to look at by eye when INNKEEP_TEST_PNG_DIR names a folder.
    if (const QString pictures = qEnvironmentVariable("INNKEEP_TEST_PNG_DIR"); !pictures.isEmpty())
        REQUIRE(window.grab().save(QDir(pictures).filePath(QStringLiteral("filebanner-damaged.png"))));

    // The banner's button opens the restore dialog: the copies beside the file are listed, one
    // kept elsewhere is added by "Other File…", and Restore asks once more (Question): No changes
    // nothing, Yes asks main() to restore the chosen copy.
    const QString beside = dir.filePath(QStringLiteral("damaged.sqlite.schema3-20260101-000000.bak"));
    QTemporaryDir stick;
    const QString elsewhere = stick.filePath(QStringLiteral("front-desk.innkeep"));
    {
        ManualClock copyClock(test::fixedNow());
        REQUIRE(Database::open(beside, copyClock).has_value());
        REQUIRE(Database::open(elsewhere, copyClock).has_value());
    }
    QSignalSpy requested(&window, &MainWindow::restoreRequested);
    bool looked = false;
    test::whenDialogShows<RestoreBackupDialog>([&](RestoreBackupDialog *dialog) {
        looked = true;
        REQUIRE(dialog->list()->topLevelItemCount() == 1);
        CHECK(dialog->list()->topLevelItem(0)->text(1) == QStringLiteral("Before an upgrade"));
        CHECK(dialog->details()->text().contains(QDir::toNativeSeparators(beside)));
        FileChooser::answerNext(elsewhere);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("otherFileButton")),
                          Qt::LeftButton);
        CHECK(FileChooser::pendingAnswers() == 0);
        REQUIRE(dialog->list()->topLevelItemCount() == 2);
        CHECK(dialog->list()->currentItem()->text(1) == QStringLiteral("Chosen file"));
        auto *restoreButton = dialog->findChild<QPushButton *>(QStringLiteral("restoreButton"));
        Question::answerNext(QMessageBox::No);
        QTest::mouseClick(restoreButton, Qt::LeftButton);
        CHECK(Question::pendingAnswers() == 0);
        CHECK(dialog->isVisible());
        CHECK(requested.isEmpty());
        Question::answerNext(QMessageBox::Yes);
        QTest::mouseClick(restoreButton, Qt::LeftButton);
    });
    QTest::mouseClick(restore, Qt::LeftButton);
    CHECK(looked);
    REQUIRE(requested.size() == 1);
    CHECK(requested.first().first().toString() == QFileInfo(elsewhere).absoluteFilePath());
}

TEST_CASE("File banner: a file that can be written shows no banner")
{
    test::TempDatabase t;
    AppServices services(t.db());
    MainWindow window(services);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CHECK_FALSE(window.fileBanner()->isVisible());
}

TEST_CASE("File banner: a read-only file opens for viewing, visibly")
{
    if (::geteuid() == 0) {
        WARN("root can write any file; the CLI tests cover read-only files as another user");
        return;
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("venue.sqlite"));
    SystemClock clock;
    REQUIRE(Database::open(path, clock).has_value());
    REQUIRE(QFile::setPermissions(path, QFileDevice::ReadOwner));
    auto db = Database::open(path, clock);
    REQUIRE(db.has_value());
    AppServices services(**db);
    MainWindow window(services);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CHECK(window.fileBanner()->isVisible());
    CHECK(window.fileBanner()->text() == QStringLiteral("This file is read-only — opened for viewing."));
    CHECK(window.fileBanner()->findChild<QToolButton *>(QStringLiteral("restoreBackupButton")) == nullptr);
}

TEST_CASE("File banner: the window refuses an empty --db instead of opening the default file")
{
    QTemporaryDir home;
    QProcess app;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("xdg")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    app.setProcessEnvironment(environment);
    app.start(QStringLiteral(INNKEEP_APP),
              {QStringLiteral("--db"), QString(), QStringLiteral("--quit-after-first-paint")});
    REQUIRE(app.waitForFinished(30000));
    CHECK(app.exitCode() == 2);
    CHECK(QString::fromUtf8(app.readAllStandardError()).contains(QStringLiteral("--db: the path is empty")));
    CHECK_FALSE(QFile::exists(home.filePath(QStringLiteral("xdg/innkeep/innkeep.sqlite"))));
}
