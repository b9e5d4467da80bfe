// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "venuesetup.h"

#include "staff/staffservice.h"
#include "storage/transaction.h"
#include "venue/venuesettings.h"

namespace innkeep {

Status VenueSetUp::apply(const NewVenue &venue)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    VenueSettings settings(m_db);
    if (auto ok = settings.setVenueName(venue.name); !ok)
        return ok;
    if (auto ok = settings.setCurrency(venue.currency); !ok)
        return ok;
    if (auto ok = settings.setPhoneRegion(venue.region); !ok)
        return ok;
    if (!venue.staff.trimmed().isEmpty()) {
        if (auto added = StaffService(m_db).add(venue.staff); !added)
            return std::unexpected(added.error());
    }
    return tx->commit();
}

} // namespace innkeep
