// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedback/feedbackservice.h"
#include "storage/changelog.h"
#include "tickets/ticketservice.h"
#include "tst_tickets_fixture.h"

#include <QSignalSpy>

using namespace innkeep;
using namespace innkeep::test;

namespace {

NewFeedback card(const QString &rating, const QString &text = QStringLiteral("Lovely garden"))
{
    NewFeedback input;
    input.channel = FeedbackChannel::CommentCard;
    auto parsed = Rating::parse(rating);
    REQUIRE(parsed);
    input.rating = *parsed;
    input.text = text;
    input.language = QStringLiteral("en");
    return input;
}

} // namespace

TEST_CASE("Ratings parse on their scale and normalise to 0..1")
{
    struct Case
    {
        const char *text;
        RatingScale scale;
        double value;
        double normalised;
    };
    const Case cases[] = {
        {"1/5", RatingScale::OneToFive, 1, 0.0},   {"3/5", RatingScale::OneToFive, 3, 0.5},
        {"5/5", RatingScale::OneToFive, 5, 1.0},   {"4.5/5", RatingScale::OneToFive, 4.5, 0.875},
        {"1/10", RatingScale::OneToTen, 1, 0.0},   {"8/10", RatingScale::OneToTen, 8, 0.7778},
        {"10/10", RatingScale::OneToTen, 10, 1.0}, {"8,5 / 10", RatingScale::OneToTen, 8.5, 0.8333},
        {"nps:0", RatingScale::Nps, 0, 0.0},       {"NPS: 9", RatingScale::Nps, 9, 0.9},
        {"nps:10", RatingScale::Nps, 10, 1.0},
    };
    for (const Case &c : cases) {
        INFO(c.text);
        auto r = Rating::parse(QString::fromLatin1(c.text));
        REQUIRE(r.has_value());
        CHECK(r->scale == c.scale);
        CHECK(r->value == c.value);
        CHECK(r->normalised() == Approx(c.normalised).margin(1e-9));
    }
    CHECK(Rating::parse(QStringLiteral("4/5"))->toString() == QStringLiteral("4/5"));
    // One score every channel shares, as a guest reads it.
    CHECK(Rating::parse(QStringLiteral("4/5"))->outOfTen() == 8.0);
    CHECK(Rating::parse(QStringLiteral("4.5/5"))->outOfTen() == 9.0);
    CHECK(Rating::parse(QStringLiteral("8.5/10"))->outOfTen() == 8.5);
    CHECK(Rating::parse(QStringLiteral("nps:9"))->outOfTen() == 9.0);
    CHECK(Rating::parse(QStringLiteral("nps:7"))->toString() == QStringLiteral("nps:7"));
    CHECK(ratingScaleFromToken(ratingScaleToken(RatingScale::OneToTen)) == RatingScale::OneToTen);
}

TEST_CASE("Ratings off their scale are errors naming the field")
{
    const char *bad[] = {"0/5",     "6/5",  "5.5/5", "0/10", "11/10", "nps:11", "nps:-1",
                         "nps:7.5", "-1/5", "4/7",   "four", "",      "4",      "4/5/5"};
    for (const char *text : bad) {
        INFO(text);
        auto r = Rating::parse(QString::fromLatin1(text));
        REQUIRE_FALSE(r.has_value());
        CHECK(r.error().field == QStringLiteral("rating"));
        CHECK(r.error().code == Error::Code::InvalidInput);
    }
    CHECK(Rating::parse(QStringLiteral("6/5")).error().message.contains(QStringLiteral("1 to 5")));
    CHECK(Rating::parse(QStringLiteral("4/7")).error().message.contains(QStringLiteral("/7")));
    CHECK(Rating{12, RatingScale::OneToTen}.validate().error().message.contains(QStringLiteral("12/10")));
}

