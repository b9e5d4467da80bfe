// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// What core accepts as text and values (issue 16, items 6, 8 and 14): the one text rule in every
// service, the field limits, and the codes, dates and names that used to slip through.
#include "common/calendardate.h"
#include "common/currencycode.h"
#include "common/fieldlimits.h"
#include "common/languagecode.h"
#include "common/phonenumber.h"
#include "common/textfield.h"
#include "exchange/guestcsvimport.h"
#include "feedback/feedbackservice.h"
#include "guests/guestrules.h"
#include "guests/guestservice.h"
#include "preferences/preferenceservice.h"
#include "staff/staffservice.h"
#include "stays/stayservice.h"
#include "tempdatabase.h"
#include "tickets/ticketservice.h"
#include "tickets/ticketsettingsservice.h"
#include "tst_tickets_fixture.h"
#include "venue/venuesettings.h"

#include <QElapsedTimer>

#include <functional>

using namespace innkeep;
using namespace innkeep::test;
using namespace Qt::StringLiterals;

namespace {

const QString Esc = u"Anna\x1b[2J\x1b[31mVIP"_s;
const QString Nul = QStringLiteral("An") + QChar(u'\0') + QStringLiteral("na");
const QString Nel = QStringLiteral("An") + QChar(0x85) + QStringLiteral("na"); // C1 "next line"

Guest named(const QString &given)
{
    Guest g;
    g.givenName = given;
    g.familyName = u"Petrosyan"_s;
    return g;
}

// A guest with `value` put into `field` (the Error::field the rule must name).
Guest guestWith(const QString &field, const QString &value)
{
    Guest g = named(u"Anna"_s);
    const QHash<QString, std::function<void(Guest &)>> set{
        {u"salutation"_s, [&](Guest &x) { x.salutation = value; }},
        {u"given_name"_s, [&](Guest &x) { x.givenName = value; }},
        {u"family_name"_s, [&](Guest &x) { x.familyName = value; }},
        {u"latin_given_name"_s, [&](Guest &x) { x.latinGivenName = value; }},
        {u"latin_family_name"_s, [&](Guest &x) { x.latinFamilyName = value; }},
        {u"company"_s, [&](Guest &x) { x.company = value; }},
        {u"street"_s, [&](Guest &x) { x.street = value; }},
        {u"city"_s, [&](Guest &x) { x.city = value; }},
        {u"postal_code"_s, [&](Guest &x) { x.postalCode = value; }},
        {u"blocked_reason"_s,
         [&](Guest &x) {
             x.blocked = true;
             x.blockedReason = value;
         }},
        {u"language"_s, [&](Guest &x) { x.language = value; }},
        {u"nationality"_s, [&](Guest &x) { x.nationality = value; }},
        {u"country"_s, [&](Guest &x) { x.country = value; }},
        {u"email"_s, [&](Guest &x) { x.emails = {value}; }},
        {u"phone"_s, [&](Guest &x) { x.phones = {value}; }},
        {u"tag"_s, [&](Guest &x) { x.tags = {value}; }},
    };
    set.value(field)(g);
    return g;
}

const QStringList GuestFields{
    u"salutation"_s,        u"given_name"_s,     u"family_name"_s, u"latin_given_name"_s,
    u"latin_family_name"_s, u"company"_s,        u"street"_s,      u"city"_s,
    u"postal_code"_s,       u"blocked_reason"_s, u"language"_s,    u"nationality"_s,
    u"country"_s,           u"email"_s,          u"phone"_s,       u"tag"_s};

void checkRefused(const Error &error, const QString &field)
{
    INFO(error.toString().toStdString());
    CHECK(error.code == Error::Code::InvalidInput);
    CHECK(error.field == field);
    CHECK(error.message.size() < 300);
}

template<typename T>
void checkRefused(const Result<T> &result, const QString &field)
{
    REQUIRE_FALSE(result.has_value());
    checkRefused(result.error(), field);
}

NewTicket complaintAbout(const QString &room)
{
    NewTicket input;
    input.room = room;
    input.category = u"noise"_s;
    input.description = u"Party next door"_s;
    return input;
}

} // namespace

