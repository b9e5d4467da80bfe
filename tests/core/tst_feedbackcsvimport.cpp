// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// FeedbackCsvImport: review-site and survey exports, each entry through FeedbackService::add.
#include "analysis/feedbackanalyser.h"
#include "exchange/csvreader.h"
#include "exchange/feedbackcsvimport.h"
#include "feedback/feedbackservice.h"
#include "guests/guestservice.h"
#include "storage/statement.h"
#include "tempdatabase.h"

#include <QTimeZone>

using namespace innkeep;
using namespace innkeep::test;
using namespace Qt::StringLiterals;

namespace {

QString addGuest(TempDatabase &t, const QString &given, const QString &family, const QString &email)
{
    Guest g;
    g.givenName = given;
    g.familyName = family;
    g.emails = {email};
    auto added = GuestService(t.db()).add(g);
    REQUIRE_OK(added);
    return added->uuid;
}

QString writeCsv(TempDatabase &t, const QString &name, const QByteArray &text)
{
    const QString path = t.filePath(name);
    writeBytes(path, text);
    return path;
}

QList<FeedbackEntry> entries(TempDatabase &t)
{
    FeedbackQuery query;
    query.sortBy = FeedbackQuery::SortBy::Received;
    query.reversed = true; // oldest first, the file's order below
    auto list = FeedbackService(t.db()).list(query);
    REQUIRE_OK(list);
    return *list;
}

const QByteArray Reviews =
    "Review date,Rating,Review title,Review,Source,Language,Guest e-mail\n"
    "2026-05-02,4/5,Lovely stay,The room was clean and the staff were kind.,Booking.com,en,"
    "ANNA@example.com\n"
    "2026-05-03T09:15:00Z,8 / 10,,Breakfast was cold.,TripAdvisor reviews,en,\n"
    "2026-05-04 18:00,3 out of 5,,,Google,,stranger@example.com\n"
    "2026-05-05,9,,Would come again,guest survey,en,\n";

} // namespace

TEST_CASE("Feedback import: ratings keep their scale, sites map to channels, e-mails find guests")
{
    TempDatabase t;
    const QString anna = addGuest(t, u"Anna"_s, u"Petrosyan"_s, u"anna@example.com"_s);
    FeedbackCsvImport importer(t.db());
    importer.setScale(RatingScale::OneToTen); // for the bare "9"
    auto summary = importer.run(writeCsv(t, u"reviews.csv"_s, Reviews));
    REQUIRE_OK(summary);
    CHECK(summary->rows == 4);
    CHECK(summary->added == 4);
    CHECK(summary->skipped == 0);

    const QList<FeedbackEntry> all = entries(t);
    REQUIRE(all.size() == 4);
    const FeedbackEntry &booking = all.at(0);
    CHECK(booking.channel == FeedbackChannel::ReviewSite);
    CHECK(booking.site == u"Booking.com"_s);
    CHECK(booking.isPublic);
    REQUIRE(booking.rating);
    CHECK(booking.rating->scale == RatingScale::OneToFive);
    CHECK(booking.rating->value == 4);
    CHECK(booking.ratingNormalised == 0.75);
    CHECK(booking.text == u"Lovely stay\n\nThe room was clean and the staff were kind."_s);
    CHECK(booking.language == u"en"_s);
    CHECK(booking.guestUuid == anna);
    CHECK(booking.receivedAt == QDateTime(QDate(2026, 5, 2), QTime(0, 0), Qt::LocalTime).toMSecsSinceEpoch());
    // Analysed as feedback typed at the desk.
    CHECK(booking.analyserVersion == FeedbackAnalyser::Version);

    const FeedbackEntry &tripadvisor = all.at(1);
    CHECK(tripadvisor.site == u"Tripadvisor"_s);
    REQUIRE(tripadvisor.rating);
    CHECK(tripadvisor.rating->scale == RatingScale::OneToTen);
    CHECK(tripadvisor.ratingNormalised == Approx(0.7778));
    CHECK(tripadvisor.receivedAt
          == QDateTime(QDate(2026, 5, 3), QTime(9, 15), QTimeZone::utc()).toMSecsSinceEpoch());
    CHECK(tripadvisor.guestUuid.isEmpty());

    // An e-mail no guest has: the entry is stored without a guest.
    const FeedbackEntry &google = all.at(2);
    CHECK(google.site == u"Google"_s);
    CHECK(google.rating->scale == RatingScale::OneToFive);
    CHECK(google.ratingNormalised == 0.5);
    CHECK(google.guestUuid.isEmpty());
    CHECK(google.text.isEmpty());

    const FeedbackEntry &survey = all.at(3);
    CHECK(survey.channel == FeedbackChannel::Survey);
    CHECK_FALSE(survey.isPublic);
    CHECK(survey.rating->scale == RatingScale::OneToTen);
    CHECK(survey.rating->value == 9);
    CHECK(t.count(u"guests"_s) == 1);
}

TEST_CASE("Feedback import: importing the same file again skips the entries already stored")
{
    TempDatabase t;
    addGuest(t, u"Anna"_s, u"Petrosyan"_s, u"anna@example.com"_s);
    const QString file = writeCsv(t, u"reviews.csv"_s, Reviews);
    FeedbackCsvImport first(t.db());
    first.setScale(RatingScale::OneToTen);
    REQUIRE_OK(first.run(file));
    const qint64 changes = t.count(u"change_log"_s);
    FeedbackCsvImport again(t.db());
    again.setScale(RatingScale::OneToTen);
    auto summary = again.run(file);
    REQUIRE_OK(summary);
    CHECK(summary->added == 0);
    CHECK(summary->skipped == 4);
    CHECK(t.count(u"feedback"_s) == 4);
    CHECK(t.count(u"change_log"_s) == changes);
}

