// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>

namespace innkeep {

// Where and how the venue's mail goes out: venue settings smtp.url, smtp.user and smtp.from, and
// the password kept on this device (smtp.password).
struct SmtpSettings
{
    QString url;  // smtp://host[:port] (STARTTLS when the server offers it) or smtps://host[:port]
    QString user; // empty: no login
    QString password;
    QString from; // "Hotel Ararat <desk@ararat.am>"
};

// What became of one message given to the server.
struct SmtpOutcome
{
    enum class Kind {
        Accepted,    // the server answered 250 to the message
        Refused,     // the server answered, and not with yes: nothing was delivered
        Unreachable, // no conversation: the server is down, unknown, or refused the login
        Uncertain,   // the whole message went out and the answer never came: it may have arrived
    };
    Kind kind = Kind::Refused;
    QString error; // the server's or libcurl's words, for the outbox's last error
};

// A conversation with the venue's mail server through libcurl, kept open across messages.
class SmtpConnection final
{
    Q_DECLARE_TR_FUNCTIONS(SmtpConnection)
    Q_DISABLE_COPY_MOVE(SmtpConnection)

public:
    static constexpr long ConnectTimeoutSeconds = 15;
    static constexpr long MessageTimeoutSeconds = 120;

    explicit SmtpConnection(SmtpSettings settings);
    ~SmtpConnection();

    // Sends `message` from `from` to `to` (bare addresses). `handedOver` is called once, just before the
    // server is to be given the end of the message (before it can take it); when it returns false the message
    // is abandoned before its end, so the server does not take it.
    [[nodiscard]] SmtpOutcome send(const QByteArray &message, const QString &from, const QString &to,
                                   const std::function<bool()> &handedOver);

private:
    SmtpSettings m_settings;
    void *m_curl = nullptr;
};

} // namespace innkeep
