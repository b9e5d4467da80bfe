// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketstatus.h"

#include <QCoreApplication>

#include <array>

namespace innkeep {

namespace {

struct StatusName
{
    TicketStatus status;
    const char *token;
    const char *label;
};

constexpr std::array<StatusName, 7> Names{{
    {TicketStatus::New, "new", QT_TRANSLATE_NOOP("TicketStatus", "New")},
    {TicketStatus::Acknowledged, "acknowledged", QT_TRANSLATE_NOOP("TicketStatus", "Acknowledged")},
    {TicketStatus::InProgress, "in-progress", QT_TRANSLATE_NOOP("TicketStatus", "In progress")},
    {TicketStatus::WaitingGuest, "waiting-guest", QT_TRANSLATE_NOOP("TicketStatus", "Waiting on guest")},
    {TicketStatus::WaitingDepartment, "waiting-department", QT_TRANSLATE_NOOP("TicketStatus", "Waiting on department")},
    {TicketStatus::Resolved, "resolved", QT_TRANSLATE_NOOP("TicketStatus", "Resolved")},
    {TicketStatus::Closed, "closed", QT_TRANSLATE_NOOP("TicketStatus", "Closed")},
}};

} // namespace

QString ticketStatusToken(TicketStatus status)
{
    return QString::fromLatin1(Names.at(size_t(status)).token);
}

std::optional<TicketStatus> ticketStatusFromToken(const QString &token)
{
    for (const StatusName &name : Names) {
        if (token == QLatin1String(name.token))
            return name.status;
    }
    return std::nullopt;
}

QString ticketStatusLabel(TicketStatus status)
{
    return QCoreApplication::translate("TicketStatus", Names.at(size_t(status)).label);
}

} // namespace innkeep
