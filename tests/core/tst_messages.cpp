// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Personal messages: templates, campaign plans, consent, and the outbox sending through a real
// SMTP server on 127.0.0.1 (python3-aiosmtpd, tests/support/smtpsink.py).
#include "filemode.h"
#include "guests/guesthistory.h"
#include "house/openvenue.h"
#include "house/venuesettingkeys.h"
#include "messages/campaign.h"
#include "messages/mailmessage.h"
#include "messages/messagetemplates.h"
#include "messages/outbox.h"
#include "messages/textmessageexport.h"
#include "segments/segmentservice.h"
#include "smtpsink.h"
#include "storage/statement.h"
#include "tempdatabase.h"

#include <QFile>
#include <QLocale>

#include <algorithm>

using namespace innkeep;
using namespace innkeep::test;

namespace {

const QString Armenian = QStringLiteral("Շնորհակալություն, {given_name}");
const QString ArmenianBody = QStringLiteral("Հարգելի {given_name}, շնորհակալ ենք {last_stay_month}-ի համար։ "
                                            "Ձեր միավորները՝ {points}, մակարդակը՝ {tier}։ {venue}");
const QString Georgian = QStringLiteral("გმადლობთ, {given_name}");
const QString GeorgianBody =
    QStringLiteral("ძვირფასო {given_name}, მადლობა {last_stay_month}-ში სტუმრობისთვის. {venue}");

struct GuestDraft
{
    QString given;
    QString family;
    QString language;
    QString email;
    bool consentEmail = true;
    bool consentMarketing = true;
    bool blocked = false;
};

class Venue
{
public:
    Venue() : venue(t.db())
    {
        REQUIRE(venue.settings().setVenueName(QStringLiteral("Hotel Ararat")).has_value());
        set(QStringLiteral("smtp.from"), QStringLiteral("Hotel Ararat <desk@ararat.am>"));
    }

    void set(const QString &key, const QString &value)
    {
        auto ok = VenueSettingKeys(venue).set(key, value);
        INFO((ok ? QString() : ok.error().toString()).toStdString());
        REQUIRE(ok.has_value());
    }

    QString guest(const GuestDraft &draft)
    {
        Guest g;
        g.givenName = draft.given;
        g.familyName = draft.family;
        g.language = draft.language;
        if (!draft.email.isEmpty())
            g.emails = {draft.email};
        g.consent.email = draft.consentEmail;
        g.consent.marketing = draft.consentMarketing;
        g.blocked = draft.blocked;
        if (draft.blocked)
            g.blockedReason = QStringLiteral("Unpaid bill");
        auto added = venue.guests().add(g);
        INFO((added ? QString() : added.error().toString()).toStdString());
        REQUIRE(added.has_value());
        return added->uuid;
    }

    void templates()
    {
        save(QStringLiteral("thank-you"), QStringLiteral("en"), QStringLiteral("Thank you, {given_name}"),
             QStringLiteral(
                 "Dear {salutation} {family_name}, thank you for your stay in {last_stay_month}. {venue}"));
        save(QStringLiteral("thank-you"), QStringLiteral("hy"), Armenian, ArmenianBody);
        save(QStringLiteral("thank-you"), QStringLiteral("ka"), Georgian, GeorgianBody);
    }

    MessageTemplate save(const QString &name, const QString &language, const QString &subject,
                         const QString &body, bool fallback = false)
    {
        MessageTemplate draft;
        draft.name = name;
        draft.language = language;
        draft.subject = subject;
        draft.body = body;
        draft.fallback = fallback;
        auto saved = MessageTemplates(t.db()).save(draft);
        INFO((saved ? QString() : saved.error().toString()).toStdString());
        REQUIRE(saved.has_value());
        return *saved;
    }

    QueuedCampaign queue(const QStringList &audience)
    {
        auto queued = Outbox(t.db()).queueCampaign(QStringLiteral("thank-you"), audience);
        INFO((queued ? QString() : queued.error().toString()).toStdString());
        REQUIRE(queued.has_value());
        return *queued;
    }

    FlushReport flush(Outbox::Which which = Outbox::Which::Due)
    {
        auto report = Outbox(t.db()).flush(which);
        INFO((report ? QString() : report.error().toString()).toStdString());
        REQUIRE(report.has_value());
        return *report;
    }

