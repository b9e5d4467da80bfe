// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QPalette>
#include <QString>

class QAbstractButton;
class QAction;

namespace innkeep::ui::icons {

// Our SVG icon `name` (resources/icons/<name>.svg) drawn in the palette's text colour, so
// it reads on light and dark palettes at any device pixel ratio.
[[nodiscard]] QIcon themed(const QString &name, const QPalette &palette);
[[nodiscard]] QIcon themed(const QString &name, const QColor &colour);

// Gives `button` or `action` the themed icon `name` and remembers the name, so redrawAll() can
// draw it again in a new palette's colours (a switch to dark mode while the window is open).
void set(QAbstractButton *button, const QString &name);
void set(QAction *action, const QString &name);
// Redraws every remembered icon of every widget and action in the application's palette: called
// by theme::apply().
void redrawAll();

} // namespace innkeep::ui::icons
