// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFile>
#include <QString>

#include <catch2/catch.hpp>
#include <sys/stat.h>

namespace innkeep::test {

// The permission bits of `path` itself (not of a link's target) as the kernel reports them;
// QFileInfo adds "user" bits that Qt derives, so tests of 0600/0700 read them here.
inline int modeOf(const QString &path)
{
    struct stat status = {};
    REQUIRE(::lstat(QFile::encodeName(path).constData(), &status) == 0);
    return int(status.st_mode & 07777);
}

} // namespace innkeep::test
