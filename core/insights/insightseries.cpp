// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "insightseries.h"

#include "insights/kpiboard.h"

#include <QHash>

#include <algorithm>

namespace innkeep {

using namespace Qt::StringLiterals;

namespace {

const QStringList ChartKpis{u"rating_average_10"_s,       u"nps"_s,
                            u"sentiment_average"_s,       u"csat"_s,
                            u"sla_ack_compliance"_s,      u"sla_resolve_compliance"_s,
                            u"complaints_per_100_stays"_s};
constexpr int CohortMonths = 12;

QDate monthStart(qint64 julianDay)
{
    const QDate d = QDate::fromJulianDay(julianDay);
    return QDate(d.year(), d.month(), 1);
}

// Guests with a stay arriving in the period, ascending.
QList<qint64> arrivingGuests(const KpiFacts &facts, const KpiPeriod &period)
{
    QList<qint64> guests;
    facts.forEachGuest([&](const GuestStays &guest) {
        if (std::any_of(guest.stays.begin(), guest.stays.end(),
                        [&](const StayFact &s) { return kpi::within(s.arrivalDay, period); }))
            guests.append(guest.guestId);
    });
    return guests;
}

QString mixValue(const GuestFact &g, InsightSeries::Mix mix)
{
    switch (mix) {
    case InsightSeries::Mix::Country: return g.country.isEmpty() ? g.nationality : g.country;
    case InsightSeries::Mix::Language: return g.language;
    case InsightSeries::Mix::Source: return g.source;
    }
    return {};
}

QList<MixSlice> mixOf(const KpiFacts &facts, const QList<qint64> &guests, InsightSeries::Mix mix)
{
    QHash<QString, int> counts;
    for (qint64 id : guests)
        ++counts[mixValue(facts.guests.at(facts.guestAt.value(id)), mix)];
    QList<MixSlice> slices;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        slices.append(MixSlice{it.key(), it.value()});
    std::sort(slices.begin(), slices.end(), [](const MixSlice &a, const MixSlice &b) {
        return a.guests != b.guests ? a.guests > b.guests : a.value < b.value;
    });
    return slices;
}

// The day a guest's first stay departed and whether they came back within k months of it.
bool returnedWithin(const KpiFacts &facts, qint64 guestId, int months)
{
    const qsizetype first = facts.firstStayAt.value(guestId, -1);
    if (first < 0)
        return false;
    const StayFact &firstStay = facts.stays.at(first);
    const qint64 limit = QDate::fromJulianDay(firstStay.departureDay).addMonths(months).toJulianDay();
    // As return_12m_rate counts a return: arriving from the first stay's departure day to the
    // window's last day, both included (a second room taken during the first stay is no return).
    for (qsizetype i = first + 1; i < facts.stays.size() && facts.stays.at(i).guestId == guestId; ++i) {
        const qint64 arrival = facts.stays.at(i).arrivalDay;
        if (arrival >= firstStay.departureDay && arrival <= limit)
            return true;
    }
    return false;
}

} // namespace

QList<qint64> InsightSeries::complaintsIn(const KpiFacts &facts, const KpiPeriod &period,
                                          const QString &category)
{
    QList<qint64> ids;
    for (const TicketFact &t : facts.tickets)
        if (kpi::within(t.createdDay, period) && (category.isEmpty() || t.category == category))
            ids.append(t.id);
    std::sort(ids.begin(), ids.end());
    return ids;
}

QList<qint64> InsightSeries::cohortGuests(const KpiFacts &facts, const QDate &firstMonth,
                                          int returnedWithinMonths)
{
    const KpiPeriod month = KpiPeriod::month(firstMonth);
    QList<qint64> guests;
    for (auto it = facts.firstStayAt.cbegin(); it != facts.firstStayAt.cend(); ++it) {
        if (!kpi::within(facts.stays.at(it.value()).arrivalDay, month))
            continue;
        if (returnedWithinMonths > 0 && !returnedWithin(facts, it.key(), returnedWithinMonths))
            continue;
        guests.append(it.key());
    }
    std::sort(guests.begin(), guests.end());
    return guests;
}

QList<qint64> InsightSeries::mixGuests(const KpiFacts &facts, const KpiPeriod &period, Mix mix,
                                       const QString &value)
{
    QList<qint64> guests;
    for (qint64 id : arrivingGuests(facts, period))
        if (mixValue(facts.guests.at(facts.guestAt.value(id)), mix) == value)
            guests.append(id);
    return guests;
}

InsightSeries InsightSeries::compute(const KpiFacts &facts, const KpiPeriod &period, int monthCount)
{
    InsightSeries series;
    const QList<KpiPeriod> months = KpiPeriod::monthsEndingWith(period.to, monthCount);
    QList<std::shared_ptr<const Kpi>> charted;
    for (const QString &key : ChartKpis)
        if (auto k = KpiBoard::find(key))
            charted.append(k);
    QHash<qint64, int> monthIndex; // first Julian day of the month -> index
    for (const KpiPeriod &month : months) {
        MonthFigures figures{month, {}, {}};
        for (const auto &k : charted)
            figures.kpis.insert(k->key(), k->compute(facts, month));
        monthIndex.insert(month.from.toJulianDay(), int(series.months.size()));
        series.months.append(figures);
    }
    for (const TicketFact &t : facts.tickets) {
        auto at = monthIndex.constFind(monthStart(t.createdDay).toJulianDay());
        if (at != monthIndex.cend())
            ++series.months[*at].complaintsByCategory[t.category];
    }

    // Cohorts: first stays per month, then for each k whether the k-month window has closed.
    QHash<qint64, QList<qint64>> cohortMembers; // month start -> guests
    for (auto it = facts.firstStayAt.cbegin(); it != facts.firstStayAt.cend(); ++it) {
        const qint64 start = monthStart(facts.stays.at(it.value()).arrivalDay).toJulianDay();
        if (monthIndex.contains(start))
            cohortMembers[start].append(it.key());
    }
    for (const KpiPeriod &month : months) {
        CohortRow row;
        row.firstMonth = month.from;
        const QList<qint64> members = cohortMembers.value(month.from.toJulianDay());
        row.guests = int(members.size());
        qint64 lastDeparture = 0;
        for (qint64 g : members)
            lastDeparture = std::max(lastDeparture, facts.stays.at(facts.firstStayAt.value(g)).departureDay);
        for (int k = 1; k <= CohortMonths; ++k) {
            // Known once every member's window has closed: the day after their first departure
            // + k months (open on its last day, as return_12m_rate's provisional flag).
            const bool closed = QDate::fromJulianDay(lastDeparture).addMonths(k).toJulianDay() < facts.today;
            if (!closed || members.isEmpty()) {
                row.returned.append(std::nullopt);
                continue;
            }
            const auto back = std::count_if(members.cbegin(), members.cend(),
                                            [&](qint64 g) { return returnedWithin(facts, g, k); });
            row.returned.append(double(back) / double(members.size()));
        }
        series.cohorts.append(row);
    }

    const QList<qint64> guests = arrivingGuests(facts, period);
    series.byCountry = mixOf(facts, guests, Mix::Country);
    series.byLanguage = mixOf(facts, guests, Mix::Language);
    series.bySource = mixOf(facts, guests, Mix::Source);
    return series;
}

} // namespace innkeep
