// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/theme.h"

#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

class QFont;
class QPainter;
class QRect;

namespace innkeep::ui {

// A small rounded label (a sentiment, a topic): its text always says what it means, the tone only
// adds colour; `edited` adds the "changed by staff" mark. Drawn the same in list cells (ChipDelegate)
// and strips (ChipStrip), sized from the font so Armenian and Georgian fit.
struct Chip
{
    QString text;
    std::optional<theme::Tone> tone; // none: a plain chip in the text colour
    bool edited = false;
    bool small = false; // topics: a smaller font than the label

    // The text as drawn, with the edited mark.
    [[nodiscard]] QString shownText() const;
    [[nodiscard]] QFont font(const QFont &base) const;
    [[nodiscard]] int width(const QFont &base) const;
    [[nodiscard]] static int height(const QFont &base);
    [[nodiscard]] static int spacing(const QFont &base);

    // Draws `chips` left to right inside `rect`, vertically centred; those that do not fit are
    // counted in a last "+N" chip; a first chip too wide alone is shortened with "…". Returns how
    // many were drawn.
    static int paintRow(QPainter &painter, const QRect &rect, const QList<Chip> &chips, const QFont &base,
                        const QPalette &palette);
    // The width a row of `chips` needs.
    [[nodiscard]] static int rowWidth(const QList<Chip> &chips, const QFont &base);
};

using ChipList = QList<Chip>;

} // namespace innkeep::ui

Q_DECLARE_METATYPE(innkeep::ui::ChipList)
