// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Erasing a guest (GDPR art. 17): afterwards nothing about them is in the file or its log, while
// the counts and money statistics need are kept.
#include "house/guestdataexport.h"
#include "house/guesterasure.h"
#include "house/openvenue.h"
#include "house/retentionreview.h"
#include "storage/statement.h"
#include "tempdatabase.h"
#include "venue/venuesettings.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace innkeep;
using namespace innkeep::test;
using namespace Qt::StringLiterals;

namespace {

struct Traces
{
    QString uuid;
    QString mergedUuid;
};

// A guest with everything a desk records, edited once (so the change log holds old values), and
// a second profile of the same person merged into them.
Traces fill(OpenVenue &venue, TempDatabase &t)
{
    Guest draft;
    draft.givenName = u"Zabelle"_s;
    draft.familyName = u"Quixotian"_s;
    draft.emails = {u"zabelle.quixotian@example.am"_s};
    draft.phones = {u"+374 91 765432"_s};
    draft.street = u"Tumanyan Xylophone Street 5"_s;
    draft.nationality = u"AM"_s;
    draft.country = u"AM"_s;
    draft.tags = {u"quincelover"_s};
    auto guest = venue.guests().add(draft);
    REQUIRE_OK(guest);
    Guest renamed = *guest;
    renamed.company = u"Quixotian Carpets"_s;
    REQUIRE_OK(venue.guests().update(renamed));
    REQUIRE_OK(venue.guests().addNote(guest->uuid, u"Zabelle is allergic to quinces"_s));

    Preference preference;
    preference.guestUuid = guest->uuid;
    preference.category = PreferenceCategory::Room;
    preference.value = u"Xylophone-free floor"_s;
    REQUIRE_OK(venue.preferences().record(preference));

    Stay stay;
    stay.guestUuid = guest->uuid;
    stay.arrival = t.clock().today().addDays(-10);
    stay.departure = t.clock().today().addDays(-7);
    stay.room = u"407"_s;
    stay.bookingRef = u"QXBOOK77121"_s;
    stay.rateMinor = 4500000;
    stay.revenueMinor = 3 * 4500000;
    stay.currency = u"AMD"_s;
    stay.status = StayStatus::CheckedOut;
    REQUIRE_OK(venue.stays().add(stay));

    NewTicket complaint;
    complaint.guestUuid = guest->uuid;
    complaint.room = u"407"_s;
    complaint.description = u"Quixotian says the quince jam was off"_s;
    auto ticket = venue.tickets().create(complaint);
    REQUIRE_OK(ticket);
    REQUIRE_OK(venue.tickets().addNote(ticket->uuid, u"Called Zabelle back"_s));

    NewFeedback feedback;
    feedback.guestUuid = guest->uuid;
    feedback.rating = Rating{4, RatingScale::OneToFive};
    feedback.text = u"Quixotian family loved the terrace"_s;
    feedback.receivedAt = t.clock().nowMs();
    REQUIRE_OK(venue.feedback().add(feedback));

    Guest other;
    other.givenName = u"Zabel"_s;
    other.familyName = u"Quixotyan"_s;
    other.emails = {u"zq.private@example.am"_s};
    auto second = venue.guests().add(other);
    REQUIRE_OK(second);
    REQUIRE_OK(venue.guestMerges().merge(guest->uuid, second->uuid));
    return {guest->uuid, second->uuid};
}

const QList<QByteArray> Words = {"Zabelle",  "Quixotian", "Quixotyan", "zabelle.quixotian", "zq.private",
                                 "91765432", "Xylophone", "quince",    "QXBOOK77121"};

QList<QByteArray> found(const QString &path)
{
    QList<QByteArray> hits;
    for (const QString &file : QStringList{path, path + u"-wal"_s}) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = f.readAll();
        for (const QByteArray &word : Words) {
            if (bytes.contains(word) || bytes.contains(word.toLower()))
                hits.append(word + " in " + QFile::encodeName(file));
        }
    }
    return hits;
}

} // namespace

