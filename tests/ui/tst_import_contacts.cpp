// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// File ▸ Import Guests with a vCard file: every card checked, one question, then the guests.
#include "appservices.h"
#include "guests/guestspage.h"
#include "mainwindow.h"
#include "tempdatabase.h"
#include "widgets/filechooser.h"
#include "widgets/question.h"

#include <QStatusBar>
#include <QTest>

using namespace innkeep;
using namespace innkeep::ui;

TEST_CASE("Import Guests with a .vcf file: checked, asked once, added", "[ui][vcard]")
{
    test::TempDatabase t;
    AppServices services(t.db());
    MainWindow window(services);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    const QString path = t.filePath(QStringLiteral("phone.vcf"));
    test::writeBytes(path, "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Gevorgyan;Hasmik;;;\r\nFN:Hasmik Gevorgyan\r\n"
                           "TEL;TYPE=CELL:+374 91 234567\r\nEND:VCARD\r\n"
                           "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Kirakosyan;Tigran;;;\r\nFN:Tigran Kirakosyan\r\n"
                           "EMAIL:tigran@example.am\r\nEND:VCARD\r\n");
    // No: nothing added.
    FileChooser::answerNext(path);
    Question::answerNext(QMessageBox::No);
    window.importGuests();
    CHECK(Question::lastText() == QStringLiteral("Add 2 guests from phone.vcf?"));
    CHECK(t.count(QStringLiteral("guests")) == 0);
    // Yes: both, and the list shows.
    FileChooser::answerNext(path);
    Question::answerNext(QMessageBox::Yes);
    window.importGuests();
    CHECK(t.count(QStringLiteral("guests")) == 2);
    CHECK(window.statusBar()->currentMessage() == QStringLiteral("Imported 2 guests from phone.vcf."));
    CHECK(window.currentPage() == static_cast<QWidget *>(window.guestsPage()));

    // A broken card: said with its line, nothing added.
    test::writeBytes(path, "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:A B\r\nEMAIL:a@\r\nEND:VCARD\r\n");
    FileChooser::answerNext(path);
    Question::answerNext(QMessageBox::Ok);
    window.importGuests();
    CHECK(Question::lastText().contains(QStringLiteral("phone.vcf:1: email: ")));
    CHECK(t.count(QStringLiteral("guests")) == 2);
}
