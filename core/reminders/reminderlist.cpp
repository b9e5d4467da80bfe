// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reminderlist.h"

#include "feedback/feedbackchannel.h"
#include "feedback/feedbackrepository.h"
#include "guests/guest.h"
#include "reminders/reminderkey.h"
#include "stays/staysthatcount.h"
#include "storage/database.h"
#include "storage/statement.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace innkeep {

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 HourMs = 3'600'000;
constexpr qint64 DayMs = 24 * HourMs;
constexpr int ExcerptLength = 60;
// Feedback to answer is the oldest first; beyond this many the list says no more (the Feedback page
// has them all).
constexpr int FeedbackLimit = 200;

// The guest's columns every query below reads, in this order, from `g`.
const QString GuestColumns =
    u"g.uuid, g.given_name, g.family_name, g.latin_given_name, g.latin_family_name"_s;
constexpr int GuestColumnCount = 5;

// A guest is loyal (a birthday greeting, a win-back call) with a loyalty tier, two stays or more that
// count, or a VIP level: the columns read after the guest's, from `g`, with the day bound once.
const QString LoyaltyColumns =
    u"g.vip_level, coalesce((SELECT c.tier FROM loyalty_tier_changes c WHERE c.guest_id = g.id "
    u"ORDER BY c.id DESC LIMIT 1), ''), (SELECT count(*) FROM stays sc WHERE sc.guest_id = g.id AND "_s
    + StaysThatCount::condition(u"sc"_s) + u")"_s;

struct Loyalty
{
    int vipLevel = 0;
    QString tier;
    qint64 stays = 0;
    [[nodiscard]] bool loyal() const { return !tier.isEmpty() || stays >= 2 || vipLevel > 0; }
};

QString nameAt(const Statement &row, int first)
{
    Guest guest;
    guest.givenName = row.text(first + 1);
    guest.familyName = row.text(first + 2);
    guest.latinGivenName = row.text(first + 3);
    guest.latinFamilyName = row.text(first + 4);
    return guest.displayName();
}

Loyalty loyaltyAt(const Statement &row, int first)
{
    return {int(row.integer(first)), row.text(first + 1), row.integer(first + 2)};
}

QString iso(const QDate &day)
{
    return day.toString(Qt::ISODate);
}

// The date `date` (a birthday, a wedding) comes round in `year`; 29 February is kept on the 28th in
// other years, so the greeting is never late.
QDate inYear(const QDate &date, int year)
{
    if (date.month() == 2 && date.day() == 29 && !QDate::isLeapYear(year))
        return QDate(year, 2, 28);
    return QDate(year, date.month(), date.day());
}

// The first time `date` comes round on or after `from` (never the date itself): invalid for none.
QDate nextOccasion(const QDate &date, const QDate &from)
{
    if (!date.isValid())
        return {};
    for (int year : {from.year(), from.year() + 1}) {
        const QDate occasion = inYear(date, year);
        if (occasion >= from && occasion > date)
            return occasion;
    }
    return {};
}

QString excerpt(const QString &text)
{
    const QString line = text.simplified();
    return line.size() <= ExcerptLength ? line : line.left(ExcerptLength - 1).trimmed() + u'…';
}

QString shortDate(const QDate &day)
{
    return QLocale().toString(day, u"d MMM yyyy"_s);
}

int kindRank(ReminderKind kind)
{
    switch (kind) {
    case ReminderKind::FollowUp: return 0;
    case ReminderKind::FeedbackAnswer: return 1;
    case ReminderKind::PreArrival: return 2;
    case ReminderKind::Birthday: return 3;
    case ReminderKind::Anniversary: return 4;
    case ReminderKind::Greeting: return 5;
    case ReminderKind::WinBack: return 6;
    }
    return 7;
}

} // namespace

struct ReminderList::Work
{
    QDate day;
    qint64 cutoffMs = 0; // "now" for the day: the clock's now today, the end of the day otherwise
    ReminderRules rules;
    QList<Reminder> reminders;
    QSet<QString> keys;

    void add(Reminder reminder)
    {
        if (keys.contains(reminder.key))
            return;
        keys.insert(reminder.key);
        reminders.append(std::move(reminder));
    }
    // "today", "tomorrow", "on 20 Jun 2026".
    [[nodiscard]] QString when(const QDate &occasion) const
    {
        if (occasion == day)
            return ReminderList::tr("today");
        if (occasion == day.addDays(1))
            return ReminderList::tr("tomorrow");
        return ReminderList::tr("on %1").arg(shortDate(occasion));
    }
    [[nodiscard]] ReminderUrgency urgencyOf(const QDate &occasion) const
    {
        return occasion <= day ? ReminderUrgency::Today : ReminderUrgency::Soon;
    }
};

