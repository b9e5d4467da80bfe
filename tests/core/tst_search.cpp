// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "guests/guestservice.h"
#include "search/guestsearch.h"
#include "search/searchindex.h"
#include "search/searchkey.h"
#include "stays/stayservice.h"
#include "storage/statement.h"
#include "tempdatabase.h"
#include "tickets/ticketservice.h"
#include "venue/venuesettings.h"

#include <QElapsedTimer>

using namespace innkeep;
using namespace innkeep::test;

namespace {

struct SearchFixture
{
    TempDatabase t;
    QHash<QString, QString> uuids; // label → guest uuid

    SearchFixture()
    {
        REQUIRE(VenueSettings(t.db()).setPhoneRegion(QStringLiteral("AM")).has_value());
        add(QStringLiteral("aram"), QStringLiteral("Արամ"), QStringLiteral("Խաչատրյան"), {},
            {QStringLiteral("+374 91 234567")});
        add(QStringLiteral("nino"), QStringLiteral("ნინო"), QStringLiteral("ბერიძე"),
            {QStringLiteral("nino.beridze@example.ge")}, {});
        add(QStringLiteral("ivan"), QStringLiteral("Иван"), QStringLiteral("Петров"), {},
            {QStringLiteral("+7 912 300-11-22")});
        add(QStringLiteral("muller"), QStringLiteral("Jürgen"), QStringLiteral("Müller"),
            {QStringLiteral("j.mueller@example.de")}, {});
        add(QStringLiteral("anna"), QStringLiteral("Anna"), QStringLiteral("Smith"),
            {QStringLiteral("anna@example.com")}, {QStringLiteral("010 555 444")});
        add(QStringLiteral("giorgi"), QStringLiteral("გიორგი"), QStringLiteral("მაისურაძე"), {}, {});
    }

    void add(const QString &label, const QString &given, const QString &family, const QStringList &emails,
             const QStringList &phones)
    {
        Guest g;
        g.givenName = given;
        g.familyName = family;
        g.emails = emails;
        g.phones = phones;
        auto added = GuestService(t.db()).add(g);
        REQUIRE(added.has_value());
        uuids.insert(label, added->uuid);
    }

    QStringList find(const QString &text)
    {
        auto hits = GuestSearch(t.db()).search(text);
        if (!hits)
            FAIL(hits.error().toString().toStdString());
        QStringList labels;
        for (const SearchHit &hit : *hits)
            labels.append(uuids.key(hit.guestUuid, hit.uuid));
        return labels;
    }

    QString why(const QString &text)
    {
        auto hits = GuestSearch(t.db()).search(text);
        REQUIRE(hits.has_value());
        REQUIRE_FALSE(hits->isEmpty());
        return hits->first().matched;
    }
};

} // namespace

TEST_CASE("Search keys fold scripts, case and diacritics")
{
    CHECK(searchKey(QStringLiteral("Հովհաննես")) == QStringLiteral("hovhannes"));
    CHECK(searchKey(QStringLiteral("გიორგი")) == QStringLiteral("giorgi"));
    CHECK(searchKey(QStringLiteral("Светлана")) == QStringLiteral("svetlana"));
    CHECK(searchKey(QStringLiteral("Müller")) == QStringLiteral("muller"));
    CHECK(searchKey(QStringLiteral("  O'Brien--Smith ")) == QStringLiteral("o brien smith"));
    // Georgian Mtavruli capitals fold to the everyday letters.
    CHECK(foldGeorgianCapitals(QStringLiteral("ᲒᲘᲝᲠᲒᲘ")) == QStringLiteral("გიორგი"));
    CHECK(searchKey(QStringLiteral("ᲒᲘᲝᲠᲒᲘ")) == QStringLiteral("giorgi"));
}

