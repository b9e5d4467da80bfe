// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace innkeep {

// One entry of a venue-editable list: ticket categories or departments. Tickets store `key`.
struct TicketListItem
{
    enum class List { Categories, Departments };

    qint64 id = 0;
    QString uuid;
    QString key;   // stable token: lower-case letters, digits and '-'
    QString label; // what the venue calls it
    int position = 0;
    bool archived = false; // kept for old tickets, not offered for new ones
};

} // namespace innkeep
