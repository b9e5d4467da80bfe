// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QLabel;

namespace innkeep::ui {

// What guests, staff and files typed is shown as written, never as markup (docs/decisions.md,
// "User text is plain text"). Qt reads anything that looks like HTML as rich text in a QLabel
// left at Qt::AutoText, in a tooltip and in QTextDocument::setHtml; a name could otherwise show
// in 40 pt red, load a local image, or hide a critical allergy.
class PlainText final
{
public:
    // A label that will show user text: Qt::PlainText, whatever the text looks like.
    static void setUp(QLabel *label);
    // A tooltip showing `text` as written: escaped and wrapped when Qt would read it as rich
    // text, unchanged otherwise (so ordinary tooltips stay plain, one line).
    [[nodiscard]] static QString toolTip(const QString &text);
    // `text` for a rich-text place (a rich label, a QTextDocument): escaped, line breaks kept.
    [[nodiscard]] static QString html(const QString &text);
};

} // namespace innkeep::ui