TEST_CASE("A Latin prefix finds names written in Armenian, Georgian and Cyrillic")
{
    SearchFixture f;
    CHECK(f.find(QStringLiteral("Aram")).contains(QStringLiteral("aram")));
    CHECK(f.find(QStringLiteral("ara")).contains(QStringLiteral("aram")));
    CHECK(f.find(QStringLiteral("Nino")).contains(QStringLiteral("nino")));
    CHECK(f.find(QStringLiteral("Ivan")).contains(QStringLiteral("ivan")));
    CHECK(f.find(QStringLiteral("giorgi")).contains(QStringLiteral("giorgi")));
    CHECK(f.find(QStringLiteral("khach")).contains(QStringLiteral("aram")));
    CHECK(f.why(QStringLiteral("Aram")) == QStringLiteral("name"));
}

TEST_CASE("A native-script prefix finds them too, and so does the full name in either order")
{
    SearchFixture f;
    CHECK(f.find(QStringLiteral("Արա")).contains(QStringLiteral("aram")));
    CHECK(f.find(QStringLiteral("ნინ")).contains(QStringLiteral("nino")));
    CHECK(f.find(QStringLiteral("ᲜᲘᲜᲝ")).contains(QStringLiteral("nino")));
    CHECK(f.find(QStringLiteral("Ив")).contains(QStringLiteral("ivan")));
    CHECK(f.find(QStringLiteral("anna sm")) == QStringList{QStringLiteral("anna")});
    CHECK(f.find(QStringLiteral("smith anna")) == QStringList{QStringLiteral("anna")});
    CHECK(f.find(QStringLiteral("ბერიძე ნინო")).contains(QStringLiteral("nino")));
}

TEST_CASE("Case and diacritics never matter")
{
    SearchFixture f;
    CHECK(f.find(QStringLiteral("Muller")).contains(QStringLiteral("muller")));
    CHECK(f.find(QStringLiteral("MÜLL")).contains(QStringLiteral("muller")));
    CHECK(f.find(QStringLiteral("jurgen")).contains(QStringLiteral("muller")));
    CHECK(f.find(QStringLiteral("zzzz")).isEmpty());
}

TEST_CASE("Phones are found by the digits a receptionist would type: the start or the end")
{
    SearchFixture f;
    CHECK(f.find(QStringLiteral("4567")) == QStringList{QStringLiteral("aram")});       // last four
    CHECK(f.find(QStringLiteral("234567")) == QStringList{QStringLiteral("aram")});     // subscriber number
    CHECK(f.find(QStringLiteral("091 234567")) == QStringList{QStringLiteral("aram")}); // national format
    CHECK(f.find(QStringLiteral("+374 91")) == QStringList{QStringLiteral("aram")});    // + form
    CHECK(f.find(QStringLiteral("912 300-11")).contains(QStringLiteral("ivan"))); // without country code
    CHECK(f.find(QStringLiteral("8 912 300")).contains(QStringLiteral("ivan")));  // with the trunk prefix
    CHECK(f.why(QStringLiteral("4567")) == QStringLiteral("phone"));
    // Digits from the middle of a number are not a way anyone looks a guest up; indexing them
    // cost a dozen terms per number (docs/decisions.md, "Phone digits reversed").
    CHECK_FALSE(f.find(QStringLiteral("3001")).contains(QStringLiteral("ivan")));
    // An e-mail ending in digits is still an e-mail match.
    f.add(QStringLiteral("zed"), QStringLiteral("Zed"), QStringLiteral("Brown"),
          {QStringLiteral("zed2024@example.com")}, {});
    CHECK(f.why(QStringLiteral("zed2024")) == QStringLiteral("email"));
}

TEST_CASE("Search documents written with every suffix of a number (before the reversed tokens) still match")
{
    SearchFixture f;
    // What SearchIndex wrote for Ivan's number until the reversed-digits token replaced suffixes.
    Statement old(f.t.db(), QStringLiteral("UPDATE search_index SET contact = ? WHERE ref = ?"));
    REQUIRE_OK(
        old.bind(QStringLiteral(
                     "79123001122 9123001122 123001122 23001122 3001122 001122 01122 1122 122 89123001122"),
                 f.uuids.value(QStringLiteral("ivan")))
            .exec());
    CHECK(f.find(QStringLiteral("1122")).contains(QStringLiteral("ivan")));
    CHECK(f.why(QStringLiteral("1122")) == QStringLiteral("phone"));
}

