// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The window's import on files as they arrive (issue 16, items 6 and 9): the dialog shares the
// core reader, so a UTF-16 list is read, a control character is shown at its line and column,
// and a pipe is refused instead of freezing the window.
#include "appservices.h"
#include "guests/importguestsdialog.h"
#include "tempdatabase.h"
#include "venue/venuesettings.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

#include <sys/stat.h>

using namespace innkeep;
using namespace innkeep::ui;

namespace {

bool settled(const ImportGuestsDialog &dialog)
{
    return QTest::qWaitFor([&] { return !dialog.isBusy(); }, 20'000) && (QTest::qWait(30), !dialog.isBusy());
}

QString csv(const char *name)
{
    return QStringLiteral(INNKEEP_TEST_DATA "/csv/") + QString::fromLatin1(name);
}

struct Fixture
{
    test::TempDatabase t;
    AppServices services{t.db()};
    Fixture() { REQUIRE(VenueSettings(t.db()).setPhoneRegion(QStringLiteral("AM")).has_value()); }
};

} // namespace

TEST_CASE("the import dialog reads a UTF-16 list like its UTF-8 original", "[ui][import]")
{
    Fixture f;
    ImportGuestsDialog dialog(f.services, csv("guests-utf16be-nobom.csv"));
    dialog.show();
    REQUIRE(settled(dialog));
    QTableWidget *columns = dialog.columnsTable();
    REQUIRE(columns->rowCount() == 16);
    CHECK(qobject_cast<QComboBox *>(columns->cellWidget(0, 2))->currentData().toString()
          == QStringLiteral("given_name"));
    CHECK(columns->item(2, 1)->text() == QStringLiteral("Արամ"));
    INFO(dialog.statusText().toStdString());
    CHECK(dialog.importButton()->isEnabled());
    CHECK(dialog.problemsList()->count() == 0);
}

TEST_CASE("the import dialog shows a control character at its line and column and imports nothing",
          "[ui][import]")
{
    Fixture f;
    ImportGuestsDialog dialog(f.services, csv("guests-escape-in-field.csv"));
    dialog.show();
    REQUIRE(settled(dialog));
    REQUIRE(dialog.problemsList()->count() == 1);
    const QString problem = dialog.problemsList()->item(0)->text();
    INFO(problem.toStdString());
    CHECK(problem.startsWith(QStringLiteral("Line 2 · Family name · ")));
    CHECK(problem.contains(QStringLiteral("U+001B")));
    CHECK_FALSE(dialog.importButton()->isEnabled());
    CHECK(f.t.count(QStringLiteral("guests")) == 0);
}

TEST_CASE("the import dialog refuses a pipe at once instead of waiting for a writer", "[ui][import]")
{
    Fixture f;
    const QString fifo = f.t.filePath(QStringLiteral("guests.csv"));
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    QElapsedTimer timer;
    timer.start();
    ImportGuestsDialog dialog(f.services, fifo); // reading its columns used to block the window here
    dialog.show();
    REQUIRE(settled(dialog));
    CHECK(timer.elapsed() < 10'000);
    REQUIRE(dialog.problemsList()->count() == 1);
    CHECK(dialog.problemsList()->item(0)->text().contains(QStringLiteral("not a regular file")));
    CHECK_FALSE(dialog.importButton()->isEnabled());
}