TEST_CASE("Erase: the guest's words are nowhere in the file or its log, counts and money stay", "[erase]")
{
    TempDatabase t;
    REQUIRE_OK(VenueSettings(t.db()).setPhoneRegion(u"AM"_s));
    OpenVenue venue(t.db());
    venue.setStaffOnDuty(u"Mariam"_s);
    const Traces traces = fill(venue, t);
    // Before: the words are there (the test would prove nothing otherwise).
    {
        Statement checkpoint(t.db(), u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
        REQUIRE_OK(checkpoint.exec());
    }
    CHECK_FALSE(found(t.path()).isEmpty());

    auto refused = GuestErasure::erase(venue, traces.mergedUuid);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == Error::Code::Conflict);
    CHECK(refused.error().message.contains(traces.uuid));

    const qint64 changesBefore = t.count(u"change_log"_s);
    auto report = GuestErasure::erase(venue, traces.uuid);
    REQUIRE_OK(report);
    CHECK(report->profiles == 2);
    CHECK(report->contacts >= 3);
    CHECK(report->notes == 1);
    CHECK(report->preferences == 1);
    CHECK(report->stays == 1);
    CHECK(report->tickets == 1);
    CHECK(report->feedback == 1);
    CHECK(report->changes > 0);
    CHECK(report->fileCompacted);

    INFO(found(t.path()).join(", ").toStdString());
    CHECK(found(t.path()).isEmpty());

    // What statistics need is still there: the stay's money, the rating, the ticket.
    Statement money(t.db(), u"SELECT sum(revenue_minor), count(*) FROM stays"_s);
    REQUIRE_OK(money.exec());
    CHECK(money.integer(0) == 3 * 4500000);
    CHECK(t.count(u"tickets"_s) == 1);
    Statement rating(t.db(), u"SELECT rating FROM feedback"_s);
    CHECK(rating.scalar()->toDouble() == 4.0);
    Statement nationality(t.db(),
                          u"SELECT nationality, archived_at IS NOT NULL FROM guests WHERE uuid = ?"_s);
    nationality.bind(traces.uuid);
    REQUIRE_OK(nationality.exec());
    CHECK(nationality.text(0) == u"AM"_s);
    CHECK(nationality.integer(1) == 1);
    // Entries stay (who changed what, when), without values; the erase is recorded with who.
    CHECK(t.count(u"change_log"_s) == changesBefore + 2);
    Statement erased(t.db(),
                     u"SELECT new_value, staff FROM change_log WHERE field = 'erased' AND row_uuid = ?"_s);
    erased.bind(traces.uuid);
    REQUIRE_OK(erased.exec());
    CHECK(erased.text(0).contains(u"\"by\":\"Mariam\""_s));
    // Search finds nothing of them any more.
    auto hits = venue.search().search(u"Quixotian"_s, 10);
    REQUIRE_OK(hits);
    CHECK(hits->isEmpty());

    // Erased twice: nothing more to clear, and still nothing found.
    auto again = GuestErasure::erase(venue, traces.uuid);
    REQUIRE_OK(again);
    CHECK(again->contacts == 0);
}

TEST_CASE("Erase: an unknown guest, and a read-only file, change nothing", "[erase]")
{
    TempDatabase t;
    OpenVenue venue(t.db());
    const qint64 before = t.count(u"change_log"_s);
    auto missing = GuestErasure::erase(venue, u"00000000-0000-4000-8000-000000000000"_s);
    REQUIRE_FALSE(missing);
    CHECK(missing.error().code == Error::Code::NotFound);
    CHECK(t.count(u"change_log"_s) == before);
}

