// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "theme.h"

#include "icons.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

namespace innkeep::ui::theme {

namespace {

QPalette g_systemPalette;
Appearance g_current = Appearance::System;

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31), base(0x1f, 0x21, 0x24), text(0xe8, 0xe9, 0xeb);
    const QColor highlight(0x3d, 0x7e, 0xd6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2c));
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9d, 0xa3));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x38, 0x3d));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7c, 0xb1, 0xff));
    p.setColor(QPalette::Light, QColor(0x45, 0x48, 0x4e));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3d, 0x42));
    p.setColor(QPalette::Mid, QColor(0x26, 0x28, 0x2c));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, Qt::black);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x80, 0x83, 0x89));
    return p;
}

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
                            float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

QColor toneColour(Tone tone, bool dark)
{
    switch (tone) {
    case Tone::Critical: return dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xb4, 0x23, 0x18);
    case Tone::Warning: return dark ? QColor(0xf2, 0xc0, 0x4c) : QColor(0x8a, 0x5a, 0x00);
    case Tone::Info: return dark ? QColor(0x7c, 0xb1, 0xff) : QColor(0x1d, 0x5b, 0xb6);
    case Tone::Success: return dark ? QColor(0x6f, 0xd0, 0x8c) : QColor(0x1a, 0x7f, 0x37);
    case Tone::Accent: return dark ? QColor(0xd9, 0xb2, 0x5f) : QColor(0x9a, 0x6a, 0x00);
    }
    return {};
}

} // namespace

void initialise()
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    g_systemPalette = QApplication::style()->standardPalette();
    // A platform theme may offer its own palette (e.g. a dark desktop); prefer it.
    if (QApplication::palette() != QPalette())
        g_systemPalette = QApplication::palette();
}

void apply(Appearance appearance)
{
    g_current = appearance;
    switch (appearance) {
    case Appearance::System: QApplication::setPalette(g_systemPalette); break;
    case Appearance::Light: QApplication::setPalette(QApplication::style()->standardPalette()); break;
    case Appearance::Dark: QApplication::setPalette(darkPalette()); break;
    }
    icons::redrawAll(); // icons are drawn in the palette's colours: draw them again in the new ones
}

Appearance current()
{
    return g_current;
}

QString toToken(Appearance appearance)
{
    switch (appearance) {
    case Appearance::Light: return QStringLiteral("light");
    case Appearance::Dark: return QStringLiteral("dark");
    case Appearance::System: break;
    }
    return QStringLiteral("system");
}

Appearance fromToken(const QString &token)
{
    if (token == QLatin1String("light"))
        return Appearance::Light;
    if (token == QLatin1String("dark"))
        return Appearance::Dark;
    return Appearance::System;
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

QColor foreground(const QPalette &palette, Tone tone)
{
    return toneColour(tone, isDark(palette));
}

QColor background(const QPalette &palette, Tone tone)
{
    const bool dark = isDark(palette);
    return mix(palette.color(QPalette::Base), toneColour(tone, dark), dark ? 0.18 : 0.10);
}

QString frameStyle(const QPalette &palette, Tone tone, const QString &selector)
{
    const QColor bg = background(palette, tone);
    const QColor border = mix(bg, foreground(palette, tone), 0.45);
    return QStringLiteral("%1 { background: %2; border: 1px solid %3; border-radius: 6px; }")
        .arg(selector, bg.name(), border.name());
}

} // namespace innkeep::ui::theme