    OutboxMessage message(const QString &uuid)
    {
        auto found = Outbox(t.db()).find(uuid);
        REQUIRE(found.has_value());
        return *found;
    }

    TempDatabase t;
    OpenVenue venue;
};

QString reasonOf(const CampaignPlan &plan, const QString &guest)
{
    for (const CampaignSkip &skip : plan.skipped)
        if (skip.guestUuid == guest)
            return toToken(skip.reason);
    return {};
}

} // namespace

TEST_CASE("Messages: a template refuses an unknown placeholder and names it", "[messages]")
{
    Venue v;
    MessageTemplate draft;
    draft.name = QStringLiteral("welcome");
    draft.language = QStringLiteral("en");
    draft.subject = QStringLiteral("Welcome {given_name}");
    draft.body = QStringLiteral("Hello {nickname}, see you at {venue}.");
    auto saved = MessageTemplates(v.t.db()).save(draft);
    REQUIRE_FALSE(saved.has_value());
    CHECK(saved.error().code == Error::Code::InvalidInput);
    CHECK(saved.error().field == QStringLiteral("body"));
    CHECK(saved.error().message.contains(QStringLiteral("{nickname}")));

    draft.body = QStringLiteral("Hello");
    draft.subject = QStringLiteral("Welcome {given name}");
    saved = MessageTemplates(v.t.db()).save(draft);
    REQUIRE_FALSE(saved.has_value());
    CHECK(saved.error().field == QStringLiteral("subject"));
    CHECK(saved.error().message.contains(QStringLiteral("{given name}")));

    draft.subject = QStringLiteral("Welcome {given_name");
    CHECK_FALSE(MessageTemplates(v.t.db()).save(draft).has_value());
    draft.subject = QStringLiteral("Welcome");
    draft.language = QStringLiteral("klingon");
    saved = MessageTemplates(v.t.db()).save(draft);
    REQUIRE_FALSE(saved.has_value());
    CHECK(saved.error().field == QStringLiteral("language"));
    CHECK(v.t.count(QStringLiteral("message_templates")) == 0);

    // Doubled braces write a brace.
    draft.language = QStringLiteral("en");
    draft.body = QStringLiteral("{{not a placeholder}} {given_name}");
    REQUIRE(MessageTemplates(v.t.db()).save(draft).has_value());
    CHECK(TemplateText::fill(draft.body, {{QStringLiteral("given_name"), QStringLiteral("Aram")}})
          == QStringLiteral("{not a placeholder} Aram"));
}

