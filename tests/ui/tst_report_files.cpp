// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Files the window writes (issue 16, items 1 and 11): the handover PDF goes through the same
// ExportFile as the JSON export, so it never lands on the database or a device and is private.
#include "filemode.h"
#include "tempdatabase.h"
#include "tickets/handoverdialog.h"
#include "tickets/ticketservices.h"

#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>

using namespace innkeep;
using namespace innkeep::ui;

namespace {

using innkeep::test::modeOf;

using FileStatus = struct stat;

} // namespace

TEST_CASE("the handover PDF is never written over the database or a device", "[ui][tickets][handover]")
{
    test::TempDatabase t;
    TicketServices services(t.db());
    HandoverDialog dialog(services);
    const QByteArray database = test::readBytes(t.path());
    CHECK_FALSE(dialog.saveAsPdf(t.path()));
    CHECK_FALSE(dialog.saveAsPdf(t.path() + QStringLiteral("-wal")));
    CHECK(test::readBytes(t.path()) == database);
    if (QFileInfo::exists(QStringLiteral("/dev/full"))) {
        CHECK_FALSE(dialog.saveAsPdf(QStringLiteral("/dev/full")));
        CHECK_FALSE(QFileInfo(QStringLiteral("/dev/full")).isFile());
        CHECK(modeOf(QStringLiteral("/dev/full")) == 0666);
    }
}

TEST_CASE("the handover PDF is private to the user, also over an old 0644 file", "[ui][tickets][handover]")
{
    test::TempDatabase t;
    TicketServices services(t.db());
    HandoverDialog dialog(services);
    const QString fresh = t.filePath(QStringLiteral("handover.pdf"));
    REQUIRE(dialog.saveAsPdf(fresh));
    CHECK(test::readBytes(fresh).startsWith("%PDF"));
    CHECK(modeOf(fresh) == 0600);

    const QString old = t.filePath(QStringLiteral("yesterday.pdf"));
    test::writeBytes(old, "old report");
    REQUIRE(::chmod(QFile::encodeName(old).constData(), 0644) == 0);
    REQUIRE(dialog.saveAsPdf(old));
    CHECK(test::readBytes(old).startsWith("%PDF"));
    CHECK(modeOf(old) == 0600);
}
