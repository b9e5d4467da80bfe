// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "smtpsink.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QThread>

#include <catch2/catch.hpp>

namespace innkeep::test {

namespace {

QString stepName(SmtpSink::Delay delay)
{
    switch (delay) {
    case SmtpSink::Delay::BeforeRecipient: return QStringLiteral("rcpt");
    case SmtpSink::Delay::BeforeAnswer: return QStringLiteral("data");
    case SmtpSink::Delay::None: break;
    }
    return QStringLiteral("none");
}

} // namespace

SmtpSink::SmtpSink(Delay delay, int delaySeconds)
{
    REQUIRE(m_dir.isValid());
    start(delay, delaySeconds);
}

SmtpSink::~SmtpSink()
{
    stop();
}

QString SmtpSink::url() const
{
    return QStringLiteral("smtp://127.0.0.1:%1").arg(m_port);
}

void SmtpSink::start(Delay delay, int delaySeconds)
{
    stop();
    m_delay = delay;
    QFile::remove(m_dir.filePath(QStringLiteral("waiting-rcpt")));
    QFile::remove(m_dir.filePath(QStringLiteral("waiting-data")));
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start(QStringLiteral("/usr/bin/python3"),
                    {QStringLiteral(INNKEEP_SMTP_SINK), QStringLiteral("--port"), QString::number(m_port),
                     QStringLiteral("--folder"), m_dir.path(), QStringLiteral("--delay-in"), stepName(delay),
                     QStringLiteral("--delay"), QString::number(delaySeconds)});
    REQUIRE(m_process.waitForStarted(10000));
    QByteArray line;
    const QDeadlineTimer deadline(20000);
    while (!line.endsWith('\n') && !deadline.hasExpired()) {
        if (!m_process.waitForReadyRead(200) && m_process.state() != QProcess::Running)
            break;
        line += m_process.readAllStandardOutput();
    }
    INFO(QString::fromUtf8(m_process.readAllStandardError()).toStdString());
    REQUIRE(line.startsWith("PORT "));
    m_port = line.mid(5).trimmed().toInt();
    REQUIRE(m_port > 0);
}

void SmtpSink::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(10000);
}

QStringList SmtpSink::files(const QString &suffix) const
{
    const QDir dir(m_dir.path());
    QStringList names = dir.entryList({QStringLiteral("*") + suffix}, QDir::Files, QDir::Name);
    for (QString &name : names)
        name = dir.filePath(name);
    return names;
}

QList<QJsonObject> SmtpSink::messages() const
{
    QList<QJsonObject> found;
    for (const QString &path : files(QStringLiteral(".json"))) {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        found.append(QJsonDocument::fromJson(file.readAll()).object());
    }
    return found;
}

QList<QByteArray> SmtpSink::rawMessages() const
{
    QList<QByteArray> found;
    for (const QString &path : files(QStringLiteral(".eml"))) {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        found.append(file.readAll());
    }
    return found;
}

bool SmtpSink::waitUntilDelaying(int timeoutMs) const
{
    const QString marker = m_dir.filePath(QStringLiteral("waiting-") + stepName(m_delay));
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (QFile::exists(marker))
            return true;
        QThread::msleep(50);
    }
    return false;
}

} // namespace innkeep::test