TEST_CASE("Messages: the guest's language is used when the template has it, else the fallback", "[messages]")
{
    Venue v;
    v.templates();
    const QString aram = v.guest({QStringLiteral("Արամ"), QStringLiteral("Սարգսյան"), QStringLiteral("hy"),
                                  QStringLiteral("aram@example.am")});
    const QString hans = v.guest({QStringLiteral("Hans"), QStringLiteral("Weber"), QStringLiteral("de"),
                                  QStringLiteral("hans@example.de")});
    const QString emma = v.guest({QStringLiteral("Emma"), QStringLiteral("Brown"), QStringLiteral("en-GB"),
                                  QStringLiteral("emma@example.uk")});
    Stay stay;
    stay.guestUuid = aram;
    stay.arrival = QDate(2026, 5, 10);
    stay.departure = QDate(2026, 5, 13);
    stay.room = QStringLiteral("204");
    stay.status = StayStatus::CheckedOut;
    REQUIRE(v.venue.stays().add(stay).has_value());
    REQUIRE(v.venue.points().adjust(aram, 1200, QStringLiteral("Welcome gift")).has_value());
    Statement tier(v.t.db(),
                   QStringLiteral("INSERT INTO loyalty_tier_changes(uuid, guest_id, tier, previous, "
                                  "changed_on, reason, created_at) SELECT 'tc1', id, 'Gold', '', "
                                  "'2026-06-01', 'test', 0 FROM guests WHERE uuid = ?"));
    REQUIRE(tier.bind(aram).exec().has_value());

    MessageTemplates templates(v.t.db());
    auto armenian = templates.preview(QStringLiteral("Thank-You"), aram);
    REQUIRE(armenian.has_value());
    CHECK(armenian->language == QStringLiteral("hy"));
    CHECK(armenian->subject == QStringLiteral("Շնորհակալություն, Արամ"));
    const QString may = QLocale(QStringLiteral("hy")).standaloneMonthName(5, QLocale::LongFormat);
    CHECK(!may.isEmpty());
    CHECK(armenian->body.contains(QString(may + QStringLiteral("-ի"))));
    CHECK(armenian->body.contains(QLocale(QStringLiteral("hy")).toString(1200)));
    CHECK(armenian->body.contains(QStringLiteral("մակարդակը՝ Gold")));
    CHECK(armenian->body.endsWith(QStringLiteral("Hotel Ararat")));

    // German is not there: the fallback (the first language saved, English) is used.
    auto german = templates.preview(QStringLiteral("thank-you"), hans);
    REQUIRE(german.has_value());
    CHECK(german->language == QStringLiteral("en"));
    CHECK(german->subject == QStringLiteral("Thank you, Hans"));
    // en-GB finds en.
    CHECK(templates.preview(QStringLiteral("thank-you"), emma)->language == QStringLiteral("en"));

    // Another language made the fallback.
    v.save(QStringLiteral("thank-you"), QStringLiteral("ka"), Georgian, GeorgianBody, true);
    CHECK(templates.preview(QStringLiteral("thank-you"), hans)->language == QStringLiteral("ka"));
    auto all = templates.named(QStringLiteral("thank-you"));
    REQUIRE(all.has_value());
    CHECK(all->size() == 3);
    CHECK(std::count_if(all->cbegin(), all->cend(), [](const MessageTemplate &t) { return t.fallback; })
          == 1);

    auto missing = templates.preview(QStringLiteral("birthday"), aram);
    REQUIRE_FALSE(missing.has_value());
    CHECK(missing.error().code == Error::Code::NotFound);
}

TEST_CASE("Messages: a campaign plan lists the recipients and who is left out and why", "[messages]")
{
    Venue v;
    v.templates();
    const QString ok = v.guest({QStringLiteral("Արամ"), QStringLiteral("Սարգսյան"), QStringLiteral("hy"),
                                QStringLiteral("aram@example.am")});
    const QString noMarketing =
        v.guest({QStringLiteral("Nino"), QStringLiteral("Beridze"), QStringLiteral("ka"),
                 QStringLiteral("nino@example.ge"), true, false});
    const QString noEmailConsent =
        v.guest({QStringLiteral("Olga"), QStringLiteral("Ivanova"), QStringLiteral("ru"),
                 QStringLiteral("olga@example.ru"), false, true});
    const QString noAddress =
        v.guest({QStringLiteral("Jean"), QStringLiteral("Martin"), QStringLiteral("fr"), QString()});
    const QString blocked = v.guest({QStringLiteral("Bad"), QStringLiteral("Payer"), QStringLiteral("en"),
                                     QStringLiteral("bad@example.com"), true, true, true});
    const QString archived = v.guest({QStringLiteral("Old"), QStringLiteral("Profile"), QStringLiteral("en"),
                                      QStringLiteral("old@example.com")});
    REQUIRE(v.venue.guests().archive(archived).has_value());
    const QString recent = v.guest({QStringLiteral("Ana"), QStringLiteral("Lopez"), QStringLiteral("es"),
                                    QStringLiteral("ana@example.es")});
    // Ana had a message five days ago.
    v.t.clock().advance(-5LL * 24 * 3600 * 1000);
    v.queue({recent});
    v.t.clock().advance(5LL * 24 * 3600 * 1000);

    const QStringList audience{ok, noMarketing, noEmailConsent, noAddress, blocked, archived, recent, ok};
    auto plan = Campaign(v.t.db()).plan(QStringLiteral("thank-you"), audience);
    REQUIRE(plan.has_value());
    REQUIRE(plan->recipients.size() == 1);
    CHECK(plan->recipients.constFirst().guestUuid == ok);
    CHECK(plan->recipients.constFirst().language == QStringLiteral("hy"));
    CHECK(plan->recipients.constFirst().to == QStringLiteral("aram@example.am"));
    CHECK(plan->skipped.size() == 6);
    CHECK(reasonOf(*plan, noMarketing) == QStringLiteral("no-consent"));
    CHECK(reasonOf(*plan, noEmailConsent) == QStringLiteral("no-consent"));
    CHECK(reasonOf(*plan, noAddress) == QStringLiteral("no-address"));
    CHECK(reasonOf(*plan, blocked) == QStringLiteral("blocked"));
    CHECK(reasonOf(*plan, archived) == QStringLiteral("archived"));
    CHECK(reasonOf(*plan, recent) == QStringLiteral("recently-contacted"));

    // The pause between messages is a venue setting; 3 days lets Ana through.
    REQUIRE(v.venue.settings().setValue(Campaign::MinDaysBetweenKey, QStringLiteral("3")).has_value());
    plan = Campaign(v.t.db()).plan(QStringLiteral("thank-you"), audience);
    REQUIRE(plan.has_value());
    CHECK(plan->recipients.size() == 2);
    CHECK(reasonOf(*plan, recent).isEmpty());

    // Text messages: consent to SMS and marketing, and a phone number.
    auto texts = Campaign(v.t.db()).plan(QStringLiteral("thank-you"), audience, MessageChannel::TextMessage);
    REQUIRE(texts.has_value());
    CHECK(texts->recipients.isEmpty());
    CHECK(reasonOf(*texts, ok) == QStringLiteral("no-consent"));
    const QByteArray csv = textMessagesCsv(*plan);
    CHECK(csv.startsWith("guest,name,language,phone,text\r\n"));
    CHECK(csv.contains(ok.toUtf8()));
}

