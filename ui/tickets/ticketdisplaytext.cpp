// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketdisplaytext.h"

#include "tickets/ticketsettingsservice.h"

#include <QLocale>

namespace innkeep::ui {

QString SlaDisplay::text() const
{
    if (timeText.isEmpty())
        return stateText;
    return QCoreApplication::translate("TicketFormat", "%1 · %2").arg(stateText, timeText);
}

std::optional<theme::Tone> SlaDisplay::tone() const
{
    switch (light) {
    case Light::Overdue:
    case Light::Breached: return theme::Tone::Critical;
    case Light::DueSoon: return theme::Tone::Warning;
    case Light::Paused: return theme::Tone::Info;
    case Light::Met: return theme::Tone::Success;
    case Light::Running:
    case Light::None: break;
    }
    return std::nullopt;
}

QString TicketDisplayText::duration(qint64 ms)
{
    const qint64 minutes = std::max<qint64>(0, (ms + 59'999) / 60'000);
    const QLocale locale;
    if (minutes < 60)
        return tr("%1 min").arg(locale.toString(minutes));
    if (minutes < 48 * 60)
        return tr("%1 h %2 min")
            .arg(locale.toString(minutes / 60),
                 QStringLiteral("%1").arg(minutes % 60, 2, 10, QLatin1Char('0')));
    return tr("%1 d %2 h").arg(locale.toString(minutes / (24 * 60)), locale.toString((minutes / 60) % 24));
}

SlaDisplay TicketDisplayText::sla(const SlaReading &reading)
{
    // Which deadline counts is core's rule (SlaReading::headline); only the words are chosen here.
    const SlaHeadline h = reading.headline();
    const bool acknowledge = h.target == SlaHeadline::Target::Acknowledge;
    const qint64 left = h.leftMs.value_or(0);
    SlaDisplay d;
    switch (h.state) {
    case SlaState::Overdue:
        d.light = SlaDisplay::Light::Overdue;
        d.stateText = tr("Overdue");
        d.timeText = tr("%1 over").arg(duration(-left));
        break;
    case SlaState::DueSoon:
        d.light = SlaDisplay::Light::DueSoon;
        d.stateText = tr("Due soon");
        d.timeText = tr("%1 left").arg(duration(left));
        break;
    case SlaState::Paused:
        d.light = SlaDisplay::Light::Paused;
        d.stateText = tr("Paused");
        d.timeText = tr("%1 left").arg(duration(left));
        break;
    case SlaState::Running:
        d.light = SlaDisplay::Light::Running;
        d.stateText = acknowledge ? tr("Acknowledge") : tr("Resolve");
        d.timeText = tr("in %1").arg(duration(left));
        break;
    case SlaState::Met:
        d.light = SlaDisplay::Light::Met;
        d.stateText = tr("Met");
        return d;
    case SlaState::Breached:
        d.light = SlaDisplay::Light::Breached;
        d.stateText = tr("Resolved late");
        return d;
    }
    d.target = acknowledge ? tr("acknowledge") : tr("resolve");
    if (reading.quietNow)
        d.timeText = tr("%1 (quiet hours)").arg(d.timeText);
    return d;
}

QString TicketDisplayText::actionLabel(TicketStatus from, TicketStatus to)
{
    QString action;
    for (const auto &t : TicketWorkflow::transitions()) {
        if (t.from == from && t.to == to)
            action = QString::fromLatin1(t.action);
    }
    if (action == u"acknowledge")
        return tr("Acknowledge");
    if (action == u"start")
        return tr("Start work");
    if (action == u"resolve")
        return tr("Resolve");
    if (action == u"wait-guest")
        return tr("Wait on guest");
    if (action == u"wait-department")
        return tr("Wait on department");
    if (action == u"resume")
        return tr("Resume");
    if (action == u"close")
        return tr("Close");
    if (action == u"reopen")
        return tr("Reopen");
    return tr("Move to %1").arg(ticketStatusLabel(to));
}

QString TicketDisplayText::compensationKindLabel(Compensation::Kind kind)
{
    // The contexts stay those of the ticket panel, where the words were first translated.
    switch (kind) {
    case Compensation::Kind::Discount:
        return QCoreApplication::translate("innkeep::ui::TicketDetailPanel", "Discount");
    case Compensation::Kind::Refund:
        return QCoreApplication::translate("innkeep::ui::TicketDetailPanel", "Refund");
    case Compensation::Kind::Upgrade:
        return QCoreApplication::translate("innkeep::ui::TicketDetailPanel", "Upgrade");
    case Compensation::Kind::Amenity:
        return QCoreApplication::translate("innkeep::ui::TicketDetailPanel", "Amenity");
    case Compensation::Kind::Other: break;
    }
    return QCoreApplication::translate("innkeep::ui::TicketDetailPanel", "Other");
}

QString TicketDisplayText::followUpChannelLabel(FollowUp::Channel channel)
{
    switch (channel) {
    case FollowUp::Channel::InPerson:
        return QCoreApplication::translate("innkeep::ui::TicketDetailPanel", "In person");
    case FollowUp::Channel::Phone:
        return QCoreApplication::translate("innkeep::ui::TicketDetailPanel", "Phone");
    case FollowUp::Channel::Email:
        return QCoreApplication::translate("innkeep::ui::TicketDetailPanel", "E-mail");
    case FollowUp::Channel::Sms: return QCoreApplication::translate("innkeep::ui::TicketDetailPanel", "SMS");
    case FollowUp::Channel::Letter:
        return QCoreApplication::translate("innkeep::ui::TicketDetailPanel", "Letter");
    case FollowUp::Channel::Other: break;
    }
    return QCoreApplication::translate("innkeep::ui::TicketDetailPanel", "Other");
}

QString TicketDisplayText::outcomeLabel(TicketOutcome outcome)
{
    switch (outcome) {
    case TicketOutcome::Recovered: return tr("Recovered");
    case TicketOutcome::Lost: return tr("Lost");
    case TicketOutcome::None: break;
    }
    return tr("Not decided");
}

QString TicketDisplayText::shortStatus(TicketStatus status)
{
    switch (status) {
    case TicketStatus::WaitingGuest: return tr("With guest");
    case TicketStatus::WaitingDepartment: return tr("With dept.");
    default: break;
    }
    return ticketStatusLabel(status);
}

QString TicketDisplayText::statusTextFor(const QString &token)
{
    const auto status = ticketStatusFromToken(token);
    return status ? ticketStatusLabel(*status) : token;
}

void TicketLabels::load(TicketSettingsService &settings)
{
    m_categories.clear();
    m_departments.clear();
    if (auto items = settings.items(TicketListItem::List::Categories, true)) {
        for (const auto &item : *items)
            m_categories.insert(item.key, item.label);
    }
    if (auto items = settings.items(TicketListItem::List::Departments, true)) {
        for (const auto &item : *items)
            m_departments.insert(item.key, item.label);
    }
}

} // namespace innkeep::ui
