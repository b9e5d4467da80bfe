// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketconsoleformat.h"

#include "analysisconsoleformat.h"
#include "common/clock.h"
#include "common/money.h"
#include "common/textfield.h"
#include "common/uuid.h"
#include "feedback/feedbackservice.h"
#include "jsonformat.h"
#include "tickets/ticketservice.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>

#include <limits>

namespace innkeep::cli {

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 MinuteMs = 60 * 1000;
constexpr qint64 HourMs = 60 * MinuteMs;
constexpr qint64 DayMs = 24 * HourMs;
constexpr qint64 MaxDurationMs = 3660 * DayMs; // ten years: plenty, and far from overflow

QJsonValue optionalMs(std::optional<qint64> ms)
{
    return ms ? QJsonValue(*ms) : QJsonValue(QJsonValue::Null);
}

QJsonValue uuidOrNull(const QString &uuid)
{
    return uuid.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(uuid);
}

// Rows of a ticket's events, compensations and follow-ups: the ticket's row id is internal.
bool isTicketRowId(const QString &column)
{
    return column == u"ticket_id"_s;
}

bool isRowId(const QString &column)
{
    return column.endsWith(u"_id"_s);
}

template<typename Enum, typename ToToken>
Result<Enum> fromToken(const QString &option, const QString &text, std::initializer_list<Enum> values,
                       ToToken toToken)
{
    const QString token = text.trimmed().toLower();
    QStringList tokens;
    for (Enum value : values) {
        if (toToken(value) == token)
            return value;
        tokens.append(toToken(value));
    }
    return std::unexpected(
        TicketConsoleFormat::optionError(option, TicketConsoleFormat::tr("\"%1\" is not one of %2.")
                                                     .arg(TextField::quoted(text), tokens.join(u", "_s))));
}

} // namespace

Error TicketConsoleFormat::optionError(const QString &option, const QString &message)
{
    return Error{Error::Code::InvalidInput, message, u"--"_s + option, {}, 0};
}

Result<TicketStatus> TicketConsoleFormat::status(const QString &option, const QString &token)
{
    using S = TicketStatus;
    return fromToken(option, token,
                     {S::New, S::Acknowledged, S::InProgress, S::WaitingGuest, S::WaitingDepartment,
                      S::Resolved, S::Closed},
                     ticketStatusToken);
}

Result<TicketSeverity> TicketConsoleFormat::severity(const QString &option, const QString &token)
{
    using S = TicketSeverity;
    return fromToken(option, token, {S::Low, S::Medium, S::High, S::Critical}, ticketSeverityToken);
}

Result<TicketOutcome> TicketConsoleFormat::outcome(const QString &option, const QString &token)
{
    return fromToken(option, token, {TicketOutcome::Recovered, TicketOutcome::Lost}, ticketOutcomeToken);
}

Result<FeedbackChannel> TicketConsoleFormat::feedbackChannel(const QString &option, const QString &token)
{
    using C = FeedbackChannel;
    return fromToken(option, token,
                     {C::InPerson, C::CommentCard, C::Survey, C::Email, C::Phone, C::ReviewSite, C::Social},
                     feedbackChannelToken);
}

Result<FollowUp::Channel> TicketConsoleFormat::followUpChannel(const QString &option, const QString &token)
{
    using C = FollowUp::Channel;
    return fromToken(option, token, {C::InPerson, C::Phone, C::Email, C::Sms, C::Letter, C::Other},
                     FollowUp::channelToken);
}

Result<Compensation::Kind> TicketConsoleFormat::compensationKind(const QString &option, const QString &token)
{
    using K = Compensation::Kind;
    return fromToken(option, token, {K::Discount, K::Refund, K::Upgrade, K::Amenity, K::Other},
                     Compensation::kindToken);
}

Result<int> TicketConsoleFormat::positiveNumber(const QString &option, const QString &text)
{
    bool ok = false;
    const int n = text.trimmed().toInt(&ok);
    if (!ok || n <= 0)
        return std::unexpected(
            optionError(option, tr("\"%1\" is not a whole number above 0.").arg(TextField::quoted(text))));
    return n;
}

Result<QString> TicketConsoleFormat::uuid(const QString &option, const QString &text)
{
    const QString id = text.trimmed().toLower();
    if (!isUuid(id))
        return std::unexpected(optionError(
            option, tr("\"%1\" is not an id (a uuid such as 0f5a6cf9-52b3-461a-8499-23b60be062f9).")
                        .arg(TextField::quoted(text))));
    return id;
}