TEST_CASE("Messages: a campaign's segment is its audience", "[messages]")
{
    Venue v;
    v.templates();
    const QString aram = v.guest({QStringLiteral("Արամ"), QStringLiteral("Սարգսյան"), QStringLiteral("hy"),
                                  QStringLiteral("aram@example.am")});
    (void)v.guest({QStringLiteral("Nino"), QStringLiteral("Beridze"), QStringLiteral("ka"),
                   QStringLiteral("nino@example.ge")});
    REQUIRE(SegmentService(v.t.db())
                .create(QStringLiteral("Armenians"), QStringLiteral("language = hy"))
                .has_value());
    auto audience = Campaign(v.t.db()).segmentAudience(QStringLiteral("armenians"));
    REQUIRE(audience.has_value());
    CHECK(*audience == QStringList{aram});
    auto missing = Campaign(v.t.db()).segmentAudience(QStringLiteral("nobody"));
    REQUIRE_FALSE(missing.has_value());
    CHECK(missing.error().field == QStringLiteral("segment"));
}

TEST_CASE("Messages: e-mails in Armenian and Georgian arrive through a real SMTP server, one per consenting "
          "guest, and a guest without marketing consent never receives one",
          "[messages]")
{
    Venue v;
    v.templates();
    SmtpSink sink;
    v.set(QStringLiteral("smtp.url"), sink.url());
    const QString aram = v.guest({QStringLiteral("Արամ"), QStringLiteral("Սարգսյան"), QStringLiteral("hy"),
                                  QStringLiteral("aram@example.am")});
    const QString nino = v.guest({QStringLiteral("ნინო"), QStringLiteral("ბერიძე"), QStringLiteral("ka"),
                                  QStringLiteral("nino@example.ge")});
    const QString noMarketing =
        v.guest({QStringLiteral("Giorgi"), QStringLiteral("Kapanadze"), QStringLiteral("ka"),
                 QStringLiteral("giorgi@example.ge"), true, false});

    const QueuedCampaign queued = v.queue({aram, nino, noMarketing});
    CHECK(queued.messageUuids.size() == 2);
    CHECK(reasonOf(queued.plan, noMarketing) == QStringLiteral("no-consent"));
    CHECK(v.t.count(QStringLiteral("outbox")) == 2);

    // The caller cannot get round the rule: queuing him alone queues nothing.
    CHECK(v.queue({noMarketing}).messageUuids.isEmpty());
    CHECK(v.t.count(QStringLiteral("outbox")) == 2);

    const FlushReport report = v.flush();
    CHECK(report.sent == 2);
    CHECK(report.notSent.isEmpty());

    const QList<QJsonObject> received = sink.messages();
    REQUIRE(received.size() == 2);
    QHash<QString, QJsonObject> byAddress;
    for (const QJsonObject &mail : received)
        byAddress.insert(mail.value(QStringLiteral("to_address")).toString(), mail);
    CHECK_FALSE(byAddress.contains(QStringLiteral("giorgi@example.ge")));
    const QJsonObject armenian = byAddress.value(QStringLiteral("aram@example.am"));
    CHECK(armenian.value(QStringLiteral("subject")).toString() == QStringLiteral("Շնորհակալություն, Արամ"));
    CHECK(armenian.value(QStringLiteral("to_name")).toString() == QStringLiteral("Արամ Սարգսյան"));
    CHECK(armenian.value(QStringLiteral("body")).toString().startsWith(QStringLiteral("Հարգելի Արամ,")));
    CHECK(armenian.value(QStringLiteral("mail_from")).toString() == QStringLiteral("desk@ararat.am"));
    CHECK(armenian.value(QStringLiteral("from")).toString()
          == QStringLiteral("Hotel Ararat <desk@ararat.am>"));
    CHECK(armenian.value(QStringLiteral("content_type")).toString() == QStringLiteral("text/plain"));
    CHECK(armenian.value(QStringLiteral("charset")).toString() == QStringLiteral("utf-8"));
    CHECK(armenian.value(QStringLiteral("mime_version")).toString() == QStringLiteral("1.0"));
    CHECK(armenian.value(QStringLiteral("date")).toString()
          == QStringLiteral("Mon, 15 Jun 2026 10:00:00 +0000"));
    const QJsonObject georgian = byAddress.value(QStringLiteral("nino@example.ge"));
    CHECK(georgian.value(QStringLiteral("subject")).toString() == QStringLiteral("გმადლობთ, ნინო"));
    CHECK(georgian.value(QStringLiteral("body")).toString().startsWith(QStringLiteral("ძვირფასო ნინო,")));

    // Headers: encoded words only, the Message-ID the outbox keeps.
    for (const QByteArray &raw : sink.rawMessages()) {
        const QByteArray head = raw.left(raw.indexOf("\r\n\r\n"));
        for (const char c : head)
            CHECK(uchar(c) < 0x80);
        CHECK(head.contains("Subject: =?UTF-8?B?"));
        CHECK(head.contains("Content-Transfer-Encoding: base64"));
    }
    const OutboxMessage sent = v.message(queued.messageUuids.constFirst());
    CHECK(sent.status == OutboxStatus::Sent);
    CHECK(sent.attempts == 1);
    CHECK(sent.handedOverAt.has_value());
    CHECK(sent.sentAt == fixedNow().toMSecsSinceEpoch());
    CHECK(byAddress.value(sent.to).value(QStringLiteral("message_id")).toString()
          == QString(u'<' + sent.messageId + u'>'));

    // On the guest's timeline: queued, then sending, then sent.
    auto history = GuestHistory(v.t.db()).forGuest(aram);
    REQUIRE(history.has_value());
    QStringList outboxEvents;
    for (const ChangeEntry &entry : *history)
        if (entry.table == QStringLiteral("outbox")
            && (entry.field == QStringLiteral("*") || entry.field == QStringLiteral("status")))
            outboxEvents.prepend(entry.field == QStringLiteral("*") ? QStringLiteral("queued")
                                                                    : entry.newValue.toString());
    CHECK(outboxEvents
          == QStringList{QStringLiteral("queued"), QStringLiteral("sending"), QStringLiteral("sent")});

    // A flush with nothing waiting sends nothing again; a second campaign soon after skips them.
    CHECK(v.flush(Outbox::Which::Everything).sent == 0);
    CHECK(sink.messages().size() == 2);
    const QueuedCampaign again = v.queue({aram, nino});
    CHECK(again.messageUuids.isEmpty());
    CHECK(reasonOf(again.plan, aram) == QStringLiteral("recently-contacted"));
}

