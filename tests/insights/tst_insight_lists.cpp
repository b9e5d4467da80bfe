// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "insights/insightlists.h"
#include "kpivenue.h"
#include "tickets/ticketservice.h"

#include <QFile>
#include <QFileInfo>

using namespace innkeep;
using namespace innkeep::test;
using namespace Qt::StringLiterals;

TEST_CASE("Insight lists read the guests, stays, tickets and feedback behind a number by id")
{
    KpiVenue v;
    const auto ani = v.guest(u"Hakobyan"_s, u"AM"_s, 1);
    const auto nino = v.guest(u"Beridze"_s, u"GE"_s);
    const qint64 first = v.stay(ani, QDate(2026, 3, 1), QDate(2026, 3, 4), 36000);
    v.stay(ani, QDate(2026, 5, 2), QDate(2026, 5, 3), 12000);
    v.stay(ani, QDate(2026, 6, 1), QDate(2026, 6, 2), 0, StayStatus::Cancelled); // not counted
    const qint64 ninoStay =
        v.stay(nino, QDate(2026, 4, 10), QDate(2026, 4, 12), 0, StayStatus::CheckedOut, u"USD"_s);
    NewTicket input;
    input.guestId = nino.id;
    input.category = u"noise"_s;
    input.description = u"Music next door, \"loud\""_s;
    auto ticket = TicketService(v.db()).create(input);
    REQUIRE(ticket);
    const qint64 answer =
        v.feedback(QDate(2026, 5, 5), u"nps:9"_s, ani.id, FeedbackChannel::Survey, u"Lovely"_s);

    InsightLists lists(v.db());
    SECTION("guests, with their counted stays and last arrival; a missing id is left out")
    {
        auto list = lists.read(KpiPopulation::Guests, {ani.id, nino.id, 999});
        REQUIRE(list);
        REQUIRE(list->rows.size() == 2);
        const InsightListRow &a = list->rows.at(0);
        CHECK(a.uuid == ani.uuid);
        CHECK(a.guestName == u"Ani Hakobyan"_s);
        CHECK(a.nationality == u"AM"_s);
        CHECK(a.vipLevel == 1);
        CHECK(a.stays == 2); // the cancelled one does not count
        CHECK(a.lastArrival == QDate(2026, 5, 2));
        CHECK(list->rows.at(1).uuid == nino.uuid);
    }
    SECTION("stays, in the venue's currency when they have none of their own")
    {
        auto list = lists.read(KpiPopulation::Stays, {ninoStay, first});
        REQUIRE(list);
        REQUIRE(list->rows.size() == 2);
        CHECK(list->rows.at(0).id == first); // by id
        CHECK(list->rows.at(0).guestUuid == ani.uuid);
        CHECK(list->rows.at(0).arrival == QDate(2026, 3, 1));
        CHECK(list->rows.at(0).departure == QDate(2026, 3, 4));
        CHECK(list->rows.at(0).revenueMinor == 36000);
        CHECK(list->rows.at(0).currency == u"EUR"_s);
        CHECK(list->rows.at(0).stayStatus == u"checked-out"_s);
        CHECK(list->rows.at(1).currency == u"USD"_s);
    }
    SECTION("tickets, with the category's label")
    {
        auto list = lists.read(KpiPopulation::Tickets, {ticket->id});
        REQUIRE(list);
        REQUIRE(list->rows.size() == 1);
        CHECK(list->rows.at(0).uuid == ticket->uuid);
        CHECK(list->rows.at(0).guestName == u"Ani Beridze"_s);
        CHECK(list->rows.at(0).category == u"Noise"_s);
        CHECK(list->rows.at(0).ticketStatus == u"new"_s);
        CHECK(list->rows.at(0).text == input.description);
    }
    SECTION("feedback, with its rating")
    {
        auto list = lists.read(KpiPopulation::Feedback, {answer});
        REQUIRE(list);
        REQUIRE(list->rows.size() == 1);
        CHECK(list->rows.at(0).guestUuid == ani.uuid);
        CHECK(list->rows.at(0).channel == u"survey"_s);
        CHECK(list->rows.at(0).rating == 9.0);
        CHECK(list->rows.at(0).ratingScale == u"nps"_s);
        CHECK(list->rows.at(0).text == u"Lovely"_s);
        CHECK(list->rows.at(0).receivedAt == KpiVenue::at(QDate(2026, 5, 5)));
    }
    SECTION("no ids, no rows")
    {
        auto list = lists.read(KpiPopulation::Guests, {});
        REQUIRE(list);
        CHECK(list->rows.isEmpty());
    }
    SECTION("the filter choices are the values guests carry")
    {
        v.guest(u"Petrosyan"_s, u"AM"_s);
        auto choices = lists.choices();
        REQUIRE(choices);
        CHECK(choices->nationalities == QStringList{u"AM"_s, u"GE"_s}); // most frequent first
    }
}

TEST_CASE("Insight tables are written as private CSV files, quoted, and never over the venue's file")
{
    KpiVenue v;
    const QString path = v.t.filePath(u"kpis.csv"_s);
    const QList<QStringList> rows{
        {u"Repeat guests"_s, u"25%"_s}, {u"=HYPERLINK(\"x\")"_s, u"-3"_s}, {u"Two\nlines, comma"_s, u""_s}};
    REQUIRE(InsightLists::writeCsv(path, {u"KPI"_s, u"Value"_s}, rows, v.t.path()));
    CHECK(QFileInfo(path).permissions()
          == (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));
    CHECK(readBytes(path)
          == "KPI,Value\r\nRepeat guests,25%\r\n\"'=HYPERLINK(\"\"x\"\")\",-3\r\n\"Two\nlines, comma\",\r\n");

    const QByteArray before = readBytes(v.t.path());
    const auto refused = InsightLists::writeCsv(v.t.path(), {u"KPI"_s}, {}, v.t.path());
    REQUIRE_FALSE(refused);
    CHECK(refused.error().file.contains(u"innkeep.sqlite"_s));
    CHECK(readBytes(v.t.path()) == before);
}