TEST_CASE("E-mails, rooms and booking references are found and say why")
{
    SearchFixture f;
    CHECK(f.find(QStringLiteral("nino.beri")).contains(QStringLiteral("nino")));
    CHECK(f.why(QStringLiteral("mueller")) == QStringLiteral("email"));
    Stay stay;
    stay.guestUuid = f.uuids.value(QStringLiteral("anna"));
    stay.arrival = QDate(2026, 6, 1);
    stay.departure = QDate(2026, 6, 4);
    stay.room = QStringLiteral("418");
    stay.bookingRef = QStringLiteral("BK-77123");
    REQUIRE(StayService(f.t.db()).add(stay).has_value());
    CHECK(f.find(QStringLiteral("418")) == QStringList{QStringLiteral("anna")});
    CHECK(f.find(QStringLiteral("bk-771")) == QStringList{QStringLiteral("anna")});
    CHECK(f.why(QStringLiteral("bk-771")) == QStringLiteral("stay"));
}

TEST_CASE("Notes and tags are searched, and name matches rank before note matches")
{
    SearchFixture f;
    GuestService guests(f.t.db());
    REQUIRE(guests
                .addNote(f.uuids.value(QStringLiteral("ivan")),
                         QStringLiteral("Friend of Anna from the wine club"))
                .has_value());
    auto anna = guests.find(f.uuids.value(QStringLiteral("anna")));
    Guest edited = *anna;
    edited.tags = {QStringLiteral("sommelier")};
    REQUIRE(guests.update(edited).has_value());

    const QStringList annaHits = f.find(QStringLiteral("anna"));
    REQUIRE(annaHits.size() == 2);
    CHECK(annaHits.at(0) == QStringLiteral("anna"));
    CHECK(annaHits.at(1) == QStringLiteral("ivan"));
    CHECK(f.find(QStringLiteral("wine club")) == QStringList{QStringLiteral("ivan")});
    CHECK(f.why(QStringLiteral("wine")) == QStringLiteral("note"));
    CHECK(f.why(QStringLiteral("sommel")) == QStringLiteral("tag"));
}

TEST_CASE("Search never scans a table")
{
    // The plans of the statements GuestSearch really prepares (GuestSearch::statements()), not
    // copies of them: a statement changed to scan guests fails here. Parameters are left unbound:
    // EXPLAIN QUERY PLAN only compiles the statement.
    SearchFixture f;
    const QStringList statements = GuestSearch::statements();
    REQUIRE(statements.size() == 12);
    CHECK(statements.contains(GuestSearch::roomNowSql()));
    CHECK(statements.contains(GuestSearch::roomPastSql()));
    CHECK(statements.contains(GuestSearch::stayFactsSql()));
    CHECK(statements.contains(GuestSearch::deskSql()));
    CHECK(statements.contains(GuestSearch::nameSql()));
    CHECK(statements.contains(GuestSearch::rankedSql()));
    CHECK(statements.contains(GuestSearch::newestSql()));
    for (const QString &sql : statements) {
        Statement explain(f.t.db(), QStringLiteral("EXPLAIN QUERY PLAN ") + sql);
        REQUIRE(explain.exec().has_value());
        QStringList details;
        while (explain.next())
            details.append(explain.text(3));
        INFO(sql.toStdString() << "\n" << details.join(QLatin1Char('\n')).toStdString());
        REQUIRE_FALSE(details.isEmpty());
        for (const QString &step : std::as_const(details)) {
            // A SCAN is allowed only of the FTS5 table through its MATCH index (idxStr "M…") and
            // of a subquery's own bounded rows (the probe's LIMIT).
            if (step.startsWith(QLatin1String("SCAN "))
                && !step.startsWith(QLatin1String("SCAN (subquery-"))) {
                CHECK(step.contains(QLatin1String("VIRTUAL TABLE INDEX")));
                CHECK(step.contains(QLatin1String(":M")));
            }
        }
        if (sql == GuestSearch::nameSql())
            CHECK_FALSE(details.join(QLatin1Char('\n')).contains(QLatin1String("TEMP B-TREE")));
    }
}