TEST_CASE("Feedback import: two identical answers in one survey file are two entries")
{
    TempDatabase t;
    const QString file = writeCsv(t, u"survey.csv"_s, "date,score,scale\n2026-05-01,5,5\n2026-05-01,5,5\n");
    auto summary = FeedbackCsvImport(t.db()).run(file);
    REQUIRE_OK(summary);
    CHECK(summary->added == 2);
    CHECK(FeedbackCsvImport(t.db()).run(file)->skipped == 2);
    CHECK(t.count(u"feedback"_s) == 2);
}

TEST_CASE("Feedback import: a bare rating needs a scale column or the scale option")
{
    TempDatabase t;
    const QString bare = writeCsv(t, u"bare.csv"_s, "date,rating,comment\n2026-05-01,4,Nice\n");
    auto refused = FeedbackCsvImport(t.db()).run(bare);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().file == u"bare.csv"_s);
    CHECK(refused.error().line == 2);
    CHECK(refused.error().field == u"rating"_s);
    CHECK(refused.error().message.contains(u"--scale"_s));
    CHECK(t.count(u"feedback"_s) == 0);

    FeedbackCsvImport outOfFive(t.db());
    outOfFive.setScale(RatingScale::OneToFive);
    REQUIRE_OK(outOfFive.run(bare));
    CHECK(entries(t).first().ratingNormalised == 0.75);

    // A scale column, in the ways exports write it.
    const QString scaled = writeCsv(t, u"scaled.csv"_s,
                                    "date,rating,out of,comment\n"
                                    "2026-05-02,8,10,Good\n"
                                    "2026-05-03,9,0-10,Good\n"
                                    "2026-05-04,2,/5,Bad\n");
    REQUIRE_OK(FeedbackCsvImport(t.db()).run(scaled));
    const QList<FeedbackEntry> all = entries(t);
    REQUIRE(all.size() == 4);
    CHECK(all.at(1).rating->scale == RatingScale::OneToTen);
    CHECK(all.at(2).rating->scale == RatingScale::Nps);
    CHECK(all.at(2).ratingNormalised == 0.9);
    CHECK(all.at(3).rating->scale == RatingScale::OneToFive);
    CHECK(all.at(3).ratingNormalised == 0.25);
}

TEST_CASE("Feedback import: readScale takes 5, 10 and nps as exports write them")
{
    CHECK(FeedbackCsvImport::readScale(u"scale"_s, u"5"_s) == RatingScale::OneToFive);
    CHECK(FeedbackCsvImport::readScale(u"scale"_s, u"1-5"_s) == RatingScale::OneToFive);
    CHECK(FeedbackCsvImport::readScale(u"scale"_s, u"out of 10"_s) == RatingScale::OneToTen);
    CHECK(FeedbackCsvImport::readScale(u"scale"_s, u"NPS"_s) == RatingScale::Nps);
    CHECK(FeedbackCsvImport::readScale(u"scale"_s, u"0-10"_s) == RatingScale::Nps);
    for (const QString &wrong : {u"7"_s, u"100"_s, u"stars"_s, u""_s}) {
        const auto scale = FeedbackCsvImport::readScale(u"scale"_s, wrong);
        REQUIRE_FALSE(scale);
        CHECK(scale.error().field == u"scale"_s);
    }
}

TEST_CASE("Feedback import: a rating off its scale stores nothing and names file, line and field")
{
    TempDatabase t;
    const QString file = writeCsv(t, u"off.csv"_s,
                                  "date,rating,text\n"
                                  "2026-05-01,4/5,Fine\n"
                                  "2026-05-02,7/5,Too good\n");
    auto refused = FeedbackCsvImport(t.db()).run(file);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().toString() == u"off.csv:3: rating: The rating 7/5 is off its scale of 1 to 5."_s);
    CHECK(t.count(u"feedback"_s) == 0);
}

TEST_CASE("Feedback import: a dry run checks every row and writes nothing, skip mode writes the rejects")
{
    TempDatabase t;
    const qint64 changes = t.count(u"change_log"_s);
    const QString file = writeCsv(t, u"mixed.csv"_s,
                                  "date,rating,text\n"
                                  "2026-05-01,4/5,Fine\n"
                                  "03/04/2026,5/5,Great\n"
                                  "2026-05-02,,\n"
                                  "2027-01-01,5/5,From the future\n");
    auto checked = FeedbackCsvImport(t.db()).run(file, true);
    REQUIRE_OK(checked);
    CHECK(checked->added == 1);
    REQUIRE(checked->problems.size() == 3);
    CHECK(checked->problems.at(0).toString().startsWith(u"mixed.csv:3: date: \"03/04/2026\" could be"_s));
    CHECK(checked->problems.at(1).toString()
          == u"mixed.csv:4: text: Feedback needs a rating or some text."_s);
    CHECK(checked->problems.at(2).field == u"date"_s);
    CHECK(t.count(u"feedback"_s) == 0);
    CHECK(t.count(u"change_log"_s) == changes);

    FeedbackCsvImport skipping(t.db());
    skipping.setChoices({{}, false, t.filePath(u"rejects.csv"_s), u"DD/MM/YYYY"_s});
    auto summary = skipping.run(file);
    REQUIRE_OK(summary);
    CHECK(summary->added == 2);
    CHECK(summary->rejected == 2);
    CsvReader reader(readBytes(t.filePath(u"rejects.csv"_s)), u"rejects.csv"_s);
    QStringList row;
    REQUIRE(reader.next(row).value_or(false));
    CHECK(row.last() == u"import_error"_s);
    REQUIRE(reader.next(row).value_or(false));
    CHECK(row.first() == u"2026-05-02"_s);
    CHECK(row.last() == u"line 4: text: Feedback needs a rating or some text."_s);
}
