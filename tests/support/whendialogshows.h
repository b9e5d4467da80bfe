// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "qstringmaker.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTest>
#include <QTimer>
#include <QWidget>

namespace innkeep::test {

// The one way a GUI test works a modal dialog (QDialog::exec blocks the test until it closes):
// call this first, then the action that opens the dialog. Every few milliseconds it looks for a
// modal D; once one shows it is activated (offscreen does not always hand focus to a modal child)
// and `step` runs on it with the keyboard focus inside it. No D within `timeoutMs` fails the test
// and closes whatever modal window is up instead, so the test never hangs. File dialogs and
// message boxes are answered through ui::FileChooser and ui::Question instead.
template<typename D, typename Step>
void whenDialogShows(Step step, int timeoutMs = 5000)
{
    auto *poll = new QTimer;
    poll->setInterval(5);
    QElapsedTimer waited;
    waited.start();
    QObject::connect(poll, &QTimer::timeout, poll, [poll, waited, step, timeoutMs] {
        auto *dialog = qobject_cast<D *>(QApplication::activeModalWidget());
        if (!dialog && waited.elapsed() < timeoutMs)
            return;
        poll->stop();
        poll->deleteLater();
        if (!dialog) {
            const QWidget *other = QApplication::activeModalWidget();
            FAIL_CHECK("No " << D::staticMetaObject.className() << " showed within " << timeoutMs
                             << " ms (modal: " << (other ? other->metaObject()->className() : "none") << ")");
            if (QWidget *open = QApplication::activeModalWidget())
                open->close();
            return;
        }
        QApplication::setActiveWindow(dialog);
        REQUIRE(QTest::qWaitForWindowActive(dialog));
        REQUIRE(QApplication::focusWidget() != nullptr);
        REQUIRE(QApplication::focusWidget()->window() == dialog);
        step(dialog);
    });
    poll->start();
}

} // namespace innkeep::test
