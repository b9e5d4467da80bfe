// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "servicekpis.h"

#include "insights/compensationperrecoveredguestkpi.h"
#include "insights/compensationtotalskpi.h"
#include "insights/complaintsperstayskpi.h"
#include "insights/csatkpi.h"
#include "insights/feedbackresponseratekpi.h"
#include "insights/followupratekpi.h"
#include "insights/medianresponsetimekpi.h"
#include "insights/medianslatimekpi.h"
#include "insights/npskpi.h"
#include "insights/ratingaveragekpi.h"
#include "insights/recoveryratekpi.h"
#include "insights/sentimentaveragekpi.h"
#include "insights/slacompliancekpi.h"

namespace innkeep {

KpiList serviceKpis()
{
    using Target = SlaHeadline::Target;
    return KpiList{std::make_shared<NpsKpi>(),
                   std::make_shared<CsatKpi>(),
                   std::make_shared<RatingAverageKpi>(),
                   std::make_shared<SentimentAverageKpi>(),
                   std::make_shared<ComplaintsPerStaysKpi>(),
                   std::make_shared<SlaComplianceKpi>(Target::Acknowledge),
                   std::make_shared<SlaComplianceKpi>(Target::Resolve),
                   std::make_shared<MedianSlaTimeKpi>(Target::Acknowledge),
                   std::make_shared<MedianSlaTimeKpi>(Target::Resolve),
                   std::make_shared<RecoveryRateKpi>(),
                   std::make_shared<FollowUpRateKpi>(),
                   std::make_shared<FeedbackResponseRateKpi>(),
                   std::make_shared<MedianResponseTimeKpi>(),
                   std::make_shared<CompensationTotalsKpi>(),
                   std::make_shared<CompensationPerRecoveredGuestKpi>()};
}

} // namespace innkeep
