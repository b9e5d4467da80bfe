// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Every ui model under QAbstractItemModelTester (fatal mode, small data), plus the guest
// directory's paging and filters and the formatting helpers.
#include "appservices.h"
#include "guests/guestdirectory.h"
#include "models/guesttablemodel.h"
#include "models/historymodel.h"
#include "models/preferencemodel.h"
#include "models/roles.h"
#include "models/searchresultsmodel.h"
#include "models/staycardmodel.h"
#include "models/staytablemodel.h"
#include "samplevenue.h"
#include "tempdatabase.h"
#include "today/todaypage.h"
#include "widgets/format.h"

#include <QAbstractItemModelTester>
#include <QTranslator>

#include <tuple>

using namespace innkeep;
using namespace innkeep::ui;
using Tester = QAbstractItemModelTester;

TEST_CASE("guest table model pages lazily and filters and sorts in SQL and follows changes", "[ui][models]")
{
    test::TempDatabase t;
    const auto v = test::fillSampleVenue(t.db(), 20);
    AppServices services(t.db());
    GuestTableModel model(services.openVenue.guestDirectory(), services.guests, services.stays);
    Tester tester(&model, Tester::FailureReportingMode::Fatal);
    // The tester already asked for rows, as a view would.
    while (model.canFetchMore({}))
        model.fetchMore({});
    REQUIRE(model.rowCount() == 24);
    REQUIRE_FALSE(model.canFetchMore({}));
    REQUIRE(model.totalCount() == 24);
    // Latin family name order: Beridze (Nino) comes before Ivanova, Petrosyan, Schmidt.
    QStringList names;
    for (int r = 0; r < model.rowCount(); ++r)
        names.append(model.index(r, GuestTableModel::Name).data().toString());
    QStringList sorted = names;
    std::sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) {
        return QString::compare(a, b, Qt::CaseInsensitive) < 0;
    });
    REQUIRE(names == sorted);

    GuestDirectoryFilter vip;
    vip.vipOnly = true;
    model.setFilter(vip);
    model.fetchMore({});
    REQUIRE(model.totalCount() == model.rowCount());
    for (int r = 0; r < model.rowCount(); ++r)
        REQUIRE_FALSE(model.index(r, GuestTableModel::Vip).data().toString().isEmpty());

    GuestDirectoryFilter text;
    text.text = QStringLiteral("Ara"); // Latin prefix finds the Armenian name
    model.setFilter(text);
    model.fetchMore({});
    REQUIRE(model.rowCount() == 1);
    REQUIRE(model.index(0, 0).data(IdRole).toString() == v.aram);
    REQUIRE(model.index(0, GuestTableModel::NativeName).data().toString()
            == QStringLiteral("Արամ Պետրոսյան"));
    REQUIRE(model.index(0, GuestTableModel::Stays).data().toInt() == 3);

    // A change to a shown guest updates its row in place.
    Guest aram = *services.guests.find(v.aram);
    aram.city = QStringLiteral("Gyumri");
    REQUIRE(services.guests.update(aram));
    REQUIRE(model.index(0, GuestTableModel::City).data().toString() == QStringLiteral("Gyumri"));

    model.setFilter({});
    model.sort(GuestTableModel::Added, Qt::DescendingOrder);
    model.fetchMore({});
    REQUIRE(model.rowCount() == 24);
    Guest added;
    added.givenName = QStringLiteral("Zara");
    added.familyName = QStringLiteral("Hakobyan");
    REQUIRE(services.guests.add(added));
    model.fetchMore({});
    REQUIRE(model.rowCount() == 25);
    REQUIRE(model.index(0, GuestTableModel::Name).data().toString() == QStringLiteral("Hakobyan, Zara"));
}

TEST_CASE("guest directory keyset pages equal offset pages", "[ui][models]")
{
    test::TempDatabase t;
    (void)test::fillSampleVenue(t.db(), 30);
    for (bool descending : {false, true}) {
        GuestDirectory all(t.db());
        all.setSort(GuestDirectory::Sort::Name, descending);
        const auto whole = all.page(0, 100);
        REQUIRE(whole);
        GuestDirectory paged(t.db());
        paged.setSort(GuestDirectory::Sort::Name, descending);
        QStringList uuids;
        for (int offset = 0; offset < 40; offset += 7) {
            const auto page = paged.page(offset, 7);
            REQUIRE(page);
            for (const auto &row : *page)
                uuids.append(row.uuid);
        }
        QStringList expected;
        for (const auto &row : *whole)
            expected.append(row.uuid);
        REQUIRE(uuids == expected);
    }
    GuestDirectory tags(t.db());
    GuestDirectoryFilter cyclists;
    cyclists.tag = QStringLiteral("cyclist");
    tags.setFilter(cyclists);
    REQUIRE(*tags.count() == 1);
    REQUIRE(tags.tags()->contains(QStringLiteral("wine")));
    GuestDirectoryFilter flags;
    flags.blockedOnly = true;
    tags.setFilter(flags);
    REQUIRE(*tags.count() == 1);
    flags = {};
    flags.returningOnly = true;
    tags.setFilter(flags);
    REQUIRE(*tags.count() == 1); // only Aram has two or more stays
}

