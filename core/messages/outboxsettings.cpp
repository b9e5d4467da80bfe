// SPDX-FileCopyrightText: 2026 Innkeep contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "outboxsettings.h"

#include "storage/statement.h"
#include "venue/venuesettings.h"

namespace innkeep {

Result<SmtpSettings> smtpSettingsOf(Database &db)
{
    VenueSettings settings(db);
    SmtpSettings smtp;
    smtp.url = settings.value(QStringLiteral("smtp.url")).trimmed();
    smtp.user = settings.value(QStringLiteral("smtp.user")).trimmed();
    smtp.from = settings.value(QStringLiteral("smtp.from")).trimmed();
    Statement select(db, QStringLiteral("SELECT value FROM local_meta WHERE key = 'secret.smtp.password'"));
    auto password = select.scalar();
    if (!password)
        return std::unexpected(password.error());
    smtp.password = password->isValid() ? password->toString() : QString();
    return smtp;
}

} // namespace innkeep
