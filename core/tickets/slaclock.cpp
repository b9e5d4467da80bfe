// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "slaclock.h"

#include <QDateTime>
#include <QHash>
#include <QTimeZone>

#include <algorithm>
#include <utility>

namespace innkeep {

namespace {

constexpr qint64 MinuteMs = 60 * 1000;

// Quiet hours are in venue-local time: either a named zone or this machine's local time.
class LocalTime
{
public:
    explicit LocalTime(const QByteArray &zoneId)
    {
        if (zoneId.isEmpty())
            return;
        // Building a QTimeZone reads the zone database; tickets are evaluated by the thousand.
        static thread_local QHash<QByteArray, QTimeZone> zones;
        auto it = zones.find(zoneId);
        if (it == zones.end())
            it = zones.insert(zoneId, QTimeZone(zoneId));
        m_zone = *it;
        m_named = m_zone.isValid();
    }
    [[nodiscard]] QDate dateOf(qint64 ms) const
    {
        return m_named ? QDateTime::fromMSecsSinceEpoch(ms, m_zone).date()
                       : QDateTime::fromMSecsSinceEpoch(ms, Qt::LocalTime).date();
    }
    [[nodiscard]] qint64 at(QDate date, int minute) const
    {
        const QTime time(minute / 60, minute % 60);
        return m_named ? QDateTime(date, time, m_zone).toMSecsSinceEpoch()
                       : QDateTime(date, time, Qt::LocalTime).toMSecsSinceEpoch();
    }

private:
    QTimeZone m_zone;
    bool m_named = false;
};

// The quiet interval [start, end) that contains `atMs` or is the next one after it.
std::pair<qint64, qint64> quietAround(const SlaPolicy &p, const LocalTime &local, qint64 atMs)
{
    QDate day = local.dateOf(atMs).addDays(-1);
    const bool spansMidnight = p.quietStartMinute > p.quietEndMinute;
    for (int i = 0; i < 4; ++i, day = day.addDays(1)) {
        const qint64 start = local.at(day, p.quietStartMinute);
        const qint64 end = local.at(spansMidnight ? day.addDays(1) : day, p.quietEndMinute);
        if (end > atMs)
            return {start, std::max(start, end)};
    }
    return {atMs + 2 * 24 * 60 * MinuteMs, atMs + 2 * 24 * 60 * MinuteMs}; // unreachable in practice
}

bool countsForAcknowledge(TicketStatus s)
{
    return s == TicketStatus::New;
}

bool countsForResolve(TicketStatus s)
{
    return s == TicketStatus::New || s == TicketStatus::Acknowledged || s == TicketStatus::InProgress;
}

struct Segment
{
    qint64 from;
    qint64 to; // == now for the current, open segment
    TicketStatus status;
    bool open;
};

// Walks the counting segments of one target. Achievement ends the walk.
SlaTarget evaluateTarget(const SlaPolicy &policy, const QList<Segment> &segments,
                         bool (*counts)(TicketStatus), std::optional<qint64> achievedAt, qint64 budgetMs,
                         qint64 dueSoonMs, qint64 nowMs)
{
    SlaTarget target;
    target.budgetMs = budgetMs;
    target.achievedAtMs = achievedAt;
    std::optional<qint64> passedAt; // the due instant, once a closed segment went past it
    bool runningNow = false;
    qint64 openStart = 0;
    qint64 usedBeforeOpen = 0;
    for (const Segment &s : segments) {
        if (!counts(s.status))
            continue;
        const qint64 before = target.elapsedMs;
        if (s.open && !achievedAt) {
            runningNow = true;
            openStart = s.from;
            usedBeforeOpen = before;
        } else if (!passedAt && before <= budgetMs) {
            const qint64 due = SlaClock::addBusinessMs(policy, s.from, budgetMs - before);
            if (due < s.to)
                passedAt = due;
        }
        target.elapsedMs += SlaClock::businessMsBetween(policy, s.from, s.to);
    }

    if (achievedAt) {
        target.state = passedAt ? SlaState::Breached : SlaState::Met;
        return target;
    }
    if (passedAt) {
        target.state = SlaState::Overdue;
        target.dueAtMs = passedAt;
        return target;
    }
    if (!runningNow) {
        target.state = SlaState::Paused;
        return target;
    }
    const qint64 left = budgetMs - usedBeforeOpen;
    target.dueAtMs = SlaClock::addBusinessMs(policy, openStart, left);
    target.dueSoonAtMs = SlaClock::addBusinessMs(policy, openStart, std::max<qint64>(0, left - dueSoonMs));
    if (nowMs > *target.dueAtMs)
        target.state = SlaState::Overdue;
    else if (nowMs >= *target.dueSoonAtMs)
        target.state = SlaState::DueSoon;
    else
        target.state = SlaState::Running;
    return target;
}

std::optional<qint64> earliest(std::optional<qint64> a, std::optional<qint64> b)
{
    if (a && b)
        return std::min(*a, *b);
    return a ? a : b;
}

} // namespace

QString slaStateToken(SlaState state)
{
    switch (state) {
    case SlaState::Running: return QStringLiteral("running");
    case SlaState::DueSoon: return QStringLiteral("due-soon");
    case SlaState::Overdue: return QStringLiteral("overdue");
    case SlaState::Paused: return QStringLiteral("paused");
    case SlaState::Met: return QStringLiteral("met");
    case SlaState::Breached: return QStringLiteral("breached");
    }
    return {};
}

std::optional<qint64> SlaReading::dueAtMs() const
{
    return earliest(acknowledge.dueAtMs, resolve.dueAtMs);
}

SlaHeadline SlaReading::headline() const
{
    using Target = SlaHeadline::Target;
    // The deadline the queue sorts by (tickets.due_at) is the one the ticket shows: the earliest
    // due instant of a pending target. Acknowledge first on a tie: it is the desk's next step.
    const std::pair<Target, const SlaTarget *> targets[] = {{Target::Acknowledge, &acknowledge},
                                                            {Target::Resolve, &resolve}};
    const std::pair<Target, const SlaTarget *> *timed = nullptr;
    for (const auto &entry : targets) {
        const SlaTarget &t = *entry.second;
        if (t.pending() && t.dueAtMs && (!timed || *t.dueAtMs < *timed->second->dueAtMs))
            timed = &entry;
    }
    if (timed) {
        const SlaTarget &t = *timed->second;
        return {timed->first, t.state, t.dueAtMs, *t.dueAtMs - atMs};
    }
    for (const auto &entry : targets) {
        const SlaTarget &t = *entry.second;
        if (t.pending() && t.state == SlaState::Paused)
            return {entry.first, SlaState::Paused, std::nullopt, t.remainingMs()};
    }
    return {Target::Resolve, resolve.state == SlaState::Breached ? SlaState::Breached : SlaState::Met,
            std::nullopt, std::nullopt};
}

std::optional<qint64> SlaReading::dueSoonAtMs() const
{
    return earliest(acknowledge.dueSoonAtMs, resolve.dueSoonAtMs);
}

bool SlaClock::inQuietHours(const SlaPolicy &policy, qint64 atMs)
{
    if (!policy.hasQuietHours())
        return false;
    const auto [start, end] = quietAround(policy, LocalTime(policy.timeZone), atMs);
    return start <= atMs && atMs < end;
}

qint64 SlaClock::businessMsBetween(const SlaPolicy &policy, qint64 fromMs, qint64 toMs)
{
    if (toMs <= fromMs)
        return 0;
    if (!policy.hasQuietHours())
        return toMs - fromMs;
    const LocalTime local(policy.timeZone);
    qint64 total = 0;
    qint64 t = fromMs;
    while (t < toMs) {
        const auto [start, end] = quietAround(policy, local, t);
        if (start > t)
            total += std::min(start, toMs) - t;
        t = std::max(end, t + 1);
        if (start > toMs)
            break;
    }
    return total;
}

qint64 SlaClock::addBusinessMs(const SlaPolicy &policy, qint64 fromMs, qint64 businessMs)
{
    if (!policy.hasQuietHours())
        return fromMs + businessMs;
    const LocalTime local(policy.timeZone);
    qint64 t = fromMs;
    qint64 left = businessMs;
    while (left > 0) {
        const auto [start, end] = quietAround(policy, local, t);
        if (start > t) {
            if (t + left <= start)
                return t + left;
            left -= start - t;
        }
        t = std::max(end, t + 1);
    }
    return t;
}

SlaReading SlaClock::evaluate(const SlaPolicy &policy, qint64 createdAtMs, const QList<StatusChange> &history,
                              qint64 nowMs)
{
    // The status history cut at now, as back-to-back segments starting at creation.
    QList<Segment> segments;
    TicketStatus status = TicketStatus::New;
    qint64 from = createdAtMs;
    std::optional<qint64> acknowledgedAt;
    std::optional<qint64> resolvedAt;
    for (const StatusChange &change : history) {
        if (change.atMs > nowMs)
            break;
        const qint64 at = std::max(change.atMs, from);
        segments.append({from, at, status, false});
        if (status == TicketStatus::New && change.status != TicketStatus::New && !acknowledgedAt)
            acknowledgedAt = at;
        if (change.status == TicketStatus::Resolved)
            resolvedAt = at;
        else if (isOpen(change.status))
            resolvedAt.reset();
        status = change.status;
        from = at;
    }
    segments.append({from, std::max(nowMs, from), status, true});

    SlaReading reading;
    reading.atMs = nowMs;
    reading.acknowledge =
        evaluateTarget(policy, segments, countsForAcknowledge, acknowledgedAt,
                       policy.acknowledgeMinutes * MinuteMs, policy.dueSoonMinutes * MinuteMs, nowMs);
    reading.resolve =
        evaluateTarget(policy, segments, countsForResolve, resolvedAt, policy.resolveMinutes * MinuteMs,
                       policy.dueSoonMinutes * MinuteMs, nowMs);
    reading.quietNow = inQuietHours(policy, nowMs);
    return reading;
}

} // namespace innkeep