TEST_CASE("Everyday spellings find Armenian, Georgian and Russian names")
{
    CHECK(searchKeys(QStringLiteral("Խաչատրյան")).contains(QStringLiteral("khachatryan")));
    CHECK(searchKeys(QStringLiteral("Երևան")).contains(QStringLiteral("yerevan")));
    CHECK(searchKeys(QStringLiteral("Ոսկանյան")).contains(QStringLiteral("voskanyan")));
    CHECK(searchKeys(QStringLiteral("Թումանյան")).contains(QStringLiteral("tumanyan")));
    CHECK(searchKeys(QStringLiteral("ჭავჭავაძე")).contains(QStringLiteral("chavchavadze")));
    CHECK(searchKeys(QStringLiteral("Щукин")).contains(QStringLiteral("shchukin")));
    CHECK(searchKeys(QStringLiteral("Хачатуров")).contains(QStringLiteral("khachaturov")));
    CHECK(searchKeys(QStringLiteral("Smith")) == QStringList{QStringLiteral("smith")});
}

TEST_CASE("E-mail domains are not search words, but a typed address still finds its guest")
{
    SearchFixture f;
    CHECK(f.find(QStringLiteral("example")).isEmpty());
    CHECK(f.find(QStringLiteral("anna@exam")) == QStringList{QStringLiteral("anna")});
    CHECK(f.find(QStringLiteral("nino.beridze@example.ge")).contains(QStringLiteral("nino")));
}

TEST_CASE("Many matches come newest first instead of being ranked")
{
    TempDatabase t;
    GuestService guests(t.db());
    for (int i = 0; i < 230; ++i) {
        Guest g;
        g.givenName = QStringLiteral("Guest%1").arg(i);
        g.familyName = QStringLiteral("Zed");
        REQUIRE_OK(guests.add(g));
        REQUIRE_OK(guests.addNote(guests.find(GuestSearch(t.db()).search(g.givenName, 1)->first().uuid)->uuid,
                                  QStringLiteral("Likes the terrace")));
    }
    auto hits = GuestSearch(t.db()).search(QStringLiteral("terrace"), 5);
    REQUIRE_OK(hits);
    REQUIRE(hits->size() == 5);
    CHECK(hits->first().displayName == QStringLiteral("Guest229 Zed"));
    CHECK(hits->first().matched == QStringLiteral("note"));
}

TEST_CASE("Complaint and feedback hits name the guest they are about, or the room")
{
    SearchFixture f;
    NewTicket withGuest;
    withGuest.guestUuid = f.uuids.value(QStringLiteral("aram"));
    withGuest.category = QStringLiteral("noise");
    withGuest.description = QStringLiteral("Thunderous karaoke next door");
    REQUIRE_OK(TicketService(f.t.db()).create(withGuest));
    NewTicket roomOnly;
    roomOnly.room = QStringLiteral("512");
    roomOnly.category = QStringLiteral("maintenance");
    roomOnly.description = QStringLiteral("Thunderous pipes in the bathroom");
    REQUIRE_OK(TicketService(f.t.db()).create(roomOnly));

    auto hits = GuestSearch(f.t.db()).search(QStringLiteral("thunderous"));
    REQUIRE_OK(hits);
    REQUIRE(hits->size() == 2);
    QStringList names;
    for (const SearchHit &hit : *hits) {
        CHECK(hit.kind == QStringLiteral("ticket"));
        names.append(hit.displayName);
        if (hit.displayName == QStringLiteral("Արամ Խաչատրյան"))
            CHECK(hit.guestUuid == f.uuids.value(QStringLiteral("aram")));
    }
    CHECK(names.contains(QStringLiteral("Արամ Խաչատրյան")));
    CHECK(names.contains(QStringLiteral("Room 512")));
}

