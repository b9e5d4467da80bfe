// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

namespace innkeep::ui {

// Light, dark or whatever the system uses: Fusion with a palette (Qt 6.4 has no colour-scheme
// API). Semantic colours are derived from the current palette so they read in both modes.
namespace theme {

enum class Appearance { System, Light, Dark };

// Remembers the system palette; call once after the QApplication exists.
void initialise();
void apply(Appearance appearance);
[[nodiscard]] Appearance current();
[[nodiscard]] QString toToken(Appearance appearance);
[[nodiscard]] Appearance fromToken(const QString &token);

[[nodiscard]] bool isDark(const QPalette &palette);
enum class Tone { Critical, Warning, Info, Success, Accent };
// A background tinted towards the tone and a text colour that contrasts with it.
[[nodiscard]] QColor background(const QPalette &palette, Tone tone);
[[nodiscard]] QColor foreground(const QPalette &palette, Tone tone);
// "background: …; color: …; border: …" for a frame in that tone.
[[nodiscard]] QString frameStyle(const QPalette &palette, Tone tone, const QString &selector);

} // namespace theme
} // namespace innkeep::ui
