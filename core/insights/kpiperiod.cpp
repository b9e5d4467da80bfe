// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "kpiperiod.h"

namespace innkeep {

using namespace Qt::StringLiterals;

namespace {

const QStringList PresetTokens{u"this-month"_s, u"last-month"_s, u"last-30-days"_s, u"quarter"_s, u"year"_s};

QDate lastOfMonth(const QDate &day)
{
    return QDate(day.year(), day.month(), day.daysInMonth());
}

} // namespace

QString kpiPresetToken(KpiPreset preset)
{
    return PresetTokens.value(int(preset));
}

std::optional<KpiPreset> kpiPresetFromToken(const QString &token)
{
    const qsizetype at = PresetTokens.indexOf(token);
    if (at < 0)
        return std::nullopt;
    return KpiPreset(at);
}

bool KpiPeriod::isWholeMonth() const
{
    return isValid() && from.day() == 1 && from.year() == to.year() && from.month() == to.month()
           && to == lastOfMonth(from);
}

KpiPeriod KpiPeriod::previous() const
{
    if (isWholeMonth())
        return month(from.addMonths(-1));
    const QDate end = from.addDays(-1);
    return KpiPeriod{end.addDays(-(days() - 1)), end};
}

KpiPeriod KpiPeriod::yearBefore() const
{
    return KpiPeriod{from.addYears(-1), to.addYears(-1)};
}

KpiPeriod KpiPeriod::month(const QDate &day)
{
    return KpiPeriod{QDate(day.year(), day.month(), 1), lastOfMonth(day)};
}

QList<KpiPeriod> KpiPeriod::monthsEndingWith(const QDate &last, int count)
{
    QList<KpiPeriod> months;
    for (int back = count - 1; back >= 0; --back)
        months.append(month(QDate(last.year(), last.month(), 1).addMonths(-back)));
    return months;
}

KpiPeriod KpiPeriod::preset(KpiPreset preset, const QDate &today)
{
    switch (preset) {
    case KpiPreset::ThisMonth: return KpiPeriod{QDate(today.year(), today.month(), 1), today};
    case KpiPreset::LastMonth: return month(QDate(today.year(), today.month(), 1).addMonths(-1));
    case KpiPreset::Last30Days: return KpiPeriod{today.addDays(-29), today};
    case KpiPreset::Quarter: return KpiPeriod{QDate(today.year(), (today.month() - 1) / 3 * 3 + 1, 1), today};
    case KpiPreset::Year: return KpiPeriod{QDate(today.year(), 1, 1), today};
    }
    return KpiPeriod{today, today};
}

Result<KpiPeriod> KpiPeriod::parse(const QString &from, const QString &to, const KpiPeriod &fallback)
{
    KpiPeriod period = fallback;
    if (!from.isEmpty()) {
        period.from = QDate::fromString(from, Qt::ISODate);
        if (!period.from.isValid())
            return fail(Error::Code::InvalidInput,
                        tr("The start date \"%1\" is not a date (YYYY-MM-DD).").arg(from), u"from"_s);
    }
    if (!to.isEmpty()) {
        period.to = QDate::fromString(to, Qt::ISODate);
        if (!period.to.isValid())
            return fail(Error::Code::InvalidInput,
                        tr("The end date \"%1\" is not a date (YYYY-MM-DD).").arg(to), u"to"_s);
    }
    if (period.from > period.to)
        return fail(Error::Code::InvalidInput,
                    tr("The period starts (%1) after it ends (%2).")
                        .arg(period.from.toString(Qt::ISODate), period.to.toString(Qt::ISODate)),
                    u"from"_s);
    return period;
}

} // namespace innkeep
