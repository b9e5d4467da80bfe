// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDir>
#include <QTest>
#include <QWidget>

#include <catch2/catch.hpp>

namespace innkeep::ui {

// Where the screenshot tests write: $INNKEEP_SCREENSHOT_DIR, else docs/screenshots of the source tree.
inline QString screenshotDir()
{
    const QString dir = qEnvironmentVariableIsSet("INNKEEP_SCREENSHOT_DIR")
                            ? qEnvironmentVariable("INNKEEP_SCREENSHOT_DIR")
                            : QStringLiteral(INNKEEP_SCREENSHOT_DIR);
    QDir().mkpath(dir);
    return dir;
}

// Lets pending layouts and paints settle, then saves the widget as NAME.png.
inline void saveScreenshot(QWidget *widget, const QString &name)
{
    for (int i = 0; i < 5; ++i) {
        QCoreApplication::processEvents();
        QTest::qWait(10);
    }
    REQUIRE(widget->grab().save(screenshotDir() + QLatin1Char('/') + name + QStringLiteral(".png")));
}

} // namespace innkeep::ui