Result<qint64> TicketConsoleFormat::duration(const QString &option, const QString &text)
{
    static const QRegularExpression whole(u"^(?:\\d+[dhm])+$"_s);
    static const QRegularExpression part(u"(\\d+)([dhm])"_s);
    const QString compact = text.trimmed().toLower().remove(u' ');
    const auto bad = [&] {
        return std::unexpected(optionError(
            option,
            tr("\"%1\" is not a duration such as 30m, 2h, 1d or 1h30m.").arg(TextField::quoted(text))));
    };
    if (!whole.match(compact).hasMatch())
        return bad();
    qint64 total = 0;
    for (auto it = part.globalMatch(compact); it.hasNext();) {
        const auto m = it.next();
        bool ok = false;
        const qint64 n = m.captured(1).toLongLong(&ok);
        if (!ok || n > MaxDurationMs / MinuteMs)
            return bad();
        const QChar unit = m.captured(2).at(0);
        total += n * (unit == u'd' ? DayMs : unit == u'h' ? HourMs : MinuteMs);
        if (total > MaxDurationMs)
            return bad();
    }
    if (total <= 0)
        return bad();
    return total;
}

Result<qint64> TicketConsoleFormat::instant(const QString &option, const QString &text, const Clock &clock)
{
    static const QRegularExpression timeOfDay(u"^(\\d{1,2}):(\\d{2})$"_s);
    static const QRegularExpression looksLikeDuration(u"^[\\d\\s]+[dhm]"_s);
    const QString value = text.trimmed();
    const qint64 now = clock.nowMs();

    if (const auto m = timeOfDay.match(value); m.hasMatch()) {
        const QTime time(m.captured(1).toInt(), m.captured(2).toInt());
        if (!time.isValid())
            return std::unexpected(
                optionError(option, tr("\"%1\" is not a time of day.").arg(TextField::quoted(text))));
        const QDate today = clock.today();
        QDateTime at(today, time, Qt::LocalTime);
        if (at.toMSecsSinceEpoch() > now) // the shift started yesterday
            at = QDateTime(today.addDays(-1), time, Qt::LocalTime);
        return at.toMSecsSinceEpoch();
    }
    if (looksLikeDuration.match(value.toLower()).hasMatch()) {
        auto back = duration(option, value);
        if (!back)
            return std::unexpected(back.error());
        return now - *back;
    }
    QString iso = value;
    if (iso.size() > 10 && iso.at(10) == u' ')
        iso[10] = u'T';
    QDateTime at = QDateTime::fromString(iso, Qt::ISODate);
    if (!at.isValid()) {
        const QDate date = QDate::fromString(iso, Qt::ISODate);
        if (date.isValid())
            at = QDateTime(date, QTime(0, 0), Qt::LocalTime);
    }
    if (!at.isValid())
        return std::unexpected(optionError(option, tr("\"%1\" is not a time: use 2026-06-15T08:00, 08:00 "
                                                      "(today) or a duration back from now such as 8h.")
                                                       .arg(TextField::quoted(text))));
    return at.toMSecsSinceEpoch();
}

Result<qint64> TicketConsoleFormat::amountMinor(const QString &option, const QString &text,
                                                const QString &currency)
{
    auto money = Money::parse(u"--"_s + option, text, currency);
    if (!money)
        return std::unexpected(money.error());
    return money->minor();
}

QString TicketConsoleFormat::money(qint64 minor, const QString &currency)
{
    return Money(minor, currency).amountText() + u' ' + currency;
}

QString TicketConsoleFormat::localTime(std::optional<qint64> ms)
{
    if (!ms)
        return u"—"_s;
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(*ms).toLocalTime(), QLocale::ShortFormat);
}

QString TicketConsoleFormat::span(qint64 ms)
{
    const qint64 minutes = std::abs(ms) / MinuteMs;
    const qint64 days = minutes / (24 * 60);
    const qint64 hours = (minutes / 60) % 24;
    const qint64 mins = minutes % 60;
    if (days > 0)
        return hours == 0 ? tr("%1d").arg(days) : tr("%1d %2h").arg(days).arg(hours);
    if (hours > 0)
        return mins == 0 ? tr("%1h").arg(hours) : tr("%1h %2m").arg(hours).arg(mins);
    return tr("%1m").arg(mins);
}

SlaState TicketConsoleFormat::overallState(const SlaReading &reading)
{
    return reading.headline().state;
}

std::optional<qint64> TicketConsoleFormat::dueTime(const SlaReading &reading)
{
    return reading.headline().dueAtMs;
}

QString TicketConsoleFormat::stateLabel(SlaState state)
{
    switch (state) {
    case SlaState::Running: return tr("on time");
    case SlaState::DueSoon: return tr("due soon");
    case SlaState::Overdue: return tr("OVERDUE");
    case SlaState::Paused: return tr("paused");
    case SlaState::Met: return tr("met");
    case SlaState::Breached: return tr("breached");
    }
    return QString();
}

QJsonObject TicketConsoleFormat::toJson(const ComplaintTicket &ticket)
{
    // row ids are internal; the uuids follow
    QJsonObject object = columnsJson(TicketService::storedRow(ticket), [](const QString &column) {
        return isRowId(column) || column == u"sla_policy"_s;
    });
    object.insert(u"guest_uuid"_s, uuidOrNull(ticket.guestUuid));
    object.insert(u"guest_name"_s, ticket.guestName);
    object.insert(u"stay_uuid"_s, uuidOrNull(ticket.stayUuid));
    object.insert(u"feedback_uuid"_s, uuidOrNull(ticket.feedbackUuid));
    object.insert(u"sla_policy"_s, QJsonDocument::fromJson(ticket.sla.toJson().toUtf8()).object());
    return object;
}