TEST_CASE("Adding feedback stores the rating as given, indexes the text, logs and notifies")
{
    TempDatabase t;
    t.db().setStaff(QStringLiteral("Anna"));
    const qint64 guest = addGuest(t.db(), QStringLiteral("Светлана"), QStringLiteral("Иванова"));
    const qint64 stay = addStay(t.db(), guest, QDate(2026, 6, 10), QDate(2026, 6, 12));
    FeedbackService service(t.db());
    QSignalSpy addedSignal(&service, &FeedbackService::added);
    QSignalSpy changed(&service, &FeedbackService::changed);

    NewFeedback input;
    input.stayId = stay;
    input.channel = FeedbackChannel::ReviewSite;
    input.site = QStringLiteral("TripAdvisor");
    input.rating = *Rating::parse(QStringLiteral("8/10"));
    input.text = QStringLiteral("Прекрасный завтрак и очень чистый номер");
    input.language = QStringLiteral("RU");
    input.isPublic = true;
    input.receivedAt = ms(2026, 6, 13, 9);
    auto added = service.add(input);
    REQUIRE(added);
    CHECK(added->guestId == guest);
    CHECK(added->guestName == QStringLiteral("Светлана Иванова"));
    CHECK(added->rating == Rating{8, RatingScale::OneToTen});
    CHECK(*added->ratingNormalised == Approx(0.7778));
    CHECK(added->language == QStringLiteral("ru"));
    CHECK(added->receivedAt == ms(2026, 6, 13, 9));
    CHECK(added->createdAt == t.clock().nowMs());
    CHECK(added->isPublic);
    CHECK_FALSE(added->needsAttention);

    Statement stored(t.db(), QStringLiteral("SELECT rating, rating_scale FROM feedback WHERE uuid = ?"));
    REQUIRE(stored.bind(added->uuid).exec());
    REQUIRE(stored.next());
    CHECK(stored.value(0).toDouble() == 8);
    CHECK(stored.text(1) == QStringLiteral("1-10"));

    Statement hit(
        t.db(),
        QStringLiteral("SELECT ref FROM search_index WHERE search_index MATCH ? AND kind = 'feedback'"));
    CHECK(hit.bind(QStringLiteral("завтрак")).scalar()->toString() == added->uuid);
    Statement byName(t.db(), QStringLiteral("SELECT rowid FROM search_index WHERE search_index MATCH ?"));
    CHECK(byName.bind(QStringLiteral("Иванова")).scalar()->toLongLong() == added->id * 4 + 2);

    CHECK(ChangeLog(t.db()).forRow(added->uuid)->size() == 1);
    CHECK(ChangeLog(t.db()).forRow(added->uuid)->first().guestUuid == added->guestUuid);
    REQUIRE(addedSignal.size() == 1);
    CHECK(addedSignal.first().at(0).toString() == added->uuid);
    CHECK(addedSignal.first().at(1).toString() == added->guestUuid);
    CHECK(changed.isEmpty());
}

TEST_CASE("Bad feedback is refused with the field named and nothing written")
{
    TempDatabase t;
    FeedbackService service(t.db());
    const auto before = footprint(t);
    NewFeedback input = card(QStringLiteral("4/5"));
    QString field;
    SECTION("rating off its scale")
    {
        input.rating = Rating{6, RatingScale::OneToFive};
        field = QStringLiteral("rating");
    }
    SECTION("neither text nor rating")
    {
        input.rating.reset();
        input.text = QStringLiteral(" ");
        field = QStringLiteral("text");
    }
    SECTION("a review site without its name")
    {
        input.channel = FeedbackChannel::ReviewSite;
        field = QStringLiteral("site");
    }
    SECTION("unknown guest")
    {
        input.guestUuid = newUuid();
        field = QStringLiteral("guest");
    }
    SECTION("unknown stay")
    {
        input.stayId = 999;
        field = QStringLiteral("stay");
    }
    auto added = service.add(input);
    REQUIRE_FALSE(added);
    CHECK(added.error().field == field);
    CHECK(footprint(t) == before);
}

