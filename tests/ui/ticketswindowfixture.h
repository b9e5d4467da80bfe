// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "appservices.h"
#include "mainwindow.h"
#include "samplevenue.h"
#include "tempdatabase.h"
#include "tickets/ticketsmodule.h"

#include <QLocale>
#include <QTest>

#include <catch2/catch.hpp>

namespace innkeep::test {

// The real main window over the sample venue in a fresh temporary database, wired with the
// tickets module as main() wires it, in UK English, shown and active.
struct TicketsWindowFixture
{
    TempDatabase t;
    SampleVenue v = fillSampleVenue(t.db());
    ui::AppServices services{t.db()};
    ui::MainWindow window{services};
    ui::TicketsModule module{services, window};
    TicketsWindowFixture()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        window.show();
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
    }
    void activateWindow()
    {
        window.activateWindow(); // no window manager hands activation back after a dialog
        REQUIRE(QTest::qWaitForWindowActive(&window));
    }
};

} // namespace innkeep::test
