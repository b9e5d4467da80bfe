// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "insights/kpi.h"

namespace innkeep {

// The retention KPIs (guests and stays), in display order. docs/kpis.md.
[[nodiscard]] KpiList guestKpis();

} // namespace innkeep