QJsonObject TicketConsoleFormat::toJson(const ComplaintTicket &ticket, const SlaReading &reading)
{
    QJsonObject object = toJson(ticket);
    object.insert(u"sla_state"_s, slaStateToken(overallState(reading)));
    object.insert(u"sla_due_at"_s, optionalMs(dueTime(reading)));
    return object;
}

QJsonObject TicketConsoleFormat::toJson(const SlaReading &reading)
{
    const auto target = [](const SlaTarget &t) {
        return QJsonObject{{u"state"_s, slaStateToken(t.state)},
                           {u"budget_ms"_s, t.budgetMs},
                           {u"elapsed_ms"_s, t.elapsedMs},
                           {u"remaining_ms"_s, t.remainingMs()},
                           {u"due_at"_s, optionalMs(t.dueAtMs)},
                           {u"due_soon_at"_s, optionalMs(t.dueSoonAtMs)},
                           {u"achieved_at"_s, optionalMs(t.achievedAtMs)}};
    };
    return {
        {u"state"_s, slaStateToken(overallState(reading))},    {u"due_at"_s, optionalMs(reading.dueAtMs())},
        {u"due_soon_at"_s, optionalMs(reading.dueSoonAtMs())}, {u"quiet_now"_s, reading.quietNow},
        {u"acknowledge"_s, target(reading.acknowledge)},       {u"resolve"_s, target(reading.resolve)}};
}

QJsonObject TicketConsoleFormat::toJson(const TicketEvent &event)
{
    return columnsJson(TicketService::storedRow(event), isTicketRowId);
}

QJsonObject TicketConsoleFormat::toJson(const Compensation &compensation)
{
    return columnsJson(TicketService::storedRow(compensation), isTicketRowId);
}

QJsonObject TicketConsoleFormat::toJson(const FollowUp &followUp)
{
    return columnsJson(TicketService::storedRow(followUp), isTicketRowId);
}

QJsonObject TicketConsoleFormat::toJson(const FeedbackEntry &entry)
{
    QJsonObject object = columnsJson(FeedbackService::storedRow(entry), isRowId);
    object.insert(u"public"_s, entry.isPublic);
    object.insert(u"rating_text"_s,
                  entry.rating ? QJsonValue(entry.rating->toString()) : QJsonValue(QJsonValue::Null));
    object.insert(u"score_of_10"_s,
                  entry.rating ? QJsonValue(entry.rating->outOfTen()) : QJsonValue(QJsonValue::Null));
    object.insert(u"guest_uuid"_s, uuidOrNull(entry.guestUuid));
    object.insert(u"guest_name"_s, entry.guestName);
    object.insert(u"stay_uuid"_s, uuidOrNull(entry.stayUuid));
    object.insert(u"ticket_uuid"_s, uuidOrNull(entry.ticketUuid));
    object.insert(u"low_rating"_s, entry.lowRating);
    object.insert(u"needs_attention"_s, entry.needsAttention);
    // The analysis as people see it: the staff's correction where there is one. Scores rounded to
    // 2 decimals as in `innkeep-cli analyze`; "sentiment" null while the entry is not analysed.
    const bool analysed = entry.analyserVersion > 0;
    object.insert(u"sentiment"_s, analysed ? QJsonValue(AnalysisConsoleFormat::rounded(entry.analysis.score))
                                           : QJsonValue(QJsonValue::Null));
    object.insert(u"label"_s, sentimentLabelToken(entry.effectiveLabel()));
    object.insert(u"topics"_s, AnalysisConsoleFormat::topicsJson(entry.effectiveTopics()));
    object.insert(u"low_sentiment"_s, entry.lowSentiment);
    return object;
}

QString TicketConsoleFormat::from(const ComplaintTicket &ticket)
{
    QStringList parts;
    if (!ticket.guestName.isEmpty())
        parts.append(ticket.guestName);
    if (!ticket.room.isEmpty())
        parts.append(tr("room %1").arg(ticket.room));
    return parts.isEmpty() ? u"—"_s : parts.join(u", "_s);
}

QString TicketConsoleFormat::line(const ComplaintTicket &ticket, const SlaReading &reading)
{
    const SlaState state = overallState(reading);
    QString sla = stateLabel(state);
    if (const auto due = dueTime(reading))
        sla = tr("%1 (due %2)").arg(sla, localTime(due));
    QString text = ticket.description.simplified();
    if (text.size() > 60)
        text = text.left(59) + u'…';
    return u"%1  %2  %3  %4  %5  %6  %7"_s.arg(ticket.uuid, ticketSeverityLabel(ticket.severity),
                                               ticketStatusLabel(ticket.status), sla, from(ticket),
                                               ticket.category, text);
}

} // namespace innkeep::cli
