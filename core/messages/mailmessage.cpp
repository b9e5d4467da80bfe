// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mailmessage.h"

#include <QDateTime>
#include <QTimeZone>

namespace innkeep {

QByteArray MailMessage::dateValue(qint64 ms)
{
    // RFC 5322 names days and months in English whatever the locale.
    static const char *const days[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static const char *const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
    const QDate date = at.date();
    const QTime time = at.time();
    return QByteArray(days[date.dayOfWeek() - 1]) + ", " + QByteArray::number(date.day()) + ' '
           + months[date.month() - 1] + ' ' + QByteArray::number(date.year()) + ' '
           + QByteArray::number(time.hour()).rightJustified(2, '0') + ':'
           + QByteArray::number(time.minute()).rightJustified(2, '0') + ':'
           + QByteArray::number(time.second()).rightJustified(2, '0') + " +0000";
}

QByteArray MailMessage::bytes() const
{
    QByteArray subjectValue;
    // Plain ASCII subjects up to a header line's comfortable length go as they are.
    if (isPlainHeaderText(subject) && subject.size() <= 900)
        subjectValue = subject.toLatin1();
    else
        subjectValue = encodedWords(subject);

    QString text = body;
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(u'\r', u'\n');
    text.replace(u'\n', QStringLiteral("\r\n"));
    const QByteArray encoded = text.toUtf8().toBase64();

    QByteArray out;
    out.reserve(encoded.size() + encoded.size() / 76 * 2 + 1024);
    out += "Date: " + dateValue(dateMs) + "\r\n";
    out += "From: " + from.headerValue() + "\r\n";
    out += "To: " + to.headerValue() + "\r\n";
    out += "Subject: " + subjectValue + "\r\n";
    out += "Message-ID: <" + messageId.toLatin1() + ">\r\n";
    out += "MIME-Version: 1.0\r\n";
    out += "Content-Type: text/plain; charset=UTF-8\r\n";
    out += "Content-Transfer-Encoding: base64\r\n";
    out += "\r\n";
    for (qsizetype i = 0; i < encoded.size(); i += 76)
        out += encoded.mid(i, 76) + "\r\n";
    return out;
}

} // namespace innkeep
