// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketclasschoice.h"

#include "ticketservices.h"

#include <QComboBox>

namespace innkeep::ui {

void fillCategories(QComboBox &box, TicketServices &services, const QString &current)
{
    box.clear();
    if (auto categories = services.settings.items(TicketListItem::List::Categories)) {
        for (const TicketListItem &item : std::as_const(*categories))
            box.addItem(item.label, item.key);
    }
    // A retired category the ticket still has stays choosable, so keeping it is possible.
    if (!current.isEmpty() && box.findData(current) < 0)
        box.addItem(current, current);
    const int at = box.findData(current);
    box.setCurrentIndex(at >= 0 ? at : 0);
}

void fillSeverities(QComboBox &box, TicketSeverity current)
{
    box.clear();
    for (auto s :
         {TicketSeverity::Low, TicketSeverity::Medium, TicketSeverity::High, TicketSeverity::Critical})
        box.addItem(ticketSeverityLabel(s), int(s));
    box.setCurrentIndex(box.findData(int(current)));
}

} // namespace innkeep::ui
