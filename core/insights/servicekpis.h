// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "insights/kpi.h"

namespace innkeep {

// The service KPIs (feedback, complaints and their recovery), in display order. docs/kpis.md.
[[nodiscard]] KpiList serviceKpis();

} // namespace innkeep
