// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The window in Armenian: what the venue file was seeded with (complaint categories and
// departments), countries and languages, and stay ordinals read in Armenian, not English.
#include "appservices.h"
#include "guests/guesteditdialog.h"
#include "inlanguage.h"
#include "samplevenue.h"
#include "tempdatabase.h"
#include "tickets/ticketdisplaytext.h"
#include "tickets/ticketservices.h"
#include "widgets/codepicker.h"
#include "widgets/format.h"

#include <QCoreApplication>
#include <QLocale>

#include <catch2/catch.hpp>

using namespace innkeep;
using namespace innkeep::ui;

namespace {

bool isArmenian(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.unicode() >= 0x0531 && c.unicode() <= 0x058F; });
}

} // namespace

TEST_CASE("in Armenian, seeded categories and departments are Armenian until the venue renames one",
          "[ui][languages]")
{
    test::TempDatabase t;
    TicketServices services(t.db());
    REQUIRE(services.settings.renameItem(TicketListItem::List::Categories, QStringLiteral("noise"),
                                         QStringLiteral("Noise from the bar")));
    test::InLanguage armenian(QStringLiteral("hy"));
    TicketLabels labels;
    labels.load(services.settings);
    CHECK(isArmenian(labels.category(QStringLiteral("housekeeping"))));
    CHECK(isArmenian(labels.category(QStringLiteral("food-beverage"))));
    CHECK(isArmenian(labels.department(QStringLiteral("management"))));
    CHECK(labels.category(QStringLiteral("noise"))
          == QStringLiteral("Noise from the bar")); // the venue's words
}

TEST_CASE("in Armenian, the guest form picks countries and languages by their Armenian names",
          "[ui][languages]")
{
    test::TempDatabase t;
    const auto v = test::fillSampleVenue(t.db());
    AppServices services(t.db());
    test::InLanguage armenian(QStringLiteral("hy"));
    Guest g = *services.guests.find(v.nino);
    g.country = QStringLiteral("GE");
    GuestEditDialog dialog(services, g);
    const QList<CodePicker *> pickers = dialog.findChildren<CodePicker *>();
    REQUIRE(pickers.size() == 3);
    bool showsGeorgia = false;
    for (CodePicker *picker : pickers) {
        if (picker->code() == QStringLiteral("GE")) {
            showsGeorgia = true;
            CHECK(picker->currentText().startsWith(QStringLiteral("Վրաստան")));
        }
    }
    CHECK(showsGeorgia);
    // A name typed whole is the code; a name that is no country is kept for core to refuse.
    CodePicker *country = nullptr;
    for (CodePicker *picker : pickers)
        country = picker->code() == QStringLiteral("GE") ? picker : country;
    REQUIRE(country);
    country->setEditText(QStringLiteral("Գերմանիա"));
    CHECK(country->code() == QStringLiteral("DE"));
    country->setEditText(QStringLiteral("Narnia"));
    CHECK(country->code() == QStringLiteral("Narnia"));
    CHECK_FALSE(dialog.draft().country == QStringLiteral("GE"));
}

TEST_CASE("in Armenian, a returning guest's stay is counted in Armenian, not '2nd stay'", "[ui][languages]")
{
    test::InLanguage armenian(QStringLiteral("hy"));
    const QString second = Format::stayNumber(2);
    INFO(second.toStdString());
    CHECK_FALSE(second.contains(QStringLiteral("nd")));
    CHECK(second.contains(QLocale().toString(2)));
}
