// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "kpiboard.h"

#include "insights/guestkpis.h"
#include "insights/servicekpis.h"

#include <QJsonArray>

namespace innkeep {

using namespace Qt::StringLiterals;

QJsonObject KpiFilter::toJson() const
{
    QJsonObject o;
    if (!feedbackChannel.isEmpty())
        o.insert(u"channel"_s, feedbackChannel);
    if (!nationality.isEmpty())
        o.insert(u"nationality"_s, nationality);
    if (!language.isEmpty())
        o.insert(u"language"_s, language);
    if (!source.isEmpty())
        o.insert(u"source"_s, source);
    if (vipOnly)
        o.insert(u"vip"_s, true);
    if (restrictToGuestIds)
        o.insert(u"guests"_s, guestIds.size());
    return o;
}

QJsonObject KpiReading::toJson(const QString &venueCurrency) const
{
    QJsonObject o{{u"value"_s, current.valueJson()},
                  {u"count"_s, current.count},
                  {u"previous"_s, previous.valueJson()},
                  {u"previous_count"_s, previous.count},
                  {u"year_before"_s, yearBefore.valueJson()},
                  {u"year_before_count"_s, yearBefore.count},
                  {u"unit"_s, kpiUnitToken(kpi->unit())},
                  {u"title"_s, kpi->title()},
                  {u"formula"_s, kpi->formula()}};
    if (kpi->unit() == KpiUnit::Money) {
        o.insert(u"currency"_s, venueCurrency);
        QJsonObject byCurrency;
        for (auto it = current.byCurrency.cbegin(); it != current.byCurrency.cend(); ++it)
            byCurrency.insert(it.key(), it.value());
        o.insert(u"by_currency"_s, byCurrency);
    }
    if (current.provisional)
        o.insert(u"provisional"_s, true);
    return o;
}

const KpiReading *KpiBoardReport::reading(const QString &key) const
{
    for (const KpiReading &r : readings)
        if (r.kpi->key() == key)
            return &r;
    return nullptr;
}

QJsonObject KpiBoardReport::toJson() const
{
    const KpiPeriod previous = period.previous();
    const KpiPeriod yearBefore = period.yearBefore();
    QJsonObject o{{u"from"_s, period.from.toString(Qt::ISODate)},
                  {u"to"_s, period.to.toString(Qt::ISODate)},
                  {u"previous_from"_s, previous.from.toString(Qt::ISODate)},
                  {u"previous_to"_s, previous.to.toString(Qt::ISODate)},
                  {u"year_before_from"_s, yearBefore.from.toString(Qt::ISODate)},
                  {u"year_before_to"_s, yearBefore.to.toString(Qt::ISODate)},
                  {u"currency"_s, currency},
                  {u"filter"_s, filter.toJson()}};
    for (const KpiReading &r : readings)
        o.insert(r.kpi->key(), r.toJson(currency));
    return o;
}

const KpiList &KpiBoard::all()
{
    static const KpiList list = [] {
        KpiList kpis = guestKpis();
        kpis.append(serviceKpis());
        return kpis;
    }();
    return list;
}

std::shared_ptr<const Kpi> KpiBoard::find(const QString &key)
{
    for (const auto &k : all())
        if (k->key() == key)
            return k;
    return nullptr;
}

KpiBoardReport KpiBoard::read(const KpiFacts &facts, const KpiPeriod &period)
{
    KpiBoardReport report;
    report.period = period;
    report.filter = facts.filter;
    report.currency = facts.venueCurrency;
    const KpiPeriod previous = period.previous();
    const KpiPeriod yearBefore = period.yearBefore();
    for (const auto &k : all())
        report.readings.append(KpiReading{k, k->compute(facts, period), k->compute(facts, previous),
                                          k->compute(facts, yearBefore)});
    return report;
}

QList<KpiPoint> KpiBoard::monthly(const KpiFacts &facts, const Kpi &kpi, const QDate &last, int months)
{
    QList<KpiPoint> points;
    for (const KpiPeriod &month : KpiPeriod::monthsEndingWith(last, months))
        points.append(KpiPoint{month, kpi.compute(facts, month)});
    return points;
}

} // namespace innkeep