Result<QList<Reminder>> ReminderList::forDay(const QDate &day)
{
    return forDay(day, ReminderRules::read(m_db));
}

Result<QList<Reminder>> ReminderList::forDay(const QDate &day, const ReminderRules &rules)
{
    if (!day.isValid())
        return fail(Error::Code::InvalidInput, tr("Give the day as YYYY-MM-DD."), u"date"_s);
    Work work;
    work.day = day;
    work.rules = rules;
    const qint64 endOfDay = QDateTime(day.addDays(1), QTime(0, 0)).toMSecsSinceEpoch();
    work.cutoffMs = day == m_db.clock().today() ? m_db.clock().nowMs() : endOfDay;
    for (auto step : {&ReminderList::followUps, &ReminderList::feedbackAnswers, &ReminderList::preArrivals,
                      &ReminderList::occasions, &ReminderList::greetings, &ReminderList::winBacks}) {
        if (auto ok = (this->*step)(work); !ok)
            return std::unexpected(ok.error());
    }
    if (auto ok = dropHandled(work); !ok)
        return std::unexpected(ok.error());
    std::stable_sort(work.reminders.begin(), work.reminders.end(), [](const Reminder &a, const Reminder &b) {
        if (a.urgency != b.urgency)
            return a.urgency < b.urgency;
        if (a.day != b.day)
            return a.day < b.day;
        if (a.kind != b.kind)
            return kindRank(a.kind) < kindRank(b.kind);
        if (a.guestName != b.guestName)
            return a.guestName.localeAwareCompare(b.guestName) < 0;
        return a.key < b.key;
    });
    return work.reminders;
}

// Birthdays and anniversaries falling in the next OccasionDays days during a stay of a guest in
// house or arriving: from the stays not yet over (stays_departure), so past stays are never read. (The
// `+` keep SQLite from walking stays_arrival, every stay ever, to save a sort of a few rows.)
Status ReminderList::occasions(Work &work)
{
    const QDate last = work.day.addDays(ReminderRules::OccasionDays);
    Statement q(m_db, u"SELECT s.uuid, s.arrival, s.departure, s.room, g.birthday, g.anniversary, "_s
                          + GuestColumns
                          + u" FROM stays s JOIN guests g ON g.id = s.guest_id WHERE s.departure >= ? AND "
                            u"+s.arrival <= ? AND s.status IN ('booked', 'in-house') AND (g.birthday IS NOT "
                            u"NULL OR g.anniversary IS NOT NULL) ORDER BY +s.arrival, +s.id"_s);
    if (auto ok = q.bind(iso(work.day), iso(last)).exec(); !ok)
        return ok;
    while (q.next()) {
        const QDate arrival = QDate::fromString(q.text(1), Qt::ISODate);
        const QDate departure = QDate::fromString(q.text(2), Qt::ISODate);
        const QString room = q.text(3);
        for (const ReminderKind kind : {ReminderKind::Birthday, ReminderKind::Anniversary}) {
            const QDate date = QDate::fromString(q.text(kind == ReminderKind::Birthday ? 4 : 5), Qt::ISODate);
            const QDate occasion = nextOccasion(date, work.day);
            if (!occasion.isValid() || occasion > last || occasion < arrival || occasion > departure)
                continue;
            Reminder r;
            r.kind = kind;
            r.action = ReminderAction::OpenGuest;
            r.urgency = work.urgencyOf(occasion);
            r.guestUuid = q.text(6);
            r.guestName = nameAt(q, 6);
            r.recordUuid = q.text(0);
            r.day = occasion;
            r.key = ReminderKey{kind, r.guestUuid, QString::number(occasion.year())}.text();
            const QString where = arrival <= work.day
                                      ? (room.isEmpty() ? tr("in house") : tr("in house, room %1").arg(room))
                                      : tr("arriving %1").arg(work.when(arrival));
            r.text =
                kind == ReminderKind::Birthday
                    ? tr("%1 has a birthday %2 during the stay (%3): prepare a card or a small surprise.")
                          .arg(r.guestName, work.when(occasion), where)
                    : tr("%1 has an anniversary %2 during the stay (%3): prepare a card or a small "
                         "surprise.")
                          .arg(r.guestName, work.when(occasion), where);
            work.add(std::move(r));
        }
    }
    return q.walked();
}

