// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace innkeep::test {

// A real SMTP server on 127.0.0.1 for a test (tests/support/smtpsink.py over Debian's
// python3-aiosmtpd), saving what it accepts in a folder of its own. Stopped when it goes away.
class SmtpSink
{
public:
    // Where a delayed server sleeps: before taking a recipient (the client has not sent the
    // message) or after saving the message and before answering.
    enum class Delay { None, BeforeRecipient, BeforeAnswer };

    // Starts on a free port.
    explicit SmtpSink(Delay delay = Delay::None, int delaySeconds = 0);
    ~SmtpSink();
    SmtpSink(const SmtpSink &) = delete;
    SmtpSink &operator=(const SmtpSink &) = delete;

    [[nodiscard]] int port() const { return m_port; }
    [[nodiscard]] QString url() const;
    // Stops the server (the port is refused until start()); start() listens again on the same port,
    // keeping the messages received and optionally with another delay.
    void stop();
    void start(Delay delay = Delay::None, int delaySeconds = 0);

    // Each accepted message as Python's mail parser read it back: subject, body, from, to, to_name,
    // to_address, message_id, date, mime_version, content_type, charset, mail_from, rcpt_tos.
    [[nodiscard]] QList<QJsonObject> messages() const;
    // The bytes of each accepted message, as received.
    [[nodiscard]] QList<QByteArray> rawMessages() const;
    // Waits until the server sleeps in its delay; false after `timeoutMs`.
    [[nodiscard]] bool waitUntilDelaying(int timeoutMs = 30000) const;

private:
    [[nodiscard]] QStringList files(const QString &suffix) const;
    QTemporaryDir m_dir;
    QProcess m_process;
    int m_port = 0;
    Delay m_delay = Delay::None;
};

} // namespace innkeep::test
