// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/phonetickey.h"
#include "demo/demogenerator.h"
#include "exchange/guestcsvimport.h"
#include "guests/duplicatefinder.h"
#include "guests/duplicaterule.h"
#include "guests/guestservice.h"
#include "search/searchkey.h"
#include "storage/statement.h"
#include "tempdatabase.h"
#include "venue/venuesettings.h"

#include <QElapsedTimer>
#include <QHash>
#include <QRandomGenerator>
#include <QSet>

using namespace innkeep;
using namespace innkeep::test;

namespace {

Guest named(const QString &given, const QString &family)
{
    Guest g;
    g.givenName = given;
    g.familyName = family;
    return g;
}

QString added(TempDatabase &t, const Guest &g)
{
    auto stored = GuestService(t.db()).add(g);
    INFO((stored ? QString() : stored.error().toString()).toStdString());
    REQUIRE(stored.has_value());
    return stored->uuid;
}

} // namespace

TEST_CASE("Sound-alike keys join the spellings one Armenian, Georgian or Russian name gets")
{
    const auto key = [](const QString &name) { return phoneticKey(searchKey(name)); };
    CHECK(key(QStringLiteral("Vardanyan")) == key(QStringLiteral("Vardanian")));
    CHECK(key(QStringLiteral("Vardanyan")) == key(QStringLiteral("Վարդանյան")));
    CHECK(key(QStringLiteral("Ghazarian")) == key(QStringLiteral("Kazaryan")));
    CHECK(key(QStringLiteral("Ghazaryan")) == key(QStringLiteral("Ղազարյան")));
    CHECK(key(QStringLiteral("Dzhaparidze")) == key(QStringLiteral("Japaridze")));
    CHECK(key(QStringLiteral("Tsiklauri")) == key(QStringLiteral("Ciklauri")));
    CHECK(key(QStringLiteral("Khachatryan")) == phoneticKey(QStringLiteral("xacatryan")));
    CHECK(key(QStringLiteral("Dmitriy")) == key(QStringLiteral("Dmitry")));
    CHECK(key(QStringLiteral("Yerevan")) == key(QStringLiteral("Erevan")));
    // Different names stay different.
    CHECK(key(QStringLiteral("Vardanyan")) != key(QStringLiteral("Petrosyan")));
    CHECK(key(QStringLiteral("Sahakyan")) != key(QStringLiteral("Shahinyan")));
    CHECK(key(QStringLiteral("Aram Vardanyan")) == QStringLiteral("aram vardanian"));
}

TEST_CASE("Edit distance counts letters and stops past the cap")
{
    CHECK(DuplicateRule::editDistance(QStringLiteral("vardanyan"), QStringLiteral("vardanyan"), 2) == 0);
    CHECK(DuplicateRule::editDistance(QStringLiteral("vardanyan"), QStringLiteral("vardanian"), 2) == 1);
    CHECK(DuplicateRule::editDistance(QStringLiteral("tsiklauri"), QStringLiteral("tsiklaury"), 2) == 1);
    CHECK(DuplicateRule::editDistance(QStringLiteral("kapanadze"), QStringLiteral("kpaanadze"), 2) == 2);
    CHECK(DuplicateRule::editDistance(QStringLiteral("smith"), QStringLiteral("jones"), 2) == 3);
    CHECK(DuplicateRule::editDistance(QStringLiteral("a"), QStringLiteral("abcdef"), 2) == 3);
    CHECK(DuplicateRule::editDistance(QString(200, u'a'), QString(199, u'a') + u'b', 2) == 1);
}