TEST_CASE("Guest data export: everything about the guest and the profile merged into them", "[erase][export]")
{
    TempDatabase t;
    REQUIRE_OK(VenueSettings(t.db()).setPhoneRegion(u"AM"_s));
    OpenVenue venue(t.db());
    const Traces traces = fill(venue, t);
    auto data = GuestDataExport::collect(venue, traces.uuid);
    REQUIRE_OK(data);
    CHECK(data->value(u"format"_s).toString() == u"innkeep-guest-data"_s);
    const QJsonObject guest = data->value(u"guest"_s).toObject();
    CHECK(guest.value(u"given_name"_s).toString() == u"Zabelle"_s);
    CHECK(guest.value(u"consent_email"_s).isBool());
    CHECK_FALSE(guest.contains(u"id"_s));
    CHECK(guest.value(u"notes"_s).toArray().size() == 1);
    CHECK(guest.value(u"preferences"_s).toArray().size() == 1);
    CHECK(guest.value(u"stays"_s).toArray().first().toObject().value(u"booking_ref"_s).toString()
          == u"QXBOOK77121"_s);
    const QJsonObject ticket = guest.value(u"tickets"_s).toArray().first().toObject();
    CHECK(ticket.value(u"description"_s).toString().contains(u"quince"_s));
    CHECK(ticket.value(u"events"_s).toArray().size() >= 2);
    CHECK(guest.value(u"feedback"_s).toArray().first().toObject().contains(u"topics"_s));
    const QJsonArray merged = guest.value(u"merged_profiles"_s).toArray();
    REQUIRE(merged.size() == 1);
    CHECK(merged.first().toObject().value(u"family_name"_s).toString() == u"Quixotyan"_s);
    // The change log names both profiles: the rename of the company, the merge, the second
    // profile's creation.
    const QByteArray changes = QJsonDocument(data->value(u"changes"_s).toArray()).toJson();
    CHECK(changes.contains("Quixotian Carpets"));
    CHECK(changes.contains("zq.private@example.am"));

    // Written private, complete; a second write replaces it.
    const QString path = t.filePath(u"zabelle.json"_s);
    REQUIRE_OK(GuestDataExport::write(venue, traces.uuid, path));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(QJsonDocument::fromJson(file.readAll()).object() == *data);
    CHECK((file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther)) == 0);
    // Not the database itself.
    CHECK_FALSE(GuestDataExport::write(venue, traces.uuid, t.path()));

    // After the erase, the export says nothing about them.
    REQUIRE_OK(GuestErasure::erase(venue, traces.uuid));
    auto after = GuestDataExport::collect(venue, traces.uuid);
    REQUIRE_OK(after);
    const QByteArray bytes = QJsonDocument(*after).toJson();
    for (const QByteArray &word : Words)
        CHECK_FALSE(bytes.toLower().contains(word.toLower()));
}

TEST_CASE("Retention: guests with no stay for N years are listed oldest first and erased together",
          "[erase][retention]")
{
    TempDatabase t;
    OpenVenue venue(t.db());
    const auto addGuest = [&](const QString &given, std::optional<std::pair<QDate, QDate>> stay = {}) {
        Guest draft;
        draft.givenName = given;
        draft.familyName = u"Oldfield"_s;
        auto added = venue.guests().add(draft);
        REQUIRE_OK(added);
        if (stay) {
            Stay s;
            s.guestUuid = added->uuid;
            s.arrival = stay->first;
            s.departure = stay->second;
            s.status = s.departure < t.clock().today() ? StayStatus::CheckedOut : StayStatus::Booked;
            REQUIRE_OK(venue.stays().add(s));
        }
        return added->uuid;
    };
    const qint64 sixYears = qint64(6) * 365 * 24 * 3600 * 1000;
    t.clock().advance(-sixYears); // 2020
    const QString old = addGuest(u"Arshak"_s, std::pair{QDate(2020, 6, 1), QDate(2020, 6, 4)});
    const QString never = addGuest(u"Bagrat"_s);
    const QString booked = addGuest(u"Gurgen"_s, std::pair{QDate(2020, 6, 1), QDate(2020, 6, 2)});
    t.clock().advance(sixYears); // 2026-06-15
    REQUIRE_OK(venue.stays().add([&] {
        Stay s;
        s.guestUuid = booked;
        s.arrival = QDate(2026, 7, 1);
        s.departure = QDate(2026, 7, 3);
        return s;
    }()));
    const QString recent = addGuest(u"Davit"_s, std::pair{QDate(2025, 5, 1), QDate(2025, 5, 3)});

    RetentionReview review(venue);
    CHECK(review.years() == 0);
    auto none = review.candidates();
    REQUIRE_OK(none);
    CHECK(none->isEmpty()); // no rule, nobody listed
    CHECK_FALSE(review.setYears(51));
    REQUIRE_OK(review.setYears(3));
    CHECK(review.years() == 3);
    CHECK(review.cutoff(3) == QDate(2023, 6, 15));

    auto listed = review.candidates();
    REQUIRE_OK(listed);
    REQUIRE(listed->size() == 2);
    CHECK(listed->at(0).uuid == old);
    CHECK(listed->at(0).lastStay == QDate(2020, 6, 4));
    CHECK(listed->at(0).name == u"Arshak Oldfield"_s);
    CHECK(listed->at(1).uuid == never);
    CHECK_FALSE(listed->at(1).lastStay.isValid());

    auto erased = review.eraseAll();
    REQUIRE_OK(erased);
    CHECK(erased->profiles == 2);
    CHECK(venue.guests().find(old)->givenName.isEmpty());
    CHECK(venue.guests().find(never)->givenName.isEmpty());
    CHECK(venue.guests().find(booked)->givenName == u"Gurgen"_s);
    CHECK(venue.guests().find(recent)->givenName == u"Davit"_s);
    CHECK(review.candidates()->isEmpty());
}
