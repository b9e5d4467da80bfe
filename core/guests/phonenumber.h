// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// PhoneNumber lives in common/ now, because venue and search use it as well as guests (a
// guests <-> venue and guests <-> search cycle otherwise). This name stays only for the UI, CLI
// and tests that still include it from here; core includes "common/phonenumber.h".
#include "common/phonenumber.h"
