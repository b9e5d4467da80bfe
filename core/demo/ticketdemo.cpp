// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketdemo.h"

#include "feedback/feedbackservice.h"
#include "staff/staffservice.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "tickets/ticketservice.h"

#include <QMap>

#include <algorithm>
#include <array>

namespace innkeep {

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 MinuteMs = 60 * 1000;
constexpr qint64 DayMs = 24 * 60 * MinuteMs;

struct DemoComplaint
{
    const char *category;
    const char *department;
    const char16_t *text;
};

const std::array<DemoComplaint, 12> Complaints{{
    {"housekeeping", "housekeeping", u"Room was not cleaned although the card said 'please clean'."},
    {"housekeeping", "housekeeping", u"Hair in the shower and no fresh towels."},
    {"maintenance", "maintenance", u"Air conditioning is dripping onto the carpet."},
    {"maintenance", "maintenance", u"Hot water runs cold after two minutes."},
    {"noise", "front-office", u"Loud music from the room next door after midnight."},
    {"food-beverage", "food-beverage", u"Breakfast eggs were cold and the coffee machine was empty."},
    {"front-office", "front-office", u"Waited 25 minutes at check-in."},
    {"billing", "front-office", u"Minibar charged twice on the invoice."},
    {"amenities", "maintenance", u"Wi-Fi drops every few minutes in room."},
    {"noise", "maintenance", u"Ventilation fan rattles all night."},
    {"other", "management", u"Parking space promised at booking was not available."},
    {"food-beverage", "food-beverage", u"Room service order arrived an hour late and incomplete."},
}};

struct DemoFeedback
{
    const char *language; // as the desk notes it (also for Armenian or Russian typed in Latin letters)
    int rating;           // on 1-5; 0 = none (an e-mail, a comment card without marks)
    const char16_t *text;
    const char *correctedLabel = nullptr; // staff correct the first such entry: label …
    const char *addedTopic = nullptr;     // … and a topic the analyser did not name
};

// Written for the demo only: never used to tune or evaluate the analyser.
const std::array<DemoFeedback, 60> Feedback{{
    {"en", 5, u"Wonderful stay, the staff remembered my name and my favourite room."},
    {"en", 2, u"The room was noisy and the breakfast was disappointing."},
    {"en", 4, u"Great location and a comfortable bed, but the Wi-Fi was slow."},
    {"en", 0,
     u"Great location, five minutes from the metro, but the room was filthy and the towels were stained.",
     "negative", "cleanliness"},
    {"en", 0,
     u"Hello, we stayed in room 214 last week. The shower drain was blocked and nobody came after two calls "
     u"to "
     u"reception."},
    {"en", 3,
     u"Friendly staff and a tasty breakfast buffet, but the bar closes far too early and the drinks are "
     u"overpriced."},
    {"en", 0,
     u"Just wanted to say thank you to Anna at the front desk, she sorted our late check-out in a minute."},
    {"en", 5,
     u"Spotless room, super comfy bed and a quiet street. The pool and the spa were a lovely bonus."},
    {"en", 2,
     u"The lift was out of order for three days and there is no ramp, so my father in his wheelchair could "
     u"not get to the restaurant."},
    {"en", 0,
     u"The lock on our door did not close properly and the night reception did not care. We did not feel "
     u"safe.",
     nullptr, "safety"},
    {"en", 0, u"We arrive on Friday at about 10 pm. Is there parking near the hotel?"},
    {"hy", 5, u"Շատ հաճելի հյուրանոց է, անձնակազմը շատ բարեհամբույր էր։"},
    {"hy", 2, u"Սենյակը աղմկոտ էր, և նախաճաշը սառն էր։"},
    {"hy", 4, u"Լավ տեղադրություն, մաքուր սենյակ, կվերադառնանք։"},
    {"hy", 0, u"Տեղադրությունը հիանալի է, բայց սենյակը կեղտոտ էր, և սրբիչները՝ բծերով։"},
    {"hy", 5, u"Նախաճաշը համեղ էր, անձնակազմը՝ ընկերասեր, իսկ Wi-Fi-ը արագ էր։"},
    {"hy", 0, u"Սենյակում ցնցուղը չէր աշխատում, և ընդունարանում ոչ ոք չօգնեց։"},
    {"hy", 3, u"Գինը բարձր է այդ սենյակի համար, բայց տեսարանը գեղեցիկ է։"},
    {"hy", 0, u"shat lav er, senyaky maqur er, shnorhakalutyun"},
    {"hy", 0, u"senyaky shat aghmkot er, gishery chenq qnel"},
    {"ka", 5, u"შესანიშნავი სასტუმროა, პერსონალი ძალიან თბილი და ყურადღებიანი იყო."},
    {"ka", 1, u"ოთახი ბინძური იყო და ცხელი წყალი არ მოდიოდა."},
    {"ka", 4, u"კარგი საუზმე და მშვიდი ოთახი, ისევ ჩამოვალთ."},
    {"ka", 0, u"მდებარეობა შესანიშნავია, მაგრამ ოთახი ბინძური იყო და პირსახოცები ლაქებიანი."},
    {"ka", 2, u"ღამით ძალიან ხმაურიანი იყო, ვერ დავიძინეთ, ინტერნეტიც არ მუშაობდა."},
    {"ka", 0, u"დიდი მადლობა რეცეფციის თანამშრომლებს, ძალიან დაგვეხმარნენ."},
    {"ka", 3, u"საუზმე გემრიელი იყო, მაგრამ ფასი ძალიან მაღალია."},
    {"ru", 5, u"Прекрасный отель, очень чисто и уютно, персонал всегда готов помочь."},
    {"ru", 2, u"В номере было шумно, кондиционер не работал."},
    {"ru", 3, u"Завтрак хороший, но на ресепшене пришлось долго ждать."},
    {"ru", 0, u"Отличное расположение, рядом метро, но в номере было грязно и пахло сыростью."},
    {"ru", 0, u"Здравствуйте! Хотим поблагодарить администратора Давида за помощь с поздним выездом."},
    {"ru", 2, u"Wi-Fi почти не работал, а за парковку взяли лишние деньги.", nullptr, "value-price"},
    {"ru", 4, u"Тихий номер, удобная кровать, вкусный ужин в ресторане."},
    {"ru", 0, u"vse bylo ochen khorosho, nomer chistyj, spasibo"},
    {"de", 5, u"Sehr freundliches Personal und ein hervorragendes Frühstück."},
    {"de", 2, u"Das Zimmer war laut und die Dusche nur lauwarm."},
    {"de", 4, u"Gute Lage, sauberes Zimmer, das WLAN könnte besser sein."},
    {"de", 0, u"Tolle Lage direkt am Bahnhof, aber das Bad war schmutzig und der Föhn kaputt."},
    {"de", 0, u"Vielen Dank an das Team an der Rezeption, der Check-in ging sehr schnell."},
    {"de", 2, u"Viel zu teuer für so ein kleines Zimmer, und das WLAN war ständig weg."},
    {"de", 5, u"Ruhiges Zimmer, bequemes Bett, der Pool und die Sauna waren wunderbar."},
    {"fr", 5, u"Séjour parfait, le personnel était aux petits soins."},
    {"fr", 1, u"Chambre sale et personne à la réception pour nous aider."},
    {"fr", 4, u"Très bon petit-déjeuner, mais la chambre était un peu petite."},
    {"fr", 0, u"Emplacement idéal près de la plage, mais la chambre était sale et bruyante."},
    {"fr", 0, u"Merci à toute l'équipe de la réception pour votre accueil chaleureux !"},
    {"fr", 2, u"Le wifi ne marchait pas et le petit-déjeuner était trop cher pour ce qu'il était."},
    {"fr", 4, u"Lit très confortable et chambre calme, le restaurant est excellent."},
    {"es", 5, u"Un hotel encantador, el personal fue muy amable y atento."},
    {"es", 2, u"La habitación era ruidosa y el aire acondicionado no funcionaba."},
    {"es", 4, u"Buena ubicación y desayuno rico, volveremos."},
    {"es", 0, u"La ubicación es perfecta, pero la habitación estaba sucia y el baño olía mal.", "negative"},
    {"es", 0, u"Queremos dar las gracias al personal de recepción, fueron muy amables."},
    {"es", 2, u"El wifi no funcionaba y nos cobraron el parking dos veces."},
    {"es", 4, u"Cama cómoda, habitación tranquila y un desayuno buenísimo."},
    {"en", 1, u"Dirty carpet, mouldy bathroom and a rude manager. Never again."},
    {"de", 3, u"Das Frühstück war in Ordnung, das Personal freundlich, aber die Parkplätze sind zu wenige."},
    {"ru", 1, u"Грязные полотенца, шум всю ночь, персонал грубый. Никому не советую."},
    {"hy", 1, u"Սենյակը շատ կեղտոտ էր, իսկ աշխատակիցները՝ կոպիտ։ Չեմ խորհուրդ տալիս։"},
}};

const std::array<const char16_t *, 6> Sites{u"TripAdvisor", u"Google",      u"Booking.com",
                                            u"Expedia",     u"Yandex Maps", u"HolidayCheck"};
const std::array<const char16_t *, 4> Staff{u"Anna", u"Davit", u"Nino", u"Lukas"};

QString text(const char16_t *s)
{
    return QString::fromUtf16(s);
}

template<typename T>
Status done(const Result<T> &result)
{
    if (!result)
        return std::unexpected(result.error());
    return {};
}

template<typename T>
const T &pick(QRandomGenerator &random, const QList<T> &list)
{
    return list.at(random.bounded(int(list.size())));
}

} // namespace

