// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Countries and languages by name in the reader's language (ICU's data), and back to codes.
#include "common/placenames.h"
#include "tempdatabase.h"
#include "tickets/seededticketlabel.h"
#include "tickets/ticketsettingsservice.h"

#include <catch2/catch.hpp>

using namespace innkeep;

TEST_CASE("Country and language names in the reader's language")
{
    const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    const QLocale armenian(QLocale::Armenian, QLocale::Armenia);
    const QLocale georgian(QLocale::Georgian, QLocale::Georgia);
    CHECK(PlaceNames::country(QStringLiteral("DE"), english) == QStringLiteral("Germany"));
    CHECK(PlaceNames::country(QStringLiteral("de"), armenian) == QStringLiteral("Գերմանիա"));
    CHECK(PlaceNames::country(QStringLiteral("GE"), georgian) == QStringLiteral("საქართველო"));
    CHECK(PlaceNames::country(QStringLiteral("ZQ"), english) == QStringLiteral("ZQ")); // unknown: as stored
    CHECK(PlaceNames::language(QStringLiteral("hy"), english) == QStringLiteral("Armenian"));
    CHECK(PlaceNames::language(QStringLiteral("ka"), georgian) == QStringLiteral("ქართული"));
    CHECK(PlaceNames::language(QStringLiteral("pt-BR"), english) == QStringLiteral("Portuguese"));

    const auto countries = PlaceNames::countries(armenian);
    CHECK(countries.size() > 200);
    // Sorted as Armenian sorts: the Armenian alphabet's first letter leads.
    CHECK(countries.constFirst().name.startsWith(QChar(0x0531)));
    const auto languages = PlaceNames::languages(english);
    CHECK(languages.size() > 100);
    CHECK(std::any_of(languages.cbegin(), languages.cend(),
                      [](const PlaceNames::Choice &c) { return c.code == QLatin1String("hy"); }));
}

TEST_CASE("A country named in any of the UI's languages, or by its code, gives its ISO code")
{
    for (const char *name : {"Germany", "Allemagne", "Alemania", "Deutschland", "ГЕРМАНИЯ", "Գերմանիա",
                             "გერმანია", "de", " DE "})
        CHECK(PlaceNames::countryCode(QString::fromUtf8(name)) == QStringLiteral("DE"));
    CHECK(PlaceNames::countryCode(QStringLiteral("Armenia")) == QStringLiteral("AM"));
    CHECK(PlaceNames::countryCode(QStringLiteral("espana")) == QStringLiteral("ES")); // accents forgiven
    CHECK_FALSE(PlaceNames::countryCode(QStringLiteral("Narnia")));
    CHECK_FALSE(PlaceNames::countryCode(QStringLiteral("ZZ")));
}

TEST_CASE("Seeded complaint categories and departments read in the reader's language until renamed")
{
    test::TempDatabase t;
    TicketSettingsService settings(t.db());
    // Untranslated (no catalogue loaded), a seed reads as stored.
    CHECK(SeededTicketLabel::shown(TicketListItem::List::Categories, QStringLiteral("housekeeping"),
                                   QStringLiteral("Housekeeping"))
          == QStringLiteral("Housekeeping"));
    // A label the venue wrote is never replaced, even on a seeded key.
    CHECK(SeededTicketLabel::shown(TicketListItem::List::Categories, QStringLiteral("housekeeping"),
                                   QStringLiteral("Rooms team"))
          == QStringLiteral("Rooms team"));
    CHECK(SeededTicketLabel::shown(TicketListItem::List::Departments, QStringLiteral("management"),
                                   QStringLiteral("Management"))
          == QStringLiteral("Management"));
    auto items = settings.items(TicketListItem::List::Categories);
    REQUIRE(items);
    CHECK(items->size() == 8);
}
