// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "tickets/ticketrepository.h"

namespace innkeep {

// The guest and stay a complaint or feedback entry is about.
struct GuestAndStay
{
    TicketRepository::GuestRef guest; // id 0 when none was given
    TicketRepository::StayRef stay;   // id 0 when none was given
};

// Resolves them from ids or uuids (each may be left empty); a stay given without its guest
// brings the guest along. Unknown ones, or a stay of another guest, are errors naming the field.
[[nodiscard]] Result<GuestAndStay> resolveGuestAndStay(TicketRepository &repository, qint64 guestId,
                                                       const QString &guestUuid, qint64 stayId,
                                                       const QString &stayUuid);

} // namespace innkeep
