// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plaintext.h"

#include <QLabel>
#include <QTextDocument>

namespace innkeep::ui {

void PlainText::setUp(QLabel *label)
{
    label->setTextFormat(Qt::PlainText);
}

QString PlainText::toolTip(const QString &text)
{
    return Qt::mightBeRichText(text) ? Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal) : text;
}

QString PlainText::html(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

} // namespace innkeep::ui