TEST_CASE("A query is read up to its first eight words and 200 characters", "[search]")
{
    CHECK(GuestSearch::usedQuery(QStringLiteral("  Anna   Smith  ")) == QStringLiteral("Anna   Smith"));
    CHECK(GuestSearch::usedQuery(QStringLiteral("one two three four five six seven eight nine ten"))
          == QStringLiteral("one two three four five six seven eight"));
    CHECK(GuestSearch::usedQuery(QStringLiteral("+374 91 234567")) == QStringLiteral("+374 91 234567"));
    CHECK(GuestSearch::usedQuery(QString()).isEmpty());
    CHECK(GuestSearch::usedQuery(QStringLiteral(" \t\n ")).isEmpty());
    const QString longWord(300, QLatin1Char('x'));
    CHECK(GuestSearch::usedQuery(longWord) == QString(GuestSearch::MaxQueryChars, QLatin1Char('x')));
    // The 200 characters count from the first one typed, and never end on half a surrogate pair.
    CHECK(GuestSearch::usedQuery(QStringLiteral("   ") + longWord).size() == GuestSearch::MaxQueryChars);
    const QString emoji = QStringLiteral("\U0001F600");
    const QString cut =
        GuestSearch::usedQuery(QString(GuestSearch::MaxQueryChars - 1, QLatin1Char('a')) + emoji);
    CHECK(cut == QString(GuestSearch::MaxQueryChars - 1, QLatin1Char('a')));
}

TEST_CASE("A pasted query of ten thousand words costs what its first words cost and still finds the guest "
          "named in them")
{
    SearchFixture f;
    for (int i = 0; i < 9; ++i)
        f.add(QStringLiteral("anna%1").arg(i), QStringLiteral("Anna"), QStringLiteral("Smith"), {}, {});
    REQUIRE_OK(GuestService(f.t.db()).addNote(
        f.uuids.value(QStringLiteral("anna")),
        QStringLiteral("Likes the quiet terrace room upstairs, late breakfast")));

    // The guest's name over and over: FTS5 ranked an AND of 10,000 phrases in O(n²) (25 s on a
    // 2,000-guest venue, 3.5 s here). Generous bound: a complexity test, not a benchmark.
    QStringList repeated{QStringLiteral("Anna"), QStringLiteral("Smith")};
    while (repeated.size() < 10'000)
        repeated << QStringLiteral("anna") << QStringLiteral("smith");
    QElapsedTimer timer;
    timer.start();
    QStringList found = f.find(repeated.join(QLatin1Char(' ')));
    CHECK(timer.elapsed() < 1000);
    CHECK(found.contains(QStringLiteral("anna")));
    CHECK(found.size() == 10);

    // The name and note words first, then 9,992 words nobody wrote: only the first eight count.
    QStringList pasted =
        QStringList{QStringLiteral("Anna"),     QStringLiteral("Smith"),    QStringLiteral("likes"),
                    QStringLiteral("quiet"),    QStringLiteral("terrace"),  QStringLiteral("room"),
                    QStringLiteral("upstairs"), QStringLiteral("breakfast")};
    for (int i = 0; pasted.size() < 10'000; ++i)
        pasted << QStringLiteral("word%1").arg(i);
    timer.restart();
    found = f.find(pasted.join(QLatin1Char(' ')));
    CHECK(timer.elapsed() < 1000);
    CHECK(found == QStringList{QStringLiteral("anna")});
}

TEST_CASE("A name's search keys take linear time in its number of words", "[search]")
{
    QStringList words;
    for (int i = 0; i < 100'000; ++i)
        words.append(QStringLiteral("w%1").arg(i % 50'000)); // every word twice
    QElapsedTimer timer;
    timer.start();
    const QStringList keys = SearchIndex::nameKeys({words.join(QLatin1Char(' '))}, {QStringLiteral("Smith")});
    CHECK(timer.elapsed() < 1000); // each word compared with every other one took 8 s
    // The words, "smith", both whole-name orders, and smith's sound-alike key ("~smit"; words with
    // digits and a name of 100,000 words have none).
    REQUIRE(keys.size() == 50'000 + 1 + 2 + 1);
    CHECK(keys.last() == QStringLiteral("~smit"));
    CHECK(keys.first() == QStringLiteral("w0"));
    CHECK(keys.at(49'999) == QStringLiteral("w49999"));
    CHECK(keys.at(50'000) == QStringLiteral("smith"));
    CHECK(keys.at(50'001).startsWith(QStringLiteral("w0 w1 ")));
    CHECK(keys.at(50'002).startsWith(QStringLiteral("smith w0 ")));
}