TEST_CASE("Text rule: control characters are refused, tabs and line breaks are whitespace", "[input]")
{
    CHECK(TextField::line(u"name"_s, u"  Anna   Maria "_s, 200).value() == u"Anna Maria"_s);
    // Tabs and line breaks are whitespace: one space in a one-line field.
    CHECK(TextField::line(u"name"_s, u"Anna\t\r\nMaria"_s, 200).value() == u"Anna Maria"_s);
    for (const QString &bad : {Esc, Nul, Nel, u"Anna\x0bMaria"_s, u"Anna\x0cMaria"_s, u"Anna\x7f"_s,
                               QString(QStringLiteral("A") + QChar(0xD800) + QStringLiteral("b"))}) {
        INFO(TextField::quoted(bad).toStdString());
        checkRefused(TextField::line(u"name"_s, bad, 200), u"name"_s);
    }
    CHECK(TextField::line(u"name"_s, Esc, 200).error().message.contains(u"U+001B"_s));
    CHECK(TextField::lines(u"note"_s, u"first\tline\r\nsecond\rthird\n"_s, 200).value()
          == u"first\tline\nsecond\nthird"_s);
    checkRefused(TextField::lines(u"note"_s, Esc, 200), u"note"_s);
    checkRefused(TextField::lines(u"note"_s, Nul, 200), u"note"_s);
    // Scripts, emoji and typographic characters are text, not control characters.
    CHECK(TextField::line(u"name"_s, u"Արամ ნინო Ольга 🙂 “O’Brien” — ß"_s, 200));
}

