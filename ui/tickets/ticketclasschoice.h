// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tickets/ticketseverity.h"

#include <QString>

class QComboBox;

namespace innkeep::ui {

class TicketServices;

// The category and severity pickers of a complaint, filled the same way wherever one is chosen
// (logging it, correcting it): the venue's categories by label, the four severities in order.
void fillCategories(QComboBox &box, TicketServices &services, const QString &current);
void fillSeverities(QComboBox &box, TicketSeverity current);

} // namespace innkeep::ui
