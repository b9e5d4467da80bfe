// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The shared Catch2 main (tests/support/testmain.cpp) with a QGuiApplication: the report draws text.
#define CATCH_CONFIG_RUNNER
#include <QGuiApplication>

#include <catch2/catch.hpp>

int main(int argc, char *argv[])
{
    // Without a display, Qt would abort while CTest lists the tests, and CTest would find none.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("innkeep-tests"));
    return Catch::Session().run(argc, argv);
}