Result<TicketDemoResult> seedDemoTickets(Database &db, QRandomGenerator &random,
                                         const QList<qint64> &guestIds, const QList<qint64> &stayIds,
                                         const TicketDemoOptions &options)
{
    if (guestIds.isEmpty() && stayIds.isEmpty())
        return fail(Error::Code::InvalidInput,
                    QCoreApplication::translate("TicketDemo", "The demo needs guests."), u"guests"_s);
    const qint64 now = options.nowMs > 0 ? options.nowMs : db.clock().nowMs();
    ManualClock clock(now);
    TicketService tickets(db, &clock);
    FeedbackService feedback(db, &clock);
    const QString staffBefore = db.staff();
    const qsizetype eventMark = db.afterCommit().mark();

    auto tx = Transaction::begin(db);
    if (!tx)
        return std::unexpected(tx.error());
    TicketDemoResult result;
    const qint64 span = qMax<qint64>(1, options.historyDays) * DayMs;
    // The demo's staff are on the venue's staff list too (pick lists, Settings).
    StaffService staff(db);
    auto known = staff.members(true);
    if (!known)
        return std::unexpected(known.error());
    for (const char16_t *name : Staff) {
        const bool listed = std::any_of(known->cbegin(), known->cend(),
                                        [&](const StaffMember &m) { return m.name == text(name); });
        if (!listed) {
            if (auto added = staff.add(text(name)); !added)
                return std::unexpected(added.error());
        }
    }

    for (int i = 0; i < options.tickets; ++i) {
        const DemoComplaint &c = Complaints.at(random.bounded(int(Complaints.size())));
        NewTicket input;
        if (!stayIds.isEmpty())
            input.stayId = pick(random, stayIds);
        else
            input.guestId = pick(random, guestIds);
        input.room = QString::number(100 * (1 + random.bounded(5)) + random.bounded(1, 30));
        input.category = QString::fromLatin1(c.category);
        input.department = QString::fromLatin1(c.department);
        input.description = text(c.text);
        input.severity = TicketSeverity(random.bounded(4));
        input.source = i % 3 == 0 ? u"phone"_s : u"in-person"_s;
        // Which part of the lifecycle this ticket shows: 0 new, 1 acknowledged, 2 in progress,
        // 3/4 waiting, 5 resolved, 6-9 closed (7 and 9 lost, 9 without follow-up, 8 without compensation).
        int plan = i % 10;
        if (options.openTickets >= 0) {
            const int resolvedRecently = std::max(1, options.openTickets / 4);
            plan = i < options.openTickets ? i % 5
                   : i < options.openTickets + resolvedRecently
                       ? 5
                       : 6 + (i - options.openTickets - resolvedRecently) % 4;
        }
        // Open tickets are recent (some overdue); finished ones spread over the history.
        qint64 age =
            plan <= 4 ? random.bounded(5, 6 * 60) * MinuteMs : random.bounded(qint64(2) * DayMs, span);
        if (options.openTickets >= 0 && plan == 5)
            age = random.bounded(3 * 60, 20 * 60) * MinuteMs; // resolved within the last day
        clock.set(now - age);
        db.setStaff(text(Staff.at(random.bounded(int(Staff.size())))));
        auto t = tickets.create(input);
        if (!t)
            return std::unexpected(t.error());
        const auto step = [&](qint64 maxMinutes) {
            clock.set(qMin(now, clock.nowMs() + random.bounded(1, int(maxMinutes)) * MinuteMs));
        };
        Status ok;
        if (plan >= 1) {
            step(30);
            ok = done(tickets.acknowledge(t->uuid));
        }
        if (ok && plan == 3) {
            step(30);
            ok = done(tickets.move(t->uuid, TicketStatus::WaitingGuest, u"Guest out until the evening."_s));
        } else if (ok && plan == 4) {
            step(30);
            ok = done(tickets.move(t->uuid, TicketStatus::WaitingDepartment, u"Spare part ordered."_s));
        } else if (ok && plan >= 2 && plan != 3 && plan != 4) {
            step(30);
            ok = done(tickets.move(t->uuid, TicketStatus::InProgress));
            if (ok && plan >= 5) {
                step(20);
                ok = done(tickets.addAction(t->uuid, u"Sent the duty technician to the room."_s));
                if (ok && plan != 8) {
                    Compensation comp;
                    comp.kind = Compensation::Kind(random.bounded(5));
                    comp.costMinor = 500 * random.bounded(1, 20);
                    comp.currency = u"EUR"_s;
                    comp.description = u"Apology gesture"_s;
                    ok = done(tickets.addCompensation(t->uuid, comp));
                }
                if (ok) {
                    step(120);
                    ok = done(tickets.resolve(t->uuid, u"Fixed and apologised to the guest."_s));
                }
                if (ok && plan >= 6) {
                    step(600);
                    if (plan != 9) {
                        FollowUp f;
                        f.channel = FollowUp::Channel(random.bounded(3));
                        f.reaction =
                            plan == 7 ? u"Still unhappy about the noise."_s : u"Thanked us, all fine now."_s;
                        f.satisfaction = plan == 7 ? 2 : random.bounded(4, 6);
                        ok = done(tickets.recordFollowUp(t->uuid, f));
                    }
                    if (ok)
                        ok = done(tickets.close(t->uuid, {},
                                                plan == 7 || plan == 9 ? TicketOutcome::Lost
                                                                       : TicketOutcome::Recovered));
                }
            }
        }
        if (!ok)
            return std::unexpected(ok.error());
        ++result.tickets;
    }

    QMap<const DemoFeedback *, QString> toCorrect; // the first entry of each text staff correct
    for (int i = 0; i < options.feedback; ++i) {
        const DemoFeedback &f = Feedback.at(random.bounded(int(Feedback.size())));
        NewFeedback input;
        if (!stayIds.isEmpty())
            input.stayId = pick(random, stayIds);
        else
            input.guestId = pick(random, guestIds);
        input.channel = FeedbackChannel(i % 7);
        if (f.rating == 0) // unrated: written to the venue, not posted
            input.channel = i % 2 ? FeedbackChannel::Email : FeedbackChannel::CommentCard;
        else if (input.channel == FeedbackChannel::Email || input.channel == FeedbackChannel::CommentCard)
            input.channel = FeedbackChannel::Survey;
        if (input.channel == FeedbackChannel::ReviewSite)
            input.site = text(Sites.at(random.bounded(int(Sites.size()))));
        input.isPublic =
            input.channel == FeedbackChannel::ReviewSite || input.channel == FeedbackChannel::Social;
        switch (f.rating == 0 ? -1 : i % 3) {
        case -1: break;
        case 0: input.rating = Rating{double(f.rating), RatingScale::OneToFive}; break;
        case 1: input.rating = Rating{double(qMin(10, f.rating * 2)), RatingScale::OneToTen}; break;
        default:
            input.rating = Rating{double(qMin(10, f.rating * 2 - random.bounded(2))), RatingScale::Nps};
            break;
        }
        input.text = text(f.text);
        input.language = QString::fromLatin1(f.language);
        input.receivedAt = now - random.bounded(qint64(1), span);
        clock.set(input.receivedAt);
        db.setStaff(text(Staff.at(random.bounded(int(Staff.size())))));
        auto e = feedback.add(input);
        if (!e)
            return std::unexpected(e.error());
        if ((f.correctedLabel || f.addedTopic) && !toCorrect.contains(&f))
            toCorrect.insert(&f, e->uuid);
        if (e->lowRating && i % 2 == 0) {
            clock.advance(random.bounded(10, 600) * MinuteMs);
            clock.set(qMin(clock.nowMs(), now));
            if (i % 4 == 0) {
                auto t = feedback.toTicket(e->uuid);
                if (!t)
                    return std::unexpected(t.error());
                // A large demo closes the loop on all but the last day's complaints.
                if (options.openTickets >= 0 && input.receivedAt < now - DayMs) {
                    const qint64 end = qMin(now, clock.nowMs() + 2 * DayMs);
                    Status ok = done(tickets.acknowledge(t->uuid));
                    if (ok) {
                        clock.set(qMin(end, clock.nowMs() + random.bounded(5, 60) * MinuteMs));
                        ok = done(tickets.move(t->uuid, TicketStatus::InProgress));
                    }
                    if (ok) {
                        clock.set(qMin(end, clock.nowMs() + random.bounded(30, 600) * MinuteMs));
                        ok = done(tickets.resolve(t->uuid, u"Apologised and put it right with the guest."_s));
                    }
                    if (ok) {
                        clock.set(qMin(end, clock.nowMs() + random.bounded(60, 1200) * MinuteMs));
                        ok = done(tickets.close(t->uuid, {},
                                                i % 8 == 0 ? TicketOutcome::Lost : TicketOutcome::Recovered));
                    }
                    if (!ok)
                        return std::unexpected(ok.error());
                }
            } else if (auto r = feedback.respond(
                           e->uuid, u"Thank you for telling us; we are sorry and have fixed it."_s);
                       !r) {
                return std::unexpected(r.error());
            }
        }
        ++result.feedback;
    }

    // A few entries corrected by staff the next day, as the Feedback page shows them.
    for (auto it = toCorrect.cbegin(); it != toCorrect.cend(); ++it) {
        FeedbackCorrection correction;
        if (it.key()->correctedLabel)
            correction.label = sentimentLabelFromToken(QString::fromLatin1(it.key()->correctedLabel));
        if (it.key()->addedTopic)
            correction.addTopics = {QString::fromLatin1(it.key()->addedTopic)};
        auto before = feedback.entry(it.value());
        if (!before)
            return std::unexpected(before.error());
        clock.set(qMin(now, before->receivedAt + DayMs));
        db.setStaff(text(Staff.at(random.bounded(int(Staff.size())))));
        if (auto ok = feedback.correct(it.value(), correction); !ok)
            return std::unexpected(ok.error());
    }

    db.afterCommit().truncate(eventMark);
    db.afterCommit().noteBulkWrite();
    if (auto ok = tx->commit(); !ok)
        return std::unexpected(ok.error());
    db.setStaff(staffBefore);
    return result;
}

} // namespace innkeep