// Loyal guests' birthdays and anniversaries in the greeting days, when they are not staying then (a
// stay then makes it a birthday or anniversary reminder above). One pass over the guests comparing
// month and day.
Status ReminderList::greetings(Work &work)
{
    const QDate last = work.day.addDays(work.rules.greetingDays);
    QJsonArray monthDays;
    for (QDate d = work.day; d <= last; d = d.addDays(1)) {
        monthDays.append(d.toString(u"MM-dd"_s));
        if (d.month() == 2 && d.day() == 28 && !QDate::isLeapYear(d.year()))
            monthDays.append(u"02-29"_s);
    }
    const QString days = QString::fromUtf8(QJsonDocument(monthDays).toJson(QJsonDocument::Compact));
    Statement q(
        m_db,
        u"SELECT g.birthday, g.anniversary, "_s + GuestColumns + u", "_s + LoyaltyColumns
            + u" FROM guests g WHERE g.archived_at IS NULL AND g.blocked = 0 AND "
              u"((g.birthday IS NOT NULL AND substr(g.birthday, 6) IN (SELECT value FROM json_each(?))) OR "
              u"(g.anniversary IS NOT NULL AND substr(g.anniversary, 6) IN (SELECT value FROM "
              u"json_each(?))))"_s);
    if (auto ok = q.bind(iso(work.day), days, days).exec(); !ok)
        return ok;
    while (q.next()) {
        const Loyalty loyalty = loyaltyAt(q, 2 + GuestColumnCount);
        if (!loyalty.loyal())
            continue;
        for (const ReminderKind occasionKind : {ReminderKind::Birthday, ReminderKind::Anniversary}) {
            const bool birthday = occasionKind == ReminderKind::Birthday;
            const QDate occasion =
                nextOccasion(QDate::fromString(q.text(birthday ? 0 : 1), Qt::ISODate), work.day);
            if (!occasion.isValid() || occasion > last)
                continue;
            const QString guestUuid = q.text(2);
            const QString year = QString::number(occasion.year());
            if (work.keys.contains(ReminderKey{occasionKind, guestUuid, year}.text()))
                continue; // staying then: greeted in person
            Reminder r;
            r.kind = ReminderKind::Greeting;
            r.action = ReminderAction::SendGreeting;
            r.urgency = work.urgencyOf(occasion);
            r.guestUuid = guestUuid;
            r.guestName = nameAt(q, 2);
            r.day = occasion;
            r.key = ReminderKey{ReminderKind::Greeting, guestUuid,
                                (birthday ? u"birthday-"_s : u"anniversary-"_s) + year}
                        .text();
            const QString why =
                !loyalty.tier.isEmpty()
                    ? tr("%1 tier").arg(loyalty.tier)
                    : (loyalty.vipLevel > 0 ? tr("VIP") : tr("%n stays", nullptr, int(loyalty.stays)));
            r.text = birthday ? tr("Send %1 a birthday greeting %2 (a loyal guest: %3).")
                                    .arg(r.guestName, work.when(occasion), why)
                              : tr("Send %1 an anniversary greeting %2 (a loyal guest: %3).")
                                    .arg(r.guestName, work.when(occasion), why);
            work.add(std::move(r));
        }
    }
    return q.walked();
}

// Complaints resolved at least follow_up_hours ago, within the look-back days, not closed and with no
// follow-up logged (tickets_status, then the follow-ups of those few).
Status ReminderList::followUps(Work &work)
{
    const qint64 dueBefore = work.cutoffMs - qint64(work.rules.followUpHours) * HourMs;
    const qint64 notBefore =
        work.cutoffMs - qint64(work.rules.lookBackDays) * DayMs - qint64(work.rules.followUpHours) * HourMs;
    Statement q(m_db,
                u"SELECT t.uuid, t.description, t.resolved_at, t.room, "_s + GuestColumns
                    + u" FROM tickets t LEFT JOIN guests g ON g.id = t.guest_id WHERE t.status = "
                      u"'resolved' AND t.resolved_at <= ? AND t.resolved_at > ? AND NOT EXISTS (SELECT 1 "
                      u"FROM ticket_follow_ups f WHERE f.ticket_id = t.id) ORDER BY t.resolved_at, t.id"_s);
    if (auto ok = q.bind(dueBefore, notBefore).exec(); !ok)
        return ok;
    while (q.next()) {
        Reminder r;
        r.kind = ReminderKind::FollowUp;
        r.action = ReminderAction::FollowUpTicket;
        r.urgency = ReminderUrgency::Now;
        r.recordUuid = q.text(0);
        r.guestUuid = q.isNull(4) ? QString() : q.text(4);
        r.guestName = r.guestUuid.isEmpty() ? QString() : nameAt(q, 4);
        const qint64 resolvedAt = q.integer(2);
        r.day = QDateTime::fromMSecsSinceEpoch(resolvedAt + qint64(work.rules.followUpHours) * HourMs)
                    .toLocalTime()
                    .date();
        r.key = ReminderKey{ReminderKind::FollowUp, r.recordUuid, {}}.text();
        const QString resolved = shortDate(QDateTime::fromMSecsSinceEpoch(resolvedAt).toLocalTime().date());
        r.text =
            r.guestUuid.isEmpty()
                ? tr("Follow up on the complaint \"%1\", resolved %2: ask whether all is well now.")
                      .arg(excerpt(q.text(1)), resolved)
                : tr("Call or see %1 about the complaint \"%2\", resolved %3: ask whether all is well now.")
                      .arg(r.guestName, excerpt(q.text(1)), resolved);
        work.add(std::move(r));
    }
    return q.walked();
}

