// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demogenerator.h"

#include "common/phonenumber.h"
#include "demo/demodata.h"
#include "demo/ticketdemo.h"
#include "guests/guestservice.h"
#include "preferences/preferenceservice.h"
#include "stays/stayservice.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "venue/venuesettings.h"

#include <QDate>

#include <algorithm>
#include <optional>

namespace innkeep {

using namespace demo;

namespace {

constexpr int SampleSize = 4000;
constexpr int ProgressEvery = 100;

// Rooms 101–520: five floors of twenty.
QString roomNumber(int index)
{
    return QString::number((index / 20 + 1) * 100 + index % 20 + 1);
}

} // namespace

// How many stays touch today, and the rooms they use: in-house guests and today's arrivals
// each have a room of their own; departures leave the rooms arrivals take over.
struct DemoGenerator::TodayPlan
{
    qint64 arrivals = 0, inHouse = 0, departures = 0, upcoming = 0;
    qint64 arrivalsDone = 0, inHouseDone = 0, departuresDone = 0, upcomingDone = 0;
    QList<int> rooms; // a shuffled 0..99
};

QString DemoGenerator::digits(const QString &pattern)
{
    QString out = pattern;
    for (QChar &c : out) {
        if (c == QLatin1Char('#'))
            c = QLatin1Char(char('0' + below(10)));
    }
    return out;
}

QString DemoGenerator::phoneNumber(const QString &pattern)
{
    QString number = digits(pattern);
    // Some ranges of a pattern are not given out (+33 7 0…, +44 7911 9…): the first drawn digit
    // is stepped until the number is one libphonenumber calls valid, drawing nothing more, so the
    // rest of the venue comes out of the same seed as before.
    const qsizetype first = pattern.indexOf(QLatin1Char('#'));
    for (int step = 1; first >= 0 && step < 10 && !PhoneNumber::toE164(number, QStringLiteral("ZZ")); ++step)
        number[first] = QLatin1Char(char('0' + (number.at(first).digitValue() + 1) % 10));
    return number;
}

Status DemoGenerator::setUpVenue()
{
    VenueSettings venue(m_db);
    // A venue already set up keeps its name and currency; a fresh file gets a made-up one.
    if (!venue.venueName().isEmpty()) {
        m_currency = venue.currency();
        return {};
    }
    m_currency = chance(0.5) ? QStringLiteral("AMD") : QStringLiteral("EUR");
    if (auto ok = venue.setVenueName(pick(venueNames())); !ok)
        return ok;
    if (auto ok = venue.setCurrency(m_currency); !ok)
        return ok;
    return venue.setPhoneRegion(QStringLiteral("AM"));
}

Result<DemoSummary> DemoGenerator::run(qint64 guests)
{
    if (guests < 0 || guests > 10'000'000)
        return fail(Error::Code::InvalidInput, tr("The number of guests must be from 0 to 10,000,000."),
                    QStringLiteral("guests"));
    DemoSummary summary;
    if (auto ok = setUpVenue(); !ok)
        return std::unexpected(ok.error());

    TodayPlan today;
    // A 100-room house: its day does not grow with the size of the guest file.
    const auto share = [&](double rate, qint64 cap) {
        return std::min<qint64>(cap, qint64(double(guests) * rate + 0.5));
    };
    today.arrivals = share(0.008, 25);
    today.inHouse = share(0.025, 70);
    today.departures = share(0.007, 22);
    today.upcoming = share(0.04, 300);
    for (int i = 0; i < 100; ++i)
        today.rooms.append(i);
    for (int i = 99; i > 0; --i)
        std::swap(today.rooms[i], today.rooms[below(i + 1)]);

    qint64 index = 0;
    while (index < guests) {
        auto tx = Transaction::begin(m_db);
        if (!tx)
            return std::unexpected(tx.error());
        const qsizetype eventMark = m_db.afterCommit().mark();
        const qint64 batchEnd = std::min(guests, index + BatchSize);
        for (; index < batchEnd; ++index) {
            if (isCancelled(m_cancel)) {
                return fail(Error::Code::Cancelled,
                            tr("Cancelled; the %n guest(s) made before were kept.", nullptr,
                               int(std::min<qint64>(index - index % BatchSize, INT_MAX))));
            }
            if (auto ok = addGuest(summary, today, index, guests); !ok)
                return std::unexpected(ok.error());
            if (m_progress && (index + 1) % ProgressEvery == 0)
                m_progress({index + 1, guests, index + 1});
        }
        // One "reload" per batch for the pages instead of a notification per row.
        m_db.afterCommit().truncate(eventMark);
        m_db.afterCommit().noteBulkWrite();
        if (auto ok = tx->commit(); !ok)
            return std::unexpected(ok.error());
    }
    if (auto ok = seedTicketsAndFeedback(summary, guests); !ok)
        return std::unexpected(ok.error());
    if (m_progress)
        m_progress({guests, guests, guests});
    return summary;
}

Status DemoGenerator::addGuest(DemoSummary &summary, TodayPlan &today, qint64 index, qint64 total)
{
    // Pick the culture by weight.
    const QList<Culture> &all = cultures();
    int roll = below(100);
    const Culture *culture = &all.constLast();
    for (const Culture &c : all) {
        if (roll < c.weight) {
            culture = &c;
            break;
        }
        roll -= c.weight;
    }
    const bool female = chance(0.5);
    const Name given = pick(female ? culture->femaleNames : culture->maleNames);
    Name family = pick(culture->familyNames);
    if (culture->feminineFamilyNames && female) {
        family.native += QChar(0x0430); // а
        family.latin += QLatin1Char('a');
    }
    if (culture->doubleFamilyNames && chance(0.5)) {
        const Name second = pick(culture->familyNames);
        family.native += QLatin1Char(' ') + second.native;
        family.latin += QLatin1Char(' ') + second.latin;
    }
    const QDate day = m_db.clock().today();

    Guest guest;
    guest.givenName = given.native;
    guest.familyName = family.native;
    guest.latinGivenName = given.latin;
    guest.latinFamilyName = family.latin;
    if (chance(0.4)) {
        static const QStringList male{QStringLiteral("Mr"), QStringLiteral("Mr"), QStringLiteral("Dr")};
        static const QStringList woman{QStringLiteral("Ms"), QStringLiteral("Mrs"), QStringLiteral("Dr")};
        guest.salutation = pick(female ? woman : male);
    }
    guest.language = chance(0.9) ? culture->language : QStringLiteral("en");
    guest.nationality = pick(culture->countries);
    if (chance(0.6)) {
        guest.city = pick(culture->cities);
        guest.country = guest.nationality;
    }

    const QString first = emailFold(given.latin);
    const QString last = emailFold(family.latin);
    if (chance(0.85)) {
        const int year = 60 + below(45);
        QString local;
        switch (below(5)) {
        case 0: local = first + QLatin1Char('.') + last; break;
        case 1: local = first.left(1) + last + QString::number(year % 100); break;
        case 2: local = first + QLatin1Char('_') + last.left(1); break;
        case 3: local = last + QLatin1Char('.') + first; break;
        default: local = first + last + QString::number(below(1000)); break;
        }
        guest.emails.append(local + QLatin1Char('@') + pick(emailDomains()));
        if (chance(0.1))
            guest.emails.append(first + QLatin1Char('.') + last + QStringLiteral("@work.example.com"));
    }
    if (chance(0.8)) {
        guest.phones.append(phoneNumber(pick(culture->phonePatterns)));
        if (chance(0.15))
            guest.phones.append(phoneNumber(pick(culture->phonePatterns)));
    }
    if (chance(0.7))
        guest.birthday = day.addYears(-20 - below(60)).addDays(-below(365));
    if (chance(0.1))
        guest.anniversary = day.addYears(-1 - below(30)).addDays(-below(365));
    if (chance(0.25))
        guest.company = pick(companyNames());
    const int vip = below(100);
    guest.vipLevel = vip < 85 ? 0 : vip < 94 ? 1 : vip < 98 ? 2 : 3;
    for (int tags = chance(0.5) ? 1 + below(2) : 0; tags > 0; --tags)
        guest.tags.append(pick(tagIdeas()));
    const int source = below(100);
    guest.source = source < 35   ? GuestSource::Direct
                   : source < 75 ? GuestSource::Ota
                   : source < 85 ? GuestSource::WalkIn
                   : source < 95 ? GuestSource::Agent
                                 : GuestSource::Other;
    guest.consent.email = chance(0.6);
    guest.consent.sms = chance(0.3);
    guest.consent.phone = chance(0.4);
    guest.consent.marketing = chance(0.35);
    guest.press = chance(0.003);
    if (chance(0.004)) {
        guest.blocked = true;
        guest.blockedReason = chance(0.5) ? tr("Left without paying the minibar and damages.")
                                          : tr("Abusive towards the night staff.");
    }

    GuestService guests(m_db);
    auto added = guests.add(std::move(guest));
    if (!added)
        return std::unexpected(added.error());
    ++summary.guests;
    if (m_sampleGuests.size() < SampleSize)
        m_sampleGuests.append(added->id);
    else if (const qint64 slot = qint64(m_random.bounded(quint64(index + 1))); slot < SampleSize)
        m_sampleGuests[slot] = added->id;

    // Preferences: two in three guests have some; a few are allergies or access needs.
    PreferenceService preferences(m_db);
    const auto record = [&](const PreferenceIdea &idea) -> Status {
        Preference draft;
        draft.guestUuid = added->uuid;
        draft.category = PreferenceCategory(idea.category);
        draft.value = QString::fromUtf8(idea.value);
        draft.critical = idea.critical;
        const int how = below(10);
        draft.source = how < 6   ? PreferenceSource::Told
                       : how < 9 ? PreferenceSource::Observed
                                 : PreferenceSource::Feedback;
        draft.observedOn = day.addDays(-below(1000));
        auto stored = preferences.record(draft);
        if (!stored)
            return std::unexpected(stored.error());
        ++summary.preferences;
        return {};
    };
    const int prefRoll = below(100);
    const int prefCount = prefRoll < 35 ? 0 : prefRoll < 65 ? 1 : prefRoll < 85 ? 2 : 3;
    for (int i = 0; i < prefCount; ++i) {
        const PreferenceIdea &idea = pick(preferenceIdeas());
        if (auto ok = record(idea); !ok)
            return ok;
        if (chance(0.05)) { // told again on a later stay: confirmed, not duplicated
            if (auto ok = record(idea); !ok)
                return ok;
        }
    }
    if (chance(0.045)) {
        if (auto ok = record(pick(criticalPreferenceIdeas())); !ok)
            return ok;
    }

    // Stays: about three over the last three years, and some today.
    StayService stays(m_db);
    const qint64 left = total - index;
    const auto take = [&](qint64 target, qint64 &done) {
        if (done >= target || qint64(m_random.bounded(quint64(left))) >= target - done)
            return false;
        ++done;
        return true;
    };
    enum class Today { None, Arriving, InHouse, Departing, Upcoming };
    Today todayStay = Today::None;
    int todayRoom = -1;
    if (take(today.inHouse, today.inHouseDone)) {
        todayStay = Today::InHouse;
        todayRoom = today.rooms.at(int(today.inHouseDone - 1) % 100);
    } else if (take(today.arrivals, today.arrivalsDone)) {
        todayStay = Today::Arriving;
        todayRoom = today.rooms.at(int(70 + today.arrivalsDone - 1) % 100);
    } else if (take(today.departures, today.departuresDone)) {
        todayStay = Today::Departing;
        todayRoom = today.rooms.at(int(70 + today.departuresDone - 1) % 100);
    } else if (take(today.upcoming, today.upcomingDone)) {
        todayStay = Today::Upcoming;
    }

    const int stayRoll = below(100);
    int pastStays = stayRoll < 30   ? 1
                    : stayRoll < 55 ? 2
                    : stayRoll < 70 ? 3
                    : stayRoll < 80 ? 4
                    : stayRoll < 88 ? 5
                                    : 6 + below(5);
    if (todayStay != Today::None && chance(0.35))
        pastStays -= 1; // some of today's guests are here for the first time

    const auto addStay = [&](QDate arrival, int nights, StayStatus status, int roomIndex) -> Status {
        Stay stay;
        stay.guestUuid = added->uuid;
        stay.arrival = arrival;
        stay.departure = arrival.addDays(nights);
        stay.status = status;
        stay.room = roomNumber(roomIndex >= 0 ? roomIndex : below(100));
        const int floor = stay.room.left(1).toInt();
        const int month = arrival.month();
        const double season = (month >= 6 && month <= 9) ? 1.25 : (month == 12 || month == 1) ? 1.15 : 1.0;
        const int channel = below(100);
        double discount = 1.0;
        if (channel < 30) {
            stay.channel = QStringLiteral("direct");
            stay.bookingRef = QStringLiteral("IK-%1").arg(m_random.bounded(100000, 999999));
            discount = 0.95;
        } else if (channel < 65) {
            stay.channel = QStringLiteral("booking.com");
            stay.bookingRef = QString::number(m_random.bounded(1000000000, 2000000000));
        } else if (channel < 77) {
            stay.channel = QStringLiteral("expedia");
            stay.bookingRef = QString::number(m_random.bounded(700000000, 799999999));
        } else if (channel < 85) {
            stay.channel = QStringLiteral("walk-in");
        } else if (channel < 93) {
            stay.channel = QStringLiteral("agent");
            stay.bookingRef = QStringLiteral("AG-%1").arg(m_random.bounded(10000, 99999));
            discount = 0.85;
        } else {
            stay.channel = QStringLiteral("phone");
            stay.bookingRef = QStringLiteral("IK-%1").arg(m_random.bounded(100000, 999999));
        }
        const int party = below(100);
        stay.partySize = party < 45 ? 1 : party < 85 ? 2 : party < 93 ? 3 : 4;
        const int purpose = below(100);
        stay.purpose = purpose < 55   ? QStringLiteral("leisure")
                       : purpose < 90 ? QStringLiteral("business")
                                      : QStringLiteral("event");
        // Nightly rate in whole units, rounded as a price list would be; stored in minor units.
        const bool amd = m_currency == QLatin1String("AMD");
        const double base = amd ? 32000.0 + floor * 6000.0 : 80.0 + floor * 15.0;
        const qint64 step = amd ? 500 : 5;
        const qint64 rate =
            qint64(base * season * discount * (0.9 + m_random.generateDouble() * 0.2) / double(step)) * step;
        stay.currency = m_currency;
        stay.rateMinor = rate * 100;
        switch (status) {
        case StayStatus::Cancelled: stay.revenueMinor = 0; break;
        case StayStatus::NoShow: stay.revenueMinor = stay.rateMinor; break;
        case StayStatus::CheckedOut: {
            const qint64 extras = qint64(double(rate * nights) * m_random.generateDouble() * 0.2);
            stay.revenueMinor = (rate * nights + extras) * 100;
            break;
        }
        default: stay.revenueMinor = stay.rateMinor * nights; break;
        }
        auto stored = stays.add(stay);
        if (!stored)
            return std::unexpected(stored.error());
        ++summary.stays;
        if (status == StayStatus::CheckedOut || status == StayStatus::InHouse) {
            if (m_sampleStays.size() < SampleSize)
                m_sampleStays.append(stored->id);
            else if (const qint64 slot = qint64(m_random.bounded(quint64(summary.stays))); slot < SampleSize)
                m_sampleStays[slot] = stored->id;
        }
        return {};
    };
    const auto nightsOf = [&] {
        const int roll = below(100);
        return roll < 30   ? 1
               : roll < 55 ? 2
               : roll < 72 ? 3
               : roll < 84 ? 4
               : roll < 94 ? 5 + below(3)
                           : 8 + below(7);
    };
    for (int i = 0; i < pastStays; ++i) {
        const int nights = nightsOf();
        const QDate arrival = day.addDays(-(nights + 1) - below(1095 - nights - 1));
        const int roll = below(100);
        const StayStatus status = roll < 93   ? StayStatus::CheckedOut
                                  : roll < 98 ? StayStatus::Cancelled
                                              : StayStatus::NoShow;
        if (auto ok = addStay(arrival, nights, status, -1); !ok)
            return ok;
    }
    switch (todayStay) {
    case Today::None: break;
    case Today::Arriving:
        if (auto ok = addStay(day, nightsOf(), StayStatus::Booked, todayRoom); !ok)
            return ok;
        break;
    case Today::InHouse: {
        const int before = 1 + below(4);
        if (auto ok = addStay(day.addDays(-before), before + 1 + below(5), StayStatus::InHouse, todayRoom);
            !ok)
            return ok;
        break;
    }
    case Today::Departing: {
        const int nights = 1 + below(6);
        if (auto ok = addStay(day.addDays(-nights), nights, StayStatus::InHouse, todayRoom); !ok)
            return ok;
        break;
    }
    case Today::Upcoming:
        if (auto ok = addStay(day.addDays(1 + below(60)), nightsOf(), StayStatus::Booked, -1); !ok)
            return ok;
        break;
    }

    // Notes: about a third of the guests have a story.
    const int noteRoll = below(100);
    for (int notes = noteRoll < 25 ? 1 : noteRoll < 30 ? 2 : 0; notes > 0; --notes) {
        auto note = guests.addNote(added->uuid, pick(noteIdeas()));
        if (!note)
            return std::unexpected(note.error());
        ++summary.notes;
    }
    return {};
}

Status DemoGenerator::seedTicketsAndFeedback(DemoSummary &summary, qint64 guests)
{
    if (guests == 0 || m_sampleGuests.isEmpty())
        return {};
    TicketDemoOptions options;
    // Per guest: 0.5 feedback entries and 0.3 complaints in all, of which about 1/24 of a
    // complaint comes from low-rated feedback (a third rate low, a quarter of those become
    // tickets). A front desk has tens of open complaints, not a share of all guests.
    options.feedback = int(std::max<qint64>(8, guests / 2));
    options.tickets = int(std::max<qint64>(5, guests * 3 / 10 - options.feedback / 12));
    options.openTickets =
        int(std::min<qint64>(options.tickets, std::clamp<qint64>(20 + guests / 1000, 20, 200)));
    options.historyDays = 3 * 365; // like the stays
    auto seeded = seedDemoTickets(m_db, m_random, m_sampleGuests, m_sampleStays, options);
    if (!seeded)
        return std::unexpected(seeded.error());
    summary.tickets = seeded->tickets;
    summary.feedback = seeded->feedback;
    return {};
}

} // namespace innkeep
