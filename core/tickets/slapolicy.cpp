// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "slapolicy.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace innkeep {

Status SlaPolicy::validate() const
{
    if (acknowledgeMinutes <= 0)
        return fail(Error::Code::InvalidInput, tr("The time to acknowledge must be at least one minute."),
                    QStringLiteral("acknowledge_minutes"));
    if (resolveMinutes <= 0)
        return fail(Error::Code::InvalidInput, tr("The time to resolve must be at least one minute."),
                    QStringLiteral("resolve_minutes"));
    if (resolveMinutes < acknowledgeMinutes)
        return fail(Error::Code::InvalidInput,
                    tr("The time to resolve cannot be shorter than the time to acknowledge."),
                    QStringLiteral("resolve_minutes"));
    if (dueSoonMinutes < 0)
        return fail(Error::Code::InvalidInput, tr("The due-soon warning cannot be negative."),
                    QStringLiteral("due_soon_minutes"));
    const bool noQuiet = quietStartMinute == -1 && quietEndMinute == -1;
    if (!noQuiet) {
        if (quietStartMinute < 0 || quietStartMinute >= 1440 || quietEndMinute < 0 || quietEndMinute >= 1440)
            return fail(Error::Code::InvalidInput,
                        tr("Quiet hours need a start and an end between 00:00 and 23:59."),
                        QStringLiteral("quiet_hours"));
        if (quietStartMinute == quietEndMinute)
            return fail(Error::Code::InvalidInput, tr("Quiet hours cannot start and end at the same time."),
                        QStringLiteral("quiet_hours"));
    }
    if (!timeZone.isEmpty() && !QTimeZone::isTimeZoneIdAvailable(timeZone))
        return fail(Error::Code::InvalidInput, tr("Unknown time zone: %1").arg(QString::fromLatin1(timeZone)),
                    QStringLiteral("time_zone"));
    return {};
}

QString SlaPolicy::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("severity"), ticketSeverityToken(severity));
    o.insert(QStringLiteral("acknowledge_minutes"), acknowledgeMinutes);
    o.insert(QStringLiteral("resolve_minutes"), resolveMinutes);
    if (hasQuietHours()) {
        o.insert(QStringLiteral("quiet_start"), quietStartMinute);
        o.insert(QStringLiteral("quiet_end"), quietEndMinute);
    }
    o.insert(QStringLiteral("due_soon_minutes"), dueSoonMinutes);
    if (!timeZone.isEmpty())
        o.insert(QStringLiteral("time_zone"), QString::fromLatin1(timeZone));
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Result<SlaPolicy> SlaPolicy::fromJson(const QString &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    const auto severity = ticketSeverityFromToken(o.value(QStringLiteral("severity")).toString());
    if (o.isEmpty() || !severity)
        return fail(Error::Code::Corrupt, tr("The ticket's SLA policy cannot be read."),
                    QStringLiteral("sla_policy"));
    SlaPolicy p;
    p.severity = *severity;
    p.acknowledgeMinutes = o.value(QStringLiteral("acknowledge_minutes")).toInt();
    p.resolveMinutes = o.value(QStringLiteral("resolve_minutes")).toInt();
    p.quietStartMinute = o.value(QStringLiteral("quiet_start")).toInt(-1);
    p.quietEndMinute = o.value(QStringLiteral("quiet_end")).toInt(-1);
    p.dueSoonMinutes = o.value(QStringLiteral("due_soon_minutes")).toInt();
    p.timeZone = o.value(QStringLiteral("time_zone")).toString().toLatin1();
    if (auto ok = p.validate(); !ok)
        return std::unexpected(ok.error());
    return p;
}

SlaPolicy SlaPolicy::defaultFor(TicketSeverity severity)
{
    SlaPolicy p;
    p.severity = severity;
    switch (severity) {
    case TicketSeverity::Low:
        p.acknowledgeMinutes = 240, p.resolveMinutes = 2880, p.dueSoonMinutes = 240;
        break;
    case TicketSeverity::Medium:
        p.acknowledgeMinutes = 60, p.resolveMinutes = 480, p.dueSoonMinutes = 60;
        break;
    case TicketSeverity::High:
        p.acknowledgeMinutes = 15, p.resolveMinutes = 120, p.dueSoonMinutes = 15;
        break;
    case TicketSeverity::Critical:
        p.acknowledgeMinutes = 5, p.resolveMinutes = 30, p.dueSoonMinutes = 5;
        break;
    }
    return p;
}

} // namespace innkeep