TEST_CASE("Messages: consent withdrawn after queuing stops the message", "[messages]")
{
    Venue v;
    v.templates();
    SmtpSink sink;
    v.set(QStringLiteral("smtp.url"), sink.url());
    const QString nino = v.guest({QStringLiteral("ნინო"), QStringLiteral("ბერიძე"), QStringLiteral("ka"),
                                  QStringLiteral("nino@example.ge")});
    const QueuedCampaign queued = v.queue({nino});
    REQUIRE(queued.messageUuids.size() == 1);
    auto guest = v.venue.guests().find(nino);
    REQUIRE(guest.has_value());
    guest->consent.marketing = false;
    REQUIRE(v.venue.guests().update(*guest).has_value());
    const FlushReport report = v.flush();
    CHECK(report.sent == 0);
    CHECK(report.failed == 1);
    CHECK(sink.messages().isEmpty());
    CHECK(v.message(queued.messageUuids.constFirst()).status == OutboxStatus::Failed);
}

TEST_CASE("Messages: the outbox keeps messages while the server is down and sends them once it answers",
          "[messages]")
{
    Venue v;
    v.templates();
    SmtpSink sink;
    v.set(QStringLiteral("smtp.url"), sink.url());
    sink.stop();
    const QString aram = v.guest({QStringLiteral("Արամ"), QStringLiteral("Սարգսյան"), QStringLiteral("hy"),
                                  QStringLiteral("aram@example.am")});
    const QString nino = v.guest({QStringLiteral("ნინო"), QStringLiteral("ბერიძე"), QStringLiteral("ka"),
                                  QStringLiteral("nino@example.ge")});
    const QueuedCampaign queued = v.queue({aram, nino});

    FlushReport down = v.flush();
    CHECK(down.sent == 0);
    CHECK(down.waiting == 2);
    for (const QString &uuid : queued.messageUuids) {
        const OutboxMessage m = v.message(uuid);
        CHECK(m.status == OutboxStatus::Queued);
        CHECK(m.attempts == 1);
        CHECK_FALSE(m.lastError.isEmpty());
        CHECK(m.nextAttemptAt == fixedNow().toMSecsSinceEpoch() + Outbox::backoffMs(1));
    }
    // Not due yet: nothing is tried.
    CHECK(v.flush().waiting == 0);
    CHECK(v.message(queued.messageUuids.constFirst()).attempts == 1);
    // Due, still down: the wait doubles.
    v.t.clock().advance(Outbox::backoffMs(1));
    down = v.flush();
    CHECK(down.waiting == 2);
    CHECK(v.message(queued.messageUuids.constFirst()).attempts == 2);
    CHECK(Outbox::backoffMs(2) == 2 * Outbox::backoffMs(1));
    CHECK(Outbox::backoffMs(40) == 6LL * 3600 * 1000);

    sink.start();
    v.t.clock().advance(Outbox::backoffMs(2));
    const FlushReport up = v.flush();
    CHECK(up.sent == 2);
    CHECK(sink.messages().size() == 2);
    for (const QString &uuid : queued.messageUuids) {
        CHECK(v.message(uuid).status == OutboxStatus::Sent);
        CHECK(v.message(uuid).attempts == 3);
        CHECK(v.message(uuid).lastError.isEmpty());
    }
    CHECK(v.flush(Outbox::Which::Everything).sent == 0);
    CHECK(sink.messages().size() == 2);
}

