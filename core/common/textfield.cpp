// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "textfield.h"

#include "common/fieldlimits.h"

#include <QLocale>

namespace innkeep {

namespace {

// The code point at `i` (a lone surrogate stands for itself) and how many UTF-16 units it takes.
char32_t codePointAt(const QString &text, qsizetype i, int *units)
{
    const QChar c = text.at(i);
    if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
        *units = 2;
        return QChar::surrogateToUcs4(c, text.at(i + 1));
    }
    *units = 1;
    return c.unicode();
}

qsizetype codePoints(const QString &text)
{
    qsizetype count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!(text.at(i).isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate()))
            ++count;
    }
    return count;
}

QString codePointName(char32_t c)
{
    return QStringLiteral("U+") + QString::number(uint(c), 16).toUpper().rightJustified(4, QLatin1Char('0'));
}

Error invalid(const QString &field, const QString &message)
{
    return Error{Error::Code::InvalidInput, message, field, {}, 0};
}

} // namespace

bool TextField::isRefused(char32_t c, bool multiLine)
{
    if (multiLine && (c == U'\t' || c == U'\n' || c == U'\r'))
        return false;
    if (c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F)) // C0, DEL, C1
        return true;
    return c >= 0xD800 && c <= 0xDFFF; // a lone surrogate: no encoding can store it
}

Status TextField::check(const QString &field, const QString &text, int limit, bool multiLine)
{
    // Every code point takes one or two UTF-16 units, so a text this long is too long for sure,
    // and a 20 MB cell is refused without walking it.
    if (text.size() > limit) {
        const qsizetype length = text.size() > 2 * qsizetype(limit) ? text.size() : codePoints(text);
        if (length > limit)
            return std::unexpected(invalid(
                field, tr("This text is %L1 characters long; the most is %L2.").arg(length).arg(limit)));
    }
    qsizetype position = 0;
    for (qsizetype i = 0; i < text.size(); ++position) {
        int units = 1;
        const char32_t c = codePointAt(text, i, &units);
        if (isRefused(c, multiLine)) {
            return std::unexpected(
                invalid(field, tr("This text holds a control character (%1) at position %2; "
                                  "it cannot be stored.")
                                   .arg(codePointName(c), QLocale().toString(position + 1))));
        }
        i += units;
    }
    return {};
}

Result<QString> TextField::line(const QString &field, const QString &text, int limit)
{
    // Tabs and line breaks are whitespace: a quoted CSV cell may wrap a name onto two lines. In
    // one line they become one space each run, as any run of spaces does.
    if (auto ok = check(field, text, limit, true); !ok)
        return std::unexpected(ok.error());
    return text.simplified();
}

Result<QString> TextField::lines(const QString &field, const QString &text, int limit)
{
    QString tidy = text;
    if (tidy.contains(QLatin1Char('\r'))) {
        tidy.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        tidy.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    }
    if (auto ok = check(field, tidy, limit, true); !ok)
        return std::unexpected(ok.error());
    return tidy.trimmed();
}

QString TextField::quoted(const QString &text)
{
    QString out;
    qsizetype shown = 0;
    for (qsizetype i = 0; i < text.size(); ++shown) {
        if (shown == FieldLimit::Quoted)
            return out + QChar(0x2026); // …
        int units = 1;
        const char32_t c = codePointAt(text, i, &units);
        if (isRefused(c, false))
            out += QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
        else
            out += text.mid(i, units);
        i += units;
    }
    return out;
}

} // namespace innkeep
