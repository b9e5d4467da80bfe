// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "appservices.h"
#include "house/openvenue.h"
#include "settings/settingspage.h"
#include "staff/staffsection.h"
#include "staff/staffservice.h"
#include "tempdatabase.h"
#include "venue/venuesettings.h"
#include "widgets/messagebar.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

using namespace innkeep;
using namespace innkeep::test;

TEST_CASE("Settings staff section: add with Enter, refuse a duplicate inline, choose who is at the desk", "[ui][staff]")
{
    TempDatabase t;
    OpenVenue venue(t.db());
    ui::StaffSection section(venue);
    section.show();
    REQUIRE(QTest::qWaitForWindowExposed(&section));
    CHECK(section.list()->count() == 0);

    auto *name = section.findChild<QLineEdit *>();
    REQUIRE(name != nullptr);
    name->setFocus();
    QTest::keyClicks(name, QStringLiteral("Ani Hakobyan"));
    QTest::keyClick(name, Qt::Key_Return);
    QTest::keyClicks(name, QStringLiteral("Giorgi"));
    QTest::keyClick(name, Qt::Key_Return);
    REQUIRE(section.list()->count() == 2);
    CHECK(name->text().isEmpty());

    QTest::keyClicks(name, QStringLiteral("ani hakobyan"));
    QTest::keyClick(name, Qt::Key_Return);
    CHECK(section.list()->count() == 2);
    CHECK(section.messageBar()->isVisible());
    CHECK(t.count(QStringLiteral("staff")) == 2);

    // Choosing who is at the desk puts their name on what happens next.
    const int giorgi = section.atDesk()->findText(QStringLiteral("Giorgi"));
    REQUIRE(giorgi >= 0);
    section.atDesk()->setCurrentIndex(giorgi);
    Q_EMIT section.atDesk()->activated(giorgi);
    CHECK(t.db().staff() == QStringLiteral("Giorgi"));

    // Retiring takes a member off the desk list but keeps them in the staff list.
    section.list()->setCurrentRow(section.list()->count() - 1); // sorted: Ani Hakobyan, Giorgi
    QPushButton *retire = nullptr;
    for (QPushButton *button : section.findChildren<QPushButton *>()) {
        if (button->text() == QStringLiteral("&Retire"))
            retire = button;
    }
    REQUIRE(retire != nullptr);
    retire->click();
    CHECK(section.list()->count() == 2);
    CHECK(StaffService(t.db()).members()->size() == 1);
    CHECK(section.atDesk()->findText(QStringLiteral("Ani Hakobyan")) >= 0);
}

TEST_CASE("Settings: the lapsed-guest months are saved with the venue and shown again", "[ui][settings]")
{
    TempDatabase t;
    ui::AppServices services(t.db());
    ui::SettingsPage page(services);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    auto *months = page.findChild<QSpinBox *>();
    REQUIRE(months != nullptr);
    CHECK(months->value() == 18);
    CHECK(months->maximum() == VenueSettings::MaxLapsedMonths);
    page.findChild<QLineEdit *>()->setText(QStringLiteral("Hotel Ararat"));
    months->setValue(24);
    for (QPushButton *button : page.findChildren<QPushButton *>())
        if (button->text() == QStringLiteral("&Save Venue Settings"))
            button->click();
    CHECK(VenueSettings(t.db()).lapsedMonths() == 24);
    REQUIRE(services.venue.setLapsedMonths(9)); // changed elsewhere: the page reads it again
    QTRY_COMPARE(months->value(), 9);
}
