// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "guestkpis.h"

#include "insights/repeatguestratekpi.h"

namespace innkeep {

KpiList guestKpis()
{
    return KpiList{std::make_shared<RepeatGuestRateKpi>()};
}

} // namespace innkeep
