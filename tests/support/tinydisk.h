// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDir>
#include <QFile>
#include <QString>

#include <catch2/catch.hpp>
#include <sys/mount.h>

#include <cerrno>
#include <cstring>

namespace innkeep::test {

// A 64 KiB tmpfs mounted at `path` for the object's life: a full disk without a loop device.
// Needs root (as CI runs); when mounting is not permitted, mounted() is false and why() says why,
// so a test can WARN that it was skipped instead of passing silently.
class TinyDisk final
{
public:
    explicit TinyDisk(const QString &path) : m_path(path)
    {
        REQUIRE(QDir().mkpath(path));
        m_mounted =
            ::mount("tmpfs", QFile::encodeName(path).constData(), "tmpfs", 0, "size=64k,mode=0700") == 0;
        if (!m_mounted)
            m_why = QString::fromLocal8Bit(std::strerror(errno));
    }
    ~TinyDisk()
    {
        if (m_mounted)
            ::umount2(QFile::encodeName(m_path).constData(), MNT_DETACH);
    }
    TinyDisk(const TinyDisk &) = delete;
    TinyDisk &operator=(const TinyDisk &) = delete;

    [[nodiscard]] bool mounted() const { return m_mounted; }
    [[nodiscard]] const QString &why() const { return m_why; }

private:
    QString m_path;
    QString m_why;
    bool m_mounted = false;
};

} // namespace innkeep::test