TEST_CASE("The banded edit distance agrees with the full table on random names")
{
    const auto full = [](const QString &a, const QString &b) {
        QList<QList<int>> d(a.size() + 1, QList<int>(b.size() + 1, 0));
        for (qsizetype i = 0; i <= a.size(); ++i)
            d[i][0] = int(i);
        for (qsizetype j = 0; j <= b.size(); ++j)
            d[0][j] = int(j);
        for (qsizetype i = 1; i <= a.size(); ++i) {
            for (qsizetype j = 1; j <= b.size(); ++j)
                d[i][j] = std::min(
                    {d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
        }
        return d[a.size()][b.size()];
    };
    QRandomGenerator random(3);
    const auto word = [&random] {
        QString w;
        for (int i = 0, n = 1 + random.bounded(9); i < n; ++i)
            w += QChar(u'a' + random.bounded(3));
        return w;
    };
    for (int round = 0; round < 3000; ++round) {
        const QString a = word();
        const QString b = word();
        for (const int cap : {1, 2, 3}) {
            INFO(a.toStdString() << " " << b.toStdString() << " cap " << cap);
            CHECK(DuplicateRule::editDistance(a, b, cap) == std::min(full(a, b), cap + 1));
        }
    }
}

TEST_CASE("The duplicate rule: a shared contact, or a close name with the birthday or the city")
{
    const auto profile = [](Guest g, qint64 id) {
        g.id = id;
        return DuplicateRule::profileOf(g);
    };
    Guest nato = named(QStringLiteral("Nato"), QStringLiteral("Tsiklauri"));
    nato.phones = {QStringLiteral("+995599123456")};
    nato.city = QStringLiteral("Tbilisi");

    SECTION("same phone and name")
    {
        Guest again = named(QStringLiteral("Nato"), QStringLiteral("Tsiklauri"));
        again.phones = {QStringLiteral("+995599123456")};
        const auto match = DuplicateRule::compare(profile(nato, 1), profile(again, 2));
        REQUIRE(match);
        CHECK(match->tokens() == QStringList{QStringLiteral("same_phone"), QStringLiteral("same_name")});
        CHECK(match->score >= 60);
    }
    SECTION("a name two letters off in the same city")
    {
        Guest typo = named(QStringLiteral("Nato"), QStringLiteral("Tsiklaury"));
        typo.city = QStringLiteral("tbilisi");
        const auto match = DuplicateRule::compare(profile(nato, 1), profile(typo, 2));
        REQUIRE(match);
        CHECK(match->tokens() == QStringList{QStringLiteral("similar_name"), QStringLiteral("same_city")});
    }
    SECTION("given and family swapped, the same birthday")
    {
        Guest a = named(QStringLiteral("Aram"), QStringLiteral("Vardanyan"));
        a.birthday = QDate(1980, 3, 4);
        Guest b = named(QStringLiteral("Vardanian"), QStringLiteral("Aram"));
        b.birthday = QDate(1980, 3, 4);
        const auto match = DuplicateRule::compare(profile(a, 1), profile(b, 2));
        REQUIRE(match);
        CHECK(match->tokens()
              == QStringList{QStringLiteral("similar_name"), QStringLiteral("same_birthday")});
    }
    SECTION("Armenian script against its Russian-style Latin spelling")
    {
        Guest a = named(QStringLiteral("Արամ"), QStringLiteral("Ղազարյան"));
        a.birthday = QDate(1975, 1, 2);
        Guest b = named(QStringLiteral("Aram"), QStringLiteral("Kazaryan"));
        b.birthday = QDate(1975, 1, 2);
        REQUIRE(DuplicateRule::compare(profile(a, 1), profile(b, 2)));
    }
    SECTION("a name alone, or with different birthdays, is not enough")
    {
        Guest namesake = named(QStringLiteral("Nato"), QStringLiteral("Tsiklauri"));
        CHECK_FALSE(DuplicateRule::compare(profile(nato, 1), profile(namesake, 2)));
        Guest a = named(QStringLiteral("Nato"), QStringLiteral("Tsiklauri"));
        a.city = QStringLiteral("Tbilisi");
        a.birthday = QDate(1990, 1, 1);
        Guest b = a;
        b.birthday = QDate(1991, 5, 5);
        CHECK_FALSE(DuplicateRule::compare(profile(a, 1), profile(b, 2)));
        Guest other = named(QStringLiteral("Giorgi"), QStringLiteral("Beridze"));
        other.city = QStringLiteral("Tbilisi");
        CHECK_FALSE(DuplicateRule::compare(profile(nato, 1), profile(other, 2)));
    }
    SECTION("a shared phone with another name is shown, but low")
    {
        Guest spouse = named(QStringLiteral("Giorgi"), QStringLiteral("Beridze"));
        spouse.phones = nato.phones;
        const auto match = DuplicateRule::compare(profile(nato, 1), profile(spouse, 2));
        REQUIRE(match);
        CHECK(match->tokens() == QStringList{QStringLiteral("same_phone")});
        CHECK(match->score < 40);
    }
    SECTION("a profile is never its own duplicate")
    {
        CHECK_FALSE(DuplicateRule::compare(profile(nato, 7), profile(nato, 7)));
    }
}

TEST_CASE("A new profile is checked against the stored ones before it is saved")
{
    TempDatabase t;
    REQUIRE(VenueSettings(t.db()).setPhoneRegion(QStringLiteral("GE")).has_value());
    Guest nato = named(QStringLiteral("Nato"), QStringLiteral("Tsiklauri"));
    nato.phones = {QStringLiteral("+995 599 12 34 56")};
    nato.emails = {QStringLiteral("nato@example.ge")};
    const QString natoId = added(t, nato);
    Guest giorgi = named(QStringLiteral("Giorgi"), QStringLiteral("Beridze"));
    giorgi.birthday = QDate(1985, 7, 1);
    giorgi.city = QStringLiteral("Batumi");
    const QString giorgiId = added(t, giorgi);
    GuestService guests(t.db());

    // The same phone typed the national way.
    Guest again = named(QStringLiteral("Nato"), QStringLiteral("Tsiklauri"));
    again.phones = {QStringLiteral("599 123 456")};
    auto found = guests.duplicatesOf(again);
    REQUIRE(found.has_value());
    REQUIRE(found->size() == 1);
    CHECK(found->constFirst().guest.uuid == natoId);
    CHECK(found->constFirst().guest.phones == QStringList{QStringLiteral("+995599123456")});
    CHECK(found->constFirst().match.reasons.contains(DuplicateReason::SamePhone));

    // The same e-mail in capitals.
    Guest mail = named(QStringLiteral("N."), QStringLiteral("T."));
    mail.emails = {QStringLiteral("NATO@example.ge")};
    REQUIRE(guests.duplicatesOf(mail)->size() == 1);

    // A typo in the family name with the same birthday; the same name and the same city.
    Guest typo = named(QStringLiteral("Giorgi"), QStringLiteral("Beridse"));
    typo.birthday = QDate(1985, 7, 1);
    REQUIRE(guests.duplicatesOf(typo)->size() == 1);
    Guest sameCity = named(QStringLiteral("Giorgi"), QStringLiteral("Beridze"));
    sameCity.city = QStringLiteral("BATUMI");
    REQUIRE(guests.duplicatesOf(sameCity)->size() == 1);

    // Editing a stored guest never finds that guest; a stranger finds no one.
    auto stored = guests.find(giorgiId);
    REQUIRE(stored.has_value());
    CHECK(guests.duplicatesOf(*stored)->isEmpty());
    CHECK(guests.duplicatesOf(named(QStringLiteral("Ana"), QStringLiteral("Smith")))->isEmpty());

    // Archived guests are not warned about.
    REQUIRE(guests.archive(natoId).has_value());
    CHECK(guests.duplicatesOf(again)->isEmpty());

    // A travel agency's number on eleven profiles ties none of them to a new one.
    for (int i = 0; i < 11; ++i) { // more than DuplicateFinder's MaxSharedContact (10)
        Guest booked = named(QStringLiteral("Guest%1").arg(i), QStringLiteral("Agency"));
        booked.phones = {QStringLiteral("+995322123123")};
        added(t, booked);
    }
    Guest walkIn = named(QStringLiteral("Tamar"), QStringLiteral("Lomidze"));
    walkIn.phones = {QStringLiteral("+995322123123")};
    CHECK(guests.duplicatesOf(walkIn)->isEmpty());
    CHECK(DuplicateFinder(t.db()).pairs()->isEmpty());
}

TEST_CASE("Find Duplicates on a demo venue with planted duplicates: precision and recall")
{
    TempDatabase t;
    DemoGenerator demo(t.db(), 7);
    REQUIRE(demo.run(2000).has_value());
    GuestService guests(t.db());
    QRandomGenerator random(11);

    // Guests to copy, with what identifies them.
    QList<Guest> originals;
    {
        Statement ids(t.db(),
                      QStringLiteral("SELECT uuid FROM guests WHERE archived_at IS NULL ORDER BY id"));
        REQUIRE(ids.exec().has_value());
        QStringList uuids;
        while (ids.next())
            uuids.append(ids.text(0));
        for (const QString &uuid : std::as_const(uuids))
            originals.append(*guests.find(uuid));
    }
    const auto typo = [&random](QString word) -> QString {
        if (word.size() < 4)
            return word + QLatin1Char('a');
        const qsizetype at = 1 + random.bounded(int(word.size() - 2));
        std::swap(word[at], word[at + 1]);
        return word;
    };
    const auto transliterate = [](QString word) {
        word.replace(QLatin1String("yan"), QLatin1String("ian"));
        word.replace(QLatin1String("Gh"), QLatin1String("K"));
        word.replace(QLatin1String("gh"), QLatin1String("k"));
        word.replace(QLatin1String("Ts"), QLatin1String("C"));
        word.replace(QLatin1String("shvili"), QLatin1String("chvili"));
        return word;
    };

    QSet<QPair<QString, QString>> planted;
    QHash<QString, QString>
        originalOf; // a planted copy's original: two copies of one guest are one guest too
    int made = 0;
    for (int attempt = 0; made < 250 && attempt < 5000; ++attempt) {
        const Guest &original = originals.at(random.bounded(int(originals.size())));
        Guest copy;
        const QString given =
            original.latinGivenName.isEmpty() ? original.givenName : original.latinGivenName;
        const QString family =
            original.latinFamilyName.isEmpty() ? original.familyName : original.latinFamilyName;
        switch (made % 4) {
        case 0: copy = named(given, typo(family)); break;
        case 1: copy = named(given, transliterate(family)); break;
        case 2: copy = named(family, given); break; // swapped
        default: copy = named(original.givenName, original.familyName); break;
        }
        // One thing that ties them, as a returning guest entered again would bring.
        QList<int> ties;
        if (!original.phones.isEmpty())
            ties.append(0);
        if (!original.emails.isEmpty())
            ties.append(1);
        if (original.birthday.isValid())
            ties.append(2);
        if (!original.city.isEmpty())
            ties.append(3);
        if (ties.isEmpty())
            continue;
        switch (ties.at(random.bounded(int(ties.size())))) {
        case 0: {
            // The number as a person types it: spaces, a leading plus sign kept.
            QString phone = original.phones.constFirst();
            copy.phones = {phone.left(4) + QLatin1Char(' ') + phone.mid(4, 3) + QLatin1Char(' ')
                           + phone.mid(7)};
            break;
        }
        case 1: copy.emails = {original.emails.constFirst().toUpper()}; break;
        case 2: copy.birthday = original.birthday; break;
        default: copy.city = original.city; break;
        }
        auto stored = guests.add(copy);
        REQUIRE(stored.has_value());
        planted.insert({original.uuid, stored->uuid});
        originalOf.insert(stored->uuid, original.uuid);
        ++made;
    }
    REQUIRE(made == 250);

    QElapsedTimer timer;
    timer.start();
    auto pairs = DuplicateFinder(t.db()).pairs();
    const qint64 ms = timer.elapsed();
    REQUIRE(pairs.has_value());
    const auto person = [&originalOf](const QString &uuid) { return originalOf.value(uuid, uuid); };
    int truePairs = 0;
    int plantedFound = 0;
    for (const DuplicatePair &pair : std::as_const(*pairs)) {
        if (person(pair.first.uuid) == person(pair.second.uuid))
            ++truePairs;
        if (planted.contains({pair.first.uuid, pair.second.uuid})
            || planted.contains({pair.second.uuid, pair.first.uuid}))
            ++plantedFound;
    }
    const double precision = pairs->isEmpty() ? 0.0 : double(truePairs) / double(pairs->size());
    const double recall = double(plantedFound) / double(planted.size());
    WARN("planted " << planted.size() << ", pairs found " << pairs->size() << ", planted found "
                    << plantedFound << ": precision " << precision << ", recall " << recall << " (" << ms
                    << " ms)");
    CHECK(recall >= 0.95);
    CHECK(precision >= 0.6);
}

TEST_CASE("An import skips, merges or adds the rows that may be stored guests, as chosen")
{
    TempDatabase t;
    REQUIRE(VenueSettings(t.db()).setPhoneRegion(QStringLiteral("GE")).has_value());
    Guest nato = named(QStringLiteral("Nato"), QStringLiteral("Tsiklauri"));
    nato.emails = {QStringLiteral("nato@example.ge")};
    const QString natoId = added(t, nato);
    Guest giorgi = named(QStringLiteral("Giorgi"), QStringLiteral("Beridze"));
    giorgi.phones = {QStringLiteral("+995599000111")};
    giorgi.city = QStringLiteral("Batumi");
    const QString giorgiId = added(t, giorgi);

    const QString path = t.filePath(QStringLiteral("returning.csv"));
    writeBytes(path, "first name,last name,email,phone,city,note\n"
                     "Nato,Tsiklauri,NATO@example.ge,,Tbilisi,Allergic to walnuts\n"
                     "Ana,Kapanadze,ana@example.ge,,Kutaisi,\n"
                     "Giorgi,Beridze,,599 000 111,Tbilisi,\n");
    const qint64 guests = t.count(QStringLiteral("guests"));

    SECTION("a dry run counts them")
    {
        GuestCsvImport check(t.db());
        check.setOnDuplicate(OnDuplicate::Skip);
        auto summary = check.run(path, true);
        REQUIRE(summary.has_value());
        CHECK(summary->guests == 1);
        CHECK(summary->skipped == 2);
        CHECK(t.count(QStringLiteral("guests")) == guests);
    }
    SECTION("skip")
    {
        GuestCsvImport import(t.db());
        import.setOnDuplicate(OnDuplicate::Skip);
        auto summary = import.run(path);
        REQUIRE(summary.has_value());
        CHECK(summary->guests == 1);
        CHECK(summary->skipped == 2);
        CHECK(t.count(QStringLiteral("guests")) == guests + 1);
        CHECK(GuestService(t.db()).find(natoId)->city.isEmpty());
    }
    SECTION("merge fills what the stored guest lacks and keeps what it has")
    {
        GuestCsvImport import(t.db());
        import.setOnDuplicate(OnDuplicate::Merge);
        auto summary = import.run(path);
        REQUIRE(summary.has_value());
        CHECK(summary->guests == 1);
        CHECK(summary->merged == 2);
        CHECK(t.count(QStringLiteral("guests")) == guests + 1);
        GuestService service(t.db());
        CHECK(service.find(natoId)->city == QStringLiteral("Tbilisi"));
        CHECK(service.find(natoId)->emails == QStringList{QStringLiteral("nato@example.ge")});
        REQUIRE(service.notes(natoId)->size() == 1);
        CHECK(service.notes(natoId)->constFirst().body == QStringLiteral("Allergic to walnuts"));
        CHECK(service.find(giorgiId)->city == QStringLiteral("Batumi"));
    }
    SECTION("add, without looking")
    {
        GuestCsvImport import(t.db());
        import.setOnDuplicate(OnDuplicate::Add);
        auto summary = import.run(path);
        REQUIRE(summary.has_value());
        CHECK(summary->guests == 3);
        CHECK(summary->skipped + summary->merged == 0);
    }
}
