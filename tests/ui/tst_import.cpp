// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Importing a guest list through the window: real CSV files, the real worker thread.
#include "appservices.h"
#include "guests/guestspage.h"
#include "guests/importguestsdialog.h"
#include "mainwindow.h"
#include "models/guesttablemodel.h"
#include "tempdatabase.h"
#include "venue/venuesettings.h"
#include "whendialogshows.h"
#include "widgets/filechooser.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace innkeep;
using namespace innkeep::ui;

namespace {

bool settled(const ImportGuestsDialog &dialog)
{
    return QTest::qWaitFor([&] { return !dialog.isBusy(); }, 20'000) && (QTest::qWait(30), !dialog.isBusy());
}

struct ImportFixture
{
    test::TempDatabase t;
    AppServices services{t.db()};
    ImportFixture() { REQUIRE(VenueSettings(t.db()).setPhoneRegion(QStringLiteral("AM")).has_value()); }
    QString write(const char *name, const QByteArray &text)
    {
        const QString path = t.filePath(QString::fromLatin1(name));
        test::writeBytes(path, text);
        return path;
    }
};

} // namespace

TEST_CASE("the import dialog lists every bad row by line and field and imports nothing", "[ui][import]")
{
    ImportFixture f;
    const QString path = f.write("front-desk.csv", "First name,Last name,E-mail,Room wish\n"
                                                   "Aram,Petrosyan,aram@example.am,quiet\n"
                                                   "Nino,Beridze,nino@,high floor\n"
                                                   "Anna,Smith,anna@example.com,\n"
                                                   ",,,\n");
    ImportGuestsDialog dialog(f.services, path);
    dialog.show();
    REQUIRE(settled(dialog));

    // Known headers are recognised; the unknown one is shown as such and ignored.
    QTableWidget *columns = dialog.columnsTable();
    REQUIRE(columns->rowCount() == 4);
    CHECK(qobject_cast<QComboBox *>(columns->cellWidget(0, 2))->currentData().toString()
          == QStringLiteral("given_name"));
    CHECK(qobject_cast<QComboBox *>(columns->cellWidget(2, 2))->currentData().toString()
          == QStringLiteral("email"));
    CHECK(columns->item(3, 0)->text().contains(QStringLiteral("not recognised")));
    CHECK(qobject_cast<QComboBox *>(columns->cellWidget(3, 2))->currentData().toString()
          == QStringLiteral("ignore"));

    REQUIRE(dialog.problemsList()->count() == 2);
    CHECK(dialog.problemsList()->item(0)->text().startsWith(QStringLiteral("Line 3 · E-mail · ")));
    CHECK(dialog.problemsList()->item(1)->text().startsWith(QStringLiteral("Line 5 · ")));
    CHECK_FALSE(dialog.importButton()->isEnabled());
    CHECK(f.t.count(QStringLiteral("guests")) == 0);
}

TEST_CASE("choosing what an unknown column is checks the file again, and Enter imports it", "[ui][import]")
{
    ImportFixture f;
    const QString path = f.write("list.csv", "given_name,family_name,phone,Room wish\n"
                                             "Արամ,Պետրոսյան,091 234567,quiet room\n"
                                             "Nino,Beridze,+995 599 12 34 56,high floor\n");
    ImportGuestsDialog dialog(f.services, path);
    QSignalSpy imported(&dialog, &ImportGuestsDialog::imported);
    dialog.show();
    REQUIRE(settled(dialog));
    // Unknown columns start as Ignore, and the dialog says which it will not read (as the CLI's
    // --ignore-unknown does).
    CHECK(dialog.statusText()
          == QStringLiteral("2 guests are ready to import. Columns not read: Room wish."));
    CHECK(dialog.columnsTable()->item(3, 1)->text()
          == QStringLiteral("quiet room")); // the first row, as a hint

    auto *wish = qobject_cast<QComboBox *>(dialog.columnsTable()->cellWidget(3, 2));
    wish->setCurrentIndex(wish->findData(QStringLiteral("notes")));
    REQUIRE(settled(dialog));
    REQUIRE(dialog.importButton()->isEnabled());
    CHECK(dialog.importButton()->isDefault());

    QTest::keyClick(&dialog, Qt::Key_Return);
    REQUIRE(settled(dialog));
    CHECK(imported.count() == 1);
    CHECK(dialog.statusText() == QStringLiteral("2 guests were imported."));
    CHECK(f.t.count(QStringLiteral("guests")) == 2);
    CHECK(f.t.count(QStringLiteral("guest_notes")) == 2); // the chosen mapping was used
    CHECK(f.services.search.search(QStringLiteral("quiet"), 5)->size() == 1);
}

TEST_CASE("File > Import Guests adds the list and shows it on the Guests page", "[ui][import]")
{
    // The whole menu path: the shortcut, the file question (answered through FileChooser), the
    // import dialog on its worker thread, then the Guests page.
    ImportFixture f;
    MainWindow window(f.services);
    window.show();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    const QString path =
        f.write("guests.csv", "given_name,family_name,email\nAram,Petrosyan,aram@example.am\n"
                              "Anna,Smith,anna@example.com\nLevan,Kapanadze,levan@example.ge\n");
    FileChooser::answerNext(path);
    QString checked;
    test::whenDialogShows<ImportGuestsDialog>([&checked](ImportGuestsDialog *dialog) {
        REQUIRE(settled(*dialog));
        checked = dialog->statusText();
        QTest::keyClick(dialog, Qt::Key_Return); // Import 3 guests
        REQUIRE(settled(*dialog));
        QTest::keyClick(dialog, Qt::Key_Escape); // Close
    });
    QTest::keyClick(&window, Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(FileChooser::pendingAnswers() == 0);
    CHECK(FileChooser::lastCaption() == QStringLiteral("Import Guests"));
    CHECK(checked == QStringLiteral("3 guests are ready to import."));
    CHECK(f.t.count(QStringLiteral("guests")) == 3);
    CHECK(window.currentPage() == window.guestsPage());
    auto *table = window.guestsPage()->findChild<QTableView *>();
    REQUIRE(table != nullptr);
    CHECK(table->model()->rowCount() == 3);
}

TEST_CASE("File > Import Guests, cancelled at the file question, opens nothing and adds nothing", "[ui][import]")
{
    ImportFixture f;
    MainWindow window(f.services);
    window.show();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    QWidget *before = window.currentPage();
    FileChooser::answerNext(QString()); // Cancel
    QTest::keyClick(&window, Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(FileChooser::pendingAnswers() == 0);
    CHECK(QApplication::activeModalWidget() == nullptr);
    CHECK(window.currentPage() == before);
    CHECK(f.t.count(QStringLiteral("guests")) == 0);
}

TEST_CASE("Stop during an import keeps the dialog open, adds nothing and offers Import again", "[ui][import]")
{
    ImportFixture f;
    QByteArray text = "given_name,family_name,email\n";
    for (int i = 0; i < 20'000; ++i)
        text += "Guest,Number" + QByteArray::number(i) + ",guest" + QByteArray::number(i) + "@example.com\n";
    const QString path = f.write("long-list.csv", text);
    const qint64 changesBefore = f.t.count(QStringLiteral("change_log"));
    ImportGuestsDialog dialog(f.services, path);
    QSignalSpy imported(&dialog, &ImportGuestsDialog::imported);
    dialog.show();
    REQUIRE(settled(dialog));
    REQUIRE(dialog.statusText()
            == QStringLiteral("%1 guests are ready to import.").arg(QLocale().toString(20'000)));

    QTest::keyClick(&dialog, Qt::Key_Return); // Import 20,000 Guests
    REQUIRE(dialog.isBusy());
    auto *stop = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel);
    CHECK(stop->text() == QStringLiteral("&Stop"));
    // Stopped once it has really started: rows are being written.
    REQUIRE(QTest::qWaitFor(
        [&] {
            return dialog.statusText().startsWith(QStringLiteral("Importing… "))
                   && dialog.statusText() != QStringLiteral("Importing…");
        },
        20'000));
    QTest::mouseClick(stop, Qt::LeftButton);
    REQUIRE(settled(dialog));

    CHECK(dialog.isVisible());
    CHECK(dialog.statusText()
          == QStringLiteral("The import was stopped; no guest was added. Press Import to start again."));
    CHECK(dialog.importButton()->isEnabled());
    CHECK(stop->text() == QStringLiteral("Cancel"));
    CHECK(imported.count() == 0);
    CHECK(f.t.count(QStringLiteral("guests")) == 0);
    CHECK(f.t.count(QStringLiteral("change_log")) == changesBefore);
    CHECK(f.t.count(QStringLiteral("search_names")) == 0);
}

TEST_CASE("the window can leave out the rows with problems, saved to a file it asks for, and import the rest",
          "[ui][import]")
{
    ImportFixture f;
    const QString path = f.write("front-desk.csv", "given_name,family_name,email\n"
                                                   "Aram,Petrosyan,aram@example.am\n"
                                                   "Nino,Beridze,nino@\n");
    ImportGuestsDialog dialog(f.services, path);
    dialog.show();
    REQUIRE(settled(dialog));
    CHECK_FALSE(dialog.importButton()->isEnabled()); // all or nothing: the bad row stops it
    dialog.skipBadRowsBox()->setChecked(true);
    REQUIRE(settled(dialog));
    INFO(dialog.statusText().toStdString());
    REQUIRE(dialog.importButton()->isEnabled());
    CHECK(dialog.statusText().contains(QStringLiteral("1 row(s) with the problems below will be left out")));

    const QString rejects = f.t.filePath(QStringLiteral("to-fix.csv"));
    FileChooser::answerNext(rejects);
    QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
    REQUIRE(settled(dialog));
    CHECK(FileChooser::lastCaption() == QStringLiteral("Save the Rows Left Out"));
    CHECK(QFileInfo(FileChooser::lastSuggested()).fileName()
          == QStringLiteral("front-desk-rows-left-out.csv"));
    CHECK(f.t.count(QStringLiteral("guests")) == 1);
    CHECK(dialog.statusText().contains(QStringLiteral("1 row(s) left out, saved to")));
    QFile file(rejects);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    CHECK(
        text.startsWith(QStringLiteral("given_name,family_name,email,import_error\r\nNino,Beridze,nino@,")));
}

TEST_CASE("a problem's cell corrected in the dialog is checked again and imported, the file unchanged",
          "[ui][import]")
{
    ImportFixture f;
    const QByteArray original = "First name,Last name,E-mail,E-mail 2\n"
                                "Aram,Petrosyan,aram@example.am,\n"
                                "Nino,Beridze,nino@example.ge,nino@\n";
    const QString path = f.write("fix-me.csv", original);
    ImportGuestsDialog dialog(f.services, path);
    dialog.show();
    REQUIRE(settled(dialog));
    REQUIRE(dialog.problemsList()->count() == 1);
    CHECK_FALSE(dialog.importButton()->isEnabled());
    dialog.problemsList()->setCurrentRow(0);
    CHECK(dialog.fixCellButton()->isVisible());
    REQUIRE(dialog.fixCellButton()->isEnabled());

    // The second e-mail column is the one the problem quotes, and it is the one offered.
    test::whenDialogShows<QInputDialog>([](QInputDialog *ask) {
        CHECK(ask->textValue() == QStringLiteral("nino@"));
        CHECK(ask->labelText().contains(QStringLiteral("E-mail 2")));
        ask->setTextValue(QStringLiteral("nino.work@example.ge"));
        ask->accept();
    });
    dialog.fixCellButton()->click();
    REQUIRE(settled(dialog));
    CHECK(dialog.problemsList()->count() == 0);
    CHECK(dialog.statusText().contains(QStringLiteral("Cells corrected here: 1")));
    REQUIRE(dialog.importButton()->isEnabled());
    dialog.importButton()->click();
    REQUIRE(settled(dialog));
    CHECK(f.t.count(QStringLiteral("guests")) == 2);
    CHECK(f.t.count(QStringLiteral("guest_contacts")) == 3);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == original);
}

TEST_CASE("Reload File reads the changed file again and keeps the column choices", "[ui][import]")
{
    ImportFixture f;
    const QString path = f.write("reload.csv", "Vorname,Nachname,Zimmerwunsch\nAram,Petrosyan,quiet\n");
    ImportGuestsDialog dialog(f.services, path);
    dialog.show();
    REQUIRE(settled(dialog));
    auto *wish = qobject_cast<QComboBox *>(dialog.columnsTable()->cellWidget(2, 2));
    REQUIRE(wish);
    wish->setCurrentIndex(wish->findData(QStringLiteral("notes")));
    REQUIRE(settled(dialog));

    f.write("reload.csv", "Vorname,Nachname,Zimmerwunsch,E-Mail\nAram,Petrosyan,quiet,aram@example.am\n"
                          "Nino,Beridze,,nino@example.ge\n");
    dialog.reloadButton()->click();
    REQUIRE(settled(dialog));
    REQUIRE(dialog.columnsTable()->rowCount() == 4);
    CHECK(qobject_cast<QComboBox *>(dialog.columnsTable()->cellWidget(2, 2))->currentData().toString()
          == QStringLiteral("notes"));
    CHECK(qobject_cast<QComboBox *>(dialog.columnsTable()->cellWidget(3, 2))->currentData().toString()
          == QStringLiteral("email"));
    CHECK(dialog.importButton()->text().contains(QLocale().toString(2)));
}

TEST_CASE("the import dialog names the program an export comes from and reads a Cyrillic file when told",
          "[ui][import]")
{
    ImportFixture f;
    const QString google = QStringLiteral(INNKEEP_TEST_DATA "/imports/google-contacts.csv");
    {
        ImportGuestsDialog dialog(f.services, google);
        dialog.show();
        REQUIRE(settled(dialog));
        CHECK(dialog.findChild<QLabel *>()->text().contains(QStringLiteral("Google Contacts")));
        CHECK(dialog.duplicateChoice()->currentData().toInt() == int(OnDuplicate::Merge));
        CHECK(dialog.importButton()->isEnabled());
    }

    // "Фамилия,Имя" and "Иванова,Мария" in windows-1251.
    const QString path = f.write("cp1251.csv", QByteArray::fromHex("d4e0ece8ebe8ff2cc8ecff0a")
                                                   + QByteArray::fromHex("c8e2e0edeee2e02ccce0f0e8ff0a"));
    ImportGuestsDialog dialog(f.services, path);
    dialog.show();
    REQUIRE(settled(dialog));
    CHECK_FALSE(dialog.importButton()->isEnabled());
    dialog.encodingChoice()->setCurrentIndex(
        dialog.encodingChoice()->findData(QStringLiteral("windows-1251")));
    REQUIRE(settled(dialog));
    REQUIRE(dialog.columnsTable()->rowCount() == 2);
    CHECK(dialog.columnsTable()->item(0, 0)->text().startsWith(QStringLiteral("Фамилия")));
    CHECK(dialog.columnsTable()->item(1, 1)->text() == QStringLiteral("Мария"));
    CHECK(qobject_cast<QComboBox *>(dialog.columnsTable()->cellWidget(0, 2))->currentData().toString()
          == QStringLiteral("family_name"));
    CHECK(dialog.importButton()->isEnabled());
}
