// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "messages/mailaddress.h"

#include <QByteArray>
#include <QString>

namespace innkeep {

// One e-mail as Innkeep writes it (RFC 5322 with MIME): Date, From, To, Subject, Message-ID,
// MIME-Version, and a text/plain; charset=UTF-8 body in base64. Names and subjects that are not
// plain ASCII are RFC 2047 encoded words, so Armenian and Georgian arrive as they were written and
// nothing a guest's name holds can add a header.
struct MailMessage
{
    MailAddress from;
    MailAddress to;
    QString subject;
    QString body;      // line feeds; written as CRLF
    QString messageId; // without angle brackets: "uuid@domain"
    qint64 dateMs = 0; // UTC epoch milliseconds

    // The whole message, CRLF line ends, ready for SMTP DATA or an .eml file.
    [[nodiscard]] QByteArray bytes() const;
    // The Date header's value for `ms` in UTC: "Mon, 15 Jun 2026 10:00:00 +0000".
    [[nodiscard]] static QByteArray dateValue(qint64 ms);
};

} // namespace innkeep
