// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "guestkpis.h"

#include "insights/averagedailyratekpi.h"
#include "insights/averagenightskpi.h"
#include "insights/lapsedratekpi.h"
#include "insights/ltvaveragekpi.h"
#include "insights/ltvmediankpi.h"
#include "insights/ltvtopdecilesharekpi.h"
#include "insights/repeatguestratekpi.h"
#include "insights/return12mratekpi.h"
#include "insights/staysperguestkpi.h"

namespace innkeep {

KpiList guestKpis()
{
    return KpiList{std::make_shared<RepeatGuestRateKpi>(), std::make_shared<Return12mRateKpi>(),
                   std::make_shared<LapsedRateKpi>(),      std::make_shared<LtvAverageKpi>(),
                   std::make_shared<LtvMedianKpi>(),       std::make_shared<LtvTopDecileShareKpi>(),
                   std::make_shared<StaysPerGuestKpi>(),   std::make_shared<AverageNightsKpi>(),
                   std::make_shared<AverageDailyRateKpi>()};
}

} // namespace innkeep
