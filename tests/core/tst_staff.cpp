// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "staff/staffservice.h"
#include "storage/changelog.h"
#include "tempdatabase.h"

using namespace innkeep;
using namespace innkeep::test;

TEST_CASE("Staff members are added, renamed and retired, never duplicated")
{
    TempDatabase t;
    StaffService staff(t.db());
    auto nino = staff.add(QStringLiteral("  Nino   Beridze "));
    REQUIRE_OK(nino);
    CHECK(nino->name == QStringLiteral("Nino Beridze"));
    REQUIRE_OK(staff.add(QStringLiteral("Արամ")));
    REQUIRE_OK(staff.add(QStringLiteral("Anna")));

    auto duplicate = staff.add(QStringLiteral("nino beridze"));
    REQUIRE_FALSE(duplicate.has_value());
    CHECK(duplicate.error().code == Error::Code::Conflict);
    CHECK(duplicate.error().field == QStringLiteral("name"));
    CHECK(staff.add(QStringLiteral("   ")).error().field == QStringLiteral("name"));
    CHECK(t.count(QStringLiteral("staff")) == 3);

    auto renamed = staff.rename(nino->uuid, QStringLiteral("Nino B."));
    REQUIRE_OK(renamed);
    CHECK(renamed->name == QStringLiteral("Nino B."));
    // Renaming to the same name with other case is fine; to someone else's is not.
    REQUIRE_OK(staff.rename(nino->uuid, QStringLiteral("NINO B.")));
    CHECK(staff.rename(nino->uuid, QStringLiteral("anna")).error().code == Error::Code::Conflict);

    REQUIRE_OK(staff.setActive(nino->uuid, false));
    auto active = staff.members();
    REQUIRE_OK(active);
    CHECK(active->size() == 2);
    auto everyone = staff.members(true);
    REQUIRE_OK(everyone);
    CHECK(everyone->size() == 3);
    CHECK(staff.find(QStringLiteral("nobody")).error().code == Error::Code::NotFound);

    auto history = ChangeLog(t.db()).forRow(nino->uuid);
    REQUIRE_OK(history);
    CHECK(history->size() == 4); // insert, two renames, retirement
    CHECK(history->first().field == QStringLiteral("active"));
}
