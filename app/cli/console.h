// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace innkeep::cli {

// Text to the terminal, always UTF-8. `printLine` goes to stdout, `printError` to stderr;
// `printProgress` rewrites one line on stderr and only when stderr is a terminal.
void printLine(const QString &text);
void printText(const QString &text);
void printError(const QString &text);
void printJson(const QJsonObject &object);
void printJson(const QJsonArray &array);

[[nodiscard]] bool stderrIsTerminal();
void printProgress(const QString &text);
void endProgress();

} // namespace innkeep::cli
