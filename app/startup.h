// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/clock.h"
#include "storage/database.h"

#include <QString>

#include <memory>

class QWidget;

namespace innkeep::app {

// Loads our catalogue and Qt's for `language` ("" = the system's) and makes it the default locale.
void loadTranslations(const QString &language);

// Opens `path`; a refused file (not Innkeep, damaged, newer) shows the core's message and
// offers another file. Returns null when the user gives up. Never changes a refused file.
[[nodiscard]] std::unique_ptr<Database> openInteractively(QString path, const Clock &clock, Database::Mode mode);

// Fills a new demo database at `path` on a worker thread behind a progress dialog with Cancel.
// False when cancelled or failed (the half-made file is removed).
[[nodiscard]] bool createDemo(const QString &path, const Clock &clock, QWidget *parent = nullptr);

[[nodiscard]] QString demoPath();

} // namespace innkeep::app
