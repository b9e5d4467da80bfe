// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Details a shift trips over: the mouse wheel over a settings control, `innkeep --help` on a
// machine without a display.
#include "widgets/wheelguard.h"

#include <QApplication>
#include <QComboBox>
#include <QProcess>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QTest>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <catch2/catch.hpp>

using namespace innkeep::ui;

namespace {

void wheelOver(QWidget *widget)
{
    const QPointF at(widget->width() / 2.0, widget->height() / 2.0);
    QWheelEvent wheel(at, widget->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(widget, &wheel);
}

} // namespace

TEST_CASE("The mouse wheel scrolls the page over a control without focus, and changes it with focus",
          "[ui][details]")
{
    WheelGuard guard;
    qApp->installEventFilter(&guard);
    QScrollArea area;
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    auto *spin = new QSpinBox;
    spin->setRange(0, 100);
    spin->setValue(50);
    auto *combo = new QComboBox;
    combo->addItems({QStringLiteral("Low"), QStringLiteral("Medium"), QStringLiteral("High")});
    combo->setCurrentIndex(1);
    auto *other = new QSpinBox;
    layout->addWidget(other);
    layout->addWidget(spin);
    layout->addWidget(combo);
    layout->addSpacing(2000);
    area.setWidget(page);
    area.resize(300, 200);
    area.show();
    REQUIRE(QTest::qWaitForWindowExposed(&area));
    other->setFocus();

    wheelOver(spin);
    wheelOver(combo);
    CHECK(spin->value() == 50);
    CHECK(combo->currentIndex() == 1);
    CHECK(area.verticalScrollBar()->value() > 0);

    spin->setFocus();
    REQUIRE(spin->hasFocus());
    wheelOver(spin);
    CHECK(spin->value() != 50);
    qApp->removeEventFilter(&guard);
}

TEST_CASE("innkeep --help and --version need no display", "[ui][details]")
{
    for (const char *option : {"--help", "--version"}) {
        QProcess app;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("DISPLAY"));
        environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
        environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
        app.setProcessEnvironment(environment);
        app.start(QStringLiteral(INNKEEP_APP), {QString::fromLatin1(option)});
        REQUIRE(app.waitForFinished(30000));
        INFO(app.readAllStandardError().toStdString());
        CHECK(app.exitStatus() == QProcess::NormalExit);
        CHECK(app.exitCode() == 0);
        const QString out = QString::fromUtf8(app.readAllStandardOutput());
        if (qstrcmp(option, "--help") == 0)
            CHECK(out.contains(QStringLiteral("--db")));
        else
            CHECK(out.contains(QStringLiteral("innkeep")));
    }
}
