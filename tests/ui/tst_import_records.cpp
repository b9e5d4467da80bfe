// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Importing stays and feedback through the window: real CSV files, a real database with guests
// stored, the real worker thread.
#include "appservices.h"
#include "guests/guest.h"
#include "guests/importrecordsdialog.h"
#include "mainwindow.h"
#include "storage/statement.h"
#include "tempdatabase.h"
#include "venue/venuesettings.h"
#include "whendialogshows.h"
#include "widgets/filechooser.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace innkeep;
using namespace innkeep::ui;

namespace {

using Kind = ImportRecordsDialog::Kind;

bool settled(const ImportRecordsDialog &dialog)
{
    return QTest::qWaitFor([&] { return !dialog.isBusy(); }, 30'000) && (QTest::qWait(30), !dialog.isBusy());
}

struct RecordsFixture
{
    test::TempDatabase t;
    AppServices services{t.db()};
    RecordsFixture()
    {
        REQUIRE(VenueSettings(t.db()).setCurrency(QStringLiteral("EUR")));
        addGuest(QStringLiteral("Aram"), QStringLiteral("Petrosyan"), QStringLiteral("aram@example.am"));
        addGuest(QStringLiteral("Nino"), QStringLiteral("Beridze"), QStringLiteral("nino@example.ge"));
    }
    void addGuest(const QString &given, const QString &family, const QString &email)
    {
        Guest guest;
        guest.givenName = given;
        guest.familyName = family;
        guest.emails = {email};
        auto stored = services.guests.add(guest);
        REQUIRE(stored.has_value());
    }
    QString write(const char *name, const QByteArray &text)
    {
        const QString path = t.filePath(QString::fromLatin1(name));
        test::writeBytes(path, text);
        return path;
    }
    QVariant value(const QString &sql) { return Statement(t.db(), sql).scalar().value_or(QVariant()); }
};

QString chosen(const ImportRecordsDialog &dialog, int column)
{
    QComboBox *choice = dialog.columnChoice(column);
    return choice ? choice->currentData().toString() : QStringLiteral("(no combo)");
}

} // namespace

TEST_CASE("the stays import dialog reads the columns, says what rows become and imports with Enter",
          "[ui][import]")
{
    RecordsFixture f;
    const QString path =
        f.write("pms-stays.csv", "E-mail,Check-in,Check-out,Room No,Nightly rate,Remarks\n"
                                 "aram@example.am,2026-05-01,2026-05-03,101,120,late arrival\n"
                                 "nino@example.ge,2026-05-10,2026-05-12,204,95.50,\n");
    ImportRecordsDialog dialog(f.services, Kind::Stays, path);
    QSignalSpy imported(&dialog, &ImportRecordsDialog::imported);
    dialog.show();
    REQUIRE(settled(dialog));

    CHECK(dialog.windowTitle() == QStringLiteral("Import Stays"));
    CHECK(dialog.heading()->text().contains(QStringLiteral("pms-stays.csv")));
    CHECK(dialog.heading()->text().contains(
        QStringLiteral("Each row becomes a stay of a guest already stored")));
    CHECK(dialog.heading()->text().contains(QStringLiteral("Nothing is added unless every row can be.")));
    CHECK(dialog.scaleChoice() == nullptr);

    REQUIRE(dialog.columnsTable()->rowCount() == 6);
    CHECK(chosen(dialog, 0) == QStringLiteral("email"));
    CHECK(chosen(dialog, 1) == QStringLiteral("arrival"));
    CHECK(chosen(dialog, 2) == QStringLiteral("departure"));
    CHECK(chosen(dialog, 3) == QStringLiteral("room"));
    CHECK(chosen(dialog, 4) == QStringLiteral("rate"));
    CHECK(chosen(dialog, 5) == QStringLiteral("ignore"));
    CHECK(dialog.columnChoice(1)->currentText() == QStringLiteral("Arrival date"));
    CHECK(dialog.columnsTable()->item(5, 0)->text() == QStringLiteral("Remarks (not recognised)"));
    CHECK(dialog.columnsTable()->item(5, 1)->text() == QStringLiteral("late arrival"));

    CHECK(dialog.statusText() == QStringLiteral("2 stays ready to import. Columns not read: Remarks."));
    CHECK(dialog.problemsList()->count() == 0);
    REQUIRE(dialog.importButton()->isEnabled());
    CHECK(dialog.importButton()->text() == QStringLiteral("&Import 2 Stays"));
    CHECK(dialog.importButton()->isDefault());
    CHECK(f.t.count(QStringLiteral("stays")) == 0); // the check wrote nothing

    QTest::keyClick(&dialog, Qt::Key_Return);
    REQUIRE(settled(dialog));
    CHECK(dialog.statusText() == QStringLiteral("2 stays imported. Columns not read: Remarks."));
    REQUIRE(imported.count() == 1);
    CHECK(imported.at(0).at(0).toLongLong() == 2);
    CHECK(f.t.count(QStringLiteral("stays")) == 2);
    CHECK(f.value(QStringLiteral("SELECT room FROM stays WHERE arrival = '2026-05-10'")).toString()
          == QStringLiteral("204"));
    CHECK(dialog.closeButton()->text() == QStringLiteral("&Close"));
    QTest::keyClick(&dialog, Qt::Key_Escape);
    CHECK_FALSE(dialog.isVisible());
    CHECK(dialog.result() == QDialog::Accepted);
}

TEST_CASE("a stays file with a bad row lists it by line and field and imports nothing", "[ui][import]")
{
    RecordsFixture f;
    const QString path = f.write("bad-stays.csv", "email,arrival,departure,room,status\n"
                                                  "aram@example.am,2026-05-01,2026-05-03,101,\n"
                                                  "nino@example.ge,2026-05-10,2026-05-12,204,maybe\n"
                                                  "nobody@example.com,2026-05-10,2026-05-12,205,\n");
    ImportRecordsDialog dialog(f.services, Kind::Stays, path);
    dialog.show();
    REQUIRE(settled(dialog));

    REQUIRE(dialog.problemsList()->count() == 2);
    CHECK(dialog.problemsList()->item(0)->text().startsWith(QStringLiteral("Line 3 · Status · \"maybe\"")));
    CHECK(dialog.problemsList()->item(1)->text().startsWith(QStringLiteral("Line 4 · ")));
    CHECK(dialog.problemsList()->isVisible());
    CHECK(dialog.statusText().startsWith(QStringLiteral("2 problems must be fixed")));
    CHECK_FALSE(dialog.importButton()->isEnabled());
    CHECK_FALSE(dialog.importButton()->isDefault());
    QTest::keyClick(&dialog, Qt::Key_Return); // not ready: nothing happens
    CHECK_FALSE(dialog.isBusy());
    CHECK(f.t.count(QStringLiteral("stays")) == 0);
}

TEST_CASE("skip mode imports the good stays and saves the rows left out to the file it asks for",
          "[ui][import]")
{
    RecordsFixture f;
    const QString path = f.write("front-desk-stays.csv", "email,arrival,departure,room\n"
                                                         "aram@example.am,2026-05-01,2026-05-03,101\n"
                                                         "nino@example.ge,2026-05-12,2026-05-10,204\n"
                                                         "nino@example.ge,2026-05-20,2026-05-22,205\n");
    ImportRecordsDialog dialog(f.services, Kind::Stays, path);
    dialog.show();
    REQUIRE(settled(dialog));
    CHECK_FALSE(dialog.importButton()->isEnabled()); // all or nothing: the bad row stops it

    dialog.skipBadRowsBox()->setChecked(true);
    REQUIRE(settled(dialog));
    CHECK(dialog.heading()->text().contains(QStringLiteral("Rows with problems are left out")));
    INFO(dialog.statusText().toStdString());
    REQUIRE(dialog.importButton()->isEnabled());
    CHECK(dialog.statusText().startsWith(
        QStringLiteral("2 stays ready to import; 1 row(s) with the problems below will be left out")));
    REQUIRE(dialog.problemsList()->count() == 1);
    CHECK(dialog.problemsList()->item(0)->text().startsWith(QStringLiteral("Line 3 · ")));

    const QString rejects = f.t.filePath(QStringLiteral("to-fix.csv"));
    FileChooser::answerNext(rejects);
    QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
    REQUIRE(settled(dialog));
    CHECK(FileChooser::pendingAnswers() == 0);
    CHECK(FileChooser::lastCaption() == QStringLiteral("Save the Rows Left Out"));
    CHECK(QFileInfo(FileChooser::lastSuggested()).fileName()
          == QStringLiteral("front-desk-stays-rows-left-out.csv"));
    CHECK(f.t.count(QStringLiteral("stays")) == 2);
    CHECK(dialog.statusText()
          == QStringLiteral("2 stays imported. 1 row(s) with problems left out, saved to %1.")
                 .arg(QDir::toNativeSeparators(rejects)));
    QFile file(rejects);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    CHECK(text.startsWith(QStringLiteral(
        "email,arrival,departure,room,import_error\r\nnino@example.ge,2026-05-12,2026-05-10,204,")));
}

TEST_CASE("skip mode asks where the rows left out go, and a Cancel there imports nothing", "[ui][import]")
{
    RecordsFixture f;
    const QString path = f.write("stays.csv", "email,arrival,departure\n"
                                              "aram@example.am,2026-05-01,2026-05-03\n"
                                              "aram@example.am,2026-05-01,someday\n");
    ImportRecordsDialog dialog(f.services, Kind::Stays, path);
    dialog.show();
    REQUIRE(settled(dialog));
    dialog.skipBadRowsBox()->setChecked(true);
    REQUIRE(settled(dialog));
    REQUIRE(dialog.importButton()->isEnabled());
    FileChooser::answerNext(QString()); // Cancel
    dialog.importButton()->click();
    REQUIRE(settled(dialog));
    CHECK(FileChooser::pendingAnswers() == 0);
    CHECK(f.t.count(QStringLiteral("stays")) == 0);
    CHECK(dialog.importButton()->isEnabled());
    CHECK(dialog.isVisible());
}

TEST_CASE("an ambiguous date in a stays file is a problem until Day first is chosen", "[ui][import]")
{
    RecordsFixture f;
    const QString path = f.write("dates.csv", "email,arrival,departure,room\n"
                                              "aram@example.am,03/04/2026,05/04/2026,101\n");
    ImportRecordsDialog dialog(f.services, Kind::Stays, path);
    dialog.show();
    REQUIRE(settled(dialog));
    REQUIRE(dialog.problemsList()->count() >= 1);
    CHECK(dialog.problemsList()->item(0)->text().startsWith(QStringLiteral("Line 2 · Arrival date · ")));
    CHECK_FALSE(dialog.importButton()->isEnabled());

    dialog.dateFormatChoice()->setCurrentIndex(
        dialog.dateFormatChoice()->findData(QStringLiteral("DD/MM/YYYY")));
    REQUIRE(settled(dialog));
    CHECK(dialog.problemsList()->count() == 0);
    CHECK(dialog.statusText() == QStringLiteral("1 stay ready to import."));
    REQUIRE(dialog.importButton()->isEnabled());
    dialog.importButton()->click();
    REQUIRE(settled(dialog));
    CHECK(f.value(QStringLiteral("SELECT arrival || ' ' || departure FROM stays")).toString()
          == QStringLiteral("2026-04-03 2026-04-05"));
}

TEST_CASE("a column chosen by hand is what the check and the import read", "[ui][import]")
{
    RecordsFixture f;
    const QString path = f.write("hand.csv", "Guest mail,From,To\n"
                                             "nino@example.ge,2026-05-10,2026-05-12\n");
    ImportRecordsDialog dialog(f.services, Kind::Stays, path);
    dialog.show();
    REQUIRE(settled(dialog));
    CHECK(chosen(dialog, 0) == QStringLiteral("ignore"));
    REQUIRE(dialog.problemsList()->count() == 1);
    CHECK(dialog.problemsList()->item(0)->text().startsWith(QStringLiteral("Line 1 · Arrival date · ")));

    for (const auto &[column, token] :
         {std::pair{0, "email"}, std::pair{1, "arrival"}, std::pair{2, "departure"}}) {
        QComboBox *choice = dialog.columnChoice(column);
        choice->setCurrentIndex(choice->findData(QString::fromLatin1(token)));
    }
    REQUIRE(settled(dialog));
    CHECK(dialog.problemsList()->count() == 0);
    REQUIRE(dialog.importButton()->isEnabled());
    QTest::keyClick(&dialog, Qt::Key_Enter);
    REQUIRE(settled(dialog));
    CHECK(f.t.count(QStringLiteral("stays")) == 1);
}

TEST_CASE("the feedback import dialog imports ratings like 4/5 and counts the entries stored already",
          "[ui][import]")
{
    RecordsFixture f;
    const QByteArray rows = "Review date,Rating,Review,E-mail\n"
                            "2026-05-02,4/5,Lovely breakfast and a quiet room,aram@example.am\n"
                            "2026-05-03,9/10,The staff were kind,\n";
    const QString path = f.write("reviews.csv", rows);
    {
        ImportRecordsDialog dialog(f.services, Kind::Feedback, path);
        QSignalSpy imported(&dialog, &ImportRecordsDialog::imported);
        dialog.show();
        REQUIRE(settled(dialog));
        CHECK(dialog.windowTitle() == QStringLiteral("Import Feedback"));
        CHECK(dialog.heading()->text().contains(QStringLiteral("Each row becomes a feedback entry")));
        CHECK(chosen(dialog, 0) == QStringLiteral("date"));
        CHECK(chosen(dialog, 1) == QStringLiteral("rating"));
        CHECK(chosen(dialog, 2) == QStringLiteral("text"));
        CHECK(chosen(dialog, 3) == QStringLiteral("email"));
        CHECK(dialog.statusText() == QStringLiteral("2 feedback entries ready to import."));
        REQUIRE(dialog.importButton()->isEnabled());
        CHECK(dialog.importButton()->text() == QStringLiteral("&Import 2 Feedback Entries"));
        QTest::keyClick(&dialog, Qt::Key_Return);
        REQUIRE(settled(dialog));
        CHECK(dialog.statusText() == QStringLiteral("2 feedback entries imported."));
        REQUIRE(imported.count() == 1);
        CHECK(imported.at(0).at(0).toLongLong() == 2);
    }
    CHECK(f.t.count(QStringLiteral("feedback")) == 2);
    CHECK(f.value(QStringLiteral("SELECT rating_scale FROM feedback WHERE rating = 4")).toString()
          == QStringLiteral("1-5"));
    CHECK(f.value(QStringLiteral("SELECT count(*) FROM feedback f JOIN guests g ON g.id = f.guest_id"))
              .toLongLong()
          == 1);

    // The same file again adds nothing: every row is stored already.
    {
        ImportRecordsDialog again(f.services, Kind::Feedback, path);
        again.show();
        REQUIRE(settled(again));
        CHECK(again.statusText()
              == QStringLiteral("Every row is stored already: 2 row(s) would be skipped, nothing added."));
        CHECK_FALSE(again.importButton()->isEnabled());
    }
    // With one row more, the new one is added and the others are counted as skipped.
    const QString more =
        f.write("reviews-more.csv", rows + "2026-05-04,nps:9,Would come back,nino@example.ge\n");
    ImportRecordsDialog dialog(f.services, Kind::Feedback, more);
    dialog.show();
    REQUIRE(settled(dialog));
    CHECK(dialog.statusText()
          == QStringLiteral(
              "1 feedback entry ready to import. 2 row(s) are stored already and will be skipped."));
    dialog.importButton()->click();
    REQUIRE(settled(dialog));
    CHECK(dialog.statusText()
          == QStringLiteral("1 feedback entry imported. 2 row(s) skipped as already stored."));
    CHECK(f.t.count(QStringLiteral("feedback")) == 3);
}

TEST_CASE("bare-number ratings are a problem until the rating scale is chosen", "[ui][import]")
{
    RecordsFixture f;
    const QString path = f.write("survey.csv", "date,score,comment\n"
                                               "2026-05-02,4,Fine\n"
                                               "2026-05-03,2,Noisy at night\n");
    ImportRecordsDialog dialog(f.services, Kind::Feedback, path);
    dialog.show();
    REQUIRE(settled(dialog));
    REQUIRE(dialog.scaleChoice() != nullptr);
    REQUIRE(dialog.problemsList()->count() == 2);
    CHECK(dialog.problemsList()->item(0)->text().startsWith(QStringLiteral("Line 2 · Rating · ")));
    CHECK_FALSE(dialog.importButton()->isEnabled());

    dialog.scaleChoice()->setCurrentIndex(dialog.scaleChoice()->findData(QStringLiteral("1-5")));
    REQUIRE(settled(dialog));
    CHECK(dialog.problemsList()->count() == 0);
    REQUIRE(dialog.importButton()->isEnabled());
    dialog.importButton()->click();
    REQUIRE(settled(dialog));
    CHECK(f.value(QStringLiteral("SELECT group_concat(rating_scale) FROM feedback")).toString()
          == QStringLiteral("1-5,1-5"));
}

TEST_CASE("the status counts stays added, skipped as already stored and left out", "[ui][import]")
{
    RecordsFixture f;
    const QString first = f.write("first.csv", "email,arrival,departure,booking_ref\n"
                                               "aram@example.am,2026-05-01,2026-05-03,BK-1\n");
    {
        ImportRecordsDialog dialog(f.services, Kind::Stays, first);
        dialog.show();
        REQUIRE(settled(dialog));
        dialog.importButton()->click();
        REQUIRE(settled(dialog));
        REQUIRE(f.t.count(QStringLiteral("stays")) == 1);
    }
    const QString second = f.write("second.csv", "email,arrival,departure,booking_ref\n"
                                                 "aram@example.am,2026-05-01,2026-05-03,BK-1\n"
                                                 "nino@example.ge,2026-05-05,2026-05-07,BK-2\n"
                                                 "nino@example.ge,2026-05-09,,BK-3\n");
    ImportRecordsDialog dialog(f.services, Kind::Stays, second);
    dialog.show();
    REQUIRE(settled(dialog));
    dialog.skipBadRowsBox()->setChecked(true);
    REQUIRE(settled(dialog));
    REQUIRE(dialog.importButton()->isEnabled());
    CHECK(dialog.importButton()->text() == QStringLiteral("&Import 1 Stay"));
    const QString rejects = f.t.filePath(QStringLiteral("second-left-out.csv"));
    FileChooser::answerNext(rejects);
    QTest::keyClick(&dialog, Qt::Key_Return);
    REQUIRE(settled(dialog));
    CHECK(dialog.statusText()
          == QStringLiteral("1 stay imported. 1 row(s) skipped as already stored. 1 row(s) with problems "
                            "left out, saved to %1.")
                 .arg(QDir::toNativeSeparators(rejects)));
    CHECK(f.t.count(QStringLiteral("stays")) == 2);
    CHECK(QFileInfo::exists(rejects));
}

TEST_CASE("Escape stops a stays import and adds nothing, and Import can start again", "[ui][import]")
{
    RecordsFixture f;
    QByteArray text = "email,arrival,departure,booking_ref\n";
    for (int i = 0; i < 1'500; ++i)
        text += "aram@example.am,2026-05-01,2026-05-03,BK-" + QByteArray::number(i) + "\n";
    const QString path = f.write("long-stays.csv", text);
    ImportRecordsDialog dialog(f.services, Kind::Stays, path);
    QSignalSpy imported(&dialog, &ImportRecordsDialog::imported);
    dialog.show();
    REQUIRE(settled(dialog));
    REQUIRE(dialog.importButton()->isEnabled());

    QTest::keyClick(&dialog, Qt::Key_Return);
    REQUIRE(dialog.isBusy());
    CHECK(dialog.closeButton()->text() == QStringLiteral("&Stop"));
    REQUIRE(QTest::qWaitFor(
        [&] {
            return dialog.statusText().startsWith(QStringLiteral("Importing… "))
                   && dialog.statusText() != QStringLiteral("Importing…");
        },
        30'000));
    QTest::keyClick(&dialog, Qt::Key_Escape);
    REQUIRE(settled(dialog));
    CHECK(dialog.isVisible());
    CHECK(dialog.statusText()
          == QStringLiteral("The import was stopped; nothing was added. Press Import to start again."));
    CHECK(dialog.importButton()->isEnabled());
    CHECK(dialog.closeButton()->text() == QStringLiteral("Cancel"));
    CHECK(imported.count() == 0);
    CHECK(f.t.count(QStringLiteral("stays")) == 0);
}

TEST_CASE("every control of the records import dialog is reached by Tab and its mnemonics differ",
          "[ui][import]")
{
    RecordsFixture f;
    const QString path = f.write("reviews.csv", "date,rating,text\n2026-05-02,4/5,Fine\n2026-05-03,2,\n");
    ImportRecordsDialog dialog(f.services, Kind::Feedback, path);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    REQUIRE(settled(dialog));
    REQUIRE(dialog.problemsList()->count() == 1); // the bare "2" needs a scale: the list is shown
    QApplication::setActiveWindow(&dialog);
    REQUIRE(QTest::qWaitForWindowActive(&dialog));

    // Tab from the table around the dialog: every column choice and every other control.
    dialog.columnsTable()->setFocus();
    QSet<QWidget *> reached;
    for (int i = 0; i < 20; ++i) {
        reached.insert(QApplication::focusWidget());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
    QList<QWidget *> expected{dialog.columnsTable(),   dialog.dateFormatChoice(), dialog.scaleChoice(),
                              dialog.skipBadRowsBox(), dialog.problemsList(),     dialog.reloadButton(),
                              dialog.closeButton()};
    for (int column = 0; column < 3; ++column)
        expected.append(dialog.columnChoice(column));
    for (QWidget *widget : expected) {
        INFO(widget->metaObject()->className() << " " << widget->objectName().toStdString());
        CHECK(reached.contains(widget));
    }

    // Every mnemonic shown at once is a different letter, and each label has its buddy.
    QStringList texts;
    for (QLabel *label : dialog.findChildren<QLabel *>()) {
        if (label->text().contains(QLatin1Char('&')) && label->textFormat() != Qt::RichText) {
            CHECK(label->buddy() != nullptr);
            texts.append(label->text());
        }
    }
    for (QAbstractButton *button : dialog.findChildren<QAbstractButton *>())
        texts.append(button->text());
    QSet<QChar> letters;
    static const QRegularExpression mnemonic(QStringLiteral("&([^&])"));
    for (const QString &text : texts) {
        const auto match = mnemonic.match(text);
        if (!match.hasMatch())
            continue;
        const QChar letter = match.captured(1).at(0).toLower();
        INFO(text.toStdString());
        CHECK_FALSE(letters.contains(letter));
        letters.insert(letter);
    }
    CHECK(letters.size() >= 6); // columns, dates, ratings, leave out, reload, import

    // Escape before importing closes the dialog without importing.
    QTest::keyClick(&dialog, Qt::Key_Escape);
    CHECK_FALSE(dialog.isVisible());
    CHECK(dialog.result() == QDialog::Rejected);
    CHECK(f.t.count(QStringLiteral("feedback")) == 0);
}

TEST_CASE("File > Import Stays and Import Feedback ask for the file and open the records dialog", "[ui][import]")
{
    RecordsFixture f;
    MainWindow window(f.services);
    window.show();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    const QString stays = f.write("reservations.csv", "email,arrival,departure,room,booking_ref\n"
                                                      "aram@example.am,2026-03-01,2026-03-04,204,BK-77\n");
    for (const auto &[action, path, kind] : {std::tuple{"importStays", stays, Kind::Stays},
                                             std::tuple{"importFeedback", stays, Kind::Feedback}}) {
        INFO(action);
        auto *menuAction = window.findChild<QAction *>(QString::fromLatin1(action));
        REQUIRE(menuAction != nullptr);
        FileChooser::answerNext(path);
        bool shown = false;
        test::whenDialogShows<ImportRecordsDialog>([&shown, kind = kind](ImportRecordsDialog *dialog) {
            shown = dialog->kind() == kind;
            REQUIRE(settled(*dialog));
            if (kind == Kind::Stays)
                QTest::keyClick(dialog, Qt::Key_Return); // the one stay is good: imported
            REQUIRE(settled(*dialog));
            QTest::keyClick(dialog, Qt::Key_Escape);
        });
        menuAction->trigger();
        CHECK(shown);
        CHECK(FileChooser::pendingAnswers() == 0);
    }
    CHECK(f.t.count(QStringLiteral("stays")) == 1);
    CHECK(f.t.count(QStringLiteral("feedback")) == 0);
}

TEST_CASE("a stays file from an older Windows program is read once its encoding is chosen", "[ui][import]")
{
    RecordsFixture f;
    // "email,заезд,выезд" and a row, in windows-1251.
    const QString path = f.write("stays-1251.csv", "email," + QByteArray::fromHex("e7e0e5e7e4") + ","
                                                       + QByteArray::fromHex("e2fbe5e7e4")
                                                       + "\naram@example.am,2026-02-01,2026-02-03\n");
    ImportRecordsDialog dialog(f.services, Kind::Stays, path);
    dialog.show();
    REQUIRE(settled(dialog));
    CHECK_FALSE(dialog.importButton()->isEnabled());
    dialog.encodingChoice()->setCurrentIndex(
        dialog.encodingChoice()->findData(QStringLiteral("windows-1251")));
    REQUIRE(settled(dialog));
    REQUIRE(dialog.columnsTable()->rowCount() == 3);
    CHECK(dialog.columnsTable()->item(1, 0)->text().startsWith(QStringLiteral("заезд")));
    CHECK(chosen(dialog, 1) == QStringLiteral("arrival"));
    REQUIRE(dialog.importButton()->isEnabled());
    dialog.importButton()->click();
    REQUIRE(settled(dialog));
    CHECK(f.t.count(QStringLiteral("stays")) == 1);
}
