// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QPalette>
#include <QString>

namespace innkeep::ui::icons {

// Our SVG icon `name` (resources/icons/<name>.svg) drawn in the palette's text colour, so
// it reads on light and dark palettes at any device pixel ratio.
[[nodiscard]] QIcon themed(const QString &name, const QPalette &palette);
[[nodiscard]] QIcon themed(const QString &name, const QColor &colour);

} // namespace innkeep::ui::icons