TEST_CASE("Text rule: limits count characters, and a quote is a short printable prefix", "[input]")
{
    CHECK(TextField::line(u"name"_s, QString(200, u'a'), FieldLimit::Name));
    CHECK(TextField::line(u"name"_s, u"🙂"_s.repeated(100), 100)); // 100 characters, 200 UTF-16 units
    const auto tooLong = TextField::line(u"name"_s, QString(131'000, u'a'), FieldLimit::Name);
    checkRefused(tooLong, u"name"_s);
    CHECK(tooLong.error().message.contains(u"131,000"_s));
    CHECK(tooLong.error().message.contains(u"200"_s));

    CHECK(TextField::quoted(u"short"_s) == u"short"_s);
    const QString quoted = TextField::quoted(QString(5'000'000, u'9'));
    CHECK(quoted.size() == FieldLimit::Quoted + 1);
    CHECK(quoted.endsWith(QChar(0x2026)));
    CHECK(TextField::quoted(u"a\x1b[31mb"_s) == u"a\\x1b[31mb"_s);
}

TEST_CASE("Guests: every text field refuses control characters and over-long values, naming the field",
          "[input]")
{
    TempDatabase t;
    REQUIRE(VenueSettings(t.db()).setPhoneRegion(u"AM"_s));
    GuestService guests(t.db());
    const qint64 changes = t.count(u"change_log"_s);
    for (const QString &field : GuestFields) {
        for (const QString &bad : {Esc, Nul, Nel, QString(20'000, u'x')}) {
            INFO(field.toStdString() + " " + TextField::quoted(bad).toStdString());
            auto added = guests.add(guestWith(field, bad));
            checkRefused(added, field);
        }
    }
    CHECK(t.count(u"guests"_s) == 0);
    CHECK(t.count(u"change_log"_s) == changes);

    // Limits: at the limit is fine, one more is not.
    CHECK(guests.add(guestWith(u"given_name"_s, QString(FieldLimit::Name, u'a'))));
    checkRefused(guests.add(guestWith(u"given_name"_s, QString(FieldLimit::Name + 1, u'a'))),
                 u"given_name"_s);
    checkRefused(guests.add(guestWith(u"tag"_s, QString(FieldLimit::Tag + 1, u'a'))), u"tag"_s);
    Guest many = named(u"Anna"_s);
    for (int i = 0; i <= FieldLimit::TagsPerGuest; ++i)
        many.tags.append(u"tag%1"_s.arg(i));
    checkRefused(guests.add(many), u"tag"_s);

    // Notes: multi-line text, with its own limit.
    auto stored = guests.add(named(u"Nino"_s));
    REQUIRE(stored);
    CHECK(guests.addNote(stored->uuid, u"Line one\n\tLine two"_s)->body == u"Line one\n\tLine two"_s);
    checkRefused(guests.addNote(stored->uuid, Esc), u"note"_s);
    checkRefused(guests.addNote(stored->uuid, QString(FieldLimit::LongText + 1, u'n')), u"note"_s);
    checkRefused(GuestService::prepare(named(u"Olga"_s), {Nul}, guests.intake()), u"note"_s);
}

TEST_CASE("Guests: a 20 MB name from an import is refused at once, and errors quote a short prefix",
          "[input]")
{
    TempDatabase t;
    GuestService guests(t.db());
    QElapsedTimer timer;
    timer.start();
    auto prepared = GuestService::prepare(named(QString(20 * 1024 * 1024, u'A')), {}, guests.intake());
    checkRefused(prepared, u"given_name"_s);
    CHECK(timer.elapsed() < 2000); // no transliteration of 20 MB
    CHECK(prepared.error().message.contains(u"20,971,520"_s));

    // Messages that quote what was typed quote at most 40 characters.
    Guest g = named(u"Anna"_s);
    g.emails = {QString(60, u'x') + u"@"_s};
    auto email = guests.add(g);
    checkRefused(email, u"email"_s);
    CHECK(email.error().message.contains(QString(40, u'x') + QChar(0x2026)));
    CHECK_FALSE(email.error().message.contains(QString(41, u'x')));
    auto phone = PhoneNumber::toE164(QString(FieldLimit::PhoneInput, u'9'), u"AM"_s);
    checkRefused(phone, u"phone"_s);
    CHECK(phone.error().message.size() < 200);
    auto hugePhone = PhoneNumber::toE164(QString(20 * 1024 * 1024, u'9'), u"AM"_s);
    checkRefused(hugePhone, u"phone"_s);
    g = named(u"Anna"_s);
    g.language = QString(10'000, u'q');
    checkRefused(guests.add(g), u"language"_s);
}

TEST_CASE("Guests: e-mail addresses are a practical RFC 5321 subset", "[input]")
{
    for (const char16_t *good :
         {u"anna@example.com", u"o'brien@example.ie", u"anna.m+hotel@mail.example.co.uk", u"aram@օրինակ.հայ",
          u"nino_b@example-mail.ge", u"a@b.co"})
        CHECK(GuestRules::isEmail(QString::fromUtf16(good)));
    for (const char16_t *bad :
         {u"\"><script>@x.com", u"<anna@example.com>", u"\"anna\"@example.com", u"anna @example.com",
          u"anna@example", u"anna@@example.com", u"anna@-example.com", u"anna@example..com",
          u".anna@example.com", u"anna.@example.com", u"anna@[127.0.0.1]", u"anna@1.2", u"anna@exa_mple.com",
          u"anna@example.com>"})
        CHECK_FALSE(GuestRules::isEmail(QString::fromUtf16(bad)));
    CHECK_FALSE(GuestRules::isEmail(QString(65, u'a') + u"@example.com"_s));
}

TEST_CASE("Guests: a phone extension is refused with a message, never dropped", "[input]")
{
    for (const QString &typed :
         {u"+49 30 1234567 ext. 89"_s, u"+49 30 1234567;ext=89"_s, u"+1 650 253 0000 x 123"_s}) {
        INFO(typed.toStdString());
        auto e164 = PhoneNumber::toE164(typed, u"DE"_s);
        checkRefused(e164, u"phone"_s);
        CHECK(e164.error().message.contains(u"extension"_s));
    }
    CHECK(PhoneNumber::toE164(u"+49 30 1234567"_s, u"DE"_s).value() == u"+49301234567"_s);
}

TEST_CASE("Dates: exactly YYYY-MM-DD, or DD.MM.YYYY where a file allows it", "[input]")
{
    CHECK(CalendarDate::fromIso(u"2000-01-31"_s) == QDate(2000, 1, 31));
    for (const QString &bad : {u"2000-01-01T00:00"_s, u"2000-1-1"_s, u"2000-02-30"_s, u"20000-01-01"_s,
                               u"01.02.2000"_s, QString(u"2000-01-01 "_s + QChar(0x1b)), u""_s})
        CHECK_FALSE(CalendarDate::fromIso(bad).isValid());
    CHECK(CalendarDate::fromIsoOrDotted(u"1.2.2000"_s) == QDate(2000, 2, 1));
    CHECK(CalendarDate::fromIsoOrDotted(u"2000-02-01"_s) == QDate(2000, 2, 1));
    CHECK_FALSE(CalendarDate::fromIsoOrDotted(u"1.2.2000T00:00"_s).isValid());
}

TEST_CASE("Preferences: text rule, limits and an observed date from 1900 to today", "[input]")
{
    TempDatabase t;
    auto guest = GuestService(t.db()).add(named(u"Anna"_s));
    REQUIRE(guest);
    PreferenceService preferences(t.db());
    Preference p;
    p.guestUuid = guest->uuid;
    p.value = u"High floor %1 please"_s;
    p.detail = u"Line one\nLine two"_s;
    auto stored = preferences.record(p);
    REQUIRE(stored);
    CHECK(stored->value == u"High floor %1 please"_s);
    CHECK(stored->detail == u"Line one\nLine two"_s);

    const auto refused = [&](Preference draft, const QString &field) {
        INFO(field.toStdString());
        checkRefused(preferences.record(draft), field);
        Preference edit = *stored;
        edit.value = draft.value;
        edit.detail = draft.detail;
        edit.observedOn = draft.observedOn;
        checkRefused(preferences.update(edit), field);
    };
    Preference bad = p;
    bad.value = Esc;
    refused(bad, u"value"_s);
    bad = p;
    bad.value = QString(FieldLimit::ShortText + 1, u'v');
    refused(bad, u"value"_s);
    bad = p;
    bad.detail = Nul;
    refused(bad, u"detail"_s);
    bad = p;
    bad.detail = QString(FieldLimit::Detail + 1, u'd');
    refused(bad, u"detail"_s);
    bad = p;
    bad.observedOn = QDate(1800, 1, 1);
    refused(bad, u"observed_on"_s);
    bad.observedOn = QDate(1899, 12, 31);
    refused(bad, u"observed_on"_s);
    bad.observedOn = t.clock().today().addDays(1);
    refused(bad, u"observed_on"_s);
    Preference old = p;
    old.value = u"Feather-free pillow"_s;
    old.observedOn = QDate(1900, 1, 1);
    CHECK(preferences.record(old));
}

TEST_CASE("Stays: text rule and ISO 4217 currencies in use", "[input]")
{
    TempDatabase t;
    auto guest = GuestService(t.db()).add(named(u"Anna"_s));
    REQUIRE(guest);
    StayService stays(t.db());
    Stay s;
    s.guestUuid = guest->uuid;
    s.arrival = QDate(2026, 6, 1);
    s.departure = QDate(2026, 6, 3);
    s.currency = u"eur"_s;
    auto stored = stays.add(s);
    REQUIRE(stored);
    CHECK(stored->currency == u"EUR"_s);
    for (const QString &code :
         {u"ZZZ"_s, u"XYZ"_s, u"XXX"_s, u"XTS"_s, u"XAU"_s, u"DEM"_s, u"EURO"_s, u"E"_s}) {
        INFO(code.toStdString());
        Stay bad = s;
        bad.currency = code;
        checkRefused(stays.add(bad), u"currency"_s);
    }
    for (const auto &[field, set] :
         {std::pair<QString, std::function<void(Stay &)>>{u"room"_s, [](Stay &x) { x.room = Esc; }},
          {u"channel"_s, [](Stay &x) { x.channel = Nul; }},
          {u"purpose"_s, [](Stay &x) { x.purpose = QString(FieldLimit::ShortText + 1, u'p'); }},
          {u"booking_ref"_s, [](Stay &x) { x.bookingRef = Nel; }}}) {
        Stay bad = s;
        set(bad);
        checkRefused(stays.add(bad), field);
    }
    CHECK(t.count(u"stays"_s) == 1);
}

TEST_CASE("Currency codes come from ICU's list of currencies in use", "[input]")
{
    for (const char *code :
         {"EUR", "AMD", "GEL", "RUB", "USD", "GBP", "DKK", "INR", "JPY", "CHF", "XAF", "XOF"})
        CHECK(CurrencyCode::isCurrent(QString::fromLatin1(code)));
    for (const char *code : {"ZZZ", "XYZ", "XXX", "XTS", "XAU", "XDR", "BOV", "USN", "DEM", "FRF", "eur", ""})
        CHECK_FALSE(CurrencyCode::isCurrent(QString::fromLatin1(code)));
    CHECK(CurrencyCode::normalised(u"currency"_s, u" gel "_s).value() == u"GEL"_s);

    TempDatabase t;
    VenueSettings venue(t.db());
    REQUIRE(venue.setCurrency(u"amd"_s));
    checkRefused(venue.setCurrency(u"ZZZ"_s), u"currency"_s);
    CHECK(venue.currency() == u"AMD"_s);
}

TEST_CASE("Languages: one rule for guests and feedback", "[input]")
{
    CHECK(LanguageCode::normalised(u"language"_s, u"EN"_s).value() == u"en"_s);
    CHECK(LanguageCode::normalised(u"language"_s, u"pt_br"_s).value() == u"pt-BR"_s);
    CHECK(LanguageCode::normalised(u"language"_s, u"sr-latn-rs"_s).value() == u"sr-Latn-RS"_s);
    CHECK(LanguageCode::normalised(u"language"_s, u""_s).value().isEmpty());
    for (const QString &bad : {u"zz"_s, u"english"_s, u"123"_s, u"e"_s, u"en-"_s, Esc})
        checkRefused(LanguageCode::normalised(u"language"_s, bad), u"language"_s);

    TempDatabase t;
    FeedbackService feedback(t.db());
    NewFeedback input;
    input.text = u"Lovely breakfast"_s;
    for (const QString &bad : {u"zz"_s, u"english"_s, u"123"_s}) {
        input.language = bad;
        checkRefused(feedback.add(input), u"language"_s);
    }
    input.language = u"KA"_s;
    CHECK(feedback.add(input)->language == u"ka"_s);
    Guest g = named(u"Anna"_s);
    g.language = u"zz"_s;
    checkRefused(GuestService(t.db()).add(g), u"language"_s);
}

TEST_CASE("Tickets: text rule in every field, source tokens, and assignees from the staff list", "[input]")
{
    TempDatabase t;
    {
        // A venue without a staff list assigns by name as typed (still through the text rule).
        TicketService early(t.db());
        NewTicket first = complaintAbout(u"101"_s);
        first.assignee = u" Mariam  K. "_s;
        auto created = early.create(first);
        REQUIRE(created);
        CHECK(created->assignee == u"Mariam K."_s);
    }
    REQUIRE(StaffService(t.db()).add(u"Gevorg"_s));
    auto retired = StaffService(t.db()).add(u"Ani"_s);
    REQUIRE(retired);
    TicketService service(t.db());
    const auto before = footprint(t);

    for (const auto &[field, set] :
         {std::pair<QString, std::function<void(NewTicket &)>>{u"description"_s,
                                                               [](NewTicket &x) { x.description = Esc; }},
          {u"description"_s, [](NewTicket &x) { x.description = QString(FieldLimit::LongText + 1, u'd'); }},
          {u"room"_s, [](NewTicket &x) { x.room = Nul; }},
          {u"category"_s, [](NewTicket &x) { x.category = Nel; }},
          {u"category"_s, [](NewTicket &x) { x.category = QString(10'000, u'c'); }},
          {u"department"_s, [](NewTicket &x) { x.department = Esc; }},
          {u"assignee"_s, [](NewTicket &x) { x.assignee = Esc; }},
          {u"assignee"_s, [](NewTicket &x) { x.assignee = u"Nobody Known"_s; }},
          {u"source"_s, [](NewTicket &x) { x.source = u"telepathy"_s; }},
          {u"source"_s, [](NewTicket &x) { x.source = Esc; }}}) {
        NewTicket input = complaintAbout(u"204"_s);
        set(input);
        auto created = service.create(input);
        checkRefused(created, field);
    }
    CHECK(footprint(t) == before);

    NewTicket input = complaintAbout(u"204"_s);
    input.assignee = u"  gevorg "_s; // the staff list's spelling is stored
    input.source = u"phone"_s;
    input.description = u"Line one\nLine two\twith a tab"_s;
    auto ticket = service.create(input);
    REQUIRE(ticket);
    CHECK(ticket->assignee == u"Gevorg"_s);
    CHECK(ticket->description == u"Line one\nLine two\twith a tab"_s);

    // Retired staff keep their tickets but take no new ones.
    REQUIRE(service.assign(ticket->uuid, {}, u"Ani"_s));
    REQUIRE(StaffService(t.db()).setActive(retired->uuid, false));
    CHECK(service.assign(ticket->uuid, {}, u"ani"_s)->assignee == u"Ani"_s); // unchanged
    input.assignee = u"Ani"_s;
    checkRefused(service.create(input), u"assignee"_s);
    checkRefused(service.assign(ticket->uuid, {}, u"Stranger"_s), u"assignee"_s);
    CHECK(service.assign(ticket->uuid, {}, {})->assignee.isEmpty());

    const auto afterCreate = footprint(t);
    checkRefused(service.addNote(ticket->uuid, Esc), u"text"_s);
    checkRefused(service.addAction(ticket->uuid, QString(FieldLimit::LongText + 1, u'a')), u"text"_s);
    checkRefused(service.move(ticket->uuid, TicketStatus::Acknowledged, Nul), u"note"_s);
    checkRefused(service.resolve(ticket->uuid, Esc), u"resolution_summary"_s);
    checkRefused(service.reclassify(ticket->uuid, TicketSeverity::High, Esc), u"category"_s);
    Compensation c;
    c.kind = Compensation::Kind::Amenity;
    c.currency = u"EUR"_s;
    c.description = Esc;
    checkRefused(service.addCompensation(ticket->uuid, c), u"description"_s);
    c.description = u"Wine"_s;
    for (const QString &code : {u"ZZZ"_s, u"XYZ"_s, u"euro"_s}) {
        c.currency = code;
        checkRefused(service.addCompensation(ticket->uuid, c), u"currency"_s);
    }
    CHECK(footprint(t) == afterCreate);

    REQUIRE(service.resolve(ticket->uuid, u"Moved to 305"_s));
    FollowUp f;
    f.channel = FollowUp::Channel::Phone;
    f.reaction = Nul;
    const auto resolved = footprint(t);
    checkRefused(service.recordFollowUp(ticket->uuid, f), u"reaction"_s);
    CHECK(footprint(t) == resolved);
}

TEST_CASE("Feedback, venue settings, staff and ticket lists refuse control characters too", "[input]")
{
    TempDatabase t;
    FeedbackService feedback(t.db());
    NewFeedback input;
    input.channel = FeedbackChannel::ReviewSite;
    input.site = u"TripAdvisor"_s;
    input.text = u"Great view\nbut a noisy bar"_s;
    auto entry = feedback.add(input);
    REQUIRE(entry);
    CHECK(entry->text == u"Great view\nbut a noisy bar"_s);
    NewFeedback bad = input;
    bad.text = Esc;
    checkRefused(feedback.add(bad), u"text"_s);
    bad = input;
    bad.site = Nul;
    checkRefused(feedback.add(bad), u"site"_s);
    bad = input;
    bad.text = QString(FieldLimit::LongText + 1, u't');
    checkRefused(feedback.add(bad), u"text"_s);
    checkRefused(feedback.respond(entry->uuid, Esc), u"response"_s);

    VenueSettings venue(t.db());
    checkRefused(venue.setVenueName(Esc), u"venue_name"_s);
    checkRefused(venue.setVenueName(QString(FieldLimit::Name + 1, u'v')), u"venue_name"_s);
    checkRefused(venue.setValue(u"greeting"_s, Nul), u"greeting"_s);

    StaffService staff(t.db());
    checkRefused(staff.add(Esc), u"name"_s);
    checkRefused(staff.add(QString(FieldLimit::StaffName + 1, u's')), u"name"_s);

    TicketSettingsService settings(t.db());
    checkRefused(settings.addItem(TicketListItem::List::Categories, u"spa"_s, Esc), u"label"_s);
    checkRefused(
        settings.addItem(TicketListItem::List::Categories, QString(FieldLimit::Key + 1, u'k'), u"Spa"_s),
        u"key"_s);
    checkRefused(settings.renameItem(TicketListItem::List::Categories, u"noise"_s, Nel), u"label"_s);
    CHECK(t.count(u"staff"_s) == 0);
}

TEST_CASE(
    "CSV import: a 20 MB given_name, a control character or a long phone is refused by file, line and field",
    "[input]")
{
    TempDatabase t;
    const QString path = t.filePath(u"big.csv"_s);
    // 500 KiB fits a CSV record (the reader's cap is 1 MiB) and is refused by the name's limit; 20 MB
    // is refused by the reader before any field is read. Both name the line and quote no more than
    // a short prefix.
    for (const qsizetype size : {qsizetype(500 * 1024), qsizetype(20 * 1024 * 1024)}) {
        QByteArray csv = "given_name,family_name,phone\nAnna,Petrosyan,+374 91 234567\n";
        csv += QByteArray(size, 'A') + ",Beridze,\n";
        writeBytes(path, csv);
        for (const bool dryRun : {true, false}) {
            QElapsedTimer timer;
            timer.start();
            auto summary = GuestCsvImport(t.db()).run(path, dryRun);
            CHECK(timer.elapsed() < 10000);
            const Error error =
                dryRun ? (summary ? summary->problems.value(0) : summary.error()) : summary.error();
            INFO(error.toString().left(300).toStdString());
            CHECK(error.line == 3);
            if (size < 1024 * 1024) {
                CHECK(error.field == u"given_name"_s);
                CHECK(error.message.contains(u"200"_s));
            } else {
                CHECK(error.message.contains(u"1 MiB"_s));
            }
            CHECK(error.toString().size() < 400);
        }
        CHECK(t.count(u"guests"_s) == 0);
    }
    writeBytes(path, "given_name,family_name,phone\nAn\x1b[31mna,Petrosyan,\nNino,Beridze,"
                         + QByteArray(5000, '9') + "\n");
    auto refused = GuestCsvImport(t.db()).run(path);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().field == u"given_name"_s);
    CHECK(refused.error().line == 2);
    auto dry = GuestCsvImport(t.db()).run(path, true);
    REQUIRE(dry);
    REQUIRE(dry->problems.size() == 2);
    CHECK(dry->problems.at(1).field == u"phone"_s);
    CHECK(dry->problems.at(1).toString().size() < 300);
    CHECK(t.count(u"guests"_s) == 0);
}
