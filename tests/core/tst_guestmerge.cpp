// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/jsonexport.h"
#include "feedback/feedbackservice.h"
#include "guests/guestmerge.h"
#include "guests/guestservice.h"
#include "house/openvenue.h"
#include "preferences/preferenceservice.h"
#include "search/guestsearch.h"
#include "stays/stayservice.h"
#include "storage/changelog.h"
#include "storage/statement.h"
#include "tempdatabase.h"
#include "tickets/ticketservice.h"
#include "venue/venuesettings.h"

#include <QFile>

using namespace innkeep;
using namespace innkeep::test;

namespace {

struct TwoProfiles
{
    QString kept;
    QString other;
};

Guest named(const QString &given, const QString &family)
{
    Guest g;
    g.givenName = given;
    g.familyName = family;
    return g;
}

void addStay(Database &db, const QString &guest, QDate arrival, const QString &room)
{
    Stay s;
    s.guestUuid = guest;
    s.arrival = arrival;
    s.departure = arrival.addDays(2);
    s.room = room;
    s.status = StayStatus::CheckedOut;
    REQUIRE(StayService(db).add(s).has_value());
}

void addPreference(Database &db, const QString &guest, const QString &value, bool critical, int times = 1)
{
    Preference p;
    p.guestUuid = guest;
    p.category = PreferenceCategory::Food;
    p.value = value;
    p.critical = critical;
    p.timesConfirmed = times;
    auto recorded = PreferenceService(db).record(p);
    INFO((recorded ? QString() : recorded.error().toString()).toStdString());
    REQUIRE(recorded.has_value());
}

// Nato entered twice: once with her phone and a stay, once with her e-mail, birthday, a
// complaint, feedback, a note and her allergy.
TwoProfiles natoTwice(TempDatabase &t)
{
    REQUIRE(VenueSettings(t.db()).setPhoneRegion(QStringLiteral("GE")).has_value());
    GuestService guests(t.db());
    Guest first = named(QStringLiteral("Nato"), QStringLiteral("Tsiklauri"));
    first.phones = {QStringLiteral("+995599123456")};
    first.tags = {QStringLiteral("regular")};
    first.city = QStringLiteral("Tbilisi");
    auto kept = guests.add(first);
    REQUIRE(kept.has_value());
    t.clock().advance(60'000);
    Guest second = named(QStringLiteral("Nato"), QStringLiteral("Tsiklaury"));
    second.emails = {QStringLiteral("nato@example.ge")};
    second.phones = {QStringLiteral("+995599123456"), QStringLiteral("+995322000111")};
    second.tags = {QStringLiteral("regular"), QStringLiteral("quiet room")};
    second.birthday = QDate(1988, 4, 12);
    second.city = QStringLiteral("Batumi");
    second.vipLevel = 2;
    auto other = guests.add(second);
    REQUIRE(other.has_value());

    addStay(t.db(), kept->uuid, QDate(2025, 3, 1), QStringLiteral("101"));
    addStay(t.db(), other->uuid, QDate(2026, 5, 1), QStringLiteral("303"));
    addStay(t.db(), other->uuid, QDate(2026, 6, 10), QStringLiteral("304"));
    addPreference(t.db(), kept->uuid, QStringLiteral("No peanuts"), false);
    addPreference(t.db(), other->uuid, QStringLiteral("No peanuts"), true, 2);
    addPreference(t.db(), other->uuid, QStringLiteral("Green tea"), false);
    REQUIRE(guests.addNote(other->uuid, QStringLiteral("Prefers the courtyard side.")).has_value());

    NewTicket ticket;
    ticket.guestUuid = other->uuid;
    ticket.category = QStringLiteral("noise");
    ticket.description = QStringLiteral("Street noise at night");
    auto created = TicketService(t.db()).create(ticket);
    INFO((created ? QString() : created.error().toString()).toStdString());
    REQUIRE(created.has_value());
    NewFeedback feedback;
    feedback.guestUuid = other->uuid;
    feedback.text = QStringLiteral("Lovely breakfast");
    feedback.receivedAt = t.clock().nowMs();
    auto given = FeedbackService(t.db()).add(feedback);
    INFO((given ? QString() : given.error().toString()).toStdString());
    REQUIRE(given.has_value());
    return {kept->uuid, other->uuid};
}

qint64 countFor(Database &db, const QString &table, const QString &guestUuid)
{
    Statement count(db, QStringLiteral("SELECT count(*) FROM ") + table
                            + QStringLiteral(" WHERE guest_id = (SELECT id FROM guests WHERE uuid = ?)"));
    count.bind(guestUuid);
    return count.scalar()->toLongLong();
}

// The export's line for each guest (one guest per line), by uuid.
QMap<QString, QByteArray> exportedGuests(TempDatabase &t, const QStringList &uuids)
{
    const QString path = t.filePath(QStringLiteral("export.json"));
    REQUIRE(JsonExport(t.db()).write(path).has_value());
    QMap<QString, QByteArray> lines;
    for (QByteArray line : readBytes(path).split('\n')) {
        if (line.startsWith(','))
            line.remove(0, 1);
        for (const QString &uuid : uuids) {
            if (line.startsWith(QByteArray("{\"uuid\":\"" + uuid.toUtf8() + '"')))
                lines.insert(uuid, line);
        }
    }
    REQUIRE(lines.size() == uuids.size());
    return lines;
}

} // namespace

TEST_CASE("Merging two profiles moves everything to the kept guest and archives the other")
{
    TempDatabase t;
    const TwoProfiles nato = natoTwice(t);
    GuestMerge merges(t.db());

    auto differing = merges.differences(nato.kept, nato.other);
    REQUIRE(differing.has_value());
    QStringList fields;
    for (const MergeField &f : std::as_const(*differing))
        fields.append(f.field);
    CHECK(fields
          == QStringList{QStringLiteral("family_name"), QStringLiteral("latin_family_name"),
                         QStringLiteral("birthday"), QStringLiteral("city"), QStringLiteral("vip_level")});
    // A block on one profile only is a difference too (its reason with it).
    {
        Guest blocked = *GuestService(t.db()).find(nato.other);
        blocked.blocked = true;
        blocked.blockedReason = QStringLiteral("Unpaid bill");
        REQUIRE(GuestService(t.db()).update(blocked).has_value());
        auto withBlock = merges.differences(nato.kept, nato.other);
        REQUIRE(withBlock.has_value());
        bool shown = false;
        for (const MergeField &f : std::as_const(*withBlock)) {
            if (f.field == u"blocked") {
                shown = true;
                CHECK(f.takeOther);
                CHECK(f.otherText.contains(QStringLiteral("Unpaid bill")));
            }
        }
        CHECK(shown);
        blocked.blocked = false;
        blocked.blockedReason.clear();
        REQUIRE(GuestService(t.db()).update(blocked).has_value());
    }

    // By default an empty value takes the other's, a filled one stays.
    for (const MergeField &f : std::as_const(*differing)) {
        INFO(f.field.toStdString());
        CHECK(f.takeOther == (f.field == u"birthday" || f.field == u"vip_level"));
    }

    t.clock().advance(60'000);
    auto merged = merges.merge(nato.kept, nato.other, {QStringLiteral("city")});
    INFO((merged ? QString() : merged.error().toString()).toStdString());
    REQUIRE(merged.has_value());

    auto kept = GuestService(t.db()).find(nato.kept);
    REQUIRE(kept.has_value());
    CHECK(kept->familyName == QStringLiteral("Tsiklauri"));
    CHECK(kept->city == QStringLiteral("Batumi"));
    CHECK(kept->birthday == QDate(1988, 4, 12));
    CHECK(kept->vipLevel == 2);
    CHECK(kept->emails == QStringList{QStringLiteral("nato@example.ge")});
    CHECK(kept->phones == QStringList{QStringLiteral("+995599123456"), QStringLiteral("+995322000111")});
    CHECK(kept->tags == QStringList{QStringLiteral("quiet room"), QStringLiteral("regular")});

    for (const char *table : {"stays", "guest_notes", "tickets", "feedback"}) {
        INFO(table);
        CHECK(countFor(t.db(), QString::fromLatin1(table), nato.other) == 0);
    }
    CHECK(countFor(t.db(), QStringLiteral("stays"), nato.kept) == 3);
    CHECK(countFor(t.db(), QStringLiteral("tickets"), nato.kept) == 1);
    CHECK(countFor(t.db(), QStringLiteral("feedback"), nato.kept) == 1);
    CHECK(countFor(t.db(), QStringLiteral("guest_notes"), nato.kept) == 1);
    // The allergy both profiles had is kept once, critical, confirmed by both (once each).
    auto preferences = PreferenceService(t.db()).forGuest(nato.kept);
    REQUIRE(preferences.has_value());
    REQUIRE(preferences->size() == 2);
    for (const Preference &p : std::as_const(*preferences)) {
        if (p.value == u"No peanuts") {
            CHECK(p.critical);
            CHECK(p.timesConfirmed == 2);
        }
    }

    auto other = GuestService(t.db()).find(nato.other);
    REQUIRE(other.has_value());
    CHECK(other->isArchived());
    CHECK(*merges.survivorOf(nato.other) == nato.kept);
    CHECK(*merges.survivorOf(nato.kept) == nato.kept);
    CHECK(merges.mergedAway(nato.other)->value().uuid == *merged);

    // Both guests' history tells of it.
    ChangeLog log(t.db());
    const auto mentions = [&log](const QString &guest, const QString &table, const QString &field) {
        const auto entries = log.forGuest(guest);
        REQUIRE(entries.has_value());
        for (const ChangeEntry &e : *entries)
            if (e.table == table && e.field == field)
                return true;
        return false;
    };
    CHECK(mentions(nato.kept, QStringLiteral("guest_merges"), QStringLiteral("*")));
    CHECK(mentions(nato.kept, QStringLiteral("stays"), QStringLiteral("guest_uuid")));
    CHECK(mentions(nato.other, QStringLiteral("guests"), QStringLiteral("merged_into")));

    // Search finds the kept guest by what only the other had.
    auto hits = GuestSearch(t.db()).search(QStringLiteral("nato@example"));
    REQUIRE(hits.has_value());
    REQUIRE_FALSE(hits->isEmpty());
    CHECK(hits->constFirst().guestUuid == nato.kept);
}

TEST_CASE("Unmerge puts both guests back byte for byte, and refuses to lose a later change")
{
    TempDatabase t;
    const TwoProfiles nato = natoTwice(t);
    const QMap<QString, QByteArray> before = exportedGuests(t, {nato.kept, nato.other});
    GuestMerge merges(t.db());
    t.clock().advance(60'000);
    auto merged = merges.merge(nato.kept, nato.other, {QStringLiteral("family_name")});
    REQUIRE(merged.has_value());
    CHECK(exportedGuests(t, {nato.kept, nato.other}) != before);

    t.clock().advance(60'000);
    REQUIRE(merges.unmerge(*merged).has_value());
    const QMap<QString, QByteArray> after = exportedGuests(t, {nato.kept, nato.other});
    CHECK(after.value(nato.kept) == before.value(nato.kept));
    CHECK(after.value(nato.other) == before.value(nato.other));
    CHECK(*merges.survivorOf(nato.other) == nato.other);
    CHECK(merges.find(*merged)->undone);
    CHECK(merges.unmerge(*merged).error().code == Error::Code::InvalidInput);

    // Merged again, then the kept guest changes: unmerge refuses and changes nothing.
    auto again = merges.merge(nato.kept, nato.other);
    REQUIRE(again.has_value());
    auto kept = GuestService(t.db()).find(nato.kept);
    kept->company = QStringLiteral("Tbilisi Opera");
    REQUIRE(GuestService(t.db()).update(*kept).has_value());
    const qint64 stays = countFor(t.db(), QStringLiteral("stays"), nato.kept);
    auto refused = merges.unmerge(*again);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().message.contains(QStringLiteral("changed after the merge")));
    CHECK(countFor(t.db(), QStringLiteral("stays"), nato.kept) == stays);
    CHECK(GuestService(t.db()).find(nato.other)->isArchived());
}

TEST_CASE("A merge that cannot be made changes nothing")
{
    TempDatabase t;
    const TwoProfiles nato = natoTwice(t);
    GuestMerge merges(t.db());
    const qint64 changes = t.count(QStringLiteral("change_log"));
    CHECK(merges.merge(nato.kept, nato.kept).error().code == Error::Code::InvalidInput);
    CHECK(merges.merge(nato.kept, QStringLiteral("nobody")).error().code == Error::Code::NotFound);
    CHECK(merges.merge(nato.kept, nato.other, {QStringLiteral("shoe_size")}).error().field
          == QStringLiteral("prefer"));
    // Too many phones for one profile: refused by the guest rules, rolled back whole.
    Guest many = named(QStringLiteral("Lots"), QStringLiteral("Ofphones"));
    for (int i = 0; i < 10; ++i)
        many.phones.append(QStringLiteral("+99559900000") + QString::number(i));
    auto crowded = GuestService(t.db()).add(many);
    REQUIRE(crowded.has_value());
    const qint64 afterAdd = t.count(QStringLiteral("change_log"));
    CHECK(afterAdd > changes);
    CHECK_FALSE(merges.merge(nato.other, crowded->uuid).has_value());
    CHECK(t.count(QStringLiteral("change_log")) == afterAdd);
    CHECK(t.count(QStringLiteral("guest_merges")) == 0);
    CHECK(countFor(t.db(), QStringLiteral("stays"), nato.other) == 2);
    CHECK_FALSE(GuestService(t.db()).find(crowded->uuid)->isArchived());
}
