// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// File > Export…: the venue as JSON, spreadsheets and contacts, written by the real exports on their
// worker thread into real files.
#include "appservices.h"
#include "exports/exportdialog.h"
#include "guests/guestservice.h"
#include "guests/guestspage.h"
#include "mainwindow.h"
#include "tempdatabase.h"
#include "whendialogshows.h"
#include "widgets/filechooser.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace innkeep;
using namespace innkeep::ui;

namespace {

bool settled(const ExportDialog &dialog)
{
    return QTest::qWaitFor([&] { return !dialog.isBusy(); }, 20'000) && (QTest::qWait(30), !dialog.isBusy());
}

struct ExportFixture
{
    test::TempDatabase t;
    AppServices services{t.db()};
    ExportFixture()
    {
        for (const auto &[given, family, email] : {std::tuple{"Aram", "Petrosyan", "aram@example.am"},
                                                   std::tuple{"Nino", "Beridze", "nino@example.ge"},
                                                   std::tuple{"Anna", "Smith", "anna@example.com"}}) {
            Guest guest;
            guest.givenName = QString::fromUtf8(given);
            guest.familyName = QString::fromUtf8(family);
            guest.emails = {QString::fromUtf8(email)};
            REQUIRE(services.guests.add(guest).has_value());
        }
    }
};

QByteArray readAll(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST_CASE("File > Export writes the whole venue as JSON that is the user's only", "[ui][export]")
{
    ExportFixture f;
    MainWindow window(f.services);
    window.show();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    const QString path = f.t.filePath(QStringLiteral("venue.json"));
    FileChooser::answerNext(path);
    QString status;
    test::whenDialogShows<ExportDialog>([&status](ExportDialog *dialog) {
        CHECK(dialog->kind() == ExportDialog::Kind::Venue);
        QTest::keyClick(dialog, Qt::Key_Return); // Export…, then the file question
        REQUIRE(settled(*dialog));
        status = dialog->statusText();
        QTest::keyClick(dialog, Qt::Key_Escape);
    });
    QTest::keyClick(&window, Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(FileChooser::pendingAnswers() == 0);
    CHECK(status.contains(QStringLiteral("3 guests")));
    REQUIRE(QFileInfo(path).isFile());
    CHECK(QFileInfo(path).permissions()
          == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser
              | QFileDevice::WriteUser));
    const QJsonDocument json = QJsonDocument::fromJson(readAll(path));
    CHECK(json.object().value(QStringLiteral("format")).toString() == QStringLiteral("innkeep-export"));
}

TEST_CASE("Export writes the spreadsheets into a folder, with semicolons when asked", "[ui][export]")
{
    ExportFixture f;
    ExportDialog dialog(f.services, {});
    dialog.show();
    dialog.setKind(ExportDialog::Kind::Spreadsheets);
    CHECK(dialog.semicolonBox()->isVisible());
    CHECK_FALSE(dialog.onlyChosenBox()->isVisible());
    dialog.semicolonBox()->setChecked(true);
    const QString folder = f.t.filePath(QStringLiteral("sheets"));
    REQUIRE(QDir().mkpath(folder));
    FileChooser::answerNext(folder);
    dialog.exportButton()->click();
    REQUIRE(settled(dialog));
    CHECK(dialog.statusText().contains(QStringLiteral("3 guests")));
    const QByteArray guests = readAll(QDir(folder).filePath(QStringLiteral("guests.csv")));
    CHECK(guests.startsWith("salutation;given_name;family_name;"));
    CHECK(guests.contains("Petrosyan"));
    CHECK(QFileInfo::exists(QDir(folder).filePath(QStringLiteral("feedback.csv"))));
}

TEST_CASE("Export writes the guests chosen on the Guests page as contacts, or every guest", "[ui][export]")
{
    ExportFixture f;
    MainWindow window(f.services);
    window.show();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    window.showPage(window.guestsPage());
    QTableView *table = window.guestsPage()->table();
    REQUIRE(QTest::qWaitFor([&] { return table->model()->rowCount() == 3; }, 5000));
    table->selectionModel()->select(table->model()->index(0, 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    table->selectionModel()->select(table->model()->index(2, 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    REQUIRE(window.guestsPage()->chosenGuests().size() == 2);

    ExportDialog dialog(f.services, window.guestsPage()->chosenGuests());
    dialog.show();
    dialog.setKind(ExportDialog::Kind::Contacts);
    REQUIRE(dialog.onlyChosenBox()->isVisible());
    CHECK(dialog.onlyChosenBox()->isChecked());
    CHECK(dialog.onlyChosenBox()->text().contains(QStringLiteral("2")));
    const QString chosen = f.t.filePath(QStringLiteral("chosen.vcf"));
    FileChooser::answerNext(chosen);
    dialog.exportButton()->click();
    REQUIRE(settled(dialog));
    CHECK(dialog.statusText().contains(QStringLiteral("2 contacts")));
    CHECK(readAll(chosen).count("BEGIN:VCARD") == 2);

    dialog.onlyChosenBox()->setChecked(false);
    const QString everyone = f.t.filePath(QStringLiteral("everyone.vcf"));
    FileChooser::answerNext(everyone);
    dialog.exportButton()->click();
    REQUIRE(settled(dialog));
    CHECK(readAll(everyone).count("BEGIN:VCARD") == 3);

    // Cancelled at the file question: nothing is written and the dialog stays as it was.
    FileChooser::answerNext(QString());
    dialog.exportButton()->click();
    CHECK_FALSE(dialog.isBusy());
    CHECK(dialog.exportButton()->isEnabled());
}
