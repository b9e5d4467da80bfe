// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "messages/smtpconnection.h"

namespace innkeep {

class Database;

// The mail server settings of the venue open on `db`: smtp.url, smtp.user and smtp.from from the
// venue settings, the password from this device's local_meta ("secret.smtp.password", where
// VenueSettingKeys keeps it).
[[nodiscard]] Result<SmtpSettings> smtpSettingsOf(Database &db);

} // namespace innkeep
