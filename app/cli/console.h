// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace innkeep::cli {

// Text to the terminal, always UTF-8. `printLine` goes to stdout, `printError` to stderr;
// `printProgress` rewrites one line on stderr and only when stderr is a terminal.
// Control characters (ESC, C1 …) are shown as \xNN, never sent raw; printError also keeps the line
// to a bounded length.
void printLine(const QString &text);
void printText(const QString &text);
void printError(const QString &text);
void printJson(const QJsonObject &object);
void printJson(const QJsonArray &array);

// `text` with control characters shown as \xNN (line feeds and tabs kept when asked).
[[nodiscard]] QString terminalText(const QString &text, bool keepLineBreaks);

[[nodiscard]] bool stderrIsTerminal();
void printProgress(const QString &text);
void endProgress();

} // namespace innkeep::cli
