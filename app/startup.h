// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/clock.h"
#include "house/openvenue.h"

#include <QString>

#include <memory>

class QWidget;

namespace innkeep::app {

// Loads our catalogue and Qt's for `language` ("" = the system's) and makes it the default locale.
void loadTranslations(const QString &language);

// Opens `path`; a refused file (not Innkeep, unreadable, newer) shows the core's message and
// offers another file. Returns null when the user gives up. Never changes a refused file. A
// damaged or read-only file opens read-only (the window shows why).
[[nodiscard]] std::unique_ptr<OpenVenue> openInteractively(QString path, const Clock &clock,
                                                           OpenVenue::Mode mode);

// Makes the demo database at `path` (DemoFile: built aside, renamed when complete) on a worker
// thread behind a progress dialog with Cancel. False when cancelled or failed (nothing is left).
[[nodiscard]] bool createDemo(const QString &path, const Clock &clock, QWidget *parent = nullptr);

[[nodiscard]] QString demoPath();

} // namespace innkeep::app