// Loyal guests whose last stay (of any that count, bookings ahead included) ended win_back_months ago,
// up to WinBackDays before: from the stays that ended then (stays_departure), so a guest is on
// the list for those days after their absence reaches the months, not for ever.
Status ReminderList::winBacks(Work &work)
{
    const QDate lapsedBy = work.day.addMonths(-work.rules.winBackMonths);
    const QDate lapsedFrom = lapsedBy.addDays(-ReminderRules::WinBackDays);
    Statement q(m_db,
                u"SELECT s.uuid, s.departure, "_s + GuestColumns + u", "_s + LoyaltyColumns
                    + u" FROM stays s JOIN guests g ON g.id = s.guest_id WHERE s.departure > ? AND "
                      u"s.departure <= ? AND s.status NOT IN ('cancelled', 'no-show') AND g.archived_at "
                      u"IS NULL AND g.blocked = 0 AND NOT EXISTS (SELECT 1 FROM stays l WHERE l.guest_id "
                      u"= s.guest_id AND l.status NOT IN ('cancelled', 'no-show') AND (l.departure > "
                      u"s.departure OR (l.departure = s.departure AND l.id > s.id))) ORDER BY s.departure, "
                      u"s.id"_s);
    if (auto ok = q.bind(iso(work.day), iso(lapsedFrom), iso(lapsedBy)).exec(); !ok)
        return ok;
    while (q.next()) {
        const Loyalty loyalty = loyaltyAt(q, 2 + GuestColumnCount);
        if (!loyalty.loyal())
            continue;
        const QDate left = QDate::fromString(q.text(1), Qt::ISODate);
        Reminder r;
        r.kind = ReminderKind::WinBack;
        r.action = ReminderAction::OpenGuest;
        r.urgency = ReminderUrgency::Later;
        r.recordUuid = q.text(0);
        r.guestUuid = q.text(2);
        r.guestName = nameAt(q, 2);
        r.day = left.addMonths(work.rules.winBackMonths);
        r.key = ReminderKey{ReminderKind::WinBack, r.guestUuid, r.recordUuid}.text();
        const QString who = !loyalty.tier.isEmpty() ? tr("%1 tier").arg(loyalty.tier)
                                                    : tr("%n stays", nullptr, int(loyalty.stays));
        r.text = tr("%1 (%2) has not stayed with us for %n months, since %3: get in touch to win them back.",
                    nullptr, work.rules.winBackMonths)
                     .arg(r.guestName, who, shortDate(left));
        work.add(std::move(r));
    }
    return q.walked();
}