TEST_CASE("Messages: a send interrupted by a stopped program is sent again only when the server never had it",
          "[messages]")
{
    Venue v;
    v.templates();
    SmtpSink sink;
    v.set(QStringLiteral("smtp.url"), sink.url());
    const QString aram = v.guest({QStringLiteral("Արամ"), QStringLiteral("Սարգսյան"), QStringLiteral("hy"),
                                  QStringLiteral("aram@example.am")});
    const QString nino = v.guest({QStringLiteral("ნინო"), QStringLiteral("ბერიძე"), QStringLiteral("ka"),
                                  QStringLiteral("nino@example.ge")});
    const QueuedCampaign queued = v.queue({aram, nino});
    // What a program killed mid-send leaves: one message 'sending' before the server had all of it,
    // one after.
    Statement before(v.t.db(),
                     QStringLiteral("UPDATE outbox SET status = 'sending', attempts = 1 WHERE uuid = ?"));
    REQUIRE(before.bind(queued.messageUuids.at(0)).exec().has_value());
    Statement after(v.t.db(), QStringLiteral("UPDATE outbox SET status = 'sending', attempts = 1, "
                                             "handed_over_at = 1 WHERE uuid = ?"));
    REQUIRE(after.bind(queued.messageUuids.at(1)).exec().has_value());

    const FlushReport report = v.flush();
    CHECK(report.recovered == 2);
    CHECK(report.sent == 1);
    REQUIRE(sink.messages().size() == 1);
    CHECK(sink.messages().constFirst().value(QStringLiteral("to_address")).toString()
          == QStringLiteral("aram@example.am"));
    CHECK(v.message(queued.messageUuids.at(0)).status == OutboxStatus::Sent);
    const OutboxMessage unknown = v.message(queued.messageUuids.at(1));
    CHECK(unknown.status == OutboxStatus::Unknown);
    CHECK_FALSE(unknown.lastError.isEmpty());
    // Never sent again by itself …
    CHECK(v.flush(Outbox::Which::Everything).sent == 0);
    CHECK(sink.messages().size() == 1);
    // … until a person says so.
    REQUIRE(Outbox(v.t.db()).resend(unknown.uuid).has_value());
    CHECK(v.flush().sent == 1);
    CHECK(sink.messages().size() == 2);
    CHECK_FALSE(Outbox(v.t.db()).markSent(unknown.uuid).has_value());
}

