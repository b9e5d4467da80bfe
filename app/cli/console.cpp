// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "console.h"

#include <QJsonDocument>

#include <cstdio>
#include <unistd.h>

namespace innkeep::cli {

namespace {

bool g_progressShown = false;

void write(FILE *stream, const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
}

} // namespace

void printLine(const QString &text)
{
    write(stdout, text.toUtf8() + '\n');
}

void printText(const QString &text)
{
    write(stdout, text.toUtf8());
}

void printError(const QString &text)
{
    endProgress();
    // One line, whatever the message holds.
    QString line = text;
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    write(stderr, line.toUtf8() + '\n');
    std::fflush(stderr);
}

void printJson(const QJsonObject &object)
{
    write(stdout, QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n');
}

void printJson(const QJsonArray &array)
{
    write(stdout, QJsonDocument(array).toJson(QJsonDocument::Compact) + '\n');
}

bool stderrIsTerminal()
{
    static const bool terminal = isatty(fileno(stderr)) != 0;
    return terminal;
}

void printProgress(const QString &text)
{
    if (!stderrIsTerminal())
        return;
    write(stderr, "\r\x1b[2K" + text.toUtf8());
    std::fflush(stderr);
    g_progressShown = true;
}

void endProgress()
{
    if (!g_progressShown)
        return;
    write(stderr, "\r\x1b[2K");
    std::fflush(stderr);
    g_progressShown = false;
}

} // namespace innkeep::cli