TEST_CASE("profile and search models", "[ui][models]")
{
    test::TempDatabase t;
    const auto v = test::fillSampleVenue(t.db());
    AppServices services(t.db());

    SearchResultsModel search;
    Tester searchTester(&search, Tester::FailureReportingMode::Fatal);
    search.setHits(*services.search.search(QStringLiteral("Nino")));
    REQUIRE(search.rowCount() >= 1);
    REQUIRE(search.index(0, 0).data(GuestUuidRole).toString() == v.nino);
    REQUIRE(search.index(0, 0).data().toString() == QStringLiteral("ნინო ბერიძე"));
    search.setHits({});

    PreferenceModel preferences;
    Tester preferenceTester(&preferences, Tester::FailureReportingMode::Fatal);
    preferences.setPreferences(*services.preferences.forGuest(v.nino));
    REQUIRE(preferences.rowCount() == 1);
    REQUIRE(preferences.index(0, PreferenceModel::Value).data().toString()
            == QStringLiteral("Peanut allergy"));
    REQUIRE_FALSE(preferences.index(0, PreferenceModel::Critical).data().toString().isEmpty());

    StayTableModel stays;
    Tester stayTester(&stays, Tester::FailureReportingMode::Fatal);
    stays.setStays(*services.stays.forGuest(v.aram));
    REQUIRE(stays.rowCount() == 3);
    REQUIRE(stays.index(0, StayTableModel::Room).data().toString() == QStringLiteral("401"));

    HistoryModel history;
    Tester historyTester(&history, Tester::FailureReportingMode::Fatal);
    history.setEntries(*services.openVenue.guestHistory().forGuest(v.olga));
    REQUIRE(history.rowCount() >= 2);
    QStringList what;
    for (int r = 0; r < history.rowCount(); ++r)
        what.append(history.index(r, HistoryModel::What).data().toString());
    REQUIRE(what.contains(QStringLiteral("Reason blocked")));
    REQUIRE(history.index(0, HistoryModel::Who).data().toString() == QStringLiteral("Lilit"));
}

TEST_CASE("today page lists arrivals and in-house guests and departures as recognition cards", "[ui][models]")
{
    test::TempDatabase t;
    const auto v = test::fillSampleVenue(t.db());
    AppServices services(t.db());
    TodayPage page(services);
    Tester arrivals(page.arrivals(), Tester::FailureReportingMode::Fatal);
    Tester inHouse(page.inHouse(), Tester::FailureReportingMode::Fatal);
    page.setDate(t.clock().today());
    REQUIRE(page.arrivals()->rowCount() == 1);
    const RecognitionCard &card = page.arrivals()->card(0);
    REQUIRE(card.stay.stay.guestUuid == v.aram);
    REQUIRE(card.stay.stayNumber == 3);
    REQUIRE(card.stay.vipLevel == 2);
    REQUIRE(page.inHouse()->rowCount() == 1); // Anna leaves today: she is a departure
    REQUIRE(page.departures()->rowCount() == 1);
    REQUIRE(page.inHouse()->containsGuest(v.nino));
    for (int r = 0; r < page.inHouse()->rowCount(); ++r) {
        if (page.inHouse()->card(r).stay.stay.guestUuid == v.nino)
            REQUIRE(page.inHouse()->card(r).alerts.size() == 1);
    }
    page.setDate(t.clock().today().addDays(30));
    REQUIRE(page.arrivals()->rowCount() == 0);
}

TEST_CASE("formatting of ordinals and money in minor units and field names", "[ui][format]")
{
    const QLocale en(QLocale::English, QLocale::UnitedStates);
    REQUIRE(Format::stayNumber(1, en) == QStringLiteral("1st stay"));
    REQUIRE(Format::stayNumber(3, en) == QStringLiteral("3rd stay"));
    REQUIRE(Format::stayNumber(12, en) == QStringLiteral("12th stay"));
    REQUIRE(Format::stayNumber(22, en) == QStringLiteral("22nd stay"));
    REQUIRE(Format::stayNumber(3, QLocale(QLocale::German)) == QStringLiteral("Stay 3"));
    REQUIRE(Format::money(123456, QStringLiteral("USD"), en) == QStringLiteral("$1,234.56"));
    REQUIRE(Format::money(1500, QStringLiteral("JPY"), en).contains(QStringLiteral("1,500")));
    REQUIRE(Format::money(1500, QStringLiteral("KWD"), en).contains(QStringLiteral("1.500")));
    REQUIRE(Format::fieldName(QStringLiteral("guests"), QStringLiteral("latin_family_name"))
            == QStringLiteral("Family name (Latin)"));
}

TEST_CASE("Armenian and Georgian catalogues are built in and translate the navigation", "[ui][i18n]")
{
    for (const auto &[language, today, ok] :
         {std::tuple{QStringLiteral("hy"), QStringLiteral("Այսօր"), QStringLiteral("Լավ")},
          std::tuple{QStringLiteral("ka"), QStringLiteral("დღეს"), QStringLiteral("კარგი")}}) {
        QTranslator translator;
        REQUIRE(translator.load(QStringLiteral(":/i18n/innkeep_") + language + QStringLiteral(".qm")));
        REQUIRE(translator.translate("innkeep::ui::MainWindow", "Today") == today);
        REQUIRE(translator.translate("QPlatformTheme", "OK") == ok);
    }
}
