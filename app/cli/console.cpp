// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "console.h"

#include <QJsonDocument>

#include <unistd.h>

#include <cstdio>

namespace innkeep::cli {

namespace {

bool g_progressShown = false;

// An error line longer than this is cut: a message quotes at most a short prefix of what was
// typed, so only an unbounded message from elsewhere (an option parser) gets this far.
constexpr qsizetype MaxErrorLine = 2000;

void write(FILE *stream, const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
}

} // namespace

QString terminalText(const QString &text, bool keepLineBreaks)
{
    // Stored text cannot hold control characters any more (core/common/textfield.h), but a file
    // written before may, and ESC sequences must never reach the terminal raw.
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (keepLineBreaks && (u == u'\n' || u == u'\t'))
            out += c;
        else if (u < 0x20 || u == 0x7F || (u >= 0x80 && u <= 0x9F))
            out += QStringLiteral("\\x") + QString::number(u, 16).rightJustified(2, u'0');
        else
            out += c;
    }
    return out;
}

void printLine(const QString &text)
{
    write(stdout, terminalText(text, true).toUtf8() + '\n');
}

void printText(const QString &text)
{
    write(stdout, terminalText(text, true).toUtf8());
}

void printError(const QString &text)
{
    endProgress();
    // One line, whatever the message holds.
    QString line = text;
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    if (line.size() > MaxErrorLine)
        line = line.left(MaxErrorLine) + QChar(0x2026);
    write(stderr, terminalText(line, false).toUtf8() + '\n');
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