TEST_CASE("Messages: queued messages export as private .eml files for the venue's mail client", "[messages]")
{
    Venue v;
    v.templates();
    const QString aram = v.guest({QStringLiteral("Արամ"), QStringLiteral("Սարգսյան"), QStringLiteral("hy"),
                                  QStringLiteral("aram@example.am")});
    const QueuedCampaign queued = v.queue({aram});
    const QString folder = v.t.filePath(QStringLiteral("mail"));
    auto files = Outbox(v.t.db()).exportEml(folder);
    REQUIRE(files.has_value());
    REQUIRE(files->size() == 1);
    CHECK(files->constFirst().endsWith(queued.messageUuids.constFirst() + QStringLiteral(".eml")));
    CHECK(modeOf(files->constFirst()) == 0600);
    QFile file(files->constFirst());
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray eml = file.readAll();
    CHECK(eml.contains("To: =?UTF-8?B?"));
    const QByteArray messageId =
        "Message-ID: <" + v.message(queued.messageUuids.constFirst()).messageId.toUtf8() + ">\r\n";
    CHECK(eml.contains(messageId));
    CHECK(v.message(queued.messageUuids.constFirst()).status == OutboxStatus::Exported);
    // Exported messages are the mail client's now: a flush leaves them alone, and nothing is left to export.
    CHECK(Outbox(v.t.db()).exportEml(folder)->isEmpty());
}

TEST_CASE("Messages: headers are encoded words that never split a character", "[messages]")
{
    const QString subject = QString(40, QChar(0x0531)) + QStringLiteral(" გამარჯობა 🙂");
    const QByteArray words = encodedWords(subject);
    QString decoded;
    for (const QByteArray &line : words.split('\n')) {
        const QByteArray word = line.trimmed();
        CHECK(word.size() <= 75);
        REQUIRE(word.startsWith("=?UTF-8?B?"));
        REQUIRE(word.endsWith("?="));
        const QByteArray bytes = QByteArray::fromBase64(word.mid(10, word.size() - 12));
        const QString part = QString::fromUtf8(bytes);
        CHECK(part.toUtf8() == bytes); // each word is whole characters
        decoded += part;
    }
    CHECK(decoded == subject);
    CHECK(MailMessage::dateValue(QDateTime(QDate(2026, 1, 4), QTime(7, 5, 9), Qt::UTC).toMSecsSinceEpoch())
          == "Sun, 4 Jan 2026 07:05:09 +0000");
    MailAddress named = MailAddress::parse(QStringLiteral("\"Hotel \\\"Ararat\\\"\" <desk@ararat.am>"));
    CHECK(named.name == QStringLiteral("Hotel \"Ararat\""));
    CHECK(named.headerValue() == "\"Hotel \\\"Ararat\\\"\" <desk@ararat.am>");
    MailMessage mail;
    mail.from = MailAddress::parse(QStringLiteral("desk@ararat.am"));
    mail.to = {QStringLiteral("Evil\r\nBcc: x@y.z"), QStringLiteral("a@b.c")};
    mail.subject = QStringLiteral("Hi\r\nBcc: x@y.z");
    mail.body = QStringLiteral("line 1\nline 2");
    mail.messageId = QStringLiteral("1@ararat.am");
    const QByteArray bytes = mail.bytes();
    CHECK_FALSE(bytes.contains("\r\nBcc:"));
}
