// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "servicekpis.h"

#include "insights/npskpi.h"

namespace innkeep {

KpiList serviceKpis()
{
    return KpiList{std::make_shared<NpsKpi>()};
}

} // namespace innkeep
