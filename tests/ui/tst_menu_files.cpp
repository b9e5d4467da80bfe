// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Menu paths that ask for a file or show a message box, driven end to end through the test
// seams (FileChooser, Question) instead of calling the function behind the menu.
#include "filemode.h"
#include "tickets/handoverdialog.h"
#include "ticketswindowfixture.h"
#include "whendialogshows.h"
#include "widgets/filechooser.h"
#include "widgets/question.h"

#include <QDate>
#include <QFileInfo>
#include <QMenuBar>
#include <QPushButton>

using namespace innkeep;
using namespace innkeep::ui;
using innkeep::test::modeOf;

namespace {

// The action `text` (without its & marks) in the menu bar's menu `menu`.
QAction *menuAction(QMainWindow &window, const QString &menu, const QString &text)
{
    const auto plain = [](QString label) { return label.remove(QLatin1Char('&')); };
    for (QAction *top : window.menuBar()->actions()) {
        if (!top->menu() || plain(top->text()) != menu)
            continue;
        for (QAction *action : top->menu()->actions()) {
            if (plain(action->text()) == text)
                return action;
        }
    }
    return nullptr;
}

} // namespace

TEST_CASE("Tickets > Shift Handover > Save as PDF writes the report where the file question says",
          "[ui][tickets][handover]")
{
    test::TicketsWindowFixture f;
    QAction *handover = menuAction(f.window, QStringLiteral("Tickets"), QStringLiteral("Shift Handover…"));
    REQUIRE(handover != nullptr);
    const QString path = f.t.filePath(QStringLiteral("shift.pdf"));
    FileChooser::answerNext(path);
    bool saved = false;
    test::whenDialogShows<HandoverDialog>([&saved](HandoverDialog *dialog) {
        QPushButton *pdf = nullptr;
        for (QPushButton *button : dialog->findChildren<QPushButton *>()) {
            if (button->text() == QStringLiteral("Save as PD&F…"))
                pdf = button;
        }
        REQUIRE(pdf != nullptr);
        QTest::mouseClick(pdf, Qt::LeftButton);
        saved = true;
        dialog->reject();
    });
    handover->trigger();
    REQUIRE(saved);
    CHECK(FileChooser::pendingAnswers() == 0);
    CHECK(FileChooser::lastCaption() == QStringLiteral("Save Handover as PDF"));
    // The suggested name is the handover of the venue's today (its clock), in the documents folder.
    CHECK(QFileInfo(FileChooser::lastSuggested()).fileName()
          == QStringLiteral("handover-%1.pdf").arg(f.t.clock().today().toString(Qt::ISODate)));
    CHECK(test::readBytes(path).startsWith("%PDF"));
    CHECK(modeOf(path) == 0600);
}

TEST_CASE("Tickets > Shift Handover > Save as PDF, cancelled at the file question, writes nothing",
          "[ui][tickets][handover]")
{
    test::TicketsWindowFixture f;
    QAction *handover = menuAction(f.window, QStringLiteral("Tickets"), QStringLiteral("Shift Handover…"));
    REQUIRE(handover != nullptr);
    FileChooser::answerNext(QString());
    test::whenDialogShows<HandoverDialog>([](HandoverDialog *dialog) {
        for (QPushButton *button : dialog->findChildren<QPushButton *>()) {
            if (button->text() == QStringLiteral("Save as PD&F…"))
                QTest::mouseClick(button, Qt::LeftButton);
        }
        dialog->reject();
    });
    handover->trigger();
    CHECK(FileChooser::pendingAnswers() == 0);
    CHECK(QDir(f.t.filePath(QString())).entryList({QStringLiteral("*.pdf")}, QDir::Files).isEmpty());
}

TEST_CASE("Help > About Innkeep is a message box the seam can answer", "[ui]")
{
    test::TicketsWindowFixture f;
    QAction *about = menuAction(f.window, QStringLiteral("Help"), QStringLiteral("About Innkeep"));
    REQUIRE(about != nullptr);
    Question::answerNext(QMessageBox::Ok);
    about->trigger();
    CHECK(Question::pendingAnswers() == 0);
    CHECK(Question::lastTitle() == QStringLiteral("About Innkeep"));
    CHECK(Question::lastText().contains(QStringLiteral("Know your guests")));
}
