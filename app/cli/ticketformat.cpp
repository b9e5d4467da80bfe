// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketformat.h"

#include "common/textfield.h"
#include "common/uuid.h"
#include "feedback/feedbackrepository.h"
#include "jsonformat.h"
#include "storage/clock.h"
#include "tickets/ticketrepository.h"

#include <limits>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>

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
Result<Enum> fromToken(const QString &option, const QString &text, std::initializer_list<Enum> values, ToToken toToken)
{
    const QString token = text.trimmed().toLower();
    QStringList tokens;
    for (Enum value : values) {
        if (toToken(value) == token)
            return value;
        tokens.append(toToken(value));
    }
    return std::unexpected(TicketFormat::optionError(
        option,
        TicketFormat::tr("\"%1\" is not one of %2.").arg(TextField::quoted(text), tokens.join(u", "_s))));
}

} // namespace

Error TicketFormat::optionError(const QString &option, const QString &message)
{
    return Error{Error::Code::InvalidInput, message, u"--"_s + option, {}, 0};
}

Result<TicketStatus> TicketFormat::status(const QString &option, const QString &token)
{
    using S = TicketStatus;
    return fromToken(option, token,
                     {S::New, S::Acknowledged, S::InProgress, S::WaitingGuest, S::WaitingDepartment, S::Resolved, S::Closed},
                     ticketStatusToken);
}

Result<TicketSeverity> TicketFormat::severity(const QString &option, const QString &token)
{
    using S = TicketSeverity;
    return fromToken(option, token, {S::Low, S::Medium, S::High, S::Critical}, ticketSeverityToken);
}

Result<TicketOutcome> TicketFormat::outcome(const QString &option, const QString &token)
{
    return fromToken(option, token, {TicketOutcome::Recovered, TicketOutcome::Lost}, ticketOutcomeToken);
}

Result<FeedbackChannel> TicketFormat::feedbackChannel(const QString &option, const QString &token)
{
    using C = FeedbackChannel;
    return fromToken(option, token,
                     {C::InPerson, C::CommentCard, C::Survey, C::Email, C::Phone, C::ReviewSite, C::Social},
                     feedbackChannelToken);
}

Result<FollowUp::Channel> TicketFormat::followUpChannel(const QString &option, const QString &token)
{
    using C = FollowUp::Channel;
    return fromToken(option, token, {C::InPerson, C::Phone, C::Email, C::Sms, C::Letter, C::Other},
                     FollowUp::channelToken);
}

Result<Compensation::Kind> TicketFormat::compensationKind(const QString &option, const QString &token)
{
    using K = Compensation::Kind;
    return fromToken(option, token, {K::Discount, K::Refund, K::Upgrade, K::Amenity, K::Other}, Compensation::kindToken);
}

Result<int> TicketFormat::positiveNumber(const QString &option, const QString &text)
{
    bool ok = false;
    const int n = text.trimmed().toInt(&ok);
    if (!ok || n <= 0)
        return std::unexpected(
            optionError(option, tr("\"%1\" is not a whole number above 0.").arg(TextField::quoted(text))));
    return n;
}

Result<QString> TicketFormat::uuid(const QString &option, const QString &text)
{
    const QString id = text.trimmed().toLower();
    if (!isUuid(id))
        return std::unexpected(optionError(
            option, tr("\"%1\" is not an id (a uuid such as 0f5a6cf9-52b3-461a-8499-23b60be062f9).")
                        .arg(TextField::quoted(text))));
    return id;
}

Result<qint64> TicketFormat::duration(const QString &option, const QString &text)
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

Result<qint64> TicketFormat::instant(const QString &option, const QString &text, const Clock &clock)
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

int TicketFormat::currencyDigits(const QString &currency)
{
    static const QStringList none{u"BIF"_s, u"CLP"_s, u"DJF"_s, u"GNF"_s, u"ISK"_s, u"JPY"_s, u"KMF"_s, u"KRW"_s,
                                  u"PYG"_s, u"RWF"_s, u"UGX"_s, u"UYI"_s, u"VND"_s, u"VUV"_s, u"XAF"_s, u"XOF"_s,
                                  u"XPF"_s};
    static const QStringList three{u"BHD"_s, u"IQD"_s, u"JOD"_s, u"KWD"_s, u"LYD"_s, u"OMR"_s, u"TND"_s};
    if (none.contains(currency))
        return 0;
    if (three.contains(currency))
        return 3;
    return 2;
}

Result<qint64> TicketFormat::amountMinor(const QString &option, const QString &text, const QString &currency)
{
    static const QRegularExpression pattern(u"^(\\d{1,13})(?:[.,](\\d+))?$"_s);
    const auto m = pattern.match(text.trimmed());
    if (!m.hasMatch())
        return std::unexpected(optionError(
            option, tr("\"%1\" is not an amount such as 25 or 12.50.").arg(TextField::quoted(text))));
    const int digits = currencyDigits(currency);
    const QString fraction = m.captured(2);
    if (fraction.size() > digits)
        return std::unexpected(optionError(
            option, digits == 0 ? tr("\"%1\": %2 has no minor unit; give a whole amount.")
                                      .arg(TextField::quoted(text), currency)
                                : tr("\"%1\" has more than %2 decimals, the most %3 has.")
                                      .arg(TextField::quoted(text), QString::number(digits), currency)));
    qint64 minor = m.captured(1).toLongLong();
    for (int i = 0; i < digits; ++i)
        minor *= 10;
    const QString padded = fraction.leftJustified(digits, u'0');
    if (!padded.isEmpty())
        minor += padded.toLongLong();
    return minor;
}

