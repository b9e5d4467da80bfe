// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mailaddress.h"

namespace innkeep {

MailAddress MailAddress::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    const qsizetype open = trimmed.lastIndexOf(u'<');
    const qsizetype close = trimmed.lastIndexOf(u'>');
    if (open < 0 || close < open)
        return {QString(), trimmed};
    QString name = trimmed.left(open).trimmed();
    if (name.size() >= 2 && name.startsWith(u'"') && name.endsWith(u'"'))
        name = name.mid(1, name.size() - 2).replace(QStringLiteral("\\\""), QStringLiteral("\""));
    return {name, trimmed.mid(open + 1, close - open - 1).trimmed()};
}

QString MailAddress::domain() const
{
    const qsizetype at = address.lastIndexOf(u'@');
    const QString host = at < 0 ? QString() : address.mid(at + 1);
    return host.isEmpty() ? QStringLiteral("localhost") : host;
}

bool isPlainHeaderText(const QString &text)
{
    for (const QChar c : text)
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    return true;
}

QByteArray encodedWords(const QString &text)
{
    // 75 characters per word: "=?UTF-8?B?" and "?=" take 12, leaving 63 for base64, so 45 bytes
    // of UTF-8 (60 base64 characters) per word.
    constexpr qsizetype MaxBytes = 45;
    QByteArray out;
    QByteArray chunk;
    const auto flush = [&] {
        if (chunk.isEmpty())
            return;
        if (!out.isEmpty())
            out += "\r\n ";
        out += "=?UTF-8?B?" + chunk.toBase64() + "?=";
        chunk.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        qsizetype length = 1;
        if (text.at(i).isHighSurrogate() && i + 1 < text.size())
            length = 2;
        const QByteArray bytes = text.mid(i, length).toUtf8();
        if (chunk.size() + bytes.size() > MaxBytes)
            flush();
        chunk += bytes;
        i += length - 1;
    }
    flush();
    return out;
}

QByteArray MailAddress::headerValue() const
{
    const QByteArray angle = '<' + address.toUtf8() + '>';
    if (name.isEmpty())
        return angle;
    if (!isPlainHeaderText(name))
        return encodedWords(name) + ' ' + angle;
    QString quoted = name;
    quoted.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
    return '"' + quoted.toLatin1() + "\" " + angle;
}

} // namespace innkeep
