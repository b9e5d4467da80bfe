// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVariant>

namespace innkeep::ui {

// The window's own settings on this computer (language, appearance, who is at the desk), in
// ~/.config/innkeep/innkeep.conf. Not QSettings' default: with no organisation name (kept empty
// so the venue file stays in ~/.local/share/innkeep) Qt files them under "Unknown Organization".
// A value still only there is read from the old file until it is written anew.
class AppSettings final
{
public:
    AppSettings() = delete;
    [[nodiscard]] static QVariant value(const QString &key, const QVariant &fallback = {});
    static void setValue(const QString &key, const QVariant &value);
    // Where they are stored.
    [[nodiscard]] static QString fileName();
};

} // namespace innkeep::ui
