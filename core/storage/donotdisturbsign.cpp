// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "donotdisturbsign.h"

#include <QCoreApplication>
#include <QFile>
#include <QSysInfo>

#include <signal.h>
#include <unistd.h>

#include <cerrno>

namespace innkeep {

namespace {

constexpr qint64 MaxSignBytes = 4096;

bool processIsGone(qint64 pid)
{
    return pid <= 0 || (::kill(pid_t(pid), 0) != 0 && errno == ESRCH);
}

} // namespace

QString DoNotDisturbSign::suffix()
{
    return QStringLiteral("-writing");
}

QString DoNotDisturbSign::pathFor(const QString &databasePath)
{
    return databasePath + suffix();
}

std::unique_ptr<DoNotDisturbSign> DoNotDisturbSign::hang(const QString &databasePath, const QString &activity,
                                                         qint64 startedMs)
{
    const QString path = pathFor(databasePath);
    const QByteArray text = QByteArray::number(qint64(::getpid())) + '\n'
                            + QSysInfo::machineHostName().toUtf8() + '\n' + QByteArray::number(startedMs)
                            + '\n' + activity.left(200).toUtf8() + '\n';
    // Only one process can hold SQLite's write lock, so a sign already there is a stale one.
    QFile::remove(path);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                   QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return nullptr;
    if (file.write(text) != text.size()) {
        file.close();
        QFile::remove(path);
        return nullptr;
    }
    return std::unique_ptr<DoNotDisturbSign>(new DoNotDisturbSign(path));
}

std::optional<DoNotDisturbSign::Reading> DoNotDisturbSign::read(const QString &databasePath)
{
    QFile file(pathFor(databasePath));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QList<QByteArray> lines = file.read(MaxSignBytes).split('\n');
    if (lines.size() < 4)
        return std::nullopt;
    Reading reading;
    reading.pid = lines.at(0).toLongLong();
    reading.startedMs = lines.at(2).toLongLong();
    reading.activity = QString::fromUtf8(lines.at(3));
    // A sign from another machine (a shared folder) cannot be checked; trust it.
    if (QString::fromUtf8(lines.at(1)) == QSysInfo::machineHostName() && processIsGone(reading.pid))
        return std::nullopt;
    return reading;
}

DoNotDisturbSign::~DoNotDisturbSign()
{
    QFile::remove(m_path);
}

} // namespace innkeep