TEST_CASE("Low ratings need attention until answered or turned into a ticket, by the venue's threshold")
{
    TempDatabase t;
    FeedbackService service(t.db());
    // This is about the rating's threshold: the texts' sentiment (tst_feedback_analysis.cpp) set aside.
    REQUIRE(service.setSentimentThreshold(-1));
    auto poor = service.add(card(QStringLiteral("2/5"), QStringLiteral("Cold shower"))); // 0.25
    auto edge = service.add(card(QStringLiteral("nps:4"), QStringLiteral("Meh"))); // 0.4: on the threshold
    auto fine = service.add(card(QStringLiteral("8/10")));                         // 0.78
    NewFeedback textOnly;
    textOnly.text = QStringLiteral("No rating given");
    auto unrated = service.add(textOnly);
    REQUIRE(poor);
    REQUIRE(edge);
    REQUIRE(fine);
    REQUIRE(unrated);
    CHECK(*FeedbackRepository(t.db()).attentionThreshold() == 0.4);
    CHECK(poor->needsAttention);
    CHECK(edge->needsAttention);
    CHECK_FALSE(fine->needsAttention);
    CHECK_FALSE(unrated->needsAttention);

    FeedbackQuery attention;
    attention.needsAttentionOnly = true;
    CHECK(FeedbackRepository(t.db()).list(attention)->size() == 2);
    CHECK(*FeedbackRepository(t.db()).needsAttentionCount() == 2);

    auto answered = service.respond(poor->uuid, QStringLiteral("Sorry, the boiler is fixed."));
    REQUIRE(answered);
    CHECK(answered->respondedAt == t.clock().nowMs());
    CHECK(answered->lowRating);
    CHECK_FALSE(service.entry(poor->uuid)->needsAttention);
    CHECK(*FeedbackRepository(t.db()).needsAttentionCount() == 1);

    REQUIRE(service.setAttentionThreshold(0.3));
    CHECK(*FeedbackRepository(t.db()).needsAttentionCount() == 0);
    CHECK_FALSE(service.entry(edge->uuid)->lowRating);
    CHECK(service.setAttentionThreshold(1.5).error().field == QStringLiteral("threshold"));

    FeedbackQuery cards;
    cards.channels = {FeedbackChannel::CommentCard};
    CHECK(FeedbackRepository(t.db()).list(cards)->size() == 3);
}

TEST_CASE("Feedback becomes a complaint ticket linked both ways, in one transaction")
{
    TempDatabase t;
    const qint64 guest = addGuest(t.db(), QStringLiteral("Hans"), QStringLiteral("Müller"));
    FeedbackService service(t.db());
    NewFeedback input = card(QStringLiteral("1/5"), QStringLiteral("Das Zimmer war laut"));
    input.guestId = guest;
    input.language = QStringLiteral("de");
    auto entry = service.add(input);
    REQUIRE(entry);

    auto ticket = service.toTicket(entry->uuid, QStringLiteral("noise"));
    REQUIRE(ticket);
    CHECK(ticket->feedbackId == entry->id);
    CHECK(ticket->feedbackUuid == entry->uuid);
    CHECK(ticket->guestId == guest);
    CHECK(ticket->severity == TicketSeverity::High); // 1/5 normalises to 0
    CHECK(ticket->category == QStringLiteral("noise"));
    CHECK(ticket->source == QStringLiteral("feedback"));
    CHECK(ticket->description == QStringLiteral("Das Zimmer war laut"));

    auto linked = service.entry(entry->uuid);
    REQUIRE(linked);
    CHECK(linked->ticketUuid == ticket->uuid);
    CHECK_FALSE(linked->needsAttention);
    auto stored = TicketService(t.db()).ticket(ticket->uuid);
    REQUIRE(stored);
    CHECK(stored->feedbackUuid == entry->uuid);
    bool logged = false;
    const auto log = ChangeLog(t.db()).forRow(entry->uuid);
    REQUIRE(log);
    for (const ChangeEntry &e : *log)
        logged |= e.field == QStringLiteral("ticket_id");
    CHECK(logged);

    SECTION("a second time is refused and changes nothing")
    {
        const auto before = footprint(t);
        auto again = service.toTicket(entry->uuid);
        REQUIRE_FALSE(again);
        CHECK(again.error().code == Error::Code::Conflict);
        CHECK(again.error().message.contains(ticket->uuid));
        CHECK(footprint(t) == before);
    }
    SECTION("an unknown category rolls the whole action back")
    {
        auto other = service.add(card(QStringLiteral("2/5"), QStringLiteral("Dirty towels")));
        REQUIRE(other);
        const auto before = footprint(t);
        CHECK(service.toTicket(other->uuid, QStringLiteral("ghosts")).error().field
              == QStringLiteral("category"));
        CHECK(footprint(t) == before);
    }
    SECTION("feedback without a guest or text still becomes a ticket")
    {
        NewFeedback anonymous;
        anonymous.channel = FeedbackChannel::Survey;
        anonymous.rating = Rating{3, RatingScale::Nps};
        auto a = service.add(anonymous);
        REQUIRE(a);
        auto made = service.toTicket(a->uuid);
        REQUIRE(made);
        CHECK(made->description.contains(QStringLiteral("nps:3")));
        CHECK(made->severity == TicketSeverity::Medium);
    }
}