// Arrivals tomorrow (and today's not yet checked in) of guests with critical preferences.
Status ReminderList::preArrivals(Work &work)
{
    const QDate tomorrow = work.day.addDays(1);
    Statement q(
        m_db, u"SELECT s.uuid, s.arrival, s.room, "_s + GuestColumns
                  + u", (SELECT json_group_array(v) FROM (SELECT CASE WHEN p.detail = '' THEN p.value ELSE "
                    u"p.value || ' (' || p.detail || ')' END AS v FROM preferences p WHERE p.guest_id = g.id "
                    u"AND p.critical = 1 ORDER BY p.category, p.value_key)) FROM stays s JOIN guests g ON "
                    u"g.id = s.guest_id WHERE s.arrival IN (?, ?) AND (s.status = 'booked' OR (s.arrival = ? "
                    u"AND s.status = 'in-house')) AND EXISTS (SELECT 1 FROM preferences c WHERE c.guest_id = "
                    u"g.id AND c.critical = 1) ORDER BY s.arrival, s.id"_s);
    if (auto ok = q.bind(iso(work.day), iso(tomorrow), iso(tomorrow)).exec(); !ok)
        return ok;
    while (q.next()) {
        const QDate arrival = QDate::fromString(q.text(1), Qt::ISODate);
        QStringList needs;
        for (const QJsonValue &value : QJsonDocument::fromJson(q.text(8).toUtf8()).array())
            needs.append(value.toString());
        Reminder r;
        r.kind = ReminderKind::PreArrival;
        r.action = ReminderAction::PrepareArrival;
        r.urgency = ReminderUrgency::Today;
        r.recordUuid = q.text(0);
        r.guestUuid = q.text(3);
        r.guestName = nameAt(q, 3);
        r.day = arrival;
        r.key = ReminderKey{ReminderKind::PreArrival, r.recordUuid, {}}.text();
        const QString list = needs.join(u"; "_s);
        r.text = q.text(2).isEmpty()
                     ? tr("Prepare for %1 arriving %2: %3.").arg(r.guestName, work.when(arrival), list)
                     : tr("Prepare room %1 for %2 arriving %3: %4.")
                           .arg(q.text(2), r.guestName, work.when(arrival), list);
        work.add(std::move(r));
    }
    return q.walked();
}

// Feedback that needs attention by the Feedback page's own rule (FeedbackRepository: a low rating or
// low sentiment, no answer, no ticket), received in the look-back days, oldest first.
Status ReminderList::feedbackAnswers(Work &work)
{
    FeedbackQuery query;
    query.needsAttentionOnly = true;
    query.receivedFrom = work.cutoffMs - qint64(work.rules.lookBackDays) * DayMs;
    query.receivedTo = work.cutoffMs;
    query.sortBy = FeedbackQuery::SortBy::Received;
    query.reversed = true; // oldest first: the longest waiting
    query.limit = FeedbackLimit;
    auto entries = FeedbackRepository(m_db).list(query);
    if (!entries)
        return std::unexpected(entries.error());
    for (const FeedbackEntry &entry : std::as_const(*entries)) {
        Reminder r;
        r.kind = ReminderKind::FeedbackAnswer;
        r.action = ReminderAction::AnswerFeedback;
        r.urgency = ReminderUrgency::Now;
        r.recordUuid = entry.uuid;
        r.guestUuid = entry.guestUuid;
        r.guestName = entry.guestName;
        r.day = QDateTime::fromMSecsSinceEpoch(entry.receivedAt).toLocalTime().date();
        r.key = ReminderKey{ReminderKind::FeedbackAnswer, entry.uuid, {}}.text();
        const QString said =
            entry.text.trimmed().isEmpty() ? tr("a low rating") : QString(u'"' + excerpt(entry.text) + u'"');
        const QString channel = entry.channel == FeedbackChannel::ReviewSite && !entry.site.isEmpty()
                                    ? entry.site
                                    : feedbackChannelLabel(entry.channel);
        r.text = r.guestName.isEmpty()
                     ? tr("Answer the feedback of %1 (%2): %3.").arg(shortDate(r.day), channel, said)
                     : tr("Answer %1's feedback of %2 (%3): %4.")
                           .arg(r.guestName, shortDate(r.day), channel, said);
        work.add(std::move(r));
    }
    return {};
}

// Leaves out what staff marked done, and what they snoozed until a day after this one.
Status ReminderList::dropHandled(Work &work)
{
    if (work.reminders.isEmpty())
        return {};
    QJsonArray keys;
    for (const Reminder &r : std::as_const(work.reminders))
        keys.append(r.key);
    Statement q(m_db, u"SELECT reminder_key FROM reminder_actions WHERE reminder_key IN (SELECT value FROM "
                      u"json_each(?)) AND (state = 'done' OR snoozed_until > ?)"_s);
    if (auto ok = q.bind(QString::fromUtf8(QJsonDocument(keys).toJson(QJsonDocument::Compact)), iso(work.day))
                      .exec();
        !ok)
        return ok;
    QSet<QString> handled;
    while (q.next())
        handled.insert(q.text(0));
    if (auto ok = q.walked(); !ok)
        return ok;
    work.reminders.removeIf([&](const Reminder &r) { return handled.contains(r.key); });
    return {};
}

} // namespace innkeep
