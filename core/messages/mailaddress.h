// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace innkeep {

// A mailbox as a header writes it: an optional display name and an address.
struct MailAddress
{
    QString name;
    QString address;

    // "Hotel Ararat <desk@ararat.am>", "<desk@ararat.am>" or "desk@ararat.am".
    [[nodiscard]] static MailAddress parse(const QString &text);
    // The address's domain ("ararat.am"), "localhost" when it has none.
    [[nodiscard]] QString domain() const;
    // As a header field's value (RFC 5322 §3.4): a display name that is not plain ASCII as
    // RFC 2047 encoded words, an ASCII one as a quoted string; then <address>.
    [[nodiscard]] QByteArray headerValue() const;
};

// `text` as RFC 2047 "B" encoded words (=?UTF-8?B?…?=), each at most 75 characters and never
// splitting a character, joined by folding white space (CRLF SP).
[[nodiscard]] QByteArray encodedWords(const QString &text);
// True when `text` can go into a header as it is: printable ASCII only.
[[nodiscard]] bool isPlainHeaderText(const QString &text);

} // namespace innkeep
