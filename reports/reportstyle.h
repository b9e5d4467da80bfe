// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>
#include <QString>

namespace innkeep::ReportStyle {

// The printed report's fonts and colours, in points on an A4 page. DejaVu Sans (fonts-dejavu-core)
// covers Latin, Cyrillic, Armenian and Georgian; hinting off so measured text equals printed text.
[[nodiscard]] inline QFont font(qreal points, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(points);
    f.setBold(bold);
    f.setHintingPreference(QFont::PreferNoHinting);
    // No ligatures ("fi" as one glyph): the PDF's text must copy and search as typed.
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}
[[nodiscard]] inline QFont body()
{
    return font(8.5);
}
[[nodiscard]] inline QFont bodyBold()
{
    return font(8.5, true);
}
[[nodiscard]] inline QFont small()
{
    return font(7);
}
[[nodiscard]] inline QFont smallBold()
{
    return font(7, true);
}
[[nodiscard]] inline QFont heading()
{
    return font(13, true);
}
[[nodiscard]] inline QFont title()
{
    return font(20, true);
}

inline const QColor Ink{0x22, 0x2b, 0x33};     // text
inline const QColor Muted{0x5f, 0x6b, 0x76};   // secondary text, axes labels
inline const QColor Rule{0xc9, 0xd1, 0xd8};    // table rules, grid lines
inline const QColor Band{0xf1, 0xf4, 0xf6};    // alternate rows, table header
inline const QColor Accent{0x1f, 0x6f, 0x78};  // headings, heat colour
inline const QColor Better{0x1b, 0x7a, 0x3d};  // a change for the better
inline const QColor Worse{0xb3, 0x26, 0x1e};   // a change for the worse
inline const QColor Unknown{0xe4, 0xe7, 0xea}; // a cohort cell not yet known

// Series colours that stay apart for colour-blind readers and in greyscale print (Okabe–Ito).
[[nodiscard]] inline QColor series(int i)
{
    static const QColor colours[] = {QColor(0x00, 0x72, 0xb2), QColor(0xe6, 0x9f, 0x00),
                                     QColor(0x00, 0x9e, 0x73), QColor(0xcc, 0x79, 0xa7),
                                     QColor(0x56, 0xb4, 0xe9), QColor(0xd5, 0x5e, 0x00),
                                     QColor(0xf0, 0xe4, 0x42), QColor(0x99, 0x99, 0x99)};
    return colours[i % 8];
}

} // namespace innkeep::ReportStyle