QString TicketFormat::money(qint64 minor, const QString &currency)
{
    const int digits = currencyDigits(currency);
    const QString sign = minor < 0 ? u"-"_s : QString();
    const qint64 amount = minor < 0 ? -minor : minor;
    qint64 unit = 1;
    for (int i = 0; i < digits; ++i)
        unit *= 10;
    QString text = sign + QString::number(amount / unit);
    if (digits > 0)
        text += u'.' + QString::number(amount % unit).rightJustified(digits, u'0');
    return text + u' ' + currency;
}

QString TicketFormat::localTime(std::optional<qint64> ms)
{
    if (!ms)
        return u"—"_s;
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(*ms).toLocalTime(), QLocale::ShortFormat);
}

QString TicketFormat::span(qint64 ms)
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

SlaState TicketFormat::overallState(const SlaReading &reading)
{
    const auto rank = [](SlaState s) {
        switch (s) {
        case SlaState::Overdue: return 4;
        case SlaState::DueSoon: return 3;
        case SlaState::Running: return 2;
        case SlaState::Paused: return 1;
        default: return 0;
        }
    };
    std::optional<SlaState> pending;
    for (const SlaTarget *target : {&reading.acknowledge, &reading.resolve}) {
        if (target->pending() && (!pending || rank(target->state) > rank(*pending)))
            pending = target->state;
    }
    return pending ? *pending : reading.resolve.state;
}

std::optional<qint64> TicketFormat::dueTime(const SlaReading &reading)
{
    return reading.dueAtMs();
}

QString TicketFormat::stateLabel(SlaState state)
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

QJsonObject TicketFormat::toJson(const ComplaintTicket &ticket)
{
    // row ids are internal; the uuids follow
    QJsonObject object = columnsJson(TicketRepository::rowOf(ticket),
                                     [](const QString &column) { return isRowId(column) || column == u"sla_policy"_s; });
    object.insert(u"guest_uuid"_s, uuidOrNull(ticket.guestUuid));
    object.insert(u"guest_name"_s, ticket.guestName);
    object.insert(u"stay_uuid"_s, uuidOrNull(ticket.stayUuid));
    object.insert(u"feedback_uuid"_s, uuidOrNull(ticket.feedbackUuid));
    object.insert(u"sla_policy"_s, QJsonDocument::fromJson(ticket.sla.toJson().toUtf8()).object());
    return object;
}

QJsonObject TicketFormat::toJson(const ComplaintTicket &ticket, const SlaReading &reading)
{
    QJsonObject object = toJson(ticket);
    object.insert(u"sla_state"_s, slaStateToken(overallState(reading)));
    object.insert(u"sla_due_at"_s, optionalMs(dueTime(reading)));
    return object;
}

QJsonObject TicketFormat::toJson(const SlaReading &reading)
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
    return {{u"state"_s, slaStateToken(overallState(reading))},
            {u"due_at"_s, optionalMs(reading.dueAtMs())},
            {u"due_soon_at"_s, optionalMs(reading.dueSoonAtMs())},
            {u"quiet_now"_s, reading.quietNow},
            {u"acknowledge"_s, target(reading.acknowledge)},
            {u"resolve"_s, target(reading.resolve)}};
}

QJsonObject TicketFormat::toJson(const TicketEvent &event)
{
    return columnsJson(TicketRepository::rowOf(event), isTicketRowId);
}

QJsonObject TicketFormat::toJson(const Compensation &compensation)
{
    return columnsJson(TicketRepository::rowOf(compensation), isTicketRowId);
}

QJsonObject TicketFormat::toJson(const FollowUp &followUp)
{
    return columnsJson(TicketRepository::rowOf(followUp), isTicketRowId);
}

QJsonObject TicketFormat::toJson(const FeedbackEntry &entry)
{
    QJsonObject object = columnsJson(FeedbackRepository::rowOf(entry), isRowId);
    object.insert(u"public"_s, entry.isPublic);
    object.insert(u"rating_text"_s, entry.rating ? QJsonValue(entry.rating->toString()) : QJsonValue(QJsonValue::Null));
    object.insert(u"guest_uuid"_s, uuidOrNull(entry.guestUuid));
    object.insert(u"guest_name"_s, entry.guestName);
    object.insert(u"stay_uuid"_s, uuidOrNull(entry.stayUuid));
    object.insert(u"ticket_uuid"_s, uuidOrNull(entry.ticketUuid));
    object.insert(u"low_rating"_s, entry.lowRating);
    object.insert(u"needs_attention"_s, entry.needsAttention);
    return object;
}

QString TicketFormat::from(const ComplaintTicket &ticket)
{
    QStringList parts;
    if (!ticket.guestName.isEmpty())
        parts.append(ticket.guestName);
    if (!ticket.room.isEmpty())
        parts.append(tr("room %1").arg(ticket.room));
    return parts.isEmpty() ? u"—"_s : parts.join(u", "_s);
}

QString TicketFormat::line(const ComplaintTicket &ticket, const SlaReading &reading)
{
    const SlaState state = overallState(reading);
    QString sla = stateLabel(state);
    if (const auto due = dueTime(reading))
        sla = tr("%1 (due %2)").arg(sla, localTime(due));
    QString text = ticket.description.simplified();
    if (text.size() > 60)
        text = text.left(59) + u'…';
    return u"%1  %2  %3  %4  %5  %6  %7"_s.arg(ticket.uuid, ticketSeverityLabel(ticket.severity),
                                                   ticketStatusLabel(ticket.status), sla, from(ticket), ticket.category,
                                                   text);
}

} // namespace innkeep::cli
